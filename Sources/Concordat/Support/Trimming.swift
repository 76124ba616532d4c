import Foundation

extension Substring {
    /// The text without the leading and trailing Unicode scalars in `set`: what Foundation's
    /// `trimmingCharacters(in:)` returns, without its round trip through `NSString` and UTF-16,
    /// which made it the costliest call in loading the catalogue.
    func trimming(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
              let last = scalars.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(Substring(scalars[first...last]))
    }
}

extension String {
    /// The text without the leading and trailing Unicode scalars in `set`, as Foundation's
    /// `trimmingCharacters(in:)` gives it.
    func trimming(_ set: CharacterSet) -> String { self[...].trimming(set) }
}
