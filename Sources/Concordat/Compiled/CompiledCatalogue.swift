/// The built-in catalogue, parsed and validated when Concordat is built, so a run reads its
/// clauses from a compact form instead of parsing YAML and Markdown and hashing every body.
///
/// The build runs `build()` and fails, naming file, line and column, if the built-in catalogue
/// has an error; the binary carries `encoded()` and reads it back with `init(decoding:)`.
/// `--catalogue` and `--templates` folders are still read at run time and layered on top.
package struct CompiledCatalogue: Sendable, Hashable {
    /// One built-in clause file as the parser left it.
    package struct ParsedFile: Sendable, Hashable {
        /// The file's path in the package, e.g. `Clauses/disputes/disputes.tiered.md`.
        var path: String
        /// The file's length in UTF-8 bytes, to notice a compiled form older than the text.
        var length: Int
        /// The clause, or nil when the file has errors.
        var clause: CatalogueClause?
        /// What the parser found.
        var diagnostics: [Diagnostic]
    }

    /// Every built-in clause file, in the order the catalogue reads them.
    var files: [ParsedFile]
    /// The findings of loading the built-in catalogue alone over the built-in templates.
    var findings: [Diagnostic]
    /// The built-in templates and scoring policy, parsed.
    var templates: CompiledTemplates

    /// Parses and validates the built-in catalogue over the built-in templates; throws its errors.
    package static func build() throws(ConcordatError) -> CompiledCatalogue {
        let templates = try TemplateSet.load()
        let (_, findings) = try Catalogue.load(templates: templates)
        let files = Catalogue.builtInClauseFiles.map { file in
            var (clause, diagnostics) = ClauseParser.parse(file.text, file: file.displayPath)
            // The file's text is in the binary already, among the embedded files.
            clause?.sourceText = ""
            return ParsedFile(path: file.displayPath, length: file.text.utf8.count, clause: clause, diagnostics: diagnostics)
        }
        return CompiledCatalogue(files: files, findings: findings, templates: try CompiledTemplates.build(templates))
    }

    /// The built-in clause files as the catalogue reads them, each clause with its file's text;
    /// nil unless this was compiled from the clause files this binary embeds.
    func parsedFiles() -> [Catalogue.ParsedFile]? {
        let embedded = Catalogue.builtInClauseFiles
        guard embedded.count == files.count else { return nil }
        var parsed: [Catalogue.ParsedFile] = []
        parsed.reserveCapacity(files.count)
        for (source, file) in zip(embedded, files) {
            guard source.displayPath == file.path, source.text.utf8.count == file.length else { return nil }
            var clause = file.clause
            clause?.sourceText = source.text
            clause?.isBuiltIn = true
            parsed.append(Catalogue.ParsedFile(clause: clause, diagnostics: file.diagnostics))
        }
        return parsed
    }

    // MARK: Encoding

    /// The compact form.
    package func encoded() -> [UInt8] {
        var writer = CompactWriter()
        writer.string(Self.formatTag)
        writer.array(files) { writer, file in
            writer.string(file.path)
            writer.int(file.length)
            writer.optional(file.clause) { $0.clause($1) }
            writer.array(file.diagnostics) { $0.diagnostic($1) }
        }
        writer.array(findings) { $0.diagnostic($1) }
        writer.templates(templates)
        return writer.bytes
    }

    /// Reads the compact form; nil if it is malformed or from another version of the format.
    package init?(decoding bytes: UnsafeBufferPointer<UInt8>) {
        var reader = CompactReader(bytes)
        do throws(CompactReader.Malformed) {
            guard try reader.string() == Self.formatTag else { return nil }
            files = try reader.array { reader throws(CompactReader.Malformed) in
                ParsedFile(
                    path: try reader.string(), length: try reader.int(),
                    clause: try reader.optional { reader throws(CompactReader.Malformed) in try reader.clause() },
                    diagnostics: try reader.array { reader throws(CompactReader.Malformed) in try reader.diagnostic() })
            }
            findings = try reader.array { reader throws(CompactReader.Malformed) in try reader.diagnostic() }
            templates = try reader.templates()
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }

    init(files: [ParsedFile], findings: [Diagnostic], templates: CompiledTemplates) {
        self.files = files
        self.findings = findings
        self.templates = templates
    }

    /// Names the layout below; change it whenever the layout changes.
    private static let formatTag = "concordat.compiled-catalogue/3"
}
