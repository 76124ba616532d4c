/// Reads a DOCX back. Until Concordat writes DOCX, a DOCX is refused with a clear message
/// rather than read by guesswork.
enum DOCXReader {
    static func read(_ bytes: [UInt8], source: String) throws(ConcordatError) -> ReadDocument {
        _ = try BoundedZip(bytes, wanted: [], source: source)
        throw ConcordatError(
            .invalidData, "reading a DOCX document back is not supported by this version", at: SourceLocation(file: source),
            hint: "compose the document as ODT or HTML to verify or compare it")
    }
}
