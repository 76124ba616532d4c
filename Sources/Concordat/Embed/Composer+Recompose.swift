/// Composing a document again from the record it carries.
extension Composer {
    /// The request a record carries, decoded and validated like any request file.
    public static func request(from record: EmbedRecord, source: String) throws(ConcordatError) -> Request {
        try RequestDecoder().decode(Array(record.requestJSON.utf8), source: source)
    }

    /// Composes the document a record describes, from the clause texts it carries rather than
    /// today's catalogue, at the level it records; templates and house style are this
    /// composer's. `source` names the document in messages.
    public func recompose(_ record: EmbedRecord, source: String) throws(ConcordatError) -> Composition {
        var request = try Self.request(from: record, source: source)
        let files = (record.clauses + record.definitions).map {
            SourceFile(relativePath: $0.id + ".md", displayPath: "\(source) (embedded clause \($0.id))", text: $0.source)
        }
        let present = Set(record.clauses.map(\.id) + record.definitions.map(\.id))
        let used = Set(record.clauses.map(\.id))
        let (embedded, _) = try Catalogue.load(layers: [files], templates: templates) { clause in
            // Rules about clauses the record does not carry cannot matter: they were not chosen.
            clause.excludes = clause.excludes.filter(present.contains)
            clause.requires = clause.requires.filter(present.contains)
            // Clauses carried only for their definitions are never chosen.
            if !used.contains(clause.id) { clause.documents = [] }
        }
        let composer = Composer(catalogue: embedded, templates: templates, scoring: scoring)
        // The level is what composed the document, even if the scoring policy has moved since.
        if composer.assess(request).level != record.level { request.risk = record.level }
        return try composer.compose(request, options: ComposeOptions(annotate: record.annotate))
    }

    /// For each clause the record carries whose wording differs in this composer's catalogue:
    /// its id, the version the document used and the version here (nil when the catalogue no
    /// longer has it).
    public func catalogueChanges(since record: EmbedRecord) -> [(id: String, used: Int, now: Int?)] {
        record.clauses.compactMap { clause in
            guard let current = catalogue.byID[clause.id] else { return (clause.id, clause.version, nil) }
            return current.textHash == clause.hash && current.version == clause.version ? nil : (clause.id, clause.version, current.version)
        }
    }
}
