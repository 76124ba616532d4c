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
        if let ascii = escapeASCII(text, beforeLink: beforeLink) { return ascii }
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

    /// The same escaping, by byte, for ASCII text, where every byte is a character (a `"\r\n"`
    /// pair is one, but neither it nor its bytes are ever escaped or start an entity); nil for
    /// other text. Hashing each character into a set cost some 200 instructions a character.
    private static func escapeASCII<S: StringProtocol>(_ text: S, beforeLink: Bool) -> String? {
        let escaped = text.utf8.withContiguousStorageIfAvailable { bytes -> [UInt8]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for index in bytes.indices {
                let byte = bytes[index]
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                if alwaysEscapedBytes.contains(byte)
                    || (byte == UInt8(ascii: "&") && next.map(startsEntity) == true)
                    || (byte == UInt8(ascii: "!") && next == nil && beforeLink) {
                    out.append(UInt8(ascii: "\\"))
                }
                out.append(byte)
            }
            return out
        }
        return escaped.flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// `alwaysEscaped`, as bytes.
    private static let alwaysEscapedBytes: Set<UInt8> = Set(alwaysEscaped.compactMap(\.asciiValue))

    private static func startsEntity(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "#") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
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
