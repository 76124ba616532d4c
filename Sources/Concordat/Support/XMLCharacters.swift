/// Which characters XML 1.0 can hold. Every input is checked against this before it can reach
/// an output, because libxml2's writer would emit a forbidden character unescaped.
enum XMLCharacters {
    /// Whether XML 1.0 allows the scalar in character data.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Whether XML 1.0 allows every character of `text`, decided on its UTF-8 bytes, which is
    /// many times faster than decoding scalars: the only forbidden characters a Swift string can
    /// hold are the C0 controls other than tab, line feed and carriage return, and U+FFFE and
    /// U+FFFF (EF BF BE and EF BF BF), since it never holds a surrogate.
    static func allAllowed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte < 0x20 && byte != 0x9 && byte != 0xA && byte != 0xD { return false }
                if byte == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE {
                    return false
                }
            }
            return true
        }
    }

    /// The first forbidden character in `text`, with its 1-based line and column.
    static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
        if allAllowed(text) { return nil }
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            if !isAllowed(scalar) { return (scalar, line, column) }
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }

    /// "U+0001", for messages.
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
