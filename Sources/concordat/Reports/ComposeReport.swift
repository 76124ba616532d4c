import Concordat
import Foundation

/// `compose --json`: what happened to each request (`concordat.compose/1`), so a script can
/// tell what was written and what failed without reading messages meant for people.
struct ComposeReport: Encodable {
    /// One request's outcome.
    struct Entry: Encodable {
        /// The request as named on the command line (`<stdin>` for standard input).
        var request: String
        /// `written`, `failed`, or `not-written` (composed, but held back because another
        /// request in an all-or-nothing batch failed).
        var status: String
        /// The format composed.
        var format: String
        /// The risk level used; absent when the request could not be composed.
        var level: String?
        /// The files written for the request (a list: a pack writes several); empty when none.
        var outputs: [String]
        /// Every finding, with its place.
        var findings: [Finding]
    }

    /// A finding as data: severity, message and where it points.
    struct Finding: Encodable {
        var severity: String
        var message: String
        var file: String?
        var line: Int?
        var column: Int?
        var key: String?
        var hint: String?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            file = diagnostic.location?.file
            line = diagnostic.location?.line
            column = diagnostic.location?.column
            key = diagnostic.key
            hint = diagnostic.hint
        }
    }

    let schema = "concordat.compose/1"
    /// `ok` when every request was written, else `failed`.
    var status: String
    /// The requests in the order given.
    var requests: [Entry]

    /// The report as stable JSON (sorted keys, a final newline).
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension Compose {
    /// Where a request's document goes, or nil for standard output.
    func outputPath(for argument: String) -> String? {
        if let outputDir {
            let name = BatchNaming.outputStem(for: argument) + "." + chosenFormat.fileExtension
            return (outputDir as NSString).appendingPathComponent(name)
        }
        return output == "-" ? nil : output
    }

    /// The `--json` report for a run whose documents were (or were not) written.
    func report(_ outcomes: [Result<Composed, ConcordatError>?], written: Bool) -> String {
        report(outcomes, names: requests, paths: requests.map(outputPath(for:)), written: written)
    }

    /// The report for requests named `names` whose documents go to `paths` (nil: standard output).
    func report(
        _ outcomes: [Result<Composed, ConcordatError>?], names: [String], paths: [String?], written: Bool
    ) -> String {
        var entries: [ComposeReport.Entry] = []
        for ((argument, path), outcome) in zip(zip(names, paths), outcomes) {
            var entry = ComposeReport.Entry(
                request: argument == "-" ? Concordat.RequestSource.standardInputName : argument,
                status: "failed", format: chosenFormat.rawValue, outputs: [], findings: [])
            switch outcome {
            case .success(let composed)?:
                entry.status = written ? "written" : "not-written"
                entry.level = composed.level.rawValue
                entry.outputs = written ? path.map { [$0] } ?? [] : []
                entry.findings = composed.findings.map(ComposeReport.Finding.init)
            case .failure(let error)?:
                entry.findings = error.diagnostics.map(ComposeReport.Finding.init)
            case nil:
                break
            }
            entries.append(entry)
        }
        let ok = entries.allSatisfy { $0.status == "written" }
        return ComposeReport(status: ok ? "ok" : "failed", requests: entries).json
    }
}
