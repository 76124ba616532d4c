/// Element ids for the server's own pages. Escaping is the library's (`HTMLEscaping`), the same
/// the HTML renderer uses: every value a user typed, and every message derived from it, passes
/// through it before it reaches HTML.
enum HTML {
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
