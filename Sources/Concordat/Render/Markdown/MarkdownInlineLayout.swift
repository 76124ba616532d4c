/// Lays inline pieces out as Markdown text: escapes model text, places hard and soft line
/// breaks, and writes each span with `*`/`**` delimiters where they work, else as plain text.
///
/// CommonMark only treats `*` as emphasis when it is "flanking" (for example `**x**` directly
/// after a letter and before `(` is not bold), and a `*` that could both open and close may pair
/// with the wrong partner. The layout checks the characters around each span and, where the
/// delimiters might not work, writes the text without emphasis: no raw HTML in the Markdown.
struct MarkdownInlineLayout {
    /// Whether line breaks become spaces (headings and table cells are one line).
    var singleLine: Bool
    private var output = ""
    private var atLineStart = true
    private var pendingBreak: LineBreak?
    /// The first span whose delimiters would not work, by its index at each level of nesting.
    private var failedSpan: [Int]?

    private enum LineBreak { case soft, hard }

    init(singleLine: Bool) {
        self.singleLine = singleLine
    }

    /// The Markdown for `inlines`, without trailing whitespace or line breaks.
    static func render(_ inlines: [Inline], singleLine: Bool = false) -> String {
        render(MarkdownPiece.pieces(inlines), singleLine: singleLine)
    }

    /// The Markdown for `pieces`, which must already be normalised.
    static func render(_ pieces: [MarkdownPiece], singleLine: Bool = false) -> String {
        var pieces = pieces
        while true {
            var layout = MarkdownInlineLayout(singleLine: singleLine)
            layout.write(pieces, following: nil, at: [])
            // A span `*` cannot mark is written as plain words, laid out afresh with its
            // neighbours so that escaping sees the text as it now stands; never as raw HTML.
            if let failed = layout.failedSpan {
                pieces = MarkdownPiece.normalized(Self.flattening(pieces, at: failed[...]))
                continue
            }
            while layout.output.last == " " || layout.output.last == "\t" { layout.output.removeLast() }
            return layout.output
        }
    }

    /// The pieces with the span at `path` replaced by its content; a blank's brackets, written
    /// as syntax inside its bold span, become text to be escaped like any other.
    private static func flattening(_ pieces: [MarkdownPiece], at path: ArraySlice<Int>) -> [MarkdownPiece] {
        guard let index = path.first, index < pieces.count, case .span(let kind, let children) = pieces[index] else { return pieces }
        var out = Array(pieces[..<index])
        if path.count == 1 {
            let blank = Inline.blankText("\u{0}").split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            out += children.map { child in
                if case .syntax(let syntax) = child, blank.contains(syntax) { return .text(syntax) }
                return child
            }
        } else {
            out.append(.span(kind, flattening(children, at: path.dropFirst())))
        }
        return out + pieces[(index + 1)...]
    }

