import CLibXML2

/// Merges a reference document's `word/styles.xml` with the house style's: the reference's
/// document defaults and styles win; house styles it lacks are added (the document uses them
/// all); Heading 1–3 are linked to the heading list whatever the reference says, so numbering
/// and cross-references keep working; and list links in the reference's other styles are
/// dropped, because they name lists in the reference's own numbering part, which is not copied
/// (a style naming a list that does not exist is a Word repair trigger).
enum DOCXReferenceStyles {
    private static let w = DOCXVocabulary.wordNamespace

    static func merge(house: [UInt8], reference: ReferenceDocument) throws(ConcordatError) -> [UInt8] {
        let ours = try UntrustedXML(house, file: "house style", part: "word/styles.xml")
        let theirs = try UntrustedXML(reference.styles, file: reference.file, part: "word/styles.xml")
        guard let ourRoot = ours.root, let theirRoot = theirs.root else { return house }
        let theirStyles = XMLNodes.children(theirRoot).filter { XMLNodes.isElement($0, w, "style") }
        var theirIDs: Set<String> = []
        var theirDefaults: Set<String> = []
        for style in theirStyles {
            let id = XMLNodes.attribute(style, w, "styleId") ?? ""
            theirIDs.insert(id)
            if ["1", "true", "on"].contains(XMLNodes.attribute(style, w, "default") ?? "") {
                theirDefaults.insert(XMLNodes.attribute(style, w, "type") ?? "")
            }
            for numbering in XMLNodes.descendants(style, w, "numPr") {
                xmlUnlinkNode(numbering)
                xmlFreeNode(numbering)
            }
        }
        let ourStyles = XMLNodes.children(ourRoot).filter { XMLNodes.isElement($0, w, "style") }
        // Headings keep the reference's look but take the house link to the heading list.
        for level in 1...3 {
            let id = DOCXVocabulary.Paragraph.heading(level)
            guard let their = theirStyles.first(where: { XMLNodes.attribute($0, w, "styleId") == id }),
                  let our = ourStyles.first(where: { XMLNodes.attribute($0, w, "styleId") == id }),
                  let ourNumbering = XMLNodes.descendants(our, w, "numPr").first
            else { continue }
            let properties = paragraphProperties(of: their, in: theirs)
            let copy = xmlDocCopyNode(ourNumbering, theirs.document, 1)!
            // numPr comes after keepNext, keepLines, pageBreakBefore, framePr and widowControl.
            let before = ["keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "pStyle"]
            if let anchor = XMLNodes.children(properties).last(where: { node in before.contains { XMLNodes.isElement(node, w, $0) } }) {
                xmlAddNextSibling(anchor, copy)
            } else if let first = XMLNodes.children(properties).first {
                xmlAddPrevSibling(first, copy)
            } else {
                xmlAddChild(properties, copy)
            }
            xmlReconciliateNs(theirs.document, copy)
        }
        if !XMLNodes.children(theirRoot).contains(where: { XMLNodes.isElement($0, w, "docDefaults") }),
           let defaults = XMLNodes.children(ourRoot).first(where: { XMLNodes.isElement($0, w, "docDefaults") }) {
            let copy = xmlDocCopyNode(defaults, theirs.document, 1)!
            if let first = XMLNodes.children(theirRoot).first { xmlAddPrevSibling(first, copy) } else { xmlAddChild(theirRoot, copy) }
            xmlReconciliateNs(theirs.document, copy)
        }
        for style in ourStyles where !theirIDs.contains(XMLNodes.attribute(style, w, "styleId") ?? "") {
            let copy = xmlDocCopyNode(style, theirs.document, 1)!
            if theirDefaults.contains(XMLNodes.attribute(style, w, "type") ?? "") {
                // The reference already has a default style of this kind; two would be an error.
                if let namespace = xmlSearchNsByHref(theirs.document, copy, w) { xmlUnsetNsProp(copy, namespace, "default") }
            }
            xmlAddChild(theirRoot, copy)
            xmlReconciliateNs(theirs.document, copy)
        }
        return theirs.serialized()
    }

    /// The style's `w:pPr`, created in its place (before `w:rPr`, `w:tblPr` …) when missing.
    private static func paragraphProperties(of style: xmlNodePtr, in document: UntrustedXML) -> xmlNodePtr {
        if let existing = XMLNodes.children(style).first(where: { XMLNodes.isElement($0, w, "pPr") }) { return existing }
        let node = xmlNewDocNode(document.document, style.pointee.ns, "pPr", nil)!
        let after = ["rPr", "tblPr", "trPr", "tcPr", "tblStylePr"]
        if let next = XMLNodes.children(style).first(where: { child in after.contains { XMLNodes.isElement(child, w, $0) } }) {
            xmlAddPrevSibling(next, node)
        } else {
            xmlAddChild(style, node)
        }
        return node
    }
}
