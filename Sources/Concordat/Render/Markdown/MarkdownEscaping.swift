/// Escapes model text so that CommonMark, GitHub and pandoc show it literally and it never
/// changes the structure around it.
///
/// Characters that start inline syntax anywhere (emphasis, links, code, raw HTML, pipes, pandoc's
/// maths, superscripts and attributes, headings' closing `#`) are always backslash-escaped. An
/// `&` is escaped only where it could start an entity. Characters that matter only at the start
/// of a line (list and quote markers, setext underlines, pandoc's fancy lists and definition
/// lists) are escaped only there, so ordinary prose stays readable in the raw file.
enum MarkdownEscaping {
    /// Characters escaped wherever they occur.
    private static let alwaysEscaped: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", "|", "~", "$", "^", "{", "#",
    ]
    /// Characters that start a block construct when they begin a line.
    private static let lineStartEscaped: Set<Character> = ["-", "+", "=", ":", ">", "("]

    /// Escapes `text` that does not start a line. `beforeLink` says a link follows directly, so a
    /// trailing `!` must not turn it into an image.
    static func escape<S: StringProtocol>(_ text: S, beforeLink: Bool = false) -> String {
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if alwaysEscaped.contains(character) {
                result.append("\\")
            } else if character == "&", next < text.endIndex, startsEntity(text[next]) {
                result.append("\\")
            } else if character == "!", next == text.endIndex, beforeLink {
                result.append("\\")
            }
            result.append(character)
            index = next
        }
        return result
    }

    /// Escapes `text` that begins a line (after any indentation or container prefix), also
    /// neutralising whatever would start a list, quote, heading underline or pandoc block there.
    /// Leading spaces must already be removed: four of them would start a code block.
    static func escapeAtLineStart<S: StringProtocol>(_ text: S, beforeLink: Bool = false) -> String {
        guard let first = text.first else { return "" }
        if lineStartEscaped.contains(first) {
            return "\\" + escape(text, beforeLink: beforeLink)
        }
        if let delimiter = listMarkerDelimiter(in: text) {
            return escape(text[..<delimiter]) + "\\" + escape(text[delimiter...], beforeLink: beforeLink)
        }
        return escape(text, beforeLink: beforeLink)
    }

    private static func startsEntity(_ character: Character) -> Bool {
        character == "#" || (character.isASCII && character.isLetter)
    }

    /// The position of the `.` or `)` in a leading ordered-list marker: digits (CommonMark), or a
    /// single letter or roman numeral (pandoc's fancy lists), then the delimiter, then a space or
    /// the end of the text.
    private static func listMarkerDelimiter<S: StringProtocol>(in text: S) -> S.Index? {
        let label = text.prefix(while: { $0.isASCII && ($0.isNumber || $0.isLetter) })
        guard !label.isEmpty, label.endIndex < text.endIndex else { return nil }
        let delimiter = text[label.endIndex]
        guard delimiter == "." || delimiter == ")" else { return nil }
        let after = text.index(after: label.endIndex)
        guard after == text.endIndex || text[after].isWhitespace else { return nil }
        let isMarker = label.allSatisfy(\.isNumber)
            || label.count == 1
            || label.allSatisfy({ "ivxlcdm".contains($0) })
            || label.allSatisfy({ "IVXLCDM".contains($0) })
        return isMarker ? label.endIndex : nil
    }
}
