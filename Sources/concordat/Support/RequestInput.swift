import Concordat
import Foundation

/// Reads a request from a file or, for `-`, standard input, and decodes it.
enum RequestInput {
    static let standardInputName = "<stdin>"

    static func read(_ argument: String) throws(ConcordatError) -> (bytes: [UInt8], source: String) {
        if argument == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return (Array(data), standardInputName)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            throw ConcordatError(.inputNotFound, "no such file", at: SourceLocation(file: argument),
                                 hint: "run `concordat init > \(argument)` to start one")
        }
        guard !isDirectory.boolValue else {
            throw ConcordatError(.inputNotFound, "is a folder, not a request file", at: SourceLocation(file: argument))
        }
        guard let data = FileManager.default.contents(atPath: argument) else {
            throw ConcordatError(.inputNotFound, "cannot read the file", at: SourceLocation(file: argument),
                                 hint: "check its permissions")
        }
        return (Array(data), argument)
    }

    /// Reads and decodes, printing warnings.
    static func load(_ argument: String, overrides: RequestOverrides) throws(ConcordatError) -> Request {
        let (request, warnings) = try loadKeepingWarnings(argument, overrides: overrides)
        Terminal.report(warnings)
        return request
    }

    /// Reads and decodes, returning warnings for the caller to report or, under `--strict`, refuse.
    static func loadKeepingWarnings(
        _ argument: String, overrides: RequestOverrides
    ) throws(ConcordatError) -> (Request, [Diagnostic]) {
        let (bytes, source) = try read(argument)
        return try RequestDecoder().decodeWithDiagnostics(bytes, source: source, overrides: overrides)
    }
}
