import Foundation

/// A small HTML5 tokenizer and tree builder, enough to inspect what the HTML renderer writes:
/// elements, attributes (with character references decoded) and text. Validity itself is the W3C
/// checker's job (`Scripts/validate-html`); this lets tests ask what a browser would build.
final class HTMLProbe {
    /// An element with its decoded attributes and children.
    final class Element {
        let name: String
        let attributes: [(name: String, value: String)]
        var children: [Node] = []
        weak var parent: Element?

        init(name: String, attributes: [(name: String, value: String)]) {
            self.name = name
            self.attributes = attributes
        }

        /// The value of attribute `name`, if present.
        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }

        /// Whether the class attribute lists `name`.
        func hasClass(_ name: String) -> Bool {
            (attribute("class") ?? "").split(separator: " ").contains { $0 == name }
        }

        /// All descendant text, decoded.
        var text: String {
            children.map { child in
                switch child {
                case .text(let text): text
                case .element(let element): element.text
                }
            }.joined()
        }

        /// The element and its descendants, in document order.
        var all: [Element] {
            [self] + children.flatMap { child -> [Element] in
                if case .element(let element) = child { return element.all }
                return []
            }
        }

        /// Names of the enclosing elements, innermost first.
        var ancestorNames: [String] {
            var names: [String] = []
            var current = parent
            while let element = current {
                names.append(element.name)
                current = element.parent
            }
            return names
        }
    }

    /// A child of an element.
    enum Node {
        case text(String)
        case element(Element)
    }

    /// The document's root (a synthetic element holding `<html>`).
    let root = Element(name: "#document", attributes: [])
    /// The doctype, if any.
    private(set) var doctype: String?
    /// Every element, in document order.
    var elements: [Element] { Array(root.all.dropFirst()) }

    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    private static let rawTextElements: Set<String> = ["style", "script", "title", "textarea"]

    init(_ html: String) {
        var scanner = Substring(html)
        var stack: [Element] = [root]
        func appendText(_ text: String) {
            guard !text.isEmpty else { return }
            stack.last!.children.append(.text(text))
        }
        while !scanner.isEmpty {
            if scanner.hasPrefix("<!--") {
                let end = scanner.range(of: "-->")?.upperBound ?? scanner.endIndex
                scanner = scanner[end...]
            } else if scanner.hasPrefix("<!") {
                let end = scanner.firstIndex(of: ">") ?? scanner.endIndex
                doctype = String(scanner[scanner.index(scanner.startIndex, offsetBy: 2)..<end])
                scanner = end < scanner.endIndex ? scanner[scanner.index(after: end)...] : ""
            } else if scanner.hasPrefix("</"), let name = Self.tagName(scanner.dropFirst(2)) {
                let end = scanner.firstIndex(of: ">").map { scanner.index(after: $0) } ?? scanner.endIndex
                scanner = scanner[end...]
                if let index = stack.lastIndex(where: { $0.name == name }), index > 0 {
                    stack.removeSubrange(index...)
                }
            } else if scanner.hasPrefix("<"), let name = Self.tagName(scanner.dropFirst()) {
                scanner = scanner.dropFirst(1 + name.count)
                let attributes = Self.attributes(&scanner)
                let element = Element(name: name, attributes: attributes)
                element.parent = stack.last
                stack.last!.children.append(.element(element))
                if Self.rawTextElements.contains(name) {
                    let end = scanner.range(of: "</\(name)", options: .caseInsensitive)?.lowerBound ?? scanner.endIndex
                    let raw = String(scanner[..<end])
                    element.children.append(.text(name == "title" || name == "textarea" ? Self.decode(raw) : raw))
                    scanner = scanner[end...]
                    let close = scanner.firstIndex(of: ">").map { scanner.index(after: $0) } ?? scanner.endIndex
                    scanner = scanner[close...]
                } else if !Self.voidElements.contains(name) {
                    stack.append(element)
                }
            } else {
                let end = scanner.dropFirst().firstIndex(of: "<") ?? scanner.endIndex
                appendText(Self.decode(String(scanner[..<end])))
                scanner = scanner[end...]
            }
        }
    }

    /// Elements named `name`.
    func elements(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Elements with class `name`.
    func elements(withClass name: String) -> [Element] { elements.filter { $0.hasClass(name) } }

    private static func tagName(_ text: Substring) -> String? {
        guard let first = text.first, first.isASCII, first.isLetter else { return nil }
        return text.prefix { $0.isLetter || $0.isNumber || $0 == "-" }.lowercased()
    }

    /// Reads attributes up to and including the tag's `>`.
    private static func attributes(_ scanner: inout Substring) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        while let first = scanner.first {
            if first == ">" {
                scanner = scanner.dropFirst()
                break
            }
            if first.isWhitespace || first == "/" {
                scanner = scanner.dropFirst()
                continue
            }
            let name = scanner.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
            scanner = scanner.dropFirst(name.count)
            var value = ""
            if scanner.first == "=" {
                scanner = scanner.dropFirst()
                if let quote = scanner.first, quote == "\"" || quote == "'" {
                    scanner = scanner.dropFirst()
                    let raw = scanner.prefix { $0 != quote }
                    value = decode(String(raw))
                    scanner = scanner.dropFirst(raw.count + 1)
                } else {
                    let raw = scanner.prefix { !$0.isWhitespace && $0 != ">" }
                    value = decode(String(raw))
                    scanner = scanner.dropFirst(raw.count)
                }
            }
            result.append((name.lowercased(), value))
        }
        return result
    }

    /// Decodes the character references the renderer may write, plus numeric ones.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            let named = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
            if let replacement = named[String(name)] {
                result += replacement
            } else if name.hasPrefix("#x") || name.hasPrefix("#X"), let code = UInt32(name.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else if name.hasPrefix("#"), let code = UInt32(name.dropFirst()), let scalar = Unicode.Scalar(code) {
                result.unicodeScalars.append(scalar)
            } else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
