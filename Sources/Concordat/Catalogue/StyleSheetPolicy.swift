/// What a house stylesheet (`house-style.css`) may do. It is inlined into every HTML document,
/// which must be self-contained and load nothing: so anything that could fetch a resource —
/// `url(…)`, `@import`, `image-set(…)`, `image(…)`, `src(…)`, `expression(…)` —
/// is refused when the templates load, with its line and column, and so is type
/// set at size zero, which would hide the words. CSS escapes (`\75 rl(`) and comments are
/// undone before the search, so neither can disguise a word.
enum StyleSheetPolicy {
    /// Words that fetch or run something, lower case.
    static let refusedWords = [
        "url(", "@import", "image-set(", "image(", "src(", "expression(", "cross-fade(", "element(",
    ]

    /// Every problem in `css`, at most `limit`.
    static func problems(in css: String, file: String, limit: Int = 20) -> [Diagnostic] {
        let (text, positions) = decoded(css)
        var found: [Diagnostic] = []
        func report(_ message: String, at index: Int, hint: String) {
            guard found.count < limit else { return }
            let (line, column) = positions[index]
            found.append(Diagnostic(.error, message, at: SourceLocation(file: file, line: line, column: column), hint: hint))
        }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let word = refusedWords.first(where: { matches($0, scalars, at: index) }) {
                report("'\(word.hasSuffix("(") ? word + "…)" : word)' could load something from outside the document, which must be self-contained",
                       at: index, hint: "remove it; fonts must be installed where the document is read, and images cannot be used")
                index += word.unicodeScalars.count
                continue
            }
            if matches("font-size", scalars, at: index), let zero = zeroValue(scalars, after: index + 9) {
                report("'font-size' of zero hides the text", at: zero, hint: "give a readable size, e.g. 1rem")
            }
            index += 1
        }
        return found
    }

    private static func matches(_ word: String, _ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let target = Array(word.unicodeScalars)
        guard index + target.count <= scalars.count else { return false }
        for offset in 0..<target.count where scalars[index + offset] != target[offset] { return false }
        return true
    }

    /// After `font-size`, `: 0` with any unit (or none) and no other digit: where the zero is.
    private static func zeroValue(_ scalars: [Unicode.Scalar], after start: Int) -> Int? {
        var index = start
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\n" { index += 1 }
        guard index < scalars.count, scalars[index] == ":" else { return nil }
        index += 1
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" || scalars[index] == "\n" { index += 1 }
        let zero = index
        var sawDigit = false
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == "." {
            if ("1"..."9").contains(scalars[index]) { return nil }
            if scalars[index] == "0" { sawDigit = true }
            index += 1
        }
        return sawDigit ? zero : nil
    }

    /// The stylesheet lower-cased, comments removed and escapes decoded, with the line and
    /// column in the original of each scalar kept.
    static func decoded(_ css: String) -> (String, [(Int, Int)]) {
        let source = Array(css.unicodeScalars)
        var out = ""
        var positions: [(Int, Int)] = []
        var line = 1, column = 1
        var index = 0
        func step() {
            if source[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        while index < source.count {
            let here = (line, column)
            let scalar = source[index]
            if scalar == "/", index + 1 < source.count, source[index + 1] == "*" {
                step(); step()
                while index < source.count, !(source[index] == "*" && index + 1 < source.count && source[index + 1] == "/") { step() }
                if index < source.count { step(); step() }
                continue
            }
            if scalar == "\\", index + 1 < source.count {
                step()
                var hex = ""
                while hex.count < 6, index < source.count, source[index].properties.isASCIIHexDigit {
                    hex.unicodeScalars.append(source[index])
                    step()
                }
                if hex.isEmpty {
                    out.unicodeScalars.append(contentsOf: String(source[index]).lowercased().unicodeScalars)
                    positions.append(here)
                    step()
                } else {
                    // One whitespace after a hex escape belongs to the escape.
                    if index < source.count, source[index] == " " || source[index] == "\n" || source[index] == "\t" { step() }
                    let value = UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init) ?? "\u{FFFD}"
                    out.unicodeScalars.append(contentsOf: String(value).lowercased().unicodeScalars)
                    positions.append(here)
                }
                continue
            }
            for lowered in String(scalar).lowercased().unicodeScalars {
                out.unicodeScalars.append(lowered)
                positions.append(here)
            }
            step()
        }
        return (out, positions)
    }
}
