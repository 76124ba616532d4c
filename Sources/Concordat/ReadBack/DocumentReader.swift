/// Reads a composed document back from untrusted bytes: HTML, ODT or DOCX, told apart by their
/// content, never their name. Size caps, no network, no entities, zip-bomb safe.
public enum DocumentReader {
    /// The most bytes of document file read at all.
    public static let maxDocumentBytes = 64 * 1_048_576

    /// The most bytes of HTML accepted.
    public static let maxHTMLBytes = 32 * 1_048_576

    /// The format the bytes look like, or nil when they are not a document (a request, say).
    public static func format(of bytes: [UInt8]) -> ReadDocument.Format? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
            if head.contains("application/vnd.oasis.opendocument.text") { return .odt }
            return .docx
        }
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .html }
        return nil
    }

    /// Reads a document. `source` names it in messages.
    public static func read(_ bytes: [UInt8], source: String) throws(ConcordatError) -> ReadDocument {
        switch format(of: bytes) {
        case .html?: return try readHTML(bytes, source: source)
        case .odt?: return try ODTReader.read(bytes, source: source)
        case .docx?: return try DOCXReader.read(bytes, source: source)
        case nil:
            throw ConcordatError(.invalidData, "not a composed document (HTML, ODT or DOCX)", at: SourceLocation(file: source))
        }
    }

    private static let htmlBlocks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "th", "div", "section", "header", "footer",
        "blockquote", "dt", "dd", "br", "table", "ul", "ol", "aside", "figcaption", "main", "nav", "article", "caption",
    ]

    static func readHTML(_ bytes: [UInt8], source: String) throws(ConcordatError) -> ReadDocument {
        guard bytes.count <= maxHTMLBytes else {
            throw ConcordatError(.invalidData, "the document is larger than \(maxHTMLBytes) bytes", at: SourceLocation(file: source))
        }
        let tree = try MarkupTree.html(bytes, source: source)
        var embed: String?
        var builder = SegmentBuilder()
        var anchors: [String] = []
        func walk(_ element: MarkupTree.Element) {
            let name = element.name.lowercased()
            if name == "script" {
                if element.attributes["id"] == HTMLRenderer.embedID { embed = element.text }
                return
            }
            if name == "head" {
                for case .element(let inner) in element.children where inner.name.lowercased() == "script" { walk(inner) }
                return
            }
            if name == "style" || name == "title" { return }
            let anchor = name == "section" ? element.attributes["id"] : nil
            if let anchor { anchors.append(anchor); builder.start(anchor) }
            // A heading with an anchor outside any section (Parties, Signatures) starts a part too.
            if anchor == nil, anchors.isEmpty, name.count == 2, name.hasPrefix("h"), let id = element.attributes["id"] {
                builder.start(id)
            }
            let block = htmlBlocks.contains(name)
            if block { builder.flush() }
            for child in element.children {
                switch child {
                case .text(let text): builder.append(text)
                case .element(let inner): walk(inner)
                }
            }
            if block { builder.flush() }
            if anchor != nil {
                anchors.removeLast()
                builder.start(anchors.last ?? "front")
            }
        }
        walk(tree.root)
        return ReadDocument(format: .html, embed: embed, segments: builder.finish().filter { !$0.lines.isEmpty })
    }
}
