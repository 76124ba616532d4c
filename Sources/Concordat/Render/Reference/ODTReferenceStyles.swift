import CLibXML2

/// Merges a reference document's `styles.xml` into the house style's: each house style the
/// reference also defines (same name and family), and each default style, is replaced by the
/// reference's; the reference's font declarations are added so its font names resolve; and the
/// page takes the reference's size, orientation and margins. The outline numbering and the
/// sub-clause list styles stay the house's, so numbering and references keep working.
enum ODTReferenceStyles {
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    private static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    private static let fo = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"

    static func merge(house: [UInt8], reference: ReferenceDocument) throws(ConcordatError) -> [UInt8] {
        let ours = try UntrustedXML(house, file: "house style", part: "styles.xml")
        let theirs = try UntrustedXML(reference.styles, file: reference.file, part: "styles.xml")
        guard let ourRoot = ours.root, let theirRoot = theirs.root else { return house }
        func section(_ root: xmlNodePtr, _ name: String) -> xmlNodePtr? {
            XMLNodes.children(root).first { XMLNodes.isElement($0, officeNamespace, name) }
        }
        func key(_ node: xmlNodePtr) -> String {
            let local = node.pointee.name.map { String(cString: $0) } ?? ""
            return local + "|" + (XMLNodes.attribute(node, style, "name") ?? "") + "|" + (XMLNodes.attribute(node, style, "family") ?? "")
        }
        func copy(_ node: xmlNodePtr) -> xmlNodePtr {
            xmlDocCopyNode(node, ours.document, 1)!
        }
        // Styles and default styles.
        if let ourStyles = section(ourRoot, "styles"), let theirStyles = section(theirRoot, "styles") {
            var theirs: [String: xmlNodePtr] = [:]
            for node in XMLNodes.children(theirStyles) where XMLNodes.isElement(node, style, "style") || XMLNodes.isElement(node, style, "default-style") {
                theirs[key(node)] = node
            }
            for node in XMLNodes.children(ourStyles) {
                guard let replacement = theirs[key(node)] else { continue }
                let new = copy(replacement)
                xmlReplaceNode(node, new)
                xmlFreeNode(node)
                xmlReconciliateNs(ours.document, new)
            }
        }
        // Font declarations the reference's styles may name.
        if let ourFonts = section(ourRoot, "font-face-decls"), let theirFonts = section(theirRoot, "font-face-decls") {
            let known = Set(XMLNodes.children(ourFonts).compactMap { XMLNodes.attribute($0, style, "name") })
            for font in XMLNodes.children(theirFonts) where !known.contains(XMLNodes.attribute(font, style, "name") ?? "") {
                let new = copy(font)
                xmlAddChild(ourFonts, new)
                xmlReconciliateNs(ours.document, new)
            }
        }
        // The page: the layout of the reference's first master page.
        if let master = XMLNodes.descendants(section(theirRoot, "master-styles"), style, "master-page").first,
           let layoutName = XMLNodes.attribute(master, style, "page-layout-name"),
           let layout = XMLNodes.descendants(section(theirRoot, "automatic-styles"), style, "page-layout")
               .first(where: { XMLNodes.attribute($0, style, "name") == layoutName }),
           let theirPage = XMLNodes.children(layout).first(where: { XMLNodes.isElement($0, style, "page-layout-properties") }),
           let ourPage = XMLNodes.descendants(section(ourRoot, "automatic-styles"), style, "page-layout-properties").first {
            for (namespace, name) in [
                (fo, "page-width"), (fo, "page-height"), (style, "print-orientation"), (fo, "margin-top"),
                (fo, "margin-bottom"), (fo, "margin-left"), (fo, "margin-right"),
            ] {
                guard let value = XMLNodes.attribute(theirPage, namespace, name),
                      let ns = xmlSearchNsByHref(ours.document, ourPage, namespace) else { continue }
                xmlSetNsProp(ourPage, ns, name, value)
            }
        }
        return ours.serialized()
    }
}
