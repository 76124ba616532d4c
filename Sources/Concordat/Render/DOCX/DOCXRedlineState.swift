/// The DOCX writer's side of tracked changes, following the same plan as ODT's (so both formats
/// mark the same paragraphs and words): in a first pass it collects the paragraphs it writes; in
/// the second it writes the new document with `w:ins`/`w:del` for the plan's insertions,
/// deletions and word-level changes, and a comment on each changed clause.
///
/// In WordprocessingML a paragraph's mark (its break) is tracked on its own, in
/// `w:pPr/w:rPr`. An inserted paragraph has its text and its own mark inserted, so rejecting it
/// removes both and leaves the paragraphs around it as they were; a deleted paragraph is restored
/// with its text and mark deleted. The last paragraph's mark cannot be removed (a document ends
/// in one), so at the very end the mark of the paragraph before the change carries it instead.
final class DOCXRedlineState {
    enum Mode {
        case collect
        case write(ODTRedlinePlan)
    }

    /// The outline-level code of a paragraph holding only a page break, which never pairs with
    /// a paragraph of text.
    static let pageBreakLevel = -1

    let mode: Mode
    /// The author and date (`w:date`, UTC) every change carries.
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
    /// which is generated).
    var suspended = 0
    /// Paragraphs (by index) whose mark is inserted or deleted; paragraphs whose text is inserted.
    private(set) var markInserted: Set<Int> = []
    private(set) var markDeleted: Set<Int> = []
    /// Whether the last restored paragraph at the very end keeps its mark (see above).
    private(set) var keepLastRestoredMark = false
    /// The next `w:id`: above any bookmark or comment id, so the annotation ids never clash.
    private var nextID = 1_000_000

    init(mode: Mode, author: String, date: String, comments: [String: String] = [:]) {
        self.mode = mode
        self.author = author
        self.date = date
        self.comments = comments
        guard case .write(let plan) = mode else { return }
        let count = plan.fates.count
        for (index, fate) in plan.fates.enumerated() {
            if case .inserted = fate { markInserted.insert(index) }
        }
        // Inserted paragraphs at the very end: the last one keeps its mark, the one before the
        // run gives up its own instead, so rejecting joins nothing and leaves no empty paragraph.
        if count > 0, markInserted.contains(count - 1), plan.deletionsBefore[count] == nil {
            var first = count - 1
            while first > 0, markInserted.contains(first - 1) { first -= 1 }
            if first > 0 {
                markInserted.remove(count - 1)
                markInserted.insert(first - 1)
            }
        }
        // Deleted paragraphs at the very end: the last restored one keeps its mark and the last
        // new paragraph's is deleted instead.
        if count > 0, plan.deletionsBefore[count] != nil, !markInserted.contains(count - 1) {
            keepLastRestoredMark = true
            markDeleted.insert(count - 1)
        }
    }

    /// The attributes of the next `w:ins` or `w:del`: a fresh id, the author, and the date.
    ///
    /// Word processors merge neighbouring changes of one kind by the same author made within a
    /// minute of each other into one, and a change at the end of one paragraph merged with one at
    /// the start of the next takes the paragraph break between them along on Reject. So changes
    /// in alternate paragraphs are dated two minutes apart, and restored deleted paragraphs four,
    /// and neighbours never merge.
    func attributes(restored: Bool = false) -> [(String, String)] {
        nextID += 1
        let shift = restored ? 4 : ((index - 1) % 2 == 0 ? 0 : 2)
        return [("w:id", String(nextID)), ("w:author", author), ("w:date", Self.minutes(date, plus: shift))]
    }

    /// `date` (`YYYY-MM-DDTHH:MM:SSZ`) with its minutes moved on by `plus`, within the same hour.
    static func minutes(_ date: String, plus: Int) -> String {
        var characters = Array(date)
        guard plus != 0, characters.count >= 16, let minute = Int(String(characters[14...15])) else { return date }
        let moved = (minute + plus) % 60
        characters.replaceSubrange(14...15, with: Array((moved < 10 ? "0" : "") + String(moved)))
        return String(characters)
    }

    /// Whether paragraph `index`'s text is inserted.
    func isInserted(_ index: Int) -> Bool {
        guard case .write(let plan) = mode, index < plan.fates.count, case .inserted = plan.fates[index] else { return false }
        return true
    }
}
