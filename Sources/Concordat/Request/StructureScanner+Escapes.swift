/// A `\uXXXX` escape for a UTF-16 surrogate in double-quoted text. JSON writers use a pair of
/// them for characters beyond U+FFFF (`"\ud83c\udf33"` for 🌳), which the YAML parser refuses;
/// a surrogate on its own is no character at all.
struct SurrogateEscape: Sendable {
    /// The byte offset of the escape's backslash.
    var offset: Int
    /// How many bytes the escape spans: 12 for a pair, 6 for a lone surrogate.
    var length: Int
    /// What the parser reads instead: the YAML escape `\UXXXXXXXX` for a pair (two columns
    /// shorter, so later columns on that line read two less), or the six-byte `\uFFFD` for a
    /// lone surrogate, which keeps every column.
    var replacement: String
    /// For a lone surrogate, the character to report.
    var lone: ForbiddenCharacter?

    /// The text with each escape replaced.
    static func rewrite(_ text: String, _ escapes: [SurrogateEscape]) -> String {
        guard !escapes.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for escape in escapes.reversed() {
            bytes.replaceSubrange(escape.offset..<escape.offset + escape.length, with: Array(escape.replacement.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension StructureScanner {
    /// The value of the four hex digits after `\u` at `offset`, if they are there.
    private func unicodeEscape(at offset: Int) -> UInt32? {
        guard offset + 6 <= bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u")
        else { return nil }
        var value: UInt32 = 0
        for byte in bytes[offset + 2..<offset + 6] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Records a surrogate escape at `index` and steps over it; false if the escape is not one.
    mutating func scanSurrogateEscape() -> Bool {
        guard let first = unicodeEscape(at: index), (0xD800...0xDFFF).contains(first) else { return false }
        if first < 0xDC00, let second = unicodeEscape(at: index + 6), (0xDC00...0xDFFF).contains(second) {
            let scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            let hex = String(scalar, radix: 16, uppercase: true)
            let replacement = "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
            findings.surrogateEscapes.append(SurrogateEscape(offset: index, length: 12, replacement: replacement))
            index += 12
            return true
        }
        let character = ForbiddenCharacter(line: line, column: column(of: index) + 1, value: first, kind: .surrogate)
        findings.surrogateEscapes.append(SurrogateEscape(offset: index, length: 6, replacement: "\\uFFFD", lone: character))
        index += 6
        return true
    }
}
