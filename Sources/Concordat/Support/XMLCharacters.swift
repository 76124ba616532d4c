/// Which characters XML 1.0 can encode at all. This is not the rule for what text may say —
/// that is ``CharacterRule``, applied when requests, clauses and templates are loaded — but the
/// XML writer's last guard, because libxml2's writer would emit a forbidden character unescaped.
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
}