    private mutating func write(_ pieces: [MarkdownPiece], following: Unicode.Scalar?, at path: [Int]) {
        guard failedSpan == nil else { return }
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .text(let text):
                var beforeLink = false
                if index + 1 < pieces.count, case .syntax(let next) = pieces[index + 1] {
                    beforeLink = next.hasPrefix("[")
                }
                writeText(text, beforeLink: beforeLink)
            case .syntax(let syntax):
                writeContent(syntax)
            case .lineBreak:
                if singleLine {
                    writeText(" ", beforeLink: false)
                } else if !output.isEmpty {
                    pendingBreak = .hard
                }
            case .span(let kind, let children):
                flushBreak()
                let previous = atLineStart ? nil : output.unicodeScalars.last
                let next = Self.firstScalar(of: pieces[(index + 1)...], singleLine: singleLine) ?? following
                let first = Self.firstScalar(of: children[...], singleLine: singleLine)
                let last = Self.lastScalar(of: children)
                if Self.delimitersHold(previous: previous, first: first, last: last, next: next) {
                    writeContent(kind.delimiter)
                    write(children, following: kind.delimiter.unicodeScalars.first, at: path + [index])
                    writeContent(kind.delimiter)
                } else {
                    failedSpan = path + [index]
                    return
                }
            }
        }
    }

    private mutating func writeText(_ text: String, beforeLink: Bool) {
        let lines = Self.lines(of: text)
        for (number, line) in lines.enumerated() {
            if number > 0, !output.isEmpty, pendingBreak == nil {
                if singleLine {
                    appendSpaceUnlessAtStart()
                } else {
                    pendingBreak = .soft
                }
            }
            let isLast = number == lines.count - 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                // Spaces are kept only mid-line; they would be trimmed or indent a code block.
                if !line.isEmpty, pendingBreak == nil, !atLineStart { output += line }
                continue
            }
            flushBreak()
            if atLineStart {
                let content = line.drop(while: { $0 == " " || $0 == "\t" })
                output += MarkdownEscaping.escapeAtLineStart(content, beforeLink: isLast && beforeLink)
            } else {
                output += MarkdownEscaping.escape(line, beforeLink: isLast && beforeLink)
            }
            atLineStart = false
        }
    }

    /// Joins lines of single-line text with one space, as a soft break would show.
    private mutating func appendSpaceUnlessAtStart() {
        while output.last == " " || output.last == "\t" { output.removeLast() }
        if !atLineStart, !output.isEmpty { output += " " }
    }

    private mutating func writeContent(_ syntax: String) {
        guard !syntax.isEmpty else { return }
        flushBreak()
        output += syntax
        atLineStart = false
    }

    private mutating func flushBreak() {
        guard let pending = pendingBreak else { return }
        pendingBreak = nil
        while output.last == " " || output.last == "\t" { output.removeLast() }
        // A space keeps GitHub's autolinker from taking the break's backslash into a URL.
        output += pending == .hard ? " \\\n" : "\n"
        atLineStart = true
    }

    /// Splits text at line endings; in multi-line layout, a run of whitespace holding line breaks
    /// is one soft break (a blank line would end the paragraph).
    private static func lines(of text: String) -> [String] {
        if let lines = asciiLines(of: text) { return lines }
        var lines: [String] = [""]
        var inBreak = false
        for character in text {
            if character.isNewline {
                inBreak = true
                continue
            }
            if inBreak, character == " " || character == "\t" { continue }
            if inBreak {
                lines.append("")
                inBreak = false
            }
            lines[lines.count - 1].append(character)
        }
        if inBreak { lines.append("") }
        return lines
    }

    /// The same lines, by byte, for ASCII text, whose newline characters are the bytes 0A to
    /// 0D (a `"\r\n"` pair is one character, and a newline either way); nil for other text.
    private static func asciiLines(of text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var lines: [[UInt8]] = [[]]
            var inBreak = false
            for byte in bytes {
                if (0x0A...0x0D).contains(byte) {
                    inBreak = true
                    continue
                }
                if inBreak, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { continue }
                if inBreak {
                    lines.append([])
                    inBreak = false
                }
                lines[lines.count - 1].append(byte)
            }
            if inBreak { lines.append([]) }
            return lines.map { String(decoding: $0, as: UTF8.self) }
        }
    }

    // MARK: Flanking

    /// The first character the pieces will put in the output, as far as it can be known: escaped
    /// characters start with a backslash; a span starts with `*` or `<`, both punctuation.
    private static func firstScalar(of pieces: ArraySlice<MarkdownPiece>, singleLine: Bool) -> Unicode.Scalar? {
        for piece in pieces {
            switch piece {
            case .text(let text):
                guard let first = text.first else { continue }
                if first.isNewline { return "\n" }
                return MarkdownEscaping.escape(String(first)).unicodeScalars.first
            case .syntax(let syntax):
                if let first = syntax.unicodeScalars.first { return first }
            case .lineBreak:
                return singleLine ? " " : "\\"
            case .span:
                return "*"
            }
        }
        return nil
    }

    private static func lastScalar(of pieces: [MarkdownPiece]) -> Unicode.Scalar? {
        for piece in pieces.reversed() {
            switch piece {
            case .text(let text):
                if let last = text.unicodeScalars.last { return last }
            case .syntax(let syntax):
                if let last = syntax.unicodeScalars.last { return last }
            case .lineBreak:
                return "\n"
            case .span:
                return "*"
            }
        }
        return nil
    }

    /// Whether `*`/`**` placed around content starting with `first` and ending with `last`, between
    /// `previous` and `next` (nil: line start or end), certainly open and close there and nowhere
    /// else. The opener must be able to open but not close (else it may close an enclosing span
    /// early), and the closer the reverse; so each must sit between a space and a non-space, or
    /// between punctuation and a letter. This holds under every CommonMark version: newer ones
    /// count symbols such as `£` as punctuation, older ones do not. A neighbouring `*` would merge
    /// with the delimiter into a longer run, so it rules them out too.
    static func delimitersHold(
        previous: Unicode.Scalar?, first: Unicode.Scalar?, last: Unicode.Scalar?, next: Unicode.Scalar?
    ) -> Bool {
        guard let first, let last, previous != "*", next != "*" else { return false }
        return isBoundary(outside: previous, inside: first) && isBoundary(outside: next, inside: last)
    }

    /// Whether a delimiter between `outside` and `inside` only opens (or, mirrored, only closes).
    private static func isBoundary(outside: Unicode.Scalar?, inside: Unicode.Scalar) -> Bool {
        guard !isWhitespace(inside) else { return false }
        guard let outside, !isStrictWhitespace(outside) else { return true }
        return isPunctuationInEveryVersion(outside) && !isPunctuationInSomeVersion(inside)
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static func isStrictWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        ["\t", "\n", "\u{0C}", "\r"].contains(scalar) || scalar.properties.generalCategory == .spaceSeparator
    }

    private static func isPunctuationInEveryVersion(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return (0x21...0x2F).contains(scalar.value) || (0x3A...0x40).contains(scalar.value)
                || (0x5B...0x60).contains(scalar.value) || (0x7B...0x7E).contains(scalar.value)
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    private static func isPunctuationInSomeVersion(_ scalar: Unicode.Scalar) -> Bool {
        if isPunctuationInEveryVersion(scalar) { return true }
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
