import Foundation

/// The ODT writer's side of tracked changes: in a first pass it collects the paragraphs it
/// writes; in the second it writes the new document with the plan's insertions, deletions and
/// word-level changes, and a comment on each changed clause.
final class ODTRedlineState {
    enum Mode {
        case collect
        case write(ODTRedlinePlan)
    }

    var mode: Mode
    /// The author and date every change carries.
    let author: String, date: String
    /// A comment for each clause that changed, by clause id, saying why.
    let comments: [String: String]
    /// Paragraphs collected so far (collect mode).
    var collected: [ODTRedlinePlan.Paragraph] = []
    /// The text of the paragraph being written (collect mode).
    var text: String?
    /// The index of the next paragraph (write mode).
    var index = 0
    /// While positive, paragraphs are neither collected nor tracked (the table of contents,
    /// which is generated, and comments).
    var suspended = 0

    init(mode: Mode, author: String, date: String, comments: [String: String] = [:]) {
        self.mode = mode
        self.author = author
        self.date = date
        self.comments = comments
    }
}

extension ODTContentPart {
    /// Called when a paragraph or heading opens. Returns the word-level pieces to write instead of
    /// the paragraph's own content when the plan changed it; nil to write the content.
    func redlineOpen(headingLevel: Int?) throws(ConcordatError) -> [ODTRedlinePlan.Piece]? {
        guard let redline, redline.suspended == 0 else { return nil }
        switch redline.mode {
        case .collect:
            redline.text = ""
            return nil
        case .write(let plan):
            let index = redline.index
            redline.index += 1
            // Only the first paragraph holds marks at its start; every later paragraph's marks go
            // at the end of the one before, as word processors write them, so that rejecting an
            // inserted paragraph takes its paragraph break with it.
            if index == 0, let deletion = plan.deletionsBefore[0] {
                try xml.element("text:change", [("text:change-id", deletion.id)])
            }
            guard index < plan.fates.count else { return nil }
            switch plan.fates[index] {
            case .same: return nil
            case .inserted(let id):
                if index == 0 { try xml.element("text:change-start", [("text:change-id", id)]) }
                return nil
            case .changed(let pieces):
                return pieces
            }
        }
    }

    /// Called when a paragraph or heading closes.
    func redlineClose(headingLevel: Int?) throws(ConcordatError) {
        guard let redline, redline.suspended == 0 else { return }
        switch redline.mode {
        case .collect:
            redline.collected.append(ODTRedlinePlan.Paragraph(text: redline.text ?? "", headingLevel: headingLevel))
            redline.text = nil
        case .write(let plan):
            let index = redline.index - 1
            guard index < plan.fates.count else { return }
            // An inserted paragraph's region runs from the end of the paragraph before it to its
            // own end: its text and the paragraph break that introduced it.
            if case .inserted(let id) = plan.fates[index] {
                try xml.element("text:change-end", [("text:change-id", id)])
            }
            let next = index + 1
            if let deletion = plan.deletionsBefore[next] {
                try xml.element("text:change", [("text:change-id", deletion.id)])
            }
            if next < plan.fates.count, case .inserted(let id) = plan.fates[next] {
                try xml.element("text:change-start", [("text:change-id", id)])
            }
        }
    }

    /// Notes text written, for the collect pass.
    func redlineText(_ text: String) {
        guard let redline, redline.suspended == 0, case .collect = redline.mode else { return }
        redline.text? += text
    }

    /// Writes a changed paragraph's pieces.
    func writeRedlinePieces(_ pieces: [ODTRedlinePlan.Piece]) throws(ConcordatError) {
        for piece in pieces {
            switch piece {
            case .same(let text):
                try writeText(text)
            case .inserted(let id, let text):
                try xml.element("text:change-start", [("text:change-id", id)])
                try writeText(text)
                try xml.element("text:change-end", [("text:change-id", id)])
            case .deleted(let id, _):
                try xml.element("text:change", [("text:change-id", id)])
            }
        }
    }

    /// Writes `text:tracked-changes`, which must come first in the body.
    func writeTrackedChanges() throws(ConcordatError) {
        guard let redline, case .write(let plan) = redline.mode, !plan.regions.isEmpty else { return }
        redline.suspended += 1
        defer { redline.suspended -= 1 }
        try xml.element("text:tracked-changes", [("text:track-changes", "false")]) { () throws(ConcordatError) in
            for (number, region) in plan.regions.enumerated() {
                try xml.element("text:changed-region", [("xml:id", region.id), ("text:id", region.id)]) { () throws(ConcordatError) in
                    try xml.element(region.deleted == nil ? "text:insertion" : "text:deletion") { () throws(ConcordatError) in
                        try xml.element("office:change-info") { () throws(ConcordatError) in
                            try xml.element("dc:creator", text: redline.author)
                            try xml.element("dc:date", text: number % 2 == 0 ? redline.date : Self.shifted(redline.date))
                        }
                        guard let deleted = region.deleted else { return }
                        // A deletion inside one paragraph holds its words; a deletion of whole
                        // paragraphs holds them, with an empty one for the break that joined them
                        // to the paragraph where the mark stands.
                        let whole = plan.deletionsBefore.values.contains { $0.id == region.id }
                        let atStart = plan.deletionsBefore[0]?.id == region.id
                        var paragraphs = deleted
                        if whole {
                            // At the start of the first paragraph the restored paragraphs end with
                            // a break; anywhere else the mark is at a paragraph's end, so they begin
                            // with one.
                            if atStart { paragraphs.append(.init(text: "", headingLevel: nil)) }
                            else { paragraphs.insert(.init(text: "", headingLevel: nil), at: 0) }
                        }
                        for paragraph in paragraphs {
                            afterSpace = true
                            if let level = paragraph.headingLevel {
                                try xml.element("text:h", [("text:style-name", P.heading(min(level, 3))), ("text:outline-level", String(level))]) {
                                    () throws(ConcordatError) in try writeText(paragraph.text)
                                }
                            } else {
                                try xml.element("text:p", [("text:style-name", P.textBody)]) { () throws(ConcordatError) in
                                    try writeText(paragraph.text)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The date two minutes on (or back, near the hour's end). Word processors merge neighbouring
    /// changes by the same author made within a minute of each other, and merging an insertion
    /// that ends one paragraph with one that begins the next would take the paragraph break with
    /// them on Reject; alternate changes carry the two dates so neighbours never merge.
    static func shifted(_ date: String) -> String {
        var characters = Array(date)
        guard characters.count >= 16, let minute = Int(String(characters[14...15])) else { return date }
        let moved = minute >= 58 ? minute - 2 : minute + 2
        characters.replaceSubrange(14...15, with: Array(String(format: "%02d", moved)))
        return String(characters)
    }

    /// A comment on a changed clause, saying why it changed.
    func writeRedlineComment(clauseID: String) throws(ConcordatError) {
        guard let redline, case .write = redline.mode, let comment = redline.comments[clauseID] else { return }
        redline.suspended += 1
        defer { redline.suspended -= 1 }
        try xml.element("office:annotation") { () throws(ConcordatError) in
            try xml.element("dc:creator", text: redline.author)
            try xml.element("dc:date", text: redline.date)
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                try xml.element("text:p", [("text:style-name", P.annotation)]) { () throws(ConcordatError) in
                    afterSpace = true
                    try writeText(String(line))
                }
            }
        }
        afterSpace = true
    }
}
