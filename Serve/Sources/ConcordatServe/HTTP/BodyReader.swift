import Concordat
import Foundation
import Hummingbird
import NIOCore

/// Reading a request body with the CLI's limits: the size first (413, from `Content-Length` before
/// a byte is read, else while reading), then the content type (415), as the contract orders them.
enum BodyReader {
    /// The name a posted request has in findings, as `<stdin>` is for standard input.
    static let source = "request"

    /// Media types of a request file.
    static let requestTypes: Set<String> = ["application/yaml", "text/yaml", "application/json"]
    /// Media type of the form's own post.
    static let formTypes: Set<String> = ["application/x-www-form-urlencoded"]

    enum Outcome {
        case bytes([UInt8])
        case refused(Response)
    }

    static func read(_ request: Hummingbird.Request, limit: Int, accepting types: Set<String>) async -> Outcome {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            return .refused(tooLarge("the request is \(length) bytes; at most \(limit) are accepted"))
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            return .refused(tooLarge("the request is more than \(limit) bytes; at most \(limit) are accepted"))
        } catch {
            return .refused(Responses.errors(.badRequest, [Diagnostic(.error, "the request's body could not be read to its end")]))
        }
        let type = mediaType(request.headers[.contentType])
        guard let type, types.contains(type) else {
            let given = type.map { "'\($0)'" } ?? "no content type"
            return .refused(Responses.errors(.unsupportedMediaType, [Diagnostic(
                .error, "cannot read \(given)", key: nil,
                hint: "send " + types.sorted().joined(separator: ", ") + " with Content-Type")]))
        }
        return .bytes(Array(buffer.readableBytesView))
    }

    private static func tooLarge(_ message: String) -> Response {
        Responses.errors(.contentTooLarge, [Diagnostic(.error, message, hint: "split the request, or shorten its longest values")])
    }

    /// `Application/YAML; charset=utf-8` → `application/yaml`.
    static func mediaType(_ header: String?) -> String? {
        guard let header else { return nil }
        let type = header.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        return type?.isEmpty == false ? type : nil
    }
}
