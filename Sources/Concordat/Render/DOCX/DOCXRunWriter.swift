/// Writes running text (the model's inlines) as WordprocessingML runs.
///
/// It is separate from the document part so that a tracked-change writer can reuse it: runs
/// written with `deleted` set use `w:delText`/`w:delInstrText`, as Word requires inside `w:del`,
/// and the caller wraps them in `w:ins` or `w:del`.
///
/// Each run carries its character formatting directly: `rStyle` for a defined term or a blank
/// (Word allows one character style per run), `b` and `i` for strong and emphasis, so that
/// nesting (a defined term in bold) keeps every layer.
struct DOCXRunWriter {
    typealias C = DOCXVocabulary.Character

    let xml: XMLPartWriter
    /// Clause anchor → bookmark name, for cross-reference fields.
    let bookmarks: DOCXBookmarks
    /// Bookmarked heading anchor → its number, the field's stored result.
    let numbers: [String: String]
    /// Whether the runs are deleted text in a tracked change.
    var deleted = false
    /// The redline collecting the text written, in its first pass.
    var redline: DOCXRedlineState?

    init(xml: XMLPartWriter, bookmarks: DOCXBookmarks, numbers: [String: String], redline: DOCXRedlineState? = nil) {
        self.xml = xml
        self.bookmarks = bookmarks
        self.numbers = numbers
        self.redline = redline
    }

    /// Character formatting of one run.
    struct Format: Equatable {
        var style: String?
        var bold = false
        var italic = false
    }

    /// Writes inlines as runs.
    func inlines(_ inlines: [Inline], _ format: Format = Format()) throws(ConcordatError) {
        for inline in inlines {
            switch inline {
            case .text(let text), .value(_, let text):
                try run(text, format)
            case .emphasis(let inner):
                var styled = format
                styled.italic = true
                try self.inlines(inner, styled)
            case .strong(let inner):
                var styled = format
                styled.bold = true
                try self.inlines(inner, styled)
            case .definedTerm(_, let display):
                var term = format
                term.style = C.definedTerm
                try run(display, term)
            case .crossReference(let target, let label):
                try crossReference(target: target, label: label, format)
            case .blank(let path):
                var blank = format
                blank.style = C.blank
                try run(Inline.blankText(path), blank)
            case .lineBreak:
                if let redline, redline.suspended == 0, !deleted { redline.text? += " " }
                try xml.element("w:r") { () throws(ConcordatError) in
                    try properties(format)
                    try xml.element("w:br")
                }
            }
        }
    }

    /// One run of text. Tabs and line breaks become `w:tab` and `w:br` (a newline inside `w:t`
    /// is one of the things Word repairs); carriage returns are dropped.
    func run(_ text: String, _ format: Format = Format()) throws(ConcordatError) {
        guard !text.isEmpty else { return }
        if let redline, redline.suspended == 0, !deleted { redline.text? += text }
        try xml.element("w:r") { () throws(ConcordatError) in
            try properties(format)
            var piece = ""
            func flush() throws(ConcordatError) {
                guard !piece.isEmpty else { return }
                try xml.element(deleted ? "w:delText" : "w:t", [("xml:space", "preserve")], text: piece)
                piece = ""
            }
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\t":
                    try flush()
                    try xml.element("w:tab")
                case "\n":
                    try flush()
                    try xml.element("w:br")
                case "\r":
                    continue
                default:
                    piece.unicodeScalars.append(scalar)
                }
            }
            try flush()
        }
    }

    /// `w:rPr` in the schema's order (rStyle, b, i), or nothing when the format is plain.
    func properties(_ format: Format) throws(ConcordatError) {
        guard format != Format() else { return }
        try xml.element("w:rPr") { () throws(ConcordatError) in
            if let style = format.style { try xml.element("w:rStyle", [("w:val", style)]) }
            if format.bold { try xml.element("w:b") }
            if format.italic { try xml.element("w:i") }
        }
    }

    /// "clause 3.2" becomes "clause " and a `REF` field to the bookmark on clause 3.2's heading
    /// with `\w` (the paragraph number in full context) and `\h` (a link), its stored result the
    /// current number, so the text reads right before any update and follows the clause when
    /// clauses are inserted and fields updated. A label without the number stays plain text.
    func crossReference(target: String, label: String, _ format: Format = Format()) throws(ConcordatError) {
        guard let name = bookmarks.name(for: target), let number = numbers[target], !number.isEmpty,
              let range = ODTContentPart.lastRange(of: number, in: label)
        else {
            try run(label, format)
            return
        }
        try run(String(label[..<range.lowerBound]), format)
        try field(instruction: " REF \(name) \\w \\h ", result: number, format)
        try run(String(label[range.upperBound...]), format)
    }

    /// A complex field with its stored result: a field without one is a Word repair trigger.
    func field(instruction: String, result: String, _ format: Format = Format()) throws(ConcordatError) {
        try fieldCharacter("begin", format)
        try xml.element("w:r") { () throws(ConcordatError) in
            try properties(format)
            try xml.element(deleted ? "w:delInstrText" : "w:instrText", [("xml:space", "preserve")], text: instruction)
        }
        try fieldCharacter("separate", format)
        try run(result, format)
        try fieldCharacter("end", format)
    }

    /// One `w:fldChar` run (`begin`, `separate` or `end`).
    func fieldCharacter(_ type: String, _ format: Format = Format()) throws(ConcordatError) {
        try xml.element("w:r") { () throws(ConcordatError) in
            try properties(format)
            try xml.element("w:fldChar", [("w:fldCharType", type)])
        }
    }
}
