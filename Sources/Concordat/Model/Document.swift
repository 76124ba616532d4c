/// A composed document: the one model every renderer reads. It knows nothing of the request or
/// the catalogue it came from.
public struct Document: Sendable, Hashable {
    /// Title-page and metadata fields.
    public struct Metadata: Sendable, Hashable {
        /// The document title, e.g. "Memorandum of Understanding".
        public var title: String
        /// The subject line, usually the partnership's name.
        public var subject: String
        /// A draft label shown on the title page, e.g. "Draft 2 for partner review".
        public var draftLabel: String?
        /// The document date as printed ("1 April 2026"), or nil to leave a line to fill in.
        public var date: String?
        /// The date in ISO form for file metadata, when known.
        public var isoDate: String?
        /// A short description, e.g. "Strategic alliance · medium risk · England".
        public var description: String
        /// Keywords for file metadata.
        public var keywords: [String]
        /// The language tag of the text.
        public var language: String

        /// Creates metadata.
        public init(
            title: String, subject: String, draftLabel: String? = nil, date: String? = nil,
            isoDate: String? = nil, description: String = "", keywords: [String] = [],
            language: String = "en-GB"
        ) {
            self.title = title
            self.subject = subject
            self.draftLabel = draftLabel
            self.date = date
            self.isoDate = isoDate
            self.description = description
            self.keywords = keywords
            self.language = language
        }
    }

    /// Title-page and metadata fields.
    public var metadata: Metadata
    /// Blocks before the numbered sections (parties, notices).
    public var front: [Block]
    /// The numbered sections.
    public var body: [Block]
    /// Blocks after the sections (signatures).
    public var back: [Block]
    /// The annexes, each a titled group of blocks.
    public var annexes: [Annex]
    /// The `concordat.embed/1` record (one line of JSON) that renderers able to carry it embed,
    /// each its own way (HTML data block, ODT user-defined property, DOCX custom XML part); nil
    /// leaves it out.
    public var embed: String?

    /// Creates a document.
    public init(metadata: Metadata, front: [Block], body: [Block], back: [Block], annexes: [Annex], embed: String? = nil) {
        self.metadata = metadata
        self.front = front
        self.body = body
        self.back = back
        self.annexes = annexes
        self.embed = embed
    }
}

/// A lettered annex (Annex A, Annex B …).
public struct Annex: Sendable, Hashable {
    /// The anchor, e.g. `annex-contacts`.
    public var id: String
    /// The letter, e.g. "A".
    public var letter: String
    /// The heading text.
    public var title: String
    /// The annex content.
    public var blocks: [Block]

    /// Creates an annex.
    public init(id: String, letter: String, title: String, blocks: [Block]) {
        self.id = id
        self.letter = letter
        self.title = title
        self.blocks = blocks
    }
}

extension Document {
    /// Each clause's number, by catalogue id.
    public var clauseNumbers: [String: String] {
        var out: [String: String] = [:]
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .section(let section): visit(section.blocks)
                case .clause(let clause): out[clause.id] = clause.number
                default: break
                }
            }
        }
        visit(body)
        return out
    }
}
