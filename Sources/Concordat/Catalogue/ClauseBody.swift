/// A clause body as written in the catalogue: Markdown blocks whose text still holds value
/// references, cross-references and defined terms, to be filled in by assembly.
public indirect enum BodyBlock: Sendable, Hashable {
    /// A paragraph.
    case paragraph([BodyInline])
    /// Sub-clauses: an ordered list whose items are blocks.
    case orderedList([[BodyBlock]])
    /// A bullet list.
    case bulletList([[BodyBlock]])
    /// A GitHub table.
    case table(header: [[BodyInline]], rows: [[[BodyInline]]])
}

/// Running text in a clause body.
public indirect enum BodyInline: Sendable, Hashable {
    /// Literal text.
    case text(String)
    /// Emphasis.
    case emphasis([BodyInline])
    /// Strong emphasis.
    case strong([BodyInline])
    /// A line break.
    case lineBreak
    /// `{{ path }}`: a value from the request or derived from it.
    case value(path: String, at: SourceLocation)
    /// `{{ ref: clause-id }}`: the number of another clause.
    case reference(clauseID: String, at: SourceLocation)
    /// `[[Term]]` or `[[Term|display]]`: a use of a defined term.
    case term(name: String, display: String, at: SourceLocation)
}

extension BodyInline {
    /// Calls `visit` on this inline and every inline nested in it.
    func forEach(_ visit: (BodyInline) -> Void) {
        visit(self)
        switch self {
        case .emphasis(let children), .strong(let children): children.forEach { $0.forEach(visit) }
        default: break
        }
    }
}

extension BodyBlock {
    /// Calls `visit` on every inline in this block, however deeply nested.
    func forEachInline(_ visit: (BodyInline) -> Void) {
        switch self {
        case .paragraph(let inlines): inlines.forEach { $0.forEach(visit) }
        case .orderedList(let items), .bulletList(let items):
            items.forEach { $0.forEach { $0.forEachInline(visit) } }
        case .table(let header, let rows):
            header.forEach { $0.forEach { $0.forEach(visit) } }
            rows.forEach { $0.forEach { $0.forEach { $0.forEach(visit) } } }
        }
    }

    /// The plain words of the block, one line per paragraph or cell, values shown as the word
    /// "value", for readability measures.
    var plainText: String {
        switch self {
        case .paragraph(let inlines): return Self.plain(inlines)
        case .orderedList(let items), .bulletList(let items):
            return items.map { $0.map(\.plainText).joined(separator: "\n") }.joined(separator: "\n")
        case .table(let header, let rows):
            return ([header] + rows).map { $0.map(Self.plain).joined(separator: "\n") }.joined(separator: "\n")
        }
    }

    private static func plain(_ inlines: [BodyInline]) -> String {
        var parts: [String] = []
        for inline in inlines {
            inline.forEach { part in
                switch part {
                case .text(let text): parts.append(text)
                case .value: parts.append("value")
                case .reference: parts.append("clause 1.1")
                case .term(_, let display, _): parts.append(display)
                case .lineBreak: parts.append(" ")
                case .emphasis, .strong: break
                }
            }
        }
        return parts.joined()
    }
}
