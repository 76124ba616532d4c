/// The one escaping function for HTML text and attribute values, shared by the HTML renderer, the
/// raw HTML anchors the Markdown renderer writes, and programs that build pages around documents
/// (the web form).
public enum HTMLEscaping {
    /// Escapes `& < > " '` so `text` reads literally in element content and in quoted attribute
    /// values alike, and replaces code points HTML forbids (controls other than whitespace,
    /// noncharacters, bidirectional controls: whatever ``CharacterRule`` refuses on its own) with U+FFFD so one stray byte cannot make the file invalid.
    public static func escape(_ text: String) -> String {
        if let ascii = escapeASCII(text) { return ascii }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                result.unicodeScalars.append(isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return result
    }

    /// Like ``escape(_:)``, and also writes line breaks and tabs as character references, for
    /// attribute values that must stay on one line (a raw HTML tag in Markdown must not let a
    /// newline start a new block).
    public static func escapeSingleLine(_ text: String) -> String {
        var result = ""
        for scalar in escape(text).unicodeScalars {
            switch scalar {
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The same escaping, by byte, for ASCII text, where every byte is a scalar; nil for other
    /// text. Appending scalar by scalar cost some 300 instructions a character.
    private static func escapeASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "\""): out += "&quot;".utf8
                case UInt8(ascii: "'"): out += "&#39;".utf8
                default:
                    if isForbidden(Unicode.Scalar(byte)) { out += "\u{FFFD}".utf8 } else { out.append(byte) }
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The loaders refuse these characters with a location (``CharacterRule``); this keeps one
    /// that slipped through from making the file invalid or deceptive.
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        CharacterRule.contextFreeKind(scalar.value) != nil
    }
}
