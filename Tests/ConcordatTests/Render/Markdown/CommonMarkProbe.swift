import CCmark
import Foundation

/// Parses Markdown with cmark-gfm and the extensions GitHub enables (tables, strikethrough, task
/// lists, autolinks, tag filter), so tests can assert what a reader of the rendered page sees.
struct CommonMarkProbe {
    /// One node of the parsed tree, in document order.
    struct Node {
        /// cmark's type name: "heading", "paragraph", "table", "link", "html_inline", "text" …
        var type: String
        /// Literal content of text, code and raw HTML nodes.
        var literal: String?
        /// Heading level, for headings.
        var headingLevel: Int
        /// Link destination, for links.
        var url: String?
        /// Whether a list is ordered (numbered by the Markdown reader rather than by the text).
        var isOrderedList: Bool
        /// The type names of the enclosing nodes, outermost first.
        var ancestors: [String]
    }

    /// The nodes in document order.
    let nodes: [Node]
    /// The HTML cmark renders, with raw HTML kept (unsafe mode), so anything injected would show.
    let html: String

    init(_ markdown: String) {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_UNSAFE
        let parser = cmark_parser_new(options)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "tasklist", "autolink", "tagfilter"] {
            if let extensionSyntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionSyntax)
            }
        }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        let root = cmark_parser_finish(parser)!
        defer { cmark_node_free(root) }

        var nodes: [Node] = []
        var stack: [String] = []
        let iterator = cmark_iter_new(root)!
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            let node = cmark_iter_get_node(iterator)!
            let type = String(cString: cmark_node_get_type_string(node))
            if event == CMARK_EVENT_EXIT {
                stack.removeLast()
                continue
            }
            nodes.append(Node(
                type: type,
                literal: cmark_node_get_literal(node).map { String(cString: $0) },
                headingLevel: Int(cmark_node_get_heading_level(node)),
                url: cmark_node_get_url(node).map { String(cString: $0) },
                isOrderedList: type == "list" && cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                ancestors: stack))
            // Leaf nodes get no exit event.
            if !Self.leafTypes.contains(type) { stack.append(type) }
        }
        self.nodes = nodes
        let rendered = cmark_render_html(root, options, cmark_parser_get_syntax_extensions(parser))!
        html = String(cString: rendered)
        free(rendered)
    }

    /// Node types cmark's iterator enters without a matching exit.
    private static let leafTypes: Set<String> = [
        "html_block", "thematic_break", "code_block", "text", "softbreak", "linebreak", "code",
        "html_inline",
    ]

    /// Nodes of one type.
    func nodes(_ type: String) -> [Node] { nodes.filter { $0.type == type } }

    /// All reader-visible text (text nodes, with soft breaks as spaces), concatenated.
    var visibleText: String {
        nodes.compactMap { node in
            switch node.type {
            case "text", "code": node.literal
            case "softbreak", "linebreak": " "
            default: nil
            }
        }.joined()
    }

    /// The headings as (level, visible text).
    var headings: [(level: Int, text: String)] {
        var result: [(Int, String)] = []
        var current: (Int, String)?
        for node in nodes {
            if node.type == "heading" {
                if let current { result.append(current) }
                current = (node.headingLevel, "")
            } else if node.ancestors.contains("heading"), node.type == "text", let literal = node.literal {
                current?.1 += literal
            } else if !node.ancestors.contains("heading"), let done = current {
                result.append(done)
                current = nil
            }
        }
        if let current { result.append(current) }
        return result
    }
}
