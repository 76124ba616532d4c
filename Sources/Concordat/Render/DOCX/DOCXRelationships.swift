/// The relationships of one part (`.rels`): each target part with its type and a stable id
/// (`rId1`, `rId2` … in the order added), so the same document always gets the same ids and
/// every id the document part names exists.
struct DOCXRelationships {
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    private(set) var relationships: [Relationship] = []

    /// Adds a relationship and returns its id.
    @discardableResult
    mutating func add(type: String, target: String) -> String {
        let id = "rId\(relationships.count + 1)"
        relationships.append(Relationship(id: id, type: type, target: target))
        return id
    }

    /// The id of the relationship to `target`, if there is one.
    func id(of target: String) -> String? { relationships.first { $0.target == target }?.id }

    /// Renders the `.rels` part named `part`.
    func render(part: String) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: part)
        try xml.element("Relationships", [("xmlns", DOCXVocabulary.packageRelationshipsNamespace)]) { () throws(ConcordatError) in
            for relationship in relationships {
                try xml.element("Relationship", [
                    ("Id", relationship.id), ("Type", relationship.type), ("Target", relationship.target),
                ])
            }
        }
        return try xml.finish()
    }
}
