import Concordat
import Hummingbird

/// The server's routes. Every handler turns user input into a response itself — 413, 415, 422 or
/// a document — so no user input can reach Hummingbird's own error path and become a 500.
public enum ServeRouter {
    /// The routes over an engine, with the security headers on every response.
    public static func make(engine: ServeEngine) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: SecurityHeaders())
        let form = FormHandler(engine: engine)

        router.get("/") { request, _ in
            form.page(query: request.uri.queryParameters.get("example"))
        }
        router.get("/assets/form.css") { _, _ in
            Responses.bytes(Array(FormAssets.css.utf8), type: "text/css; charset=utf-8")
        }
        router.get("/assets/form.js") { _, _ in
            Responses.bytes(Array(FormAssets.javascript.utf8), type: "text/javascript; charset=utf-8")
        }
        router.post("/compose") { request, _ in
            let formatName = request.uri.queryParameters.get("format") ?? "markdown"
            guard let format = OutputFormat(rawValue: formatName) else {
                return Responses.errors(.badRequest, [Diagnostic(
                    .error, "unknown format '\(formatName)'", key: "format",
                    hint: "use format=" + OutputFormat.allCases.map(\.rawValue).joined(separator: ", format="))])
            }
            return await withRequestBody(request, engine: engine) { (bytes: [UInt8]) throws(ConcordatError) -> Response in
                let composed = try engine.compose(bytes, source: BodyReader.source, format: format)
                return Responses.document(composed, disposition: "attachment")
            }
        }
        router.post("/assess") { request, _ in
            await withRequestBody(request, engine: engine) { (bytes: [UInt8]) throws(ConcordatError) -> Response in
                return Responses.bytes(Array(try engine.assessJSON(bytes, source: BodyReader.source).utf8), type: "application/json")
            }
        }
        router.post("/explain") { request, _ in
            await withRequestBody(request, engine: engine) { (bytes: [UInt8]) throws(ConcordatError) -> Response in
                return Responses.bytes(Array(try engine.explainJSON(bytes, source: BodyReader.source).utf8), type: "application/json")
            }
        }
        router.post("/form") { request, _ in
            switch await BodyReader.read(request, limit: engine.limits.maxBytes, accepting: BodyReader.formTypes) {
            case .refused(let response): return response
            case .bytes(let bytes): return form.post(FormValues.urlEncoded(bytes))
            }
        }
        return router
    }

    /// Reads a request body (YAML or JSON) within the limits, runs the work, and answers a refusal
    /// the CLI would make with 422 and its findings.
    private static func withRequestBody(
        _ request: Hummingbird.Request, engine: ServeEngine, _ work: ([UInt8]) throws(ConcordatError) -> Response
    ) async -> Response {
        switch await BodyReader.read(request, limit: engine.limits.maxBytes, accepting: BodyReader.requestTypes) {
        case .refused(let response):
            return response
        case .bytes(let bytes):
            do {
                return try work(bytes)
            } catch {
                return Responses.failure(error)
            }
        }
    }
}
