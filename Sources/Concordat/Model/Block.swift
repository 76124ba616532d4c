/// A block of a document. The set is closed: renderers switch over every case.
public indirect enum Block: Sendable, Hashable {
    /// A numbered section of the document (a template slot), holding its clauses.
    case section(Section)
    /// One clause from the catalogue, numbered within its section.
    case clause(Clause)
    /// A paragraph of running text.
    case paragraph([Inline])
    /// A numbered list of sub-clauses; each item carries its rendered number.
    case numberedList(NumberedList)
    /// A bullet list; each item is a list of blocks.
    case bulletList([[Block]])
    /// A table with a header row.
    case table(Table)
    /// A set-apart note the reader must not miss (e.g. that a binding agreement is advisable).
    case notice(title: String, body: [Block])
    /// Signature spaces for each signatory.
    case signatures([Signatory])
    /// An unnumbered heading inside front or back matter (e.g. "Parties", "Signatures").
    case heading(level: Int, text: [Inline], anchor: String?)
    /// A page break before what follows.
    case pageBreak
}

/// A numbered part of the document made from one template slot.
public struct Section: Sendable, Hashable {
    /// The slot id, used as the anchor (`slot-<id>`).
    public var id: String
    /// The section number, e.g. "4".
    public var number: String
    /// The heading text.
    public var title: String
    /// The section's clauses and any introductory blocks.
    public var blocks: [Block]

    /// Creates a section.
    public init(id: String, number: String, title: String, blocks: [Block]) {
        self.id = id
        self.number = number
        self.title = title
        self.blocks = blocks
    }

    /// The anchor renderers give the section heading.
    public var anchor: String { "slot-\(id)" }
}

/// One catalogue clause placed in the document.
public struct Clause: Sendable, Hashable {
    /// The catalogue id, also the clause's anchor, e.g. `meetings.quorum`.
    public var id: String
    /// The clause number, e.g. "4.2".
    public var number: String
    /// The clause heading.
    public var title: String
    /// The clause body.
    public var blocks: [Block]
    /// Why the clause is here (only filled when the caller asks for annotations).
    public var annotation: String?
    /// What the clause is for, in one plain sentence (only filled when the caller asks for
    /// annotations, and the clause's file gives one). A note shows it before the annotation.
    public var purpose: String?

    /// Creates a clause.
    public init(id: String, number: String, title: String, blocks: [Block], annotation: String? = nil, purpose: String? = nil) {
        self.id = id
        self.number = number
        self.title = title
        self.blocks = blocks
        self.annotation = annotation
        self.purpose = purpose
    }

    /// The reviewer's note on the clause as lines, what it is for first and then why it is
    /// here, for formats whose notes are plain paragraphs (ODT and DOCX comments); nil when the
    /// clause carries neither.
    public var note: String? {
        let lines = [purpose.map { "What this clause is for: \($0)" }, annotation.map { "Why this clause: \($0)" }]
            .compactMap { $0 }.filter { !$0.isEmpty }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}

/// A list of numbered sub-clauses.
public struct NumberedList: Sendable, Hashable {
    /// How the numbers look, which also tells an ODT renderer which list style to use.
    public enum Style: String, Sendable, Hashable {
        /// 4.2.1, 4.2.2 …
        case decimal
        /// (a), (b) …
        case alphabetic
        /// (i), (ii) …
        case roman
    }

    /// One sub-clause: its rendered number and its content (which may hold a nested list).
    public struct Item: Sendable, Hashable {
        /// The rendered number, e.g. "4.2.1" or "(a)".
        public var number: String
        /// The sub-clause's blocks.
        public var blocks: [Block]

        /// Creates an item.
        public init(number: String, blocks: [Block]) {
            self.number = number
            self.blocks = blocks
        }
    }

    /// The numbering style.
    public var style: Style
    /// How deep the list is nested (1 for a clause's own sub-clauses).
    public var depth: Int
    /// The items in order.
    public var items: [Item]

    /// Creates a list.
    public init(style: Style, depth: Int, items: [Item]) {
        self.style = style
        self.depth = depth
        self.items = items
    }
}

/// A table with a header row.
public struct Table: Sendable, Hashable {
    /// Column alignment.
    public enum Alignment: String, Sendable, Hashable { case leading, trailing }

    /// Header cells.
    public var header: [[Inline]]
    /// Body rows, each as long as the header.
    public var rows: [[[Inline]]]
    /// One alignment per column.
    public var alignments: [Alignment]

    /// Creates a table; alignments default to leading.
    public init(header: [[Inline]], rows: [[[Inline]]], alignments: [Alignment]? = nil) {
        self.header = header
        self.rows = rows
        self.alignments = alignments ?? Array(repeating: .leading, count: header.count)
    }
}

/// The signature space for one party.
public struct Signatory: Sendable, Hashable {
    /// The organisation signing.
    public var party: String
    /// The person signing, if known.
    public var name: String?
    /// Their title, if known.
    public var title: String?

    /// Creates a signatory.
    public init(party: String, name: String?, title: String?) {
        self.party = party
        self.name = name
        self.title = title
    }
}
