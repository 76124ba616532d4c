@testable import Concordat
import Testing

/// What a reader of the rendered Markdown sees, checked by parsing the output with cmark-gfm.
@Suite("Markdown structure")
struct MarkdownStructureTests {
    let renderer = MarkdownRenderer()

    @Test("rendering is deterministic")
    func deterministic() {
        let document = SampleDocument.make(annotated: true)
        #expect(renderer.render(document) == renderer.render(document))
    }

    @Test("headings carry the literal section, clause and annex numbers")
    func headings() {
        let probe = CommonMarkProbe(renderer.render(SampleDocument.make()))
        let headings = probe.headings.map { "\($0.level) \($0.text)" }
        #expect(headings == [
            "1 Terms of Reference",
            "2 Parties",
            "2 1 Definitions and interpretation",
            "2 2 Purpose and functions",
            "3 2.1 Functions",
            "2 3 Meetings",
            "3 3.1 Quorum",
            "3 3.2 Notice of meetings",
            "2 Agreement by members",
            "2 Annex A Contributions",
        ])
    }

    @Test("every clause, section, annex and anchored heading has an anchor, and links resolve to them")
    func anchorsAndLinks() {
        let probe = CommonMarkProbe(renderer.render(SampleDocument.make()))
        let anchors = probe.nodes("html_inline").compactMap { node -> String? in
            guard let literal = node.literal, literal.hasPrefix("<a id=\"") else { return nil }
            return String(literal.dropFirst("<a id=\"".count).prefix(while: { $0 != "\"" }))
        }
        #expect(anchors == [
            "parties", "slot-definitions", "slot-purpose", "purpose.functions", "slot-meetings",
            "meetings.quorum", "meetings.notice", "signatures", "annex-contributions",
        ])
        let links = probe.nodes("link")
        #expect(links.map(\.url) == ["#meetings.notice"])
        for link in links {
            #expect(anchors.contains(String(link.url?.dropFirst() ?? "")))
        }
        #expect(probe.html.contains("<a href=\"#meetings.notice\">clause 3.2</a>"))
    }

    @Test("sub-clauses keep their own numbers and nest visibly; no list is renumbered by the reader")
    func subClauses() {
        let probe = CommonMarkProbe(renderer.render(SampleDocument.make()))
        #expect(probe.nodes("list").allSatisfy { !$0.isOrderedList })
        // The first text of each sub-clause item is its number, in bold; plain bullets have none.
        var numbers: [String] = []
        var awaitingNumber = false
        for node in probe.nodes {
            if node.type == "item" { awaitingNumber = true }
            if node.type == "text", awaitingNumber {
                if node.ancestors.last == "strong" { numbers.append(node.literal ?? "") }
                awaitingNumber = false
            }
        }
        #expect(numbers == ["1", "2", "3.1.1", "3.1.2", "(a)", "(b)"])
        #expect(probe.html.contains("<li>\n<p><strong>(a)</strong> in person; or</p>\n</li>"))
        #expect(probe.html.contains("<li>\n<p>agenda</p>\n</li>"))
        let nested = probe.nodes("text").first { $0.literal == "(a)" }
        #expect(nested?.ancestors.filter { $0 == "list" }.count == 2)
    }

    @Test("table, notice, blank, annotation and signature lines render as such")
    func blocks() {
        let probe = CommonMarkProbe(renderer.render(SampleDocument.make(annotated: true)))
        #expect(probe.nodes("table").count == 1)
        #expect(probe.nodes("table_row").count == 3)
        #expect(probe.nodes("table_cell").count == 12)
        #expect(probe.html.contains("<td>Volunteers | tools</td>"))
        #expect(probe.html.contains("<td align=\"right\">£25,000</td>"))
        #expect(probe.html.contains("<blockquote>\n<p><strong>A binding agreement is advisable</strong></p>"))
        #expect(probe.html.contains("<strong>[blank: governance.notice-days]</strong>"))
        #expect(probe.html.contains("<blockquote>\n<p><em>Why this clause: Included: required by meetings.quorum.</em></p>\n</blockquote>"))
        #expect(probe.html.contains("<p>Name: ______________________</p>"))
        #expect(probe.html.contains("<p><strong>Signed for and on behalf of Riverside Trees CIC</strong></p>"))
        #expect(probe.html.contains("The Board plants 5,000 trees. <br />\nIt reports yearly."))
        #expect(probe.nodes("thematic_break").count == 2)
    }

    @Test("without a date the title block leaves a line to fill in at signing")
    func undatedDocument() {
        var document = SampleDocument.make()
        document.metadata.date = nil
        document.metadata.draftLabel = nil
        let markdown = renderer.render(document)
        #expect(markdown.hasPrefix("# Terms of Reference\n\n**Riverside Urban Forest Partnership**\n\nDate: ______________________\n\n"))
        let probe = CommonMarkProbe(markdown)
        #expect(probe.html.contains("<p>Date: ______________________</p>"))
    }

    @Test("emphasis where `*` cannot mark it reads as the same words, with no raw HTML",
          arguments: [
              [Inline.text("abc"), .strong([.text("(x)")]), .text("def")],
              [.text("£"), .emphasis([.text("5")]), .text("!")],
              [.text("a"), .strong([.text(" spaced ")]), .text("x")],
              [.strong([.text("a"), .emphasis([.text("b")])])],
              [.strong([.text("one")]), .strong([.text("two")])],
              [.emphasis([.text("*")]), .text("x")],
              [.text("x"), .blank(path: "a.b"), .text("y")],
          ])
    func emphasisNeverBecomesHTML(_ inlines: [Inline]) {
        let markdown = MarkdownInlineLayout.render(inlines)
        let probe = CommonMarkProbe(markdown)
        #expect(probe.nodes("html_inline").isEmpty, "Markdown was \(markdown.debugDescription)")
        #expect(probe.visibleText == inlines.plainText, "Markdown was \(markdown.debugDescription)")
    }

    @Test("emphasis between spaces renders as emphasis",
          arguments: [
              [Inline.text("abc "), .strong([.text("(x)")]), .text(" def")],
              [.text("a "), .emphasis([.text("b")]), .text(" c")],
              [.text("at "), .blank(path: "a.b"), .text(" today")],
          ])
    func emphasisRendersWhereItCan(_ inlines: [Inline]) {
        let markdown = MarkdownInlineLayout.render(inlines)
        let probe = CommonMarkProbe(markdown)
        #expect(probe.html == "<p>\(Self.expectedHTML(inlines))</p>\n", "Markdown was \(markdown.debugDescription)")
    }

    /// The HTML cmark should produce for inlines, written independently of the renderer.
    private static func expectedHTML(_ inlines: [Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text): text.replacingAll("&", "&amp;").replacingAll("<", "&lt;")
            case .emphasis(let inner): wrapped("em", expectedHTML(inner))
            case .strong(let inner): wrapped("strong", expectedHTML(inner))
            case .blank(let path): "<strong>[blank: \(path)]</strong>"
            default: inline.plainText
            }
        }.joined()
    }

    private static func wrapped(_ tag: String, _ html: String) -> String {
        let leading = html.prefix(while: { $0 == " " })
        let trailing = String(html.reversed().prefix(while: { $0 == " " }))
        let core = html.dropFirst(leading.count).dropLast(trailing.count)
        return "\(leading)<\(tag)>\(core)</\(tag)>\(trailing)"
    }
}

private extension String {
    func replacingAll(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
