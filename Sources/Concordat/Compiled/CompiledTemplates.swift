/// The built-in templates — document skeletons, wording and the risk scoring policy — parsed
/// when Concordat is built, alongside the built-in clauses, so a run with no `--templates`
/// folder does no YAML parsing for them.
package struct CompiledTemplates: Sendable, Hashable {
    /// A built-in template file's path and length in UTF-8 bytes, to notice a compiled form
    /// older than the files the binary embeds.
    struct Stamp: Sendable, Hashable {
        var path: String
        var length: Int
    }

    /// Every built-in template file, in path order.
    var stamps: [Stamp]
    /// The document skeletons, in `DocumentKind.allCases` order.
    var documents: [DocumentTemplate]
    /// How values read in running text.
    var wording: TemplateWording
    /// The risk scoring policy.
    var scoring: RiskScoring

    /// Takes the parsed parts of the built-in template set (already checked by loading it).
    static func build(_ templates: TemplateSet) throws(ConcordatError) -> CompiledTemplates {
        guard let scoringFile = templates.files["risk-scoring.yaml"] else {
            throw ConcordatError(.invalidData, "no risk-scoring.yaml among the templates", at: SourceLocation(file: "Templates"))
        }
        return CompiledTemplates(
            stamps: SourceFile.embedded(under: "Templates").map { Stamp(path: $0.displayPath, length: $0.text.utf8.count) },
            documents: DocumentKind.allCases.map { templates.template(for: $0) },
            wording: templates.wording,
            scoring: try RiskScoring.parse(scoringFile.text, file: scoringFile.displayPath))
    }

    /// The built-in template set, as `TemplateSet.load()` gives it; nil unless this was compiled
    /// from the template files this binary embeds.
    func templateSet() -> TemplateSet? {
        let embedded = SourceFile.embedded(under: "Templates")
        guard embedded.count == stamps.count, documents.map(\.document) == DocumentKind.allCases else { return nil }
        var files: [String: SourceFile] = [:]
        for (file, stamp) in zip(embedded, stamps) {
            guard file.displayPath == stamp.path, file.text.utf8.count == stamp.length else { return nil }
            files[file.relativePath] = file
        }
        return TemplateSet(
            documents: Dictionary(uniqueKeysWithValues: documents.map { ($0.document, $0) }), files: files, wording: wording)
    }
}

extension CompactWriter {
    mutating func templates(_ templates: CompiledTemplates) {
        array(templates.stamps) { writer, stamp in
            writer.string(stamp.path)
            writer.int(stamp.length)
        }
        array(templates.documents) { $0.template($1) }
        wording(templates.wording)
        scoring(templates.scoring)
    }
}

extension CompactReader {
    mutating func templates() throws(Malformed) -> CompiledTemplates {
        CompiledTemplates(
            stamps: try array { reader throws(Malformed) in
                CompiledTemplates.Stamp(path: try reader.string(), length: try reader.int())
            },
            documents: try array { reader throws(Malformed) in try reader.template() },
            wording: try wording(), scoring: try scoring())
    }
}
