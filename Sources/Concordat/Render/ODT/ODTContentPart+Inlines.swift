extension ODTContentPart {
    private typealias T = ODTVocabulary.Text

    /// Writes running text with its character styles, references and placeholders.
    ///
    /// Styled runs are flattened first: each piece of text carries the stack of character
    /// styles around it, and neighbours with the same stack share one set of spans. Bookmark
    /// references are always written straight into the paragraph, outside any span: libxml2's
    /// RelaxNG validator rejects a reference field inside `text:span`, though the schema allows it.
    func inlines(_ inlines: [Inline]) throws(ConcordatError) {
        var pieces: [StyledPiece] = []
        Self.flatten(inlines, styles: [], into: &pieces)
        var index = pieces.startIndex
        while index < pieces.endIndex {
            let styles = pieces[index].styles
            var end = index
            while end < pieces.endIndex, pieces[end].styles == styles, !pieces[end].isReference { end += 1 }
            if end == index {
                try write(pieces[index].content)
                index += 1
                continue
            }
            try spans(styles[...]) { () throws(ConcordatError) in
                for piece in pieces[index..<end] { try write(piece.content) }
            }
            index = end
        }
    }

    /// A piece of running text and the character styles around it, outermost first.
    struct StyledPiece {
        enum Content {
            case text(String)
            case lineBreak
            case crossReference(target: String, label: String)
        }

        var styles: [String]
        var content: Content
        var isReference: Bool { if case .crossReference = content { true } else { false } }
    }

    private static func flatten(_ inlines: [Inline], styles: [String], into pieces: inout [StyledPiece]) {
        for inline in inlines {
            switch inline {
            case .text(let text), .value(_, let text):
                pieces.append(StyledPiece(styles: styles, content: .text(BidiIsolation.isolated(text))))
            case .emphasis(let inner):
                flatten(inner, styles: styles + [T.emphasis], into: &pieces)
            case .strong(let inner):
                flatten(inner, styles: styles + [T.strong], into: &pieces)
            case .definedTerm(_, let display):
                pieces.append(StyledPiece(styles: styles + [T.definedTerm], content: .text(display)))
            case .crossReference(let target, let label):
                pieces.append(StyledPiece(styles: [], content: .crossReference(target: target, label: label)))
            case .blank(let path):
                pieces.append(StyledPiece(styles: styles + [T.blank], content: .text(Inline.blankText(path))))
            case .lineBreak:
                pieces.append(StyledPiece(styles: styles, content: .lineBreak))
            }
        }
    }

    private func write(_ content: StyledPiece.Content) throws(ConcordatError) {
        switch content {
        case .text(let text):
            try writeText(text)
        case .lineBreak:
            redlineText(" ")
            try xml.element("text:line-break")
            afterSpace = true
        case .crossReference(let target, let label):
            try crossReference(target: target, label: label)
        }
    }

    private func spans(_ styles: ArraySlice<String>, _ body: () throws(ConcordatError) -> Void) throws(ConcordatError) {
        guard let outer = styles.first else { return try body() }
        try xml.element("text:span", [("text:style-name", outer)]) { () throws(ConcordatError) in
            try spans(styles.dropFirst(), body)
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
        try writeText(String(label[..<range.lowerBound]))
        try xml.element("text:bookmark-ref", [
            ("text:reference-format", "number-all-superior"), ("text:ref-name", target),
        ]) { () throws(ConcordatError) in
            try writeText(number)
        }
        try writeText(String(label[range.upperBound...]))
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

    /// Writes text so that it reads back exactly: ODF collapses runs of spaces and drops a
    /// paragraph's leading space, so extra spaces become `text:s`; tabs and newlines become
    /// `text:tab` and `text:line-break`.
    func writeText(_ text: String) throws(ConcordatError) {
        redlineText(text)
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
        // Spaces, tabs and line breaks are single bytes that never occur inside another
        // character's UTF-8, so the text is walked by byte and copied into runs in slices.
        let bytes = text.utf8
        var pending = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            let next = bytes.index(after: index)
            switch byte {
            case UInt8(ascii: " "):
                if afterSpace {
                    run += text[pending..<index]
                    pending = next
                    extraSpaces += 1
                } else {
                    afterSpace = true
                }
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                run += text[pending..<index]
                pending = next
                try flush()
                try xml.element(byte == UInt8(ascii: "\t") ? "text:tab" : "text:line-break")
                afterSpace = true
            case UInt8(ascii: "\r"):
                run += text[pending..<index]
                pending = next
            default:
                if extraSpaces > 0 { try flush() }
                afterSpace = false
            }
            index = next
        }
        run += text[pending...]
        try flush()
    }
}
