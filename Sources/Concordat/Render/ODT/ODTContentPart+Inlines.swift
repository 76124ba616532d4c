extension ODTContentPart {
    private typealias T = ODTVocabulary.Text

    /// Writes running text with its character styles, references and placeholders.
    func inlines(_ inlines: [Inline]) throws(ConcordatError) {
        for inline in inlines { try self.inline(inline) }
    }

    private func inline(_ inline: Inline) throws(ConcordatError) {
        switch inline {
        case .text(let text), .value(_, let text):
            try writeText(text)
        case .emphasis(let inner):
            try span(T.emphasis) { () throws(ConcordatError) in try inlines(inner) }
        case .strong(let inner):
            try span(T.strong) { () throws(ConcordatError) in try inlines(inner) }
        case .definedTerm(_, let display):
            try span(T.definedTerm) { () throws(ConcordatError) in try writeText(display) }
        case .crossReference(let target, let label):
            try crossReference(target: target, label: label)
        case .blank(let path):
            try span(T.blank) { () throws(ConcordatError) in try writeText(Inline.blankText(path)) }
        case .lineBreak:
            try xml.element("text:line-break")
            afterSpace = true
        }
    }

    /// "clause 3.2" becomes "clause " and a reference to the bookmark on clause 3.2's heading
    /// showing its full outline number, so the text follows when clauses are inserted and
    /// LibreOffice updates fields. The current number is written as the field's cached text.
    private func crossReference(target: String, label: String) throws(ConcordatError) {
        guard let number = numbers[target], !number.isEmpty,
              let range = Self.lastRange(of: number, in: label)
        else {
            // No numbered heading carries this bookmark, or the label does not show its number:
            // plain text is all that can be kept.
            try writeText(label)
            return
        }
        try span(T.crossReference) { () throws(ConcordatError) in
            try writeText(String(label[..<range.lowerBound]))
            try xml.element("text:bookmark-ref", [
                ("text:reference-format", "number-all-superior"), ("text:ref-name", target),
            ]) { () throws(ConcordatError) in
                try writeText(number)
            }
            try writeText(String(label[range.upperBound...]))
        }
    }

    /// Where `needle` last occurs in `text`.
    static func lastRange(of needle: String, in text: String) -> Range<String.Index>? {
        var start = text.endIndex
        while true {
            if text[start...].hasPrefix(needle) { return start..<text.index(start, offsetBy: needle.count) }
            if start == text.startIndex { return nil }
            start = text.index(before: start)
        }
    }

    private func span(_ style: String, _ body: () throws(ConcordatError) -> Void) throws(ConcordatError) {
        try xml.element("text:span", [("text:style-name", style)], body)
    }

    /// Writes text so that it reads back exactly: ODF collapses runs of spaces and drops a
    /// paragraph's leading space, so extra spaces become `text:s`; tabs and newlines become
    /// `text:tab` and `text:line-break`.
    func writeText(_ text: String) throws(ConcordatError) {
        var run = ""
        var extraSpaces = 0
        func flush() throws(ConcordatError) {
            if !run.isEmpty {
                try xml.text(run)
                run = ""
            }
            if extraSpaces > 0 {
                try xml.element("text:s", extraSpaces > 1 ? [("text:c", String(extraSpaces))] : [])
                extraSpaces = 0
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ":
                if afterSpace {
                    extraSpaces += 1
                } else {
                    run.unicodeScalars.append(scalar)
                    afterSpace = true
                }
            case "\t":
                try flush()
                try xml.element("text:tab")
                afterSpace = true
            case "\n":
                try flush()
                try xml.element("text:line-break")
                afterSpace = true
            case "\r":
                continue
            default:
                if extraSpaces > 0 { try flush() }
                run.unicodeScalars.append(scalar)
                afterSpace = false
            }
        }
        try flush()
    }
}
