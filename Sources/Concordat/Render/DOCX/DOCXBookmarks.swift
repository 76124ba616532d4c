/// Word bookmark names for the document's anchors (clause ids, section and annex anchors).
///
/// Word accepts at most 40 letters, digits and underscores, starting with a letter; longer
/// names are cut short when the document is saved and references to them break. Clause ids
/// hold `.` and `-` and some are longer, so each anchor is mapped in document order: other
/// characters become `_`, a name is cut to 40, and a clash takes a numbered suffix. The map is
/// written into the package (see `DOCXEmbedPart`) so a reader can go back from name to id.
struct DOCXBookmarks {
    /// The longest name Word keeps.
    static let maximumLength = 40

    /// Anchor → bookmark name.
    private(set) var names: [String: String] = [:]
    /// (anchor, name) in document order.
    private(set) var ordered: [(anchor: String, name: String)] = []
    private var taken: Set<String> = []

    /// Maps every anchor of the document, in reading order.
    init(_ document: Document, annexLabel: String) {
        for entry in ODTOutline(document, annexLabel: annexLabel).entries where !entry.bookmark.isEmpty {
            add(entry.bookmark)
        }
    }

    /// The bookmark name for an anchor, or nil when the document has no heading with it.
    func name(for anchor: String) -> String? { names[anchor] }

    private mutating func add(_ anchor: String) {
        guard names[anchor] == nil else { return }
        var base = String(anchor.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar))
                ? Character(scalar) : "_"
        })
        if !(base.first.map { $0.isASCII && $0.isLetter } ?? false) { base = "c" + base }
        var name = String(base.prefix(Self.maximumLength))
        var counter = 2
        while taken.contains(name) {
            let suffix = "_\(counter)"
            name = String(base.prefix(Self.maximumLength - suffix.count)) + suffix
            counter += 1
        }
        taken.insert(name)
        names[anchor] = name
        ordered.append((anchor, name))
    }
}

extension DOCXBookmarks {
    /// No bookmarks, for parts that hold no cross-references (header, footer, comments).
    static var empty: DOCXBookmarks {
        DOCXBookmarks(Document(metadata: .init(title: "", subject: ""), front: [], body: [], back: [], annexes: []), annexLabel: "")
    }
}
