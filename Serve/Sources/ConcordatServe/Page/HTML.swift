/// Escaping for the server's own pages. Every value a user typed, and every message derived from
/// it, passes through here before it reaches HTML.
enum HTML {
    /// Text for element content and quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// An element id for a field name: `parties[1].kind` → `f-parties_1_kind`. Names use only
    /// lower-case letters, digits, hyphens, dots and brackets, so the mapping does not collide.
    static func id(_ name: String) -> String {
        var out = "f-"
        for scalar in name.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "-": out.unicodeScalars.append(scalar)
            case ".", "[": out += "_"
            case "]": break
            default: out += "x"
            }
        }
        return out
    }
}
