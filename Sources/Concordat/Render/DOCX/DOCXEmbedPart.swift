/// Writes Concordat's custom XML part (`customXml/item1.xml` with its properties part): the
/// map from Word bookmark names back to the anchors they stand for (clause ids), and the
/// `concordat.embed/1` record when the document carries one.
///
/// A custom XML part is the place Word keeps data that is not document text: it survives
/// editing and saving in Word, unlike unknown parts, which Word drops.
enum DOCXEmbedPart {
    static let itemPath = "customXml/item1.xml"
    static let propertiesPath = "customXml/itemProps1.xml"
    static let relationshipsPath = "customXml/_rels/item1.xml.rels"
    /// The data store item id Word uses to tell custom XML parts apart; fixed, since a document
    /// carries one such part and the bytes must not vary.
    static let itemID = "{6C0D3B52-6E1A-4F0B-9C1D-3A1C0A7D2E51}"

    /// The item: `<concordat xmlns="urn:concordat:embed:1">` with a `bookmark` element per
    /// anchor and the record as the text of `record`.
    static func item(bookmarks: DOCXBookmarks, embed: String?) throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: itemPath)
        xml.subject = "the embedded record"
        try xml.element("concordat", [("xmlns", DOCXVocabulary.embedNamespace)]) { () throws(ConcordatError) in
            try xml.element("bookmarks") { () throws(ConcordatError) in
                for (anchor, name) in bookmarks.ordered {
                    try xml.element("bookmark", [("name", name), ("anchor", anchor)])
                }
            }
            if let embed { try xml.element("record", [("schema", "concordat.embed/1")], text: embed) }
        }
        return try xml.finish()
    }

    /// The item's properties part, naming its id and schema.
    static func properties() throws(ConcordatError) -> [UInt8] {
        let xml = try XMLPartWriter(part: propertiesPath)
        try xml.element("ds:datastoreItem", [
            ("ds:itemID", itemID), ("xmlns:ds", DOCXVocabulary.customXMLNamespace),
        ]) { () throws(ConcordatError) in
            try xml.element("ds:schemaRefs") { () throws(ConcordatError) in
                try xml.element("ds:schemaRef", [("ds:uri", DOCXVocabulary.embedNamespace)])
            }
        }
        return try xml.finish()
    }
}
