import Foundation

/// Choices that change how a document is assembled, beyond the request.
public struct ComposeOptions: Sendable, Hashable {
    /// Add to each clause the reason it is there, for review.
    public var annotate: Bool
    /// The document date to use when the request gives none, as days since 1970-01-01 (from
    /// `SOURCE_DATE_EPOCH`); the clock is never read.
    public var fallbackDate: CalendarDate?
    /// Whether the document carries its request (`concordat.embed/1`); `--no-embed` turns it off.
    public var embed: Bool

    /// Creates options.
    public init(annotate: Bool = false, fallbackDate: CalendarDate? = nil, embed: Bool = true) {
        self.annotate = annotate
        self.fallbackDate = fallbackDate
        self.embed = embed
    }

    /// The date for `SOURCE_DATE_EPOCH` seconds, or nil if the text is not a whole number.
    public static func date(fromSourceDateEpoch text: String?) -> CalendarDate? {
        guard let text, let seconds = Int(text.trimmingCharacters(in: .whitespaces)), seconds >= 0 else { return nil }
        return CalendarDate(daysSinceEpoch: seconds / 86_400)
    }
}
