import CLibXML2

/// Parses XML that came from outside into a libxml2 tree, safely: no network, no external
/// entities or DTDs loaded, no entity expansion, no huge-tree mode, and any document type
/// declaration refused outright (a package part has no reason to carry one, and internal
/// entities are how "billion laughs" bombs work).
final class UntrustedXML {
    let document: xmlDocPtr

    /// Parses `bytes`; throws `invalidData` naming `file` and `part`.
    init(_ bytes: [UInt8], file: String, part: String) throws(ConcordatError) {
        // Refused before libxml2 sees the bytes, so that a declared entity costs nothing.
        if Self.containsDeclaration(bytes) {
            throw ConcordatError(
                .invalidData, "\(part) carries a document type declaration, which is refused", at: SourceLocation(file: file))
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32(clamping: $0.count), part, nil, options) }
        }
        guard let parsed else {
            throw ConcordatError(.invalidData, "\(part) is not well-formed XML", at: SourceLocation(file: file))
        }
        if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            xmlFreeDoc(parsed)
            throw ConcordatError(
                .invalidData, "\(part) carries a document type declaration, which is refused", at: SourceLocation(file: file))
        }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    /// Whether `<!DOCTYPE` or `<!ENTITY` occurs anywhere, in any case.
    static func containsDeclaration(_ bytes: [UInt8]) -> Bool {
        let words = [Array("<!doctype".utf8), Array("<!entity".utf8)]
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!") {
                for word in words where index + word.count <= bytes.count {
                    let found = (0..<word.count).allSatisfy { offset in
                        let byte = bytes[index + offset]
                        return ((0x41...0x5A).contains(byte) ? byte + 0x20 : byte) == word[offset]
                    }
                    if found { return true }
                }
            }
            index += 1
        }
        return false
    }

    /// The root element.
    var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    /// The tree written back out as UTF-8 bytes.
    func serialized() -> [UInt8] {
        var output: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(document, &output, &size, "UTF-8")
        defer { concordat_xml_free(output) }
        guard let output else { return [] }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }
}

/// Small helpers over libxml2 nodes, by namespace URI and local name.
enum XMLNodes {
    /// The element children of `node`.
    static func children(_ node: xmlNodePtr?) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = node?.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(current) }
            child = current.pointee.next
        }
        return result
    }

    /// Whether `node` is the element `local` in namespace `namespace`.
    static func isElement(_ node: xmlNodePtr, _ namespace: String, _ local: String) -> Bool {
        guard node.pointee.type == XML_ELEMENT_NODE, let name = node.pointee.name, String(cString: name) == local,
              let href = node.pointee.ns?.pointee.href else { return false }
        return String(cString: href) == namespace
    }

    /// Every element `local` in `namespace` below `node`, in document order.
    static func descendants(_ node: xmlNodePtr?, _ namespace: String, _ local: String) -> [xmlNodePtr] {
        children(node).flatMap { child in (isElement(child, namespace, local) ? [child] : []) + descendants(child, namespace, local) }
    }

    /// The value of attribute `local` in `namespace` (nil namespace: no namespace).
    static func attribute(_ node: xmlNodePtr, _ namespace: String?, _ local: String) -> String? {
        let value = namespace.map { xmlGetNsProp(node, local, $0) } ?? xmlGetNoNsProp(node, local)
        guard let value else { return nil }
        defer { concordat_xml_free(value) }
        return String(cString: value)
    }
}
