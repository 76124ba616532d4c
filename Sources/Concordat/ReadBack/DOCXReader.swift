import Foundation

/// Reads a DOCX back: the record and the bookmark map from Concordat's custom XML part, the text
/// of `word/document.xml` cut at the clause bookmarks the renderer writes.
///
/// The text is read as it stands: pending tracked changes count as if accepted (inserted text
/// in, deleted text out), the same reading ODT gets, so a redline read back says what it would say
/// once its changes are accepted. Field codes, the table of contents (which the word processor
/// regenerates, with its heading), comments, headers and footers are left out; a field's shown result (a
/// cross-reference's number) is text.
enum DOCXReader {
    private static let word = DOCXVocabulary.wordNamespace

    static func read(_ bytes: [UInt8], source: String) throws(ConcordatError) -> ReadDocument {
        var zip = try BoundedZipReader(bytes, file: source)
        guard let documentPart = try zip.entry("word/document.xml") else {
            throw ConcordatError(
                .invalidData, "the package has no word/document.xml, so it is not a Word document", at: SourceLocation(file: source))
        }
        // Word and LibreOffice may renumber custom XML items on save; ours is the one in our namespace.
        var embed: String?
        var map: [String: String] = [:]
        for name in zip.names where name.hasPrefix("customXml/item") && !name.contains("Props") && name.hasSuffix(".xml") {
            if !map.isEmpty || embed != nil { break }
            guard let item = try zip.entry(name) else { continue }
            let tree = try MarkupTree.xml(item, part: name, source: source)
            guard tree.root.namespace == DOCXVocabulary.embedNamespace, tree.root.name == "concordat" else { continue }
            for case .element(let child) in tree.root.children {
                if child.name == "record", child.attributes["schema"] == "concordat.embed/1" { embed = child.text }
                if child.name == "bookmarks" {
                    for case .element(let bookmark) in child.children where bookmark.name == "bookmark" {
                        if let name = bookmark.attributes["name"], let anchor = bookmark.attributes["anchor"], map[name] == nil {
                            map[name] = anchor
                        }
                    }
                }
            }
        }
        let tree = try MarkupTree.xml(documentPart, part: "word/document.xml", source: source)
        var walker = Walker(map: map)
        walker.walk(tree.root)
        return ReadDocument(format: .docx, embed: embed, segments: walker.builder.finish().filter { !$0.lines.isEmpty })
    }

    /// The anchor a bookmark stands for: through the map when the package has one, else its own
    /// name. Bookmarks a word processor adds itself (`_Toc…`, `_GoBack`) start with `_` and are
    /// never ours.
    static func anchor(_ name: String, map: [String: String]) -> String? {
        if let anchor = map[name] { return anchor }
        guard !name.hasPrefix("_"), map.isEmpty else { return nil }
        return name
    }

    /// Walks the document body, keeping the state a field needs: text inside a `TOC` field
    /// (code or result) is skipped.
    private struct Walker {
        let map: [String: String]
        var builder = SegmentBuilder()
        /// Open complex fields: the instruction so far, for each.
        var fields: [String] = []

        init(map: [String: String]) { self.map = map }

        var inContents: Bool { fields.contains { $0.trimmingCharacters(in: .whitespaces).uppercased().hasPrefix("TOC") } }

        mutating func walk(_ element: MarkupTree.Element) {
            guard element.namespace == DOCXReader.word else {
                // Markup compatibility: the fallback repeats the choice; read one of them.
                if element.name == "Fallback" { return }
                walkChildren(element)
                return
            }
            switch element.name {
            case "del", "moveFrom", "delText", "delInstrText", "instrText", "footnoteReference",
                 "endnoteReference", "pPr", "rPr", "sectPr", "tblPr", "trPr", "tcPr", "tblGrid":
                // Deleted text, field codes and properties are not text as it stands. An
                // `instrText` is read only for which field it is.
                if element.name == "instrText", !fields.isEmpty { fields[fields.count - 1] += element.text }
                return
            case "sdt":
                if Self.isContents(element) { return }
                walkChildren(element)
            case "fldChar":
                switch element.attributes["fldCharType"] {
                case "begin": fields.append("")
                case "end": if !fields.isEmpty { fields.removeLast() }
                default: break
                }
            case "fldSimple":
                if (element.attributes["instr"] ?? "").trimmingCharacters(in: .whitespaces).uppercased().hasPrefix("TOC") { return }
                walkChildren(element)
            case "t":
                if !inContents { builder.append(element.text) }
            case "tab", "br", "cr":
                if !inContents { builder.append(" ") }
            case "noBreakHyphen":
                if !inContents { builder.append("\u{2011}") }
            case "p":
                if Self.isContentsHeading(element) { return }
                builder.flush()
                if let name = firstBookmark(element), let anchor = DOCXReader.anchor(name, map: map) { builder.start(anchor) }
                walkChildren(element)
                builder.flush()
            case "bookmarkStart":
                if let name = element.attributes["name"], let anchor = DOCXReader.anchor(name, map: map) { builder.start(anchor) }
            default:
                walkChildren(element)
            }
        }

        private mutating func walkChildren(_ element: MarkupTree.Element) {
            for case .element(let child) in element.children { walk(child) }
        }

        /// The first of our bookmarks directly in a paragraph (or in its runs' wrappers), so a
        /// heading's own text starts its clause.
        private func firstBookmark(_ paragraph: MarkupTree.Element) -> String? {
            for case .element(let child) in paragraph.children where child.namespace == DOCXReader.word {
                if child.name == "bookmarkStart", let name = child.attributes["name"], DOCXReader.anchor(name, map: map) != nil {
                    return name
                }
                if ["ins", "hyperlink", "smartTag", "customXml"].contains(child.name), let inner = firstBookmark(child) { return inner }
            }
            return nil
        }

        /// Whether a paragraph is the heading of the table of contents (Word's style id, and the one
        /// LibreOffice gives it on saving), which belongs to the contents as in ODT.
        private static func isContentsHeading(_ paragraph: MarkupTree.Element) -> Bool {
            for case .element(let properties) in paragraph.children where properties.name == "pPr" {
                for case .element(let style) in properties.children where style.name == "pStyle" {
                    return ["TOCHeading", "ContentsHeading"].contains(style.attributes["val"] ?? "")
                }
            }
            return false
        }

        /// Whether a content control is a table of contents (as LibreOffice and Word wrap one).
        private static func isContents(_ sdt: MarkupTree.Element) -> Bool {
            for case .element(let properties) in sdt.children where properties.name == "sdtPr" {
                for case .element(let object) in properties.children where object.name == "docPartObj" {
                    for case .element(let gallery) in object.children where gallery.name == "docPartGallery" {
                        if gallery.attributes["val"]?.hasPrefix("Table of Contents") == true { return true }
                    }
                }
            }
            return false
        }
    }
}
