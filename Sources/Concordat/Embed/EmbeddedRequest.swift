/// The request a composed document carries, for the commands that accept a document wherever
/// they accept a request (`assess`, `explain`, `diff`).
public enum EmbeddedRequest {
    /// Reads the document, its record and the request in it, with command-line overrides applied.
    /// Throws `invalidData` when the document carries no record.
    public static func request(
        inDocument bytes: [UInt8], source: String, overrides: RequestOverrides = .init()
    ) throws(ConcordatError) -> Request {
        let record = try record(inDocument: bytes, source: source).record
        return try RequestDecoder().decode(Array(record.requestJSON.utf8), source: source, overrides: overrides)
    }

    /// The document as read and the record it carries.
    public static func record(inDocument bytes: [UInt8], source: String) throws(ConcordatError) -> (document: ReadDocument, record: EmbedRecord) {
        let document = try DocumentReader.read(bytes, source: source)
        guard let text = document.embed else {
            throw ConcordatError(
                .invalidData, "the document carries no request record", at: SourceLocation(file: source),
                hint: "it was composed with --no-embed or by another tool; use the request file instead")
        }
        return (document, try EmbedRecord.parse(text, source: source))
    }
}
