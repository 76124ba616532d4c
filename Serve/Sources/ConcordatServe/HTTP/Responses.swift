import Concordat
import Hummingbird
import NIOCore

/// The responses the server sends: documents, request files, pages and `concordat.errors/1`.
enum Responses {
    /// The Content-Security-Policy of the server's own pages: its own script and stylesheet only,
    /// posts and frames only to itself, framed only by itself.
    static let pagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'"

    /// The policy of a composed HTML document: nothing but its own inline stylesheet, as the
    /// document's own policy says; framed only by the form (the preview).
    static let documentPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'"

    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func page(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Array(html.utf8), type: "text/html; charset=utf-8", status: status)
    }

    /// A composed document, as a download (`attachment`) or for the preview (`inline`).
    static func document(_ composed: ServeEngine.Composed, disposition: String) -> Response {
        var headers: HTTPFields = [.contentDisposition: "\(disposition); filename=\"\(composed.fileName)\""]
        if composed.format == .html { headers[.contentSecurityPolicy] = documentPolicy }
        return bytes(composed.bytes, type: mediaType(composed.format), headers: headers)
    }

    /// A request file to save.
    static func attachment(_ text: String, type: String, fileName: String) -> Response {
        bytes(Array(text.utf8), type: type, headers: [.contentDisposition: "attachment; filename=\"\(fileName)\""])
    }

    static func mediaType(_ format: OutputFormat) -> String {
        switch format.rawValue {
        case "markdown": "text/markdown; charset=utf-8"
        case "html": "text/html; charset=utf-8"
        case "odt": "application/vnd.oasis.opendocument.text"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: "application/octet-stream"
        }
    }

    /// `concordat.errors/1` with a status.
    static func errors(_ status: HTTPResponse.Status, _ findings: [Diagnostic]) -> Response {
        bytes(Array(ErrorReport.json(findings).utf8), type: "application/json", status: status)
    }

    /// A refusal: 422 for a request the CLI would refuse, 500 only for a fault in Concordat itself.
    static func failure(_ error: ConcordatError) -> Response {
        switch error.kind {
        case .internal: errors(.internalServerError, error.diagnostics.filter { $0.severity == .error })
        case .usage: errors(.badRequest, error.diagnostics.filter { $0.severity == .error })
        default: errors(.unprocessableContent, error.diagnostics.filter { $0.severity == .error })
        }
    }
}
