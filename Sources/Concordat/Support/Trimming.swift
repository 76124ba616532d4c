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

/// The character sets the catalogue trims with, built once: Foundation builds a new set each
/// time `CharacterSet.whitespaces` is read, which cost some 900 instructions a line.
enum TrimmingSets {
    /// Spaces and tabs (Unicode general category Zs, and tab).
    static let whitespaces = CharacterSet.whitespaces
    /// Spaces, tabs and line breaks.
    static let whitespacesAndNewlines = CharacterSet.whitespacesAndNewlines
}
