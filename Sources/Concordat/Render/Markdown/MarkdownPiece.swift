/// Inline Markdown before it is laid out on lines: model text that still has to be escaped, and
/// syntax the renderer writes itself, which is never escaped.
indirect enum MarkdownPiece: Equatable {
    /// Text from the model, shown literally.
    case text(String)
    /// Markdown syntax written by the renderer (link brackets, fill-in lines).
    case syntax(String)
    /// A hard line break.
    case lineBreak
    /// Emphasised or strong content.
    case span(MarkdownSpan, [MarkdownPiece])

    /// Turns model inlines into pieces, with whitespace moved outside spans so their delimiters
    /// can open and close.
    static func pieces(_ inlines: [Inline]) -> [MarkdownPiece] {
        normalized(inlines.flatMap(pieces(of:)))
    }

    private static func pieces(of inline: Inline) -> [MarkdownPiece] {
        switch inline {
        case .text(let text), .value(_, let text), .definedTerm(_, let text):
            return [.text(BidiIsolation.isolated(text))]
        case .emphasis(let inlines):
            return [.span(.emphasis, inlines.flatMap(pieces(of:)))]
        case .strong(let inlines):
            return [.span(.strong, inlines.flatMap(pieces(of:)))]
        case .crossReference(let target, let label):
            return [
                .syntax("["), .text(label.isEmpty ? target : label),
                .syntax("](\(FragmentLink.href(to: target)))"),
            ]
        case .blank(let path):
            return [.span(.strong, blankPieces(path))]
        case .lineBreak:
            return [.lineBreak]
        }
    }

    /// The placeholder's brackets are written as syntax so it reads `[blank: path]` in the raw
    /// text; the path itself is model text and is escaped. The wording comes from the model so
    /// every format says the same.
    private static func blankPieces(_ path: String) -> [MarkdownPiece] {
        let marker: Character = "\u{0}"
        let parts = Inline.blankText(String(marker)).split(separator: marker, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return [.text(Inline.blankText(path))] }
        return [.syntax(String(parts[0])), .text(path), .syntax(String(parts[1]))]
    }

    /// Merges neighbouring text and hoists leading and trailing whitespace and line breaks out
    /// of spans: `** x **` would not be emphasis, `** ` + `x` + `**` with spaces outside is.
    static func normalized(_ pieces: [MarkdownPiece]) -> [MarkdownPiece] {
        var result: [MarkdownPiece] = []
        for piece in pieces {
            guard case .span(let kind, let children) = piece else {
                result.append(piece)
                continue
            }
            var inner = normalized(children)
            var leading: [MarkdownPiece] = []
            var trailing: [MarkdownPiece] = []
            while let first = inner.first, let (space, rest) = first.splitLeadingSpace() {
                leading.append(space)
                if let rest { inner[0] = rest } else { inner.removeFirst() }
            }
            while let last = inner.last, let (rest, space) = last.splitTrailingSpace() {
                trailing.insert(space, at: 0)
                if let rest { inner[inner.count - 1] = rest } else { inner.removeLast() }
            }
            result += leading
            if !inner.isEmpty { result.append(.span(kind, inner)) }
            result += trailing
        }
        return merged(result)
    }

    private static func merged(_ pieces: [MarkdownPiece]) -> [MarkdownPiece] {
        var result: [MarkdownPiece] = []
        for piece in pieces {
            if case .text(let next) = piece {
                if next.isEmpty { continue }
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(previous + next)
                    continue
                }
            }
            result.append(piece)
        }
        return result
    }

    /// Splits off leading whitespace: (the whitespace, what remains or nil).
    private func splitLeadingSpace() -> (MarkdownPiece, MarkdownPiece?)? {
        switch self {
        case .lineBreak:
            return (.lineBreak, nil)
        case .text(let text):
            let space = text.prefix(while: \.isWhitespace)
            guard !space.isEmpty else { return nil }
            let rest = text.dropFirst(space.count)
            return (.text(String(space)), rest.isEmpty ? nil : .text(String(rest)))
        default:
            return nil
        }
    }

    /// Splits off trailing whitespace: (what remains or nil, the whitespace).
    private func splitTrailingSpace() -> (MarkdownPiece?, MarkdownPiece)? {
        switch self {
        case .lineBreak:
            return (nil, .lineBreak)
        case .text(let text):
            let rest = text.reversed().drop(while: \.isWhitespace)
            guard rest.count < text.count else { return nil }
            let kept = String(rest.reversed())
            return (kept.isEmpty ? nil : .text(kept), .text(String(text.dropFirst(kept.count))))
        default:
            return nil
        }
    }
}

/// The two kinds of emphasis, each with Markdown delimiters and the HTML tags used when the
/// delimiters could not open or close where they stand.
enum MarkdownSpan: Equatable {
    /// Italic.
    case emphasis
    /// Bold.
    case strong

    var delimiter: String { self == .emphasis ? "*" : "**" }
    var openTag: String { self == .emphasis ? "<em>" : "<strong>" }
    var closeTag: String { self == .emphasis ? "</em>" : "</strong>" }
}
