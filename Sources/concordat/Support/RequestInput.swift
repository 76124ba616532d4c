import Concordat
import Foundation

/// Reads a request from a file or, for `-`, standard input, and decodes it.
enum RequestInput {
    static let standardInputName = Concordat.RequestSource.standardInputName

    /// Reads a file or standard input under the library's size limit.
    static func read(_ argument: String) throws(ConcordatError) -> (bytes: [UInt8], source: String) {
        let source = Concordat.RequestSource.argument(argument)
        return (try source.read(), source.name)
    }

    /// Reads a request or a composed document (which may be larger than a request).
    static func readRequestOrDocument(_ argument: String) throws(ConcordatError) -> (bytes: [UInt8], source: String) {
        let source = Concordat.RequestSource.argument(argument)
        return (try source.read(limit: RequestLimits.default.maxBytes, documentLimit: DocumentReader.maxDocumentBytes), source.name)
    }

    /// Decodes request bytes already read, printing warnings.
    static func decode(_ bytes: [UInt8], source: String) throws(ConcordatError) -> Request {
        let (request, warnings) = try RequestDecoder().decodeWithDiagnostics(bytes, source: source)
        Terminal.report(warnings)
        return request
    }

    /// Reads a composed document.
    static func readDocument(_ argument: String) throws(ConcordatError) -> (bytes: [UInt8], source: String) {
        let source = Concordat.RequestSource.argument(argument)
        return (try source.read(limit: DocumentReader.maxDocumentBytes), source.name)
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
        let (bytes, source) = try readRequestOrDocument(argument)
        if DocumentReader.format(of: bytes) != nil {
            return (try EmbeddedRequest.request(inDocument: bytes, source: source, overrides: overrides), [])
        }
        return try RequestDecoder().decodeWithDiagnostics(bytes, source: source, overrides: overrides)
    }
}
