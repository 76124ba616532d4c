import Yams

/// The skeleton of one document type, read from `Templates/<document>.yaml`.
public struct DocumentTemplate: Sendable, Hashable {
    /// What a slot holds.
    public enum SlotKind: String, Sendable, Hashable {
        /// Numbered clauses (the default).
        case clauses
        /// Set-apart, unnumbered notes at the start of the document.
        case notice
        /// The generated list of the defined terms the document uses.
        case definitions
    }

    /// One slot of the document, in order.
    public struct Slot: Sendable, Hashable {
        /// The id clauses name in their `slot`.
        public var id: String
        /// The section heading.
        public var title: String
        /// What it holds.
        public var kind: SlotKind
    }

    /// A generated annex.
    public struct AnnexSpec: Sendable, Hashable {
        /// What the annex is built from.
        public enum Content: String, Sendable, Hashable { case contacts, contributions }
        /// Its id, used in anchors.
        public var id: String
        /// Its title.
        public var title: String
        /// What fills it.
        public var content: Content
    }

    /// Which document this skeleton is for.
    public var document: DocumentKind
    /// The title, e.g. "Memorandum of Understanding".
    public var title: String
    /// How the text refers to itself: "memorandum".
    public var shortTitle: String
    /// How a sentence names the document: "this memorandum", "these terms of reference".
    public var selfReference: String
    /// The house style for sub-clause numbers.
    public var subClauses: NumberedList.Style
    /// The sentence introducing the parties.
    public var partiesIntro: String
    /// The slots in order.
    public var slots: [Slot]
    /// The signature block's heading.
    public var signaturesTitle: String
    /// The sentence before the signature spaces.
    public var signaturesIntro: String
    /// The annexes in order.
    public var annexes: [AnnexSpec]

    /// The slot with an id, if the template has it.
    public func slot(_ id: String) -> Slot? { slots.first { $0.id == id } }

    /// Parses a template file.
    static func parse(_ text: String, file: String, document: DocumentKind) -> (DocumentTemplate?, [Diagnostic]) {
        var reader = YAMLReader(file: file)
        guard let root = reader.parse(text) else { return (nil, reader.diagnostics) }
        let required: Set<String> = ["title", "short-title", "sub-clauses", "parties-intro", "slots", "signatures", "annexes"]
        var values: [String: Node] = [:]
        for pair in reader.mapping(root, key: "", allowed: required.union(["self-reference"])) { values[pair.key] = pair.value }
        for key in required.sorted() where values[key] == nil {
            reader.error("missing required key", root, key: key)
        }
        let title = values["title"].flatMap { reader.string($0, key: "title") }
        let shortTitle = values["short-title"].flatMap { reader.string($0, key: "short-title") }
        let selfReference = values["self-reference"].flatMap { reader.string($0, key: "self-reference") }
        let intro = values["parties-intro"].flatMap { reader.string($0, key: "parties-intro") }
        var style: NumberedList.Style?
        if let node = values["sub-clauses"], let word = reader.string(node, key: "sub-clauses") {
            style = NumberedList.Style(rawValue: word)
            if style == nil || style == .roman {
                reader.error("unknown value '\(word)' (expected alphabetic or decimal)", node, key: "sub-clauses")
            }
        }
        var slots: [Slot] = []
        if let node = values["slots"] {
            guard case .sequence(let items) = node else {
                reader.error("expected a list of slots", node, key: "slots")
                return (nil, reader.diagnostics)
            }
            for (index, item) in items.enumerated() {
                let key = "slots[\(index)]"
                var fields: [String: Node] = [:]
                for pair in reader.mapping(item, key: key, allowed: ["id", "title", "kind"]) { fields[pair.key] = pair.value }
                guard let id = fields["id"].flatMap({ reader.string($0, key: "\(key).id") }),
                      let slotTitle = fields["title"].flatMap({ reader.string($0, key: "\(key).title") })
                else {
                    reader.error("a slot needs an id and a title", item, key: key)
                    continue
                }
                var kind = SlotKind.clauses
                if let node = fields["kind"], let word = reader.string(node, key: "\(key).kind") {
                    if let parsed = SlotKind(rawValue: word) { kind = parsed } else {
                        reader.error("unknown value '\(word)' (expected clauses, notice or definitions)", node, key: "\(key).kind")
                    }
                }
                if slots.contains(where: { $0.id == id }) { reader.error("duplicate slot '\(id)'", item, key: key) }
                // The definitions are generated once; a second slot of that kind would print them twice.
                if kind == .definitions, let first = slots.first(where: { $0.kind == .definitions }) {
                    reader.error("a template has one definitions slot; '\(first.id)' is already one", item, key: key,
                                 hint: "remove this slot or give it kind clauses")
                }
                slots.append(Slot(id: id, title: slotTitle, kind: kind))
            }
        }
        var signaturesTitle: String?, signaturesIntro: String?
        if let node = values["signatures"] {
            for pair in reader.mapping(node, key: "signatures", allowed: ["title", "intro"]) {
                if pair.key == "title" { signaturesTitle = reader.string(pair.value, key: "signatures.title") }
                else { signaturesIntro = reader.string(pair.value, key: "signatures.intro") }
            }
        }
        var annexes: [AnnexSpec] = []
        if let node = values["annexes"], case .sequence(let items) = node {
            for (index, item) in items.enumerated() {
                let key = "annexes[\(index)]"
                var fields: [String: Node] = [:]
                for pair in reader.mapping(item, key: key, allowed: ["id", "title", "content"]) { fields[pair.key] = pair.value }
                guard let id = fields["id"].flatMap({ reader.string($0, key: "\(key).id") }),
                      let annexTitle = fields["title"].flatMap({ reader.string($0, key: "\(key).title") }),
                      let contentNode = fields["content"], let word = reader.string(contentNode, key: "\(key).content")
                else {
                    reader.error("an annex needs an id, a title and a content", item, key: key)
                    continue
                }
                guard let content = AnnexSpec.Content(rawValue: word) else {
                    reader.error("unknown value '\(word)' (expected contacts or contributions)", contentNode, key: "\(key).content")
                    continue
                }
                annexes.append(AnnexSpec(id: id, title: annexTitle, content: content))
            }
        }
        guard let title, let shortTitle, let intro, let style, let signaturesTitle, let signaturesIntro,
              !reader.diagnostics.hasErrors
        else {
            if signaturesTitle == nil || signaturesIntro == nil, values["signatures"] != nil {
                reader.error("signatures needs a title and an intro", values["signatures"], key: "signatures")
            }
            return (nil, reader.diagnostics)
        }
        return (DocumentTemplate(
            document: document, title: title, shortTitle: shortTitle,
            selfReference: selfReference ?? "this \(shortTitle)", subClauses: style, partiesIntro: intro,
            slots: slots, signaturesTitle: signaturesTitle, signaturesIntro: signaturesIntro, annexes: annexes),
                reader.diagnostics)
    }
}
