/// Running text inside a block. The model holds plain text; renderers escape it.
public enum Inline: Sendable, Hashable {
    /// Plain text.
    case text(String)
    /// Emphasised (italic) text.
    case emphasis([Inline])
    /// Strong (bold) text.
    case strong([Inline])
    /// A use of a defined term: `term` is the defined form, `display` what the reader sees.
    case definedTerm(term: String, display: String)
    /// A reference to a numbered clause: `target` is the clause's anchor (its catalogue id),
    /// `label` the rendered reference, e.g. "clause 4.2".
    case crossReference(target: String, label: String)
    /// A value filled from the request or derived from it; `path` names where it came from.
    case value(path: String, text: String)
    /// A value the request lacks, shown as a visible placeholder to fill in by hand.
    case blank(path: String)
    /// A line break within a paragraph.
    case lineBreak

    /// The text a reader sees, without any markup.
    public var plainText: String {
        switch self {
        case .text(let text), .value(_, let text): text
        case .emphasis(let inlines), .strong(let inlines): inlines.plainText
        case .definedTerm(_, let display): display
        case .crossReference(_, let label): label
        case .blank(let path): Inline.blankText(path)
        case .lineBreak: "\n"
        }
    }

    /// How every renderer writes a blank, so the placeholder reads the same in every format.
    public static func blankText(_ path: String) -> String { "[blank: \(path)]" }
}

extension Array where Element == Inline {
    /// The concatenated reader-visible text.
    public var plainText: String { map(\.plainText).joined() }
}
