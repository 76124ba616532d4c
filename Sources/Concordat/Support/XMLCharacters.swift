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

    /// The first forbidden character in `text`, with its 1-based line and column.
    static func firstForbidden(in text: String) -> (scalar: Unicode.Scalar, line: Int, column: Int)? {
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
