/// Writes `meta.xml` (title, subject, keywords, language, generator, and dates only when the
/// document has one) and `META-INF/manifest.xml`.
enum ODTMetaPart {
    /// Renders `meta.xml`.
    /// The name of the user-defined property carrying the `concordat.embed/1` record; LibreOffice
    /// keeps these properties on save, where it drops unknown package files.
    static let embedProperty = "concordat.embed/1"

    static func render(_ metadata: Document.Metadata, embed: String? = nil) throws(ConcordatError) -> [UInt8] {
        let xml = try ODTXMLWriter(part: "meta.xml")
        xml.subject = "the document metadata"
        try xml.element(
            "office:document-meta", ODTVocabulary.metaNamespaces + [("office:version", ODTVocabulary.version)]
        ) { () throws(ConcordatError) in
            try xml.element("office:meta") { () throws(ConcordatError) in
                try xml.element("meta:generator", text: "Concordat")
                try xml.element("dc:title", text: metadata.title)
                try xml.element("dc:subject", text: metadata.subject)
                if !metadata.description.isEmpty { try xml.element("dc:description", text: metadata.description) }
                for keyword in metadata.keywords where !keyword.isEmpty {
                    try xml.element("meta:keyword", text: keyword)
                }
                try xml.element("dc:language", text: metadata.language)
                // Dates come only from the document, never the clock, so output is reproducible.
                if let date = dateTime(metadata.isoDate) {
                    try xml.element("meta:creation-date", text: date)
                    try xml.element("dc:date", text: date)
                }
                if let embed {
                    try xml.element(
                        "meta:user-defined", [("meta:name", embedProperty), ("meta:value-type", "string")], text: embed)
                }
            }
        }
        return try xml.finish()
    }

    /// Renders the manifest listing the package root and every part.
    static func manifest(parts: [String]) throws(ConcordatError) -> [UInt8] {
        let xml = try ODTXMLWriter(part: "META-INF/manifest.xml")
        try xml.element("manifest:manifest", [
            ("xmlns:manifest", ODTVocabulary.manifestNamespace), ("manifest:version", ODTVocabulary.version),
        ]) { () throws(ConcordatError) in
            try xml.element("manifest:file-entry", [
                ("manifest:full-path", "/"), ("manifest:version", ODTVocabulary.version),
                ("manifest:media-type", ODTVocabulary.mediaType),
            ])
            for part in parts {
                try xml.element("manifest:file-entry", [("manifest:full-path", part), ("manifest:media-type", "text/xml")])
            }
        }
        return try xml.finish()
    }

    /// An ISO date (`2026-04-01`) as the `xsd:dateTime` ODF wants (`2026-04-01T00:00:00`); a
    /// full date-time passes through. Nil when absent or not of either shape.
    static func dateTime(_ isoDate: String?) -> String? {
        guard let isoDate else { return nil }
        let pattern = Array("dddd-dd-dd")
        let characters = Array(isoDate)
        guard characters.count >= pattern.count,
              zip(pattern, characters).allSatisfy({ $0 == "d" ? $1.isASCII && $1.isNumber : $0 == $1 })
        else { return nil }
        if characters.count == pattern.count { return isoDate + "T00:00:00" }
        let time = Array("Tdd:dd:dd")
        let rest = Array(characters[pattern.count...])
        guard rest.count == time.count || (rest.count == time.count + 1 && rest.last == "Z"),
              zip(time, rest).allSatisfy({ $0 == "d" ? $1.isASCII && $1.isNumber : $0 == $1 })
        else { return nil }
        return isoDate
    }
}
