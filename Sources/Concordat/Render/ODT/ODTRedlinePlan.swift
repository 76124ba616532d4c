/// How to write a document as tracked changes against an earlier one, paragraph by paragraph:
/// the two documents' paragraphs (as the ODT writer writes them) are aligned, paragraphs only in
/// the new one become insertions, paragraphs only in the old one deletions restored in place, and
/// a deleted paragraph followed by an inserted one of the same kind is one paragraph changed
/// word by word. Accepting every change leaves the new text; rejecting every change, the old.
struct ODTRedlinePlan {
    /// A paragraph as written: its text and, for a heading, its outline level.
    struct Paragraph: Equatable {
        var text: String
        var headingLevel: Int?
        /// The paragraph style, where a format restores deleted paragraphs in their own style
        /// (DOCX); paragraphs of different styles are different paragraphs.
        var style: String? = nil
    }

    /// A piece of a paragraph changed word by word.
    enum Piece: Equatable {
        case same(String)
        case inserted(id: String, text: String)
        case deleted(id: String, text: String)
    }

    /// What happens to one paragraph of the new document.
    enum Fate: Equatable {
        case same
        case inserted(id: String)
        case changed([Piece])
    }

    /// One `text:changed-region`.
    struct Region: Equatable {
        var id: String
        /// Nil for an insertion; the removed paragraphs for a deletion (a deletion inside a
        /// paragraph holds one paragraph with the removed words).
        var deleted: [Paragraph]?
    }

    /// The fate of each new paragraph, by index.
    var fates: [Fate]
    /// Old paragraphs restored before the new paragraph with this index (the count of new
    /// paragraphs means after the last one), with their region's id.
    var deletionsBefore: [Int: (id: String, paragraphs: [Paragraph])]
    /// Every region, in the order its marks appear.
    var regions: [Region]

    init(old: [Paragraph], new: [Paragraph]) {
        var fates: [Fate] = []
        var deletions: [Int: (id: String, paragraphs: [Paragraph])] = [:]
        var regions: [Region] = []
        var counter = 0
        func nextID() -> String { counter += 1; return "ct\(counter)" }
        var pendingDeleted: [Paragraph] = []
        var pendingInserted: [Paragraph] = []
        func flush() {
            // Pair deletions with insertions of the same kind as word-level changes.
            var deleted = pendingDeleted[...]
            for paragraph in pendingInserted {
                if let first = deleted.first, first.headingLevel == paragraph.headingLevel {
                    deleted = deleted.dropFirst()
                    fates.append(.changed(Self.pieces(old: first.text, new: paragraph.text, nextID: nextID, regions: &regions)))
                } else {
                    if !deleted.isEmpty {
                        let id = nextID()
                        regions.append(Region(id: id, deleted: Array(deleted)))
                        deletions[fates.count] = (id, Array(deleted))
                        deleted = []
                    }
                    let id = nextID()
                    regions.append(Region(id: id, deleted: nil))
                    fates.append(.inserted(id: id))
                }
            }
            if !deleted.isEmpty {
                let id = nextID()
                regions.append(Region(id: id, deleted: Array(deleted)))
                deletions[fates.count] = (id, Array(deleted))
            }
            pendingDeleted = []
            pendingInserted = []
        }
        for edit in Alignment.edits(old.map(AlignedParagraph.init), new.map(AlignedParagraph.init)) {
            switch edit {
            case .same:
                flush()
                fates.append(.same)
            case .deleted(let paragraph):
                if !pendingInserted.isEmpty { flush() }
                pendingDeleted.append(paragraph.paragraph)
            case .inserted(let paragraph):
                pendingInserted.append(paragraph.paragraph)
            }
        }
        flush()
        // Restore deleted paragraphs after any inserted ones at the same place, never right
        // before an insertion begins: word processors reject such a pair in an order that joins
        // the restored text to the paragraph before it.
        var shifted: [Int: (id: String, paragraphs: [Paragraph])] = [:]
        for key in deletions.keys.sorted() {
            guard let deletion = deletions[key] else { continue }
            var target = key
            while target < fates.count, case .inserted = fates[target] { target += 1 }
            if let earlier = shifted[target] {
                let merged = earlier.paragraphs + deletion.paragraphs
                shifted[target] = (earlier.id, merged)
                regions.removeAll { $0.id == deletion.id }
                if let index = regions.firstIndex(where: { $0.id == earlier.id }) { regions[index].deleted = merged }
            } else {
                shifted[target] = deletion
            }
        }
        self.fates = fates
        self.deletionsBefore = shifted
        self.regions = regions
    }

    /// Word-level pieces; the space before each word goes with it, so accepting or rejecting a
    /// piece never leaves a doubled or missing space.
    private static func pieces(
        old: String, new: String, nextID: () -> String, regions: inout [Region]
    ) -> [Piece] {
        let runs = WordDiff.compare(old, new)
        let firstSame = runs.firstIndex { if case .same = $0 { true } else { false } }
        var out: [Piece] = []
        for (index, run) in runs.enumerated() {
            let before = firstSame.map { index > $0 } ?? false
            let after = firstSame.map { index < $0 } ?? false
            func spaced(_ text: String) -> String { (before ? " " : "") + text + (after ? " " : "") }
            switch run {
            case .same(let text):
                // Changed words before the first kept one carry their own trailing space.
                out.append(.same((index > (firstSame ?? 0) ? " " : "") + text))
            case .inserted(let text):
                let id = nextID()
                regions.append(Region(id: id, deleted: nil))
                out.append(.inserted(id: id, text: spaced(text)))
            case .deleted(let text):
                let id = nextID()
                regions.append(Region(id: id, deleted: [Paragraph(text: spaced(text), headingLevel: nil)]))
                out.append(.deleted(id: id, text: spaced(text)))
            }
        }
        return out
    }
}

/// A paragraph compared by text and kind.
private struct AlignedParagraph: Equatable {
    var paragraph: ODTRedlinePlan.Paragraph
    init(_ paragraph: ODTRedlinePlan.Paragraph) { self.paragraph = paragraph }
}
