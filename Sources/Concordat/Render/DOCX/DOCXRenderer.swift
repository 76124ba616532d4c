/// Renders a document as a Word document (`.docx`, ECMA-376 transitional WordprocessingML): a
/// real, editable document whose headings are numbered by one multilevel list linked to the
/// Heading styles, whose sub-clause lists restart in every clause, and whose cross-references
/// and table of contents are fields Word and LibreOffice keep up to date, styled by the house
/// style.
///
/// The package avoids everything known to make Word offer to repair a file: it always has a
/// theme and web settings, writes a comments part only when there are comments, gives every
/// field a stored result, never writes `&apos;` or a newline inside `w:t`, names only numbering
/// and relationship ids that exist, puts a paragraph in every table cell, and gives every zip
/// entry Unix file attributes. The same document and house style always give the same bytes.
public struct DOCXRenderer: Sendable {
    /// The look of the document (the same house style as ODT).
    public var houseStyle: ODTHouseStyle
    /// An organisation's Word document whose styles, theme and page win over the house style's.
    public var reference: ReferenceDocument?

    /// Creates a renderer with a house style (usually parsed from `Templates/odt/house-style.yaml`)
    /// and, optionally, a DOCX reference document.
    public init(houseStyle: ODTHouseStyle, reference: ReferenceDocument? = nil) {
        self.houseStyle = houseStyle
        self.reference = reference?.format == .docx ? reference : nil
    }

    /// Returns the bytes of the `.docx` zip; the caller writes them where it wants.
    ///
    /// Throws `invalidData` when the house style has a malformed value, the language tag is not
    /// one, or any text holds a character XML cannot carry (the message names where).
    public func render(_ document: Document) throws(ConcordatError) -> [UInt8] {
        try houseStyle.validate()
        guard ODTLanguage(document.metadata.language).isValid else {
            throw ConcordatError(
                .invalidData, "the document language \"\(document.metadata.language)\" is not a language tag such as en-GB")
        }
        return try package(document, redline: nil)
    }

    /// Returns the bytes of `new` written with tracked changes against `old`, by the same plan
    /// as the ODT redline: insertions and deletions (`w:ins`, `w:del` with `w:delText`) at word
    /// level inside changed paragraphs and whole paragraphs elsewhere, each by `author`, dated by
    /// the new document's date (else the old one's, else the start of 1970, so the bytes never
    /// depend on the clock), with `comments` (by clause id) on changed clauses. Accepting every
    /// change gives the text of `new`; rejecting every change, that of `old`.
    public func renderRedline(
        old: Document, new: Document, author: String, comments: [String: String]
    ) throws(ConcordatError) -> [UInt8] {
        try houseStyle.validate()
        guard ODTLanguage(new.metadata.language).isValid else {
            throw ConcordatError(
                .invalidData, "the document language \"\(new.metadata.language)\" is not a language tag such as en-GB")
        }
        let time = ODTMetaPart.dateTime(new.metadata.isoDate) ?? ODTMetaPart.dateTime(old.metadata.isoDate) ?? "1970-01-01T00:00:00"
        let date = time.hasSuffix("Z") ? time : time + "Z"
        func paragraphs(_ document: Document) throws(ConcordatError) -> [ODTRedlinePlan.Paragraph] {
            let state = DOCXRedlineState(mode: .collect, author: author, date: date)
            let body = try part(document, redline: state)
            _ = try body.render(relationships: DOCXRelationships())
            return state.collected
        }
        let plan = ODTRedlinePlan(old: try paragraphs(old), new: try paragraphs(new))
        return try package(new, redline: DOCXRedlineState(mode: .write(plan), author: author, date: date, comments: comments))
    }

    private func part(_ document: Document, redline: DOCXRedlineState?) throws(ConcordatError) -> DOCXDocumentPart {
        let body = DOCXDocumentPart(
            document: document, house: houseStyle, page: reference?.page ?? DOCXPage(house: houseStyle),
            xml: try XMLPartWriter(part: "word/document.xml"), bookmarks: DOCXBookmarks(document, annexLabel: houseStyle.labels.annex))
        body.redline = redline
        return body
    }

    /// A part that depends only on the house style, the language and the page (styles, theme,
    /// settings, font table, footer): every document of a batch that shares them shares one
    /// rendering.
    private struct SharedPart: Hashable, Sendable {
        var part: String
        var house: ODTHouseStyle
        var language: String
        var page: DOCXPage
    }

    private static let sharedParts = Memo<SharedPart, [UInt8]>(limit: 256)

