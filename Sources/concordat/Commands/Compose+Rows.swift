import Concordat
import Foundation

/// `compose BASE --rows FILE.csv --output-dir DIR`: one document per CSV row, each row's cells
/// overriding the base request at the paths its header names. All or nothing, like a batch.
extension Compose {
    /// The largest rows file accepted: 40 partnerships take a few kilobytes.
    static let maxRowsBytes = 16 << 20

    func composeRows(_ csvPath: String, composer: Composer, format: OutputFormat, options: ComposeOptions,
        reference: ReferenceDocument? = nil
    ) throws(ConcordatError) {
        let base = Concordat.RequestSource.argument(requests[0])
        let baseBytes = try base.read()
        let csvBytes: [UInt8]
        do {
            csvBytes = try Concordat.RequestSource.file(csvPath).read(limit: Self.maxRowsBytes)
        } catch where error.kind == .inputNotFound {
            throw ConcordatError(.inputNotFound, error.diagnostics.first?.message ?? "cannot read the file", at: SourceLocation(file: csvPath))
        }
        let table = try RequestRows.read(csvBytes, source: csvPath)
        let stems = try table.outputStems(fallback: BatchNaming.outputStem(for: requests[0]))
        let merged = try table.requests(base: baseBytes, baseSource: base.name, overrides: overrides.overrides)

        var rowOptions = Concordat.Options(
            format: format, annotate: options.annotate, dateFallback: options.fallbackDate.map { .date($0) } ?? .none,
            referenceDocument: reference)
        rowOptions.embed = options.embed
        let facadeOptions = rowOptions
        let outcomes = OrderedResults<Result<Composed, ConcordatError>>.map(count: merged.count) { index in
            Result { () throws(ConcordatError) in
                let row = merged[index]
                do throws(ConcordatError) {
                    let output = try composer.compose(request: .request(row.request), options: facadeOptions)
                    let findings = row.warnings + output.findings.map { table.place($0, row: row.row) }
                    if strict, findings.contains(where: { $0.severity == .warning }) {
                        throw ConcordatError(.invalidData, Composer.strict(findings))
                    }
                    return Composed(bytes: output.bytes, findings: findings, level: output.level)
                } catch {
                    throw ConcordatError(error.kind, error.diagnostics.map { table.place($0, row: row.row) })
                }
            }
        }
        let names = merged.map { "\(csvPath):\($0.row)" }
        var files: [(bytes: [UInt8], path: String)] = []
        var failures = 0
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .success(let composed)?:
                Terminal.report(composed.findings, quiet: quiet)
                files.append((composed.bytes, outputPath(stem: stems[index], format: format)))
            case .failure(let error)?:
                Terminal.report(error.diagnostics, quiet: quiet)
                failures += 1
            case nil:
                failures += 1
            }
        }
        let paths = stems.map { outputPath(stem: $0, format: format) }
        if failures > 0 && !keepGoing {
            Terminal.printError("concordat: \(failures) of \(merged.count) rows failed; nothing was written (use --keep-going to write the others)")
            if json { Terminal.print(report(outcomes, names: names, paths: paths, written: false)) }
            throw ConcordatError(.invalidData, [])
        }
        if let outputDir { try BatchNaming.ensureFolder(outputDir) }
        try AtomicFile.write(files)
        if json { Terminal.print(report(outcomes, names: names, paths: paths, written: true)) }
        if failures > 0 {
            Terminal.printError("concordat: \(failures) of \(merged.count) rows failed; wrote the other \(files.count)")
            throw ConcordatError(.invalidData, [])
        }
    }

    private func outputPath(stem: String, format: OutputFormat) -> String {
        ((outputDir ?? ".") as NSString).appendingPathComponent(stem + "." + format.fileExtension)
    }
}
