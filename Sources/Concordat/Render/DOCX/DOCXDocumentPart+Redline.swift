/// The document part's side of tracked changes (see `DOCXRedlineState`): every paragraph the part
/// writes passes through `tracked(style:level:_:)`, which collects it in the first pass and, in the
/// second, writes the plan's deleted paragraphs before it, marks its paragraph mark, and writes
/// its content inserted, word by word, or as it is.
extension DOCXDocumentPart {
    /// How one paragraph is written.
    struct Tracking {
        /// The content, as the plan has it.
        enum Content {
            case plain
            case inserted
            case pieces([ODTRedlinePlan.Piece])
        }

        var content: Content = .plain
        var markInserted = false
        var markDeleted = false
    }

    /// Writes one paragraph through the redline, if there is one: `write` is given how to mark the
    /// paragraph and writes the `w:p` itself.
    func tracked(
        style: String?, level: Int?, _ write: (Tracking) throws(ConcordatError) -> Void
    ) throws(ConcordatError) {
        guard let redline, redline.suspended == 0 else { return try write(Tracking()) }
        switch redline.mode {
        case .collect:
            redline.text = ""
            try write(Tracking())
            redline.collected.append(ODTRedlinePlan.Paragraph(text: redline.text ?? "", headingLevel: level, style: style))
            redline.text = nil
        case .write(let plan):
            let index = redline.index
            redline.index += 1
            if let deletion = plan.deletionsBefore[index], index < plan.fates.count {
                try writeRestored(deletion.paragraphs, atEnd: false)
            }
            var tracking = Tracking(markInserted: redline.markInserted.contains(index), markDeleted: redline.markDeleted.contains(index))
            if index < plan.fates.count {
                switch plan.fates[index] {
                case .same: break
                case .inserted: tracking.content = .inserted
                case .changed(let pieces): tracking.content = .pieces(pieces)
                }
            }
            try write(tracking)
            if index == plan.fates.count - 1, let deletion = plan.deletionsBefore[plan.fates.count] {
                try writeRestored(deletion.paragraphs, atEnd: true)
            }
        }
    }

    /// The paragraph mark's change, last in `w:pPr`.
    func writeMark(_ tracking: Tracking) throws(ConcordatError) {
        guard let redline, tracking.markInserted || tracking.markDeleted else { return }
        try xml.element("w:rPr") { () throws(ConcordatError) in
            if tracking.markInserted { try xml.element("w:ins", redline.attributes()) }
            if tracking.markDeleted { try xml.element("w:del", redline.attributes()) }
        }
    }

    /// The paragraph's content: `body` as it is, or inside one `w:ins`, or the plan's pieces
    /// (unless `body` writes them itself, as a heading does around its bookmark).
    func writeContent(
        _ tracking: Tracking, bodyWritesPieces: Bool = false, _ body: () throws(ConcordatError) -> Void
    ) throws(ConcordatError) {
        guard let redline else { return try body() }
        switch tracking.content {
        case .plain:
            try body()
        case .pieces where bodyWritesPieces:
            try body()
        case .inserted:
            try xml.element("w:ins", redline.attributes(), body)
        case .pieces(let pieces):
            try writePieces(pieces)
        }
    }

    /// A changed paragraph's words: kept ones plain, inserted ones in `w:ins`, deleted ones as
    /// `w:delText` in `w:del`.
    func writePieces(_ pieces: [ODTRedlinePlan.Piece]) throws(ConcordatError) {
        guard let redline else { return }
        var deleted = runs
        deleted.deleted = true
        for piece in pieces {
            switch piece {
            case .same(let text):
                try runs.run(text)
            case .inserted(_, let text):
                try xml.element("w:ins", redline.attributes()) { () throws(ConcordatError) in try runs.run(text) }
            case .deleted(_, let text):
                try xml.element("w:del", redline.attributes()) { () throws(ConcordatError) in try deleted.run(text) }
            }
        }
    }

    /// Paragraphs of the old document restored where they stood, text and mark deleted; at the
    /// very end the last keeps its mark (the document's last mark cannot go).
    private func writeRestored(_ paragraphs: [ODTRedlinePlan.Paragraph], atEnd: Bool) throws(ConcordatError) {
        guard let redline else { return }
        var deleted = runs
        deleted.deleted = true
        for (offset, paragraph) in paragraphs.enumerated() {
            let keepMark = atEnd && redline.keepLastRestoredMark && offset == paragraphs.count - 1
            try xml.element("w:p") { () throws(ConcordatError) in
                try xml.element("w:pPr") { () throws(ConcordatError) in
                    if let style = paragraph.style { try xml.element("w:pStyle", [("w:val", style)]) }
                    if !keepMark {
                        try xml.element("w:rPr") { () throws(ConcordatError) in
                            try xml.element("w:del", redline.attributes(restored: true))
                        }
                    }
                }
                if paragraph.headingLevel == DOCXRedlineState.pageBreakLevel {
                    try xml.element("w:del", redline.attributes(restored: true)) { () throws(ConcordatError) in
                        try xml.element("w:r") { () throws(ConcordatError) in try xml.element("w:br", [("w:type", "page")]) }
                    }
                } else if !paragraph.text.isEmpty {
                    try xml.element("w:del", redline.attributes(restored: true)) { () throws(ConcordatError) in
                        try deleted.run(paragraph.text)
                    }
                }
            }
        }
    }

    /// Marks a table row inserted when every one of its cells' paragraphs (the next `cells`
    /// paragraphs) is, with no old paragraph restored among them, so rejecting it removes the row
    /// rather than leaving it empty. Goes last in `w:trPr`.
    func writeRowInsertion(cells: Int) throws(ConcordatError) {
        guard let redline, redline.suspended == 0, case .write(let plan) = redline.mode else { return }
        let range = redline.index..<(redline.index + cells)
        guard cells > 0, range.upperBound <= plan.fates.count,
              range.allSatisfy({ redline.isInserted($0) && plan.deletionsBefore[$0] == nil }) else { return }
        try xml.element("w:ins", redline.attributes())
    }

    /// The comment a redline puts on a changed clause, saying why it changed.
    func redlineComment(_ clauseID: String) -> String? {
        guard let redline, case .write = redline.mode else { return nil }
        return redline.comments[clauseID]
    }
}
