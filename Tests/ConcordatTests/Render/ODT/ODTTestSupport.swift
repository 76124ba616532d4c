import CLibXML2
import Foundation
import Testing
@testable import Concordat

/// An ODT package opened for inspection: its entries, in zip order.
struct ODTPackageContents {
    let bytes: [UInt8]
    let entries: [(name: String, bytes: [UInt8])]

    init(_ bytes: [UInt8]) throws {
        self.bytes = bytes
        self.entries = try ZipEntries.readInOrder(bytes)
    }

    /// The XML parts (everything but `mimetype`).
    var xmlParts: [(name: String, bytes: [UInt8])] { entries.filter { $0.name != "mimetype" } }

    subscript(name: String) -> [UInt8]? { entries.first { $0.name == name }?.bytes }

    /// A part parsed into a tree.
    func tree(_ name: String) throws -> XMLTree {
        let bytes = try #require(self[name], "the package has no \(name)")
        return try XMLTree.parse(bytes)
    }
}

/// A parsed XML element with qualified names as written (`text:h`), for structure assertions.
struct XMLTree {
    var name: String
    var attributes: [String: String]
    var children: [Node]

    enum Node {
        case element(XMLTree)
        case text(String)
    }

    /// Parses a document and returns its root element.
    static func parse(_ bytes: [UInt8]) throws -> XMLTree {
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlReadMemory($0.baseAddress, Int32($0.count), "part.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
            }
        }
        let parsed = try #require(document, "the part is not well-formed XML")
        defer { xmlFreeDoc(parsed) }
        let root = try #require(xmlDocGetRootElement(parsed))
        return XMLTree(root)
    }

    private init(_ node: xmlNodePtr) {
        name = Self.qualifiedName(node.pointee.name, node.pointee.ns)
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self))
            attributes[Self.qualifiedName(current.pointee.name, current.pointee.ns)] = value.map { String(cString: $0) } ?? ""
            concordat_xml_free(value)
            attribute = current.pointee.next
        }
        self.attributes = attributes
        var children: [Node] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE {
                children.append(.element(XMLTree(current)))
            } else if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                      let content = current.pointee.content {
                children.append(.text(String(cString: content)))
            }
            child = current.pointee.next
        }
        self.children = children
    }

    private static func qualifiedName(_ local: UnsafePointer<xmlChar>?, _ namespace: xmlNsPtr?) -> String {
        let name = local.map { String(cString: $0) } ?? ""
        guard let prefix = namespace?.pointee.prefix else { return name }
        return String(cString: prefix) + ":" + name
    }

    /// Child elements.
    var elements: [XMLTree] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Every element below this one named `name`, in document order.
    func descendants(_ name: String) -> [XMLTree] {
        elements.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }

    /// The text a reader sees: text nodes, with `text:s`, `text:tab` and `text:line-break`
    /// expanded; annotations are not part of the text.
    var text: String {
        children.map { child in
            switch child {
            case .text(let text): text
            case .element(let element):
                switch element.name {
                case "text:s": String(repeating: " ", count: Int(element.attributes["text:c"] ?? "1") ?? 1)
                case "text:tab": "\t"
                case "text:line-break": "\n"
                case "office:annotation": ""
                default: element.text
                }
            }
        }.joined()
    }
}

enum ODTTestSupport {
    /// Renders with the shipped house style.
    static func render(_ document: Document) throws -> ODTPackageContents {
        try ODTPackageContents(ODTRenderer(houseStyle: .default).render(document))
    }

    /// An XML part re-indented by libxml2 for line-by-line comparison; mixed content (paragraph
    /// text) is left exactly as written.
    static func prettyPrinted(_ bytes: [UInt8]) throws -> String {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOBLANKS.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32($0.count), "part.xml", "UTF-8", options) }
        }
        let parsed = try #require(document, "the part is not well-formed XML")
        defer { xmlFreeDoc(parsed) }
        var output: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(parsed, &output, &size, "UTF-8", 1)
        defer { concordat_xml_free(output) }
        let text = try #require(output.map { String(cString: $0) })
        return text
    }

    /// Every schema complaint about every XML part, prefixed by the part's name.
    static func schemaProblems(_ package: ODTPackageContents) -> [String] {
        package.xmlParts.flatMap { part in
            ODFSchema.validate(part: part.bytes, manifest: part.name == "META-INF/manifest.xml").map { "\(part.name): \($0)" }
        }
    }
}
