import Concordat
import Foundation

/// Reads a request from a file or, for `-`, standard input, and decodes it.
enum RequestInput {
    static let standardInputName = "<stdin>"

    static func read(_ argument: String) throws(ConcordatError) -> (bytes: [UInt8], source: String) {
        try read(argument, limit: RequestLimits.default.maxBytes, what: "request")
    }

    /// Reads a composed document (larger than any request may be), refusing more than the cap.
    static func readDocument(_ argument: String) throws(ConcordatError) -> (bytes: [UInt8], source: String) {
        try read(argument, limit: DocumentReader.maxDocumentBytes, what: "document")
    }

    private static func read(_ argument: String, limit: Int, what: String) throws(ConcordatError) -> (bytes: [UInt8], source: String) {
        if argument == "-" {
            return (try bounded(FileHandle.standardInput, source: standardInputName, path: nil, limit: limit, what: what), standardInputName)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
            throw ConcordatError(.inputNotFound, "no such file", at: SourceLocation(file: argument),
                                 hint: "run `concordat init > \(argument)` to start one")
        }
        guard !isDirectory.boolValue else {
            throw ConcordatError(.inputNotFound, "is a folder, not a request file", at: SourceLocation(file: argument))
        }
        guard let handle = FileHandle(forReadingAtPath: argument) else {
            throw ConcordatError(.inputNotFound, "cannot read the file", at: SourceLocation(file: argument),
                                 hint: "check its permissions")
        }
        defer { try? handle.close() }
        return (try bounded(handle, source: argument, path: argument, limit: limit, what: what), argument)
    }

    /// Reads to the end, but never more than one byte past the request size limit, so a huge file
    /// or an endless stream (`/dev/zero`, `yes |`) is refused without filling memory.
    private static func bounded(
        _ handle: FileHandle, source: String, path: String?, limit: Int, what: String
    ) throws(ConcordatError) -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            while bytes.count <= limit, let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
                bytes += chunk
            }
        } catch {
            throw ConcordatError(.inputNotFound, "cannot read the file: \(error.localizedDescription)", at: SourceLocation(file: source))
        }
        guard bytes.count > limit else { return bytes }
        let size = path.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int }.flatMap { $0 > limit ? $0 : nil }
        throw ConcordatError(
            .invalidData, "the \(what) is \(size.map(String.init) ?? "more than \(limit)") bytes; at most \(limit) are accepted",
            at: SourceLocation(file: source))
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
        let (bytes, source) = try read(argument, limit: DocumentReader.maxDocumentBytes, what: "file")
        if DocumentReader.format(of: bytes) != nil {
            return (try EmbeddedRequest.request(inDocument: bytes, source: source, overrides: overrides), [])
        }
        let limit = RequestLimits.default.maxBytes
        guard bytes.count <= limit else {
            throw ConcordatError(.invalidData, "the request is \(bytes.count) bytes; at most \(limit) are accepted", at: SourceLocation(file: source))
        }
        return try RequestDecoder().decodeWithDiagnostics(bytes, source: source, overrides: overrides)
    }
}
