/// `concordat verify`: whether a composed document was changed after composing. The document is
/// composed again from the record it carries, rendered in its own format and read back the same
/// way, and the two texts are compared part by part (clause by clause, at the bookmarks or
/// anchors the renderer writes), so whatever the reading cannot see cancels out and only edits
/// remain.
public struct Verification: Sendable {
    /// One part of the document that differs from what was composed.
    public struct Change: Sendable, Hashable {
        /// What happened to the part.
        public enum Kind: String, Sendable, Hashable {
            /// Its text was edited.
            case edited
            /// It was deleted (its anchor is gone).
            case deleted
        }

        /// What happened.
        public var kind: Kind
        /// The anchor: a clause id, `slot-…`, an annex id or `front`.
        public var anchor: String
        /// The clause's id, when the part is a clause.
        public var clauseID: String?
        /// The clause or section number, when it has one.
        public var number: String?
        /// The part in words: "clause 4.2 Quorum", "the title page and parties".
        public var place: String
        /// The word-level redline from what was composed to what the document now says.
        public var runs: [WordDiff.Run]
        /// Filled-in values whose text no longer appears in the part, by path.
        public var values: [String]
    }

    /// The document's name.
    public var source: String
    /// The document's format.
    public var format: ReadDocument.Format
    /// Every part that differs, in document order.
    public var changes: [Change]
    /// Clauses whose wording in today's catalogue differs from the wording the document used.
    public var catalogueChanges: [(id: String, used: Int, now: Int?)]
    /// Whether the whole catalogue differs from the one that composed the document.
    public var catalogueDiffers: Bool

    /// Whether the document is exactly as composed.
    public var isUntouched: Bool { changes.isEmpty }

    /// Verifies a document's bytes. Throws `invalidData` when it carries no request record (exit
    /// 65), or when it cannot be read.
    public init(document bytes: [UInt8], source: String, composer: Composer) throws(ConcordatError) {
        let read = try DocumentReader.read(bytes, source: source)
        guard let embedded = read.embed else {
            throw ConcordatError(
                .invalidData, "the document carries no request record, so there is nothing to verify it against",
                at: SourceLocation(file: source), hint: "documents composed with --no-embed, or as Markdown, cannot be verified")
        }
        let record = try EmbedRecord.parse(embedded, source: source)
        let composition = try composer.recompose(record, source: source)
        let format = read.format.outputFormat
        var expectedDocument = composition.document
        expectedDocument.embed = nil
        let expected = try DocumentReader.read(try format.render(expectedDocument, templates: composer.templates), source: source)
        self.source = source
        self.format = read.format
        catalogueChanges = composer.catalogueChanges(since: record)
        catalogueDiffers = EmbedRecord.fingerprint(composer.catalogue) != record.catalogueFingerprint
        changes = Self.compare(expected: expected.segments, actual: read.segments(keeping: Set(expected.segments.map(\.anchor))),
                               places: DocumentPlaces(composition.document))
    }

    /// Segments with the same anchor joined, in the order each anchor first appears.
    static func merged(_ segments: [ReadDocument.Segment]) -> [ReadDocument.Segment] {
        var order: [String] = []
        var byAnchor: [String: ReadDocument.Segment] = [:]
        for segment in segments {
            if byAnchor[segment.anchor] == nil { order.append(segment.anchor); byAnchor[segment.anchor] = segment }
            else { byAnchor[segment.anchor]!.lines += segment.lines }
        }
        return order.compactMap { byAnchor[$0] }
    }

    static func compare(expected: [ReadDocument.Segment], actual: [ReadDocument.Segment], places: DocumentPlaces) -> [Change] {
        var actualByAnchor: [String: ReadDocument.Segment] = [:]
        for segment in merged(actual) { actualByAnchor[segment.anchor] = segment }
        var changes: [Change] = []
        for segment in merged(expected) {
            let place = places.describe(segment.anchor)
            guard let now = actualByAnchor[segment.anchor] else {
                changes.append(Change(
                    kind: .deleted, anchor: segment.anchor, clauseID: place.clauseID, number: place.number, place: place.words,
                    runs: [.deleted(segment.words.joined(separator: " "))], values: []))
                continue
            }
            let before = segment.words, after = now.words
            guard before != after else { continue }
            let text = after.joined(separator: " ")
            let lost = places.values(in: segment.anchor).filter { !text.contains($0.text) }.map(\.path)
            changes.append(Change(
                kind: .edited, anchor: segment.anchor, clauseID: place.clauseID, number: place.number, place: place.words,
                runs: WordDiff.compare(words: before.map(String.init), after.map(String.init)),
                values: Array(Set(lost)).sorted()))
        }
        return changes
    }
}
