import Concordat

/// Reads `--reference-doc FILE` for an output format.
enum ReferenceInput {
    /// Reference documents larger than this are refused before they are read.
    static let maxBytes = 32 << 20

    /// The reference document, or nil when none was given.
    ///
    /// A reference for Markdown or HTML output, or of the other format (an ODT for DOCX
    /// output), is a usage error (exit 64); a file that is missing is exit 66; one that is not a
    /// usable DOCX or ODT is exit 65, naming the file.
    static func load(_ file: String?, format: OutputFormat) throws(ConcordatError) -> ReferenceDocument? {
        guard let file else { return nil }
        guard format.isBinary else {
            throw ConcordatError(
                .usage, "--reference-doc sets the look of DOCX and ODT output, not \(format.rawValue)",
                hint: "add --format docx or --format odt, or an --output name ending .docx or .odt")
        }
        let bytes = try Concordat.RequestSource.file(file).read(limit: maxBytes)
        let reference = try ReferenceDocument.read(bytes, file: file)
        guard reference.format == format else {
            throw ConcordatError(
                .usage, "--reference-doc \(file) is \(reference.format == .odt ? "an" : "a") \(reference.format.rawValue.uppercased()) document but the output is \(format.rawValue.uppercased())",
                hint: "give a .\(format.fileExtension) reference document for .\(format.fileExtension) output")
        }
        return reference
    }
}