    private func package(_ document: Document, redline: DOCXRedlineState?) throws(ConcordatError) -> [UInt8] {
        let body = try part(document, redline: redline)
        let bookmarks = body.bookmarks
        let page = body.page
        let language = document.metadata.language
        func shared(_ part: String, _ make: () throws(ConcordatError) -> [UInt8]) throws(ConcordatError) -> [UInt8] {
            try Self.sharedParts.value(SharedPart(part: part, house: houseStyle, language: language, page: page), make)
        }
        var styles = try shared("styles") { () throws(ConcordatError) in
            try DOCXStylesPart(house: houseStyle, language: language, page: page).render()
        }
        if let reference { styles = try DOCXReferenceStyles.merge(house: styles, reference: reference) }
        // The document part learns which comments exist only as it writes them, and the
        // relationships must name the comments part only when there are some; the header and
        // footer ids do not depend on it, so they are fixed first.
        var relationships = DOCXRelationships()
        typealias T = DOCXVocabulary.ContentType
        let wordParts: [(kind: String, target: String, type: String)] = [
            ("styles", "styles.xml", T.styles), ("numbering", "numbering.xml", T.numbering),
            ("settings", "settings.xml", T.settings), ("webSettings", "webSettings.xml", T.webSettings),
            ("fontTable", "fontTable.xml", T.fontTable), ("theme", "theme/theme1.xml", T.theme),
            ("header", DOCXPackageParts.header, T.header), ("footer", DOCXPackageParts.footer, T.footer),
        ]
        for part in wordParts { relationships.add(type: DOCXVocabulary.relationshipType(part.kind), target: part.target) }
        let documentXML = try body.render(relationships: relationships)
        let theme: [UInt8]
        if let referenceTheme = reference?.theme {
            theme = referenceTheme
        } else {
            theme = try shared("theme") { () throws(ConcordatError) in try DOCXThemePart.render(house: houseStyle) }
        }
        var overrides = [("word/document.xml", T.document)] + wordParts.map { ("word/" + $0.target, $0.type) }
        var parts: [(String, [UInt8])] = [
            ("word/document.xml", documentXML),
            ("word/styles.xml", styles),
            ("word/numbering.xml", try body.numbering.render(house: houseStyle)),
            ("word/settings.xml", try shared("settings") { () throws(ConcordatError) in try DOCXPackageParts.settings(language: language) }),
            ("word/webSettings.xml", try DOCXPackageParts.webSettings()),
            ("word/fontTable.xml", try shared("fontTable") { () throws(ConcordatError) in try DOCXPackageParts.fontTable(house: houseStyle) }),
            ("word/theme/theme1.xml", try theme),
            ("word/header1.xml", try DOCXPackageParts.header(document.metadata)),
            ("word/footer1.xml", try shared("footer") { () throws(ConcordatError) in try DOCXPackageParts.footer(house: houseStyle) }),
        ]
        if !body.comments.isEmpty {
            relationships.add(type: DOCXVocabulary.relationshipType("comments"), target: DOCXPackageParts.comments)
            overrides.append(("word/" + DOCXPackageParts.comments, T.comments))
            parts.append(("word/" + DOCXPackageParts.comments, try DOCXPackageParts.comments(
                body.comments, metadata: document.metadata, author: redline?.author ?? "Concordat")))
        }
        relationships.add(type: DOCXVocabulary.relationshipType("customXml"), target: "../" + DOCXEmbedPart.itemPath)
        overrides.append((DOCXEmbedPart.propertiesPath, T.customXMLProperties))
        var itemRelationships = DOCXRelationships()
        itemRelationships.add(type: DOCXVocabulary.relationshipType("customXmlProps"), target: "itemProps1.xml")
        parts += [
            ("word/_rels/document.xml.rels", try relationships.render(part: "word/_rels/document.xml.rels")),
            (DOCXEmbedPart.itemPath, try DOCXEmbedPart.item(bookmarks: bookmarks, embed: document.embed)),
            (DOCXEmbedPart.propertiesPath, try DOCXEmbedPart.properties()),
            (DOCXEmbedPart.relationshipsPath, try itemRelationships.render(part: DOCXEmbedPart.relationshipsPath)),
            ("docProps/core.xml", try DOCXPackageParts.coreProperties(document.metadata)),
            ("docProps/app.xml", try DOCXPackageParts.appProperties()),
        ]
        overrides += [("docProps/core.xml", T.coreProperties), ("docProps/app.xml", T.extendedProperties)]
        var packageRelationships = DOCXRelationships()
        packageRelationships.add(type: DOCXVocabulary.relationshipType("officeDocument"), target: "word/document.xml")
        packageRelationships.add(
            type: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            target: "docProps/core.xml")
        packageRelationships.add(type: DOCXVocabulary.relationshipType("extended-properties"), target: "docProps/app.xml")
        // Content types and package relationships first, as Word writes them; then the parts.
        let package = ZipPackage(format: "DOCX", parts:
            [
                ZipPackage.Part(path: "[Content_Types].xml", bytes: try DOCXPackageParts.contentTypes(overrides: overrides), compressed: true),
                ZipPackage.Part(path: "_rels/.rels", bytes: try packageRelationships.render(part: "_rels/.rels"), compressed: true),
            ] + parts.map { ZipPackage.Part(path: $0.0, bytes: $0.1, compressed: true) })
        return try package.zipped()
    }
}
