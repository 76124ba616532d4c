@testable import Concordat
import Testing

/// Model text must appear literally in the Markdown and never change its structure.
@Suite("Markdown escaping")
struct MarkdownEscapingTests {
    let renderer = MarkdownRenderer()

    @Test("hostile text appears literally everywhere and changes no structure",
          arguments: [HostileDocument.partyName, HostileDocument.lineStarts])
    func hostileText(_ text: String) {
        let markdown = renderer.render(HostileDocument.make(text))
        let probe = CommonMarkProbe(markdown)
        let visible = HostileDocument.visible(text)

        #expect(HostileDocument.occurrences(of: visible, in: probe.visibleText) == HostileDocument.placements,
                "visible text: \(probe.visibleText.debugDescription)")
        #expect(probe.headings.map(\.level) == [1, 2, 2, 3, 3, 2, 2])
        #expect(probe.headings.map(\.text) == [
            visible, visible, "1 " + visible, "1.1 " + visible, "1.2 Second", visible, "Annex A " + visible,
        ])
        #expect(probe.nodes("table").count == 1)
        #expect(probe.nodes("table_cell").count == 4)
        #expect(probe.nodes("block_quote").count == 2)
        #expect(probe.nodes("thematic_break").count == 2)
        #expect(probe.nodes("list").count == 3)
        #expect(probe.nodes("item").count == 4)
        #expect(probe.nodes("paragraph").filter { !$0.ancestors.contains("block_quote") && !$0.ancestors.contains("item") }.count == 16)
        // The numbered list and the bullet list that follows it stay two lists.
        #expect(probe.nodes("html_block").map(\.literal) == ["<!-- end of list -->\n"])
        for type in ["code_block", "code", "image", "strikethrough", "tasklist"] {
            #expect(probe.nodes(type).isEmpty, "unexpected \(type)")
        }
        // GitHub links bare URLs in text; only the cross-references may link inside the document.
        let links = probe.nodes("link").compactMap(\.url)
        #expect(links.filter { $0.hasPrefix("#") } == ["#hostile.second", "#hostile.first"])
        #expect(links.allSatisfy { $0.hasPrefix("#") || $0.hasPrefix("https://example.org") }, "links: \(links)")
        let allowedHTML: Set<String> = ["</a>", "<em>", "</em>", "<strong>", "</strong>"]
        for node in probe.nodes("html_inline") {
            let literal = node.literal ?? ""
            #expect(allowedHTML.contains(literal) || literal.hasPrefix("<a id=\""), "raw HTML \(literal)")
        }
        #expect(!probe.html.contains("<script"))
        #expect(!probe.html.contains("href=\"javascript"))
    }

    @Test("multi-line text stays inside its paragraph")
    func multiLineParagraph() {
        let text = HostileDocument.lineStarts
        let probe = CommonMarkProbe(MarkdownInlineLayout.render([Inline.text(text)]))
        #expect(probe.nodes("paragraph").count == 1)
        #expect(probe.nodes.filter { !["document", "paragraph", "text", "softbreak"].contains($0.type) && !$0.isAutolink }.isEmpty)
        #expect(probe.visibleText == HostileDocument.visible(text))
    }

    @Test("each line-start construct is neutralised at the start of a paragraph",
          arguments: HostileDocument.lineStarts.split(separator: "\n").map(String.init))
    func lineStart(_ line: String) {
        let probe = CommonMarkProbe(MarkdownInlineLayout.render([Inline.text(line)]))
        #expect(probe.nodes.filter { !$0.isAutolink }.map(\.type).filter { $0 != "text" } == ["document", "paragraph"])
        #expect(probe.visibleText == HostileDocument.visible(line))
    }

    @Test("a line break before hostile text neither ends the paragraph nor starts a block")
    func afterLineBreak() {
        let inlines: [Inline] = HostileDocument.lineStarts.split(separator: "\n")
            .flatMap { [Inline.lineBreak, .text(String($0))] }
        let probe = CommonMarkProbe(MarkdownInlineLayout.render(inlines))
        #expect(Set(probe.nodes.filter { !$0.isAutolink }.map(\.type)) == ["document", "paragraph", "text", "linebreak"])
        #expect(probe.nodes("linebreak").count == HostileDocument.lineStarts.split(separator: "\n").count - 1)
    }

    @Test("escaping leaves ordinary prose readable")
    func readableProse() {
        let prose = "Riverside Trees CIC, a community interest company (no. 12345678), pays £25,000 - on time."
        #expect(MarkdownInlineLayout.render([Inline.text(prose)]) == prose)
        #expect(MarkdownInlineLayout.render([Inline.text("Smith & Jones")]) == "Smith & Jones")
    }
}

extension CommonMarkProbe.Node {
    /// A link GitHub makes from a bare URL in the text, which is not a change of structure.
    var isAutolink: Bool { type == "link" && (url ?? "").hasPrefix("https://example.org") }
}


