import ArgumentParser
import Concordat
import Foundation

struct Compose: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compose documents from requests.",
        discussion: """
            The format comes from --format, else the output file's extension (.md, .markdown, .html, .htm, .odt, .docx), else Markdown; the two must not disagree.
            Several requests need --output-dir; each output is named after its request (riverside.yaml → riverside.odt).
            Nothing is written unless every request composes, unless --keep-going is given.
            --document all writes the pack — the memorandum, terms of reference and exit strategy that fit the
            partnership — into --output-dir as STEM.memorandum-of-understanding.EXT and so on.
            """)

    @Argument(help: ArgumentHelp("Request files (YAML or JSON), or - for standard input.", valueName: "request"))
    var requests: [String]

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the document to this file (- for standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Write one document per request into this folder.", valueName: "dir"))
    var outputDir: String?

    @OptionGroup var overrides: OverrideOptionGroup

    @Flag(help: "Treat warnings, such as values left blank, as errors (exit 65).")
    var strict = false

    @Flag(help: "In a batch, write the documents that compose even if others fail (the exit code is still 65).")
    var keepGoing = false

    @Flag(help: "Add each clause's id and the reason it is included (HTML margin notes, ODT and DOCX comments, Markdown notes).")
    var annotate = false

    @Flag(help: "Leave out the embedded request record (concordat.embed/1) that lets verify, diff, assess and explain read the document.")
    var noEmbed = false

    @Option(help: ArgumentHelp(
        "Mail merge: one document per CSV row; each column, named by a request path such as parties[1].name, overrides the request (needs --output-dir).",
        valueName: "file.csv"))
    var rows: String?

    @Option(help: ArgumentHelp(
        "Take styles, fonts and page setup from this Word (.docx) or OpenDocument (.odt) document, of the output's format.",
        valueName: "file"))
    var referenceDoc: String?

    @Flag(help: "Print a concordat.compose/1 JSON report on standard output (needs --output FILE or --output-dir).")
    var json = false

    @Flag(help: "Print errors only: no warnings or notes.")
    var quiet = false

    @OptionGroup var catalogue: CatalogueOptionGroup

    /// `--format`, else the output's extension, else Markdown.
    var chosenFormat: OutputFormat {
        format ?? output.flatMap(OutputFormat.inferred(fromPath:)) ?? .markdown
    }

    func validate() throws {
        if output != nil && outputDir != nil {
            throw ValidationError("give either --output or --output-dir, not both")
        }
        if json, outputDir == nil, output == nil || output == "-" {
            throw ValidationError("--json prints its report on standard output, so the document needs --output FILE or --output-dir DIR")
        }
        if rows != nil, requests.count != 1 || outputDir == nil {
            throw ValidationError("--rows composes one base request into --output-dir DIR")
        }
        if requests.count > 1 && outputDir == nil {
            throw ValidationError("composing several requests needs --output-dir DIR")
        }
        if overrides.wantsPack && outputDir == nil {
            throw ValidationError("--document all writes several documents and needs --output-dir DIR")
        }
        if let output, output != "-", format == nil, OutputFormat.inferred(fromPath: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; add --format markdown, html, odt or docx")
        }
        if let output, output != "-", let format, let problem = OutputFormat.disagreement(format: format, path: output) {
            throw ValidationError(problem)
        }
        if outputDir != nil {
            if requests.contains("-") {
                throw ValidationError("standard input cannot be part of a batch: its output would have no name")
            }
            var seen: [String: String] = [:]
            for request in requests {
                let name = BatchNaming.outputStem(for: request)
                if let first = seen[name] {
                    throw ValidationError("'\(first)' and '\(request)' would both be written as \(name); rename one")
                }
                seen[name] = request
            }
        }
        let fileExtension = chosenFormat.fileExtension
        let suffixes: [String?] = overrides.wantsPack ? DocumentKind.allCases.map(\.rawValue) : [nil]
        let outputs = outputDir.map { folder in
            requests.flatMap { request in
                suffixes.map { (folder as NSString).appendingPathComponent(Self.fileName(stem: BatchNaming.outputStem(for: request), suffix: $0, fileExtension: fileExtension)) }
            }
        } ?? output.map { [$0] } ?? []
        try InputProtection.refuseOverwriting(
            inputs: requests.map { ($0, "request") } + (rows.map { [($0, "rows table")] } ?? []),
            folders: catalogue.inputFolders, with: outputs)
    }

    func run() throws {
        try Terminal.run { () throws(ConcordatError) in
            let composer = try catalogue.loadComposer(quiet: quiet)
            let options = ComposeOptions(
                annotate: annotate,
                fallbackDate: ComposeOptions.date(fromSourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]),
                embed: !noEmbed)
            if outputDir == nil, output == nil || output == "-", chosenFormat.isBinary, Terminal.standardOutputIsTerminal {
                throw ConcordatError(.usage, "\(chosenFormat.rawValue.uppercased()) is a binary file and would garble the terminal",
                                     hint: "add --output FILE.\(chosenFormat.fileExtension), or redirect standard output to a file")
            }
            let reference = try ReferenceInput.load(referenceDoc, format: chosenFormat)
            if let rows {
                return try composeRows(rows, composer: composer, format: chosenFormat, options: options, reference: reference)
            }

            // Composing is a pure function of the request, so a batch uses every core; results are
            // kept in request order, and findings are printed in that order afterwards.
            // Into a folder, each worker also stages its documents, so only renames are left.
            let batch = outputDir.map { BatchOutput(folder: $0, fileExtension: chosenFormat.fileExtension) }
            let outcomes = OrderedResults<Result<Composed, ConcordatError>>.map(count: requests.count) { index in
                Result { () throws(ConcordatError) in
                    var result = try composeOne(requests[index], composer: composer, format: chosenFormat, options: options, reference: reference)
                    if let batch, batch.stagesWhileComposing { result.staged = batch.stage(result.outputs, for: requests[index]) }
                    return result
                }
            }
            var composed: [(request: String, outputs: [Output], staged: BatchOutput.Staging?)] = []
            var failures: [ConcordatError] = []
            for (argument, outcome) in zip(requests, outcomes) {
                switch outcome {
                case .success(let result)?:
                    Terminal.report(result.findings, quiet: quiet)
                    composed.append((argument, result.outputs, result.staged))
                case .failure(let error)?:
                    Terminal.report(error.diagnostics, quiet: quiet)
                    failures.append(error)
                case nil:
                    failures.append(ConcordatError(.internal, "\(argument) was not composed"))
                }
            }
            if !failures.isEmpty && !keepGoing {
                BatchOutput.discard(composed.map(\.staged))
                if requests.count > 1 {
                    Terminal.printError("concordat: \(failures.count) of \(requests.count) requests failed; nothing was written (use --keep-going to write the others)")
                }
                if json { Terminal.print(report(outcomes, written: false)) }
                // A single request fails with its own code (66 for a missing file); a batch with 65.
                throw ConcordatError(requests.count == 1 ? failures[0].kind : .invalidData, [])
            }
            try write(composed, to: batch)
            if json { Terminal.print(report(outcomes, written: true)) }
            if !failures.isEmpty {
                Terminal.printError("concordat: \(failures.count) of \(requests.count) requests failed; wrote the other \(composed.count)")
                throw ConcordatError(.invalidData, [])
            }
        }
    }

    /// One request's documents (one, or a pack's) and the findings to print for it.
    struct Composed: Sendable {
        var outputs: [Output]
        var findings: [Diagnostic]
        var level: RiskLevel
        /// In a batch into an existing folder, the documents staged for writing, or why they
        /// could not be.
        var staged: BatchOutput.Staging? = nil

        init(outputs: [Output], findings: [Diagnostic], level: RiskLevel) {
            self.outputs = outputs
            self.findings = findings
            self.level = level
        }

        /// A single document.
        init(bytes: [UInt8], findings: [Diagnostic], level: RiskLevel) {
            self.init(outputs: [Output(suffix: nil, bytes: bytes)], findings: findings, level: level)
        }

        /// The document's bytes (the first document of a pack).
        var bytes: [UInt8] { outputs.first?.bytes ?? [] }
    }

    /// One file to write: `suffix` names the document within a pack.
    struct Output: Sendable {
        var suffix: String?
        var bytes: [UInt8]
    }

    /// `riverside.odt`, or in a pack `riverside.memorandum-of-understanding.odt`.
    static func fileName(stem: String, suffix: String?, fileExtension: String) -> String {
        stem + (suffix.map { "." + $0 } ?? "") + "." + fileExtension
    }

    private func composeOne(
        _ argument: String, composer: Composer, format: OutputFormat, options: ComposeOptions, reference: ReferenceDocument?
    ) throws(ConcordatError) -> Composed {
        guard overrides.wantsPack else {
            // The library applies the same limits, date fallback and strict rule for every caller.
            var facadeOptions = Concordat.Options(
                format: format, strict: strict, annotate: options.annotate,
                dateFallback: options.fallbackDate.map { .date($0) } ?? .none, overrides: overrides.overrides,
                referenceDocument: reference)
            facadeOptions.embed = options.embed
            let output = try composer.compose(request: .argument(argument), options: facadeOptions)
            return Composed(outputs: [Output(suffix: nil, bytes: output.bytes)], findings: output.findings, level: output.level)
        }
        let (request, requestWarnings) = try RequestInput.loadKeepingWarnings(argument, overrides: overrides.overrides)
        let pack: Pack
        do {
            pack = try composer.composePack(request, options: options)
        } catch {
            throw ConcordatError(error.kind, requestWarnings + error.diagnostics)
        }
        // Only a changed catalogue or template can make the documents disagree; say so, and where.
        let findings = requestWarnings + pack.diagnostics + pack.disagreements.map {
            Diagnostic(.warning, "the pack's documents disagree: \($0)", at: SourceLocation(file: request.source),
                       hint: "state the fact in one place, such as Templates/wording.yaml, and use it in every document")
        }
        if strict && findings.contains(where: { $0.severity == .warning }) {
            throw ConcordatError(.invalidData, Composer.strict(findings))
        }
        var outputs: [Output] = []
        for composition in pack.compositions {
            outputs.append(Output(
                suffix: composition.request.document.rawValue,
                bytes: try format.render(composition.document, templates: composer.templates, reference: reference)))
        }
        return Composed(outputs: outputs, findings: findings, level: pack.compositions.first?.assessment.level ?? .low)
    }

    private func write(
        _ composed: [(request: String, outputs: [Output], staged: BatchOutput.Staging?)], to batch: BatchOutput?
    ) throws(ConcordatError) {
        if let batch {
            // All or nothing: a folder that fills up part-way leaves every earlier file as it was.
            try batch.write(composed)
        } else if let output, output != "-", let only = composed.first?.outputs.first {
            try AtomicFile.write(only.bytes, to: output)
        } else if let only = composed.first?.outputs.first {
            Terminal.write(only.bytes)
        }
    }
}
