import CLibXML2
import Foundation

/// An XML or HTML document read from outside, as a plain tree. Parsing never touches the network,
/// never loads a DTD and never substitutes entities; XML carrying a document type declaration is
/// refused outright, since no part Concordat reads has one and entity definitions are how an
/// "entity expansion" attack starts.
struct MarkupTree {
    /// An element or a run of text.
    indirect enum Node {
        case element(Element)
        case text(String)
    }

    /// An element: its namespace URI, local name, attributes by local name, and children.
    struct Element {
        var namespace: String?
        var name: String
        var attributes: [String: String]
        var children: [Node]

        /// The concatenated text of every descendant.
        var text: String {
            children.map { node in
                switch node {
                case .text(let text): text
                case .element(let element): element.text
                }
            }.joined()
        }
    }

    /// The root element.
    var root: Element

    /// Parses well-formed XML through `UntrustedXML`, which refuses document type and entity
    /// declarations and reaches for nothing outside.
    static func xml(_ bytes: [UInt8], part: String, source: String) throws(ConcordatError) -> MarkupTree {
        let parsed = try UntrustedXML(bytes, file: source, part: part)
        guard let root = parsed.root, case .element(let element)? = convert(root) else {
            throw ConcordatError(.invalidData, "\(part) has no root element", at: SourceLocation(file: source))
        }
        return MarkupTree(root: element)
    }

    /// Parses HTML leniently, as a browser would, without network access.
    static func html(_ bytes: [UInt8], source: String) throws(ConcordatError) -> MarkupTree {
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), source, "UTF-8", options)
                }
            }
        }
        guard let document else {
            throw ConcordatError(.invalidData, "the file cannot be read as HTML", at: SourceLocation(file: source))
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), case .element(let element)? = convert(root) else {
            throw ConcordatError(.invalidData, "the HTML has no root element", at: SourceLocation(file: source))
        }
        return MarkupTree(root: element)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func convert(_ node: xmlNodePtr) -> Node? {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            guard let content = node.pointee.content else { return nil }
            return .text(String(cString: content))
        case XML_ELEMENT_NODE:
            var attributes: [String: String] = [:]
            var attribute = node.pointee.properties
            while let current = attribute {
                if let name = string(current.pointee.name), let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                    attributes[name] = String(cString: value)
                    concordat_xml_free(value)
                }
                attribute = current.pointee.next
            }
            var children: [Node] = []
            var child = node.pointee.children
            while let current = child {
                if let converted = convert(current) { children.append(converted) }
                child = current.pointee.next
            }
            return .element(Element(
                namespace: string(node.pointee.ns?.pointee.href), name: string(node.pointee.name) ?? "",
                attributes: attributes, children: children))
        default:
            return nil
        }
    }
}
