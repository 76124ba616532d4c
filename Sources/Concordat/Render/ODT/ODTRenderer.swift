/// Renders a document as an OpenDocument Text file (`.odt`, ODF 1.3): a real, editable document
/// whose headings, sub-clauses, cross-references and table of contents are numbered and kept up
/// to date by the word processor, styled by a house style.
///
/// The same document and house style always give the same bytes, whatever the clock, time zone
/// or locale.
public struct ODTRenderer: Sendable {
    /// The look of the document.
    public var houseStyle: ODTHouseStyle

    /// An organisation's OpenDocument text whose styles and page win over the house style's.
    public var reference: ReferenceDocument?

    /// Creates a renderer with a house style (usually parsed from `Templates/odt/house-style.yaml`)
    /// and, optionally, an ODT reference document.
    public init(houseStyle: ODTHouseStyle, reference: ReferenceDocument? = nil) {
        self.houseStyle = houseStyle
        self.reference = reference?.format == .odt ? reference : nil
    }

    /// The house styles, with a reference document's merged in when there is one.
    private func styles(_ metadata: Document.Metadata) throws(ConcordatError) -> [UInt8] {
        let house = try ODTStylesPart.render(house: houseStyle, language: metadata.language, draftLabel: metadata.draftLabel)
        guard let reference else { return house }
        return try ODTReferenceStyles.merge(house: house, reference: reference)
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
        return try package(document, content: try ODTContentPart.render(document, house: houseStyle))
    }

    /// Returns the bytes of `new` written with tracked changes against `old`: insertions and
    /// deletions at word level inside changed paragraphs and whole paragraphs elsewhere, each by
    /// `author`, dated by the new document's date (else the old one's, else the start of 1970, so
    /// the bytes never depend on the clock), with `comments` (by clause id) on changed clauses.
    /// Accepting every change gives the text of `new`; rejecting every change, that of `old`.
    public func renderRedline(
        old: Document, new: Document, author: String, comments: [String: String]
    ) throws(ConcordatError) -> [UInt8] {
        try houseStyle.validate()
        let date = ODTMetaPart.dateTime(new.metadata.isoDate) ?? ODTMetaPart.dateTime(old.metadata.isoDate) ?? "1970-01-01T00:00:00"
        func paragraphs(_ document: Document) throws(ConcordatError) -> [ODTRedlinePlan.Paragraph] {
            let state = ODTRedlineState(mode: .collect, author: author, date: date)
            _ = try ODTContentPart.render(document, house: houseStyle, redline: state)
            return state.collected
        }
        let plan = ODTRedlinePlan(old: try paragraphs(old), new: try paragraphs(new))
        let state = ODTRedlineState(mode: .write(plan), author: author, date: date, comments: comments)
        return try package(new, content: try ODTContentPart.render(new, house: houseStyle, redline: state))
    }

    private func package(_ document: Document, content: [UInt8]) throws(ConcordatError) -> [UInt8] {
        guard ODTLanguage(document.metadata.language).isValid else {
            throw ConcordatError(
                .invalidData, "the document language \"\(document.metadata.language)\" is not a language tag such as en-GB")
        }
        let parts: [(path: String, bytes: [UInt8])] = [
            ("content.xml", content),
            ("styles.xml", try styles(document.metadata)),
            ("meta.xml", try ODTMetaPart.render(document.metadata, embed: document.embed)),
        ]
        let manifest = try ODTMetaPart.manifest(parts: parts.map(\.path))
        let package = ZipPackage(format: "ODT", parts:
            [ZipPackage.Part(path: "mimetype", bytes: Array(ODTVocabulary.mediaType.utf8), compressed: false)]
            + parts.map { ZipPackage.Part(path: $0.path, bytes: $0.bytes, compressed: true) }
            + [ZipPackage.Part(path: "META-INF/manifest.xml", bytes: manifest, compressed: true)])
        return try package.zipped()
    }
}
