extension DiffSide {
    /// A composed document as one side of a comparison: composed again from the request it
    /// carries, with its text as it stands in the file, part by part, and the parts that differ
    /// from what was composed marked as edited by hand.
    public static func document(_ bytes: [UInt8], source: String, composer: Composer) throws(ConcordatError) -> DiffSide {
        let (read, record) = try EmbeddedRequest.record(inDocument: bytes, source: source)
        let composition = try composer.recompose(record, source: source)
        let format = read.format.outputFormat
        let composed = try DiffSide(composition).reading(as: format, templates: composer.templates)
        let known = Set((composed.standing ?? [:]).keys)
        let standing = Self.texts(read.segments(keeping: known))
        let edited = Set(known.filter { standing[$0] != composed.standing?[$0] })
        return DiffSide(composition, standing: standing, handEdited: edited)
    }

    /// The format a document side was read in, when it is one.
    public static func format(of bytes: [UInt8]) -> OutputFormat? {
        DocumentReader.format(of: bytes)?.outputFormat
    }

    /// This side with its text taken from the document rendered in `format` and read back, so
    /// it compares like for like with a document read from a file.
    public func reading(as format: OutputFormat, templates: TemplateSet) throws(ConcordatError) -> DiffSide {
        var document = composition.document
        document.embed = nil
        let read = try DocumentReader.read(try format.render(document, templates: templates), source: composition.request.source)
        return DiffSide(composition, standing: Self.texts(read.segments), handEdited: handEdited)
    }

    private static func texts(_ segments: [ReadDocument.Segment]) -> [String: String] {
        var out: [String: String] = [:]
        for segment in Verification.merged(segments) { out[segment.anchor] = segment.lines.joined(separator: "\n") }
        return out
    }
}
