/// Reads an ODT back: the record from `meta.xml`'s user-defined property, the text of
/// `content.xml` cut at bookmarks. Deleted text of pending tracked changes, comments and the
/// table of contents (which the word processor regenerates) are left out.
enum ODTReader {
    private static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    private static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

    static func read(_ bytes: [UInt8], source: String) throws(ConcordatError) -> ReadDocument {
        let zip = try BoundedZip(bytes, wanted: ["content.xml", "meta.xml"], source: source)
        guard let content = zip["content.xml"] else {
            throw ConcordatError(.invalidData, "the package has no content.xml, so it is not an ODT document", at: SourceLocation(file: source))
        }
        var embed: String?
        if let meta = zip["meta.xml"] {
            let tree = try MarkupTree.xml(meta, part: "meta.xml", source: source)
            func find(_ element: MarkupTree.Element) {
                if element.name == "user-defined", element.attributes["name"] == ODTMetaPart.embedProperty {
                    embed = element.text
                }
                for case .element(let child) in element.children { find(child) }
            }
            find(tree.root)
        }
        let tree = try MarkupTree.xml(content, part: "content.xml", source: source)
        var builder = SegmentBuilder()
        func walk(_ element: MarkupTree.Element) {
            let inText = element.namespace == textNamespace
            if inText && ["tracked-changes", "table-of-content", "note"].contains(element.name) { return }
            if element.namespace == officeNamespace && element.name == "annotation" { return }
            if inText && (element.name == "bookmark-start" || element.name == "bookmark"), let name = element.attributes["name"] {
                builder.start(name)
                return
            }
            if inText && (element.name == "s") {
                builder.append(String(repeating: " ", count: max(1, Int(element.attributes["c"] ?? "1") ?? 1)))
                return
            }
            if inText && (element.name == "tab" || element.name == "line-break") {
                builder.append(" ")
                return
            }
            let paragraph = inText && (element.name == "p" || element.name == "h")
            if paragraph {
                builder.flush()
                // A bookmark anywhere in a heading starts its segment with the heading's text.
                if let first = firstBookmark(element) { builder.start(first) }
            }
            for child in element.children {
                switch child {
                case .text(let text): builder.append(text)
                case .element(let inner): walk(inner)
                }
            }
            if paragraph { builder.flush() }
        }
        walk(tree.root)
        return ReadDocument(format: .odt, embed: embed, segments: builder.finish().filter { !$0.lines.isEmpty })
    }

    /// The first bookmark directly in a paragraph (not in a nested frame or note).
    private static func firstBookmark(_ element: MarkupTree.Element) -> String? {
        for case .element(let child) in element.children {
            if child.namespace == textNamespace, child.name == "bookmark-start" || child.name == "bookmark" {
                return child.attributes["name"]
            }
            if child.namespace == textNamespace, child.name == "span", let inner = firstBookmark(child) { return inner }
        }
        return nil
    }
}
