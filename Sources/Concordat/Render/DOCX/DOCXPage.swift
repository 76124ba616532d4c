import CLibXML2

/// The page of a DOCX document in twips: size and margins, from the house style or from a
/// reference document's last section.
struct DOCXPage: Sendable, Hashable {
    var width: Int
    var height: Int
    var top: Int
    var right: Int
    var bottom: Int
    var left: Int
    var header: Int
    var footer: Int
    /// `landscape`, or nil for portrait.
    var orientation: String?

    /// The width between the margins.
    var textWidth: Int { width - left - right }

    /// The house style's page.
    init(house: ODTHouseStyle) {
        width = DOCXMeasure.twips(house.page.width)
        height = DOCXMeasure.twips(house.page.height)
        top = DOCXMeasure.twips(house.page.marginTop)
        right = DOCXMeasure.twips(house.page.marginRight)
        bottom = DOCXMeasure.twips(house.page.marginBottom)
        left = DOCXMeasure.twips(house.page.marginLeft)
        header = top / 2
        footer = bottom / 2
    }

    /// The page of the last section of a reference document's body, or nil when it has no
    /// complete, sensible page size and margins (each within 0 to 22 inches).
    init?(sectionOf document: UntrustedXML) {
        let w = DOCXVocabulary.wordNamespace
        guard let body = XMLNodes.children(document.root).first(where: { XMLNodes.isElement($0, w, "body") }),
              let section = XMLNodes.children(body).last(where: { XMLNodes.isElement($0, w, "sectPr") }),
              let size = XMLNodes.children(section).first(where: { XMLNodes.isElement($0, w, "pgSz") }),
              let margins = XMLNodes.children(section).first(where: { XMLNodes.isElement($0, w, "pgMar") })
        else { return nil }
        func value(_ node: xmlNodePtr, _ name: String) -> Int? {
            guard let text = XMLNodes.attribute(node, w, name), let number = Int(text), (0...31_680).contains(abs(number)) else { return nil }
            return abs(number)
        }
        guard let width = value(size, "w"), let height = value(size, "h"), width > 0, height > 0,
              let top = value(margins, "top"), let right = value(margins, "right"), let bottom = value(margins, "bottom"),
              let left = value(margins, "left"), left + right < width
        else { return nil }
        self.width = width
        self.height = height
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
        header = value(margins, "header") ?? top / 2
        footer = value(margins, "footer") ?? bottom / 2
        orientation = XMLNodes.attribute(size, w, "orient") == "landscape" ? "landscape" : nil
    }
}
