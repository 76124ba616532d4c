/// Renders a document as an OpenDocument Text file (`.odt`, ODF 1.3): a real, editable document
/// whose headings, sub-clauses, cross-references and table of contents are numbered and kept up
/// to date by the word processor, styled by a house style.
///
/// The same document and house style always give the same bytes, whatever the clock, time zone
/// or locale.
public struct ODTRenderer: Sendable {
    /// The look of the document.
    public var houseStyle: ODTHouseStyle

    /// Creates a renderer with a house style (usually parsed from `Templates/odt/house-style.yaml`).
    public init(houseStyle: ODTHouseStyle) {
        self.houseStyle = houseStyle
    }

    /// Returns the bytes of the `.odt` zip; the caller writes them where it wants.
    ///
    /// Throws `invalidData` when the house style has a malformed value, the language tag is not
    /// one, or any text holds a character XML cannot carry (the message names where).
    public func render(_ document: Document) throws(ConcordatError) -> [UInt8] {
        try houseStyle.validate()
        guard ODTLanguage(document.metadata.language).isValid else {
            throw ConcordatError(
                .invalidData, "the document language \"\(document.metadata.language)\" is not a language tag such as en-GB")
        }
        let parts: [(path: String, bytes: [UInt8])] = [
            ("content.xml", try ODTContentPart.render(document, house: houseStyle)),
            ("styles.xml", try ODTStylesPart.render(house: houseStyle, metadata: document.metadata)),
            ("meta.xml", try ODTMetaPart.render(document.metadata, embed: document.embed)),
        ]
        let manifest = try ODTMetaPart.manifest(parts: parts.map(\.path))
        let package = ODTPackage(parts:
            [ODTPackage.Part(path: "mimetype", bytes: Array(ODTVocabulary.mediaType.utf8), compressed: false)]
            + parts.map { ODTPackage.Part(path: $0.path, bytes: $0.bytes, compressed: true) }
            + [ODTPackage.Part(path: "META-INF/manifest.xml", bytes: manifest, compressed: true)])
        return try package.zipped()
    }
}
