@testable import Concordat
import Testing

/// What a browser builds from the HTML: anchors, links, contents and the document's parts.
@Suite("HTML structure")
struct HTMLStructureTests {
    let renderer = HTMLRenderer(stylesheet: "body { color: #111; }")

    private func probe(annotated: Bool = false) -> HTMLProbe {
        HTMLProbe(renderer.render(SampleDocument.make(annotated: annotated)))
    }

    @Test("a self-contained HTML5 document: doctype, language, charset, title, inline style, nothing external")
    func selfContained() {
        let html = renderer.render(SampleDocument.make())
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"))
        let probe = HTMLProbe(html)
        #expect(probe.elements("title").map(\.text) == ["Terms of Reference — Riverside Urban Forest Partnership"])
        #expect(probe.elements("style").map(\.text) == ["\nbody { color: #111; }\n"])
        for name in ["script", "link", "img", "iframe", "object", "embed", "base", "form"] {
            #expect(probe.elements(name).isEmpty, "unexpected <\(name)>")
        }
        for element in probe.elements {
            for attribute in element.attributes {
                #expect(!attribute.name.hasPrefix("on"), "event handler \(attribute.name) on <\(element.name)>")
                #expect(attribute.name != "src" && attribute.name != "style")
            }
            if let href = element.attribute("href") { #expect(href.hasPrefix("#"), "external link \(href)") }
        }
    }

    @Test("ids are unique; every clause, section and annex is anchored exactly once")
    func anchors() {
        let probe = probe()
        let ids = probe.elements.compactMap { $0.attribute("id") }
        #expect(Set(ids).count == ids.count, "duplicate ids in \(ids)")
        #expect(probe.elements(withClass: "clause").map { $0.attribute("id") ?? "" }
                == ["purpose.functions", "meetings.quorum", "meetings.notice"])
        #expect(probe.elements(withClass: "section").map { $0.attribute("id") ?? "" }
                == ["slot-definitions", "slot-purpose", "slot-meetings"])
        #expect(probe.elements(withClass: "annex").map { $0.attribute("id") ?? "" } == ["annex-contributions"])
        for id in ["parties", "signatures"] { #expect(ids.filter { $0 == id }.count == 1) }
    }

    @Test("the table of contents lists headings, sections, clauses and annexes, and every link resolves")
    func contents() {
        let probe = probe()
        let ids = Set(probe.elements.compactMap { $0.attribute("id") })
        let nav = probe.elements("nav")
        #expect(nav.count == 1)
        let links = nav.first?.all.filter { $0.name == "a" } ?? []
        #expect(links.map(\.text) == [
            "Parties", "1 Definitions and interpretation", "2 Purpose and functions", "2.1 Functions",
            "3 Meetings", "3.1 Quorum", "3.2 Notice of meetings", "Agreement by members", "Annex A Contributions",
        ])
        for link in links {
            let href = link.attribute("href") ?? ""
            #expect(href.hasPrefix("#") && ids.contains(String(href.dropFirst())), "dangling contents link \(href)")
        }
        let clauseLink = links.first { $0.attribute("href") == "#meetings.quorum" }
        #expect(clauseLink?.ancestorNames.prefix(4) == ["li", "ol", "li", "ol"])
    }

    @Test("cross-references link to the clause they name")
    func crossReferences() {
        let probe = probe()
        let ids = Set(probe.elements.compactMap { $0.attribute("id") })
        let references = probe.elements(withClass: "xref")
        #expect(references.map(\.text) == ["clause 3.2"])
        #expect(references.map { $0.attribute("href") } == ["#meetings.notice"])
        for reference in references {
            #expect(ids.contains(String((reference.attribute("href") ?? "").dropFirst())))
        }
    }

    @Test("sub-clauses show their literal numbers and nest")
    func subClauses() {
        let probe = probe()
        let lists = probe.elements("ol").filter { $0.hasClass("sub-clauses") }
        #expect(lists.map { $0.attribute("class") ?? "" } == ["sub-clauses decimal", "sub-clauses decimal", "sub-clauses alphabetic"])
        let numbers = lists.flatMap { list in
            list.children.compactMap { child -> String? in
                guard case .element(let item) = child else { return nil }
                return item.all.first { $0.hasClass("num") }?.text
            }
        }
        #expect(numbers == ["1", "2", "3.1.1", "3.1.2", "(a)", "(b)"])
        let nested = probe.elements.first { $0.hasClass("num") && $0.text == "(a)" }
        #expect(nested?.ancestorNames.filter { $0 == "ol" }.count == 2)
    }

    @Test("terms, values, blanks, notices, tables, signatures and page breaks are marked up")
    func inlineAndBlocks() {
        let probe = probe()
        #expect(probe.elements(withClass: "term").map { "\($0.text)=\($0.attribute("data-term") ?? "")" } == ["Board=Board", "Partners=Partner"])
        #expect(probe.elements(withClass: "value").map(\.text) == ["3"])
        let blanks = probe.elements("mark").filter { $0.hasClass("blank") }
        #expect(blanks.map(\.text) == ["[blank: governance.notice-days]"])
        let notices = probe.elements("aside").filter { $0.hasClass("notice") }
        #expect(notices.count == 1)
        #expect(notices.first?.all.first { $0.name.hasPrefix("h") }?.text == "A binding agreement is advisable")
        let table = probe.elements("table")
        #expect(table.count == 1)
        #expect(probe.elements("thead").count == 1)
        #expect(probe.elements("th").map(\.text) == ["Party", "Cash", "In kind"])
        #expect(probe.elements("td").filter { $0.hasClass("align-end") }.map(\.text) == ["£25,000", "£0", "£25,000"])
        #expect(probe.elements("td").map(\.text).contains("Volunteers | tools"))
        let signatories = probe.elements(withClass: "signatory")
        #expect(signatories.map { $0.all.first { $0.hasClass("party") }?.text ?? "" }
                == ["Signed for and on behalf of Riverside City Council", "Signed for and on behalf of Riverside Trees CIC"])
        #expect(probe.elements("dd").filter { $0.hasClass("fill-in") }.count == 6)
        #expect(probe.elements("hr").filter { $0.hasClass("page-break") }.count == 1)
        #expect(probe.elements("time").map { $0.attribute("datetime") } == ["2026-04-01"])
    }

    @Test("annotations appear only when the model carries them, as margin notes inside their clause")
    func annotations() {
        #expect(probe().elements(withClass: "annotation").isEmpty)
        #expect(probe().elements("body").first?.attribute("class") == nil)
        let annotated = probe(annotated: true)
        let notes = annotated.elements("aside").filter { $0.hasClass("annotation") }
        #expect(notes.map(\.text) == [
            "What this clause is for: Says how many members must be present for the Board's decisions to count <quorum> & who counts."
                + "Why this clause: Included: document is terms-of-reference; risk level medium is one of medium, high.",
            "Why this clause: Included: required by meetings.quorum.",
        ])
        // What the clause is for is the note's first paragraph.
        #expect(notes.first?.all.filter { $0.name == "p" }.first?.text.hasPrefix("What this clause is for:") == true)
        #expect(notes.allSatisfy { $0.parent?.hasClass("clause") == true })
        #expect(annotated.elements("body").first?.attribute("class") == "annotated")
    }

    @Test("without a date the title block leaves a line to fill in")
    func undated() {
        var document = SampleDocument.make()
        document.metadata.date = nil
        document.metadata.isoDate = nil
        let probe = HTMLProbe(renderer.render(document))
        let date = probe.elements("p").first { $0.hasClass("date") }
        #expect(date?.text == "Date: ")
        #expect(date?.all.contains { $0.hasClass("fill-in") } == true)
        #expect(probe.elements("time").isEmpty)
    }

    @Test("the house stylesheet has print rules: A4 pages, no contents panel, annexes on new pages")
    func printStyles() throws {
        let css = try HouseStyle.load()
        #expect(css.contains("@media print"))
        #expect(css.contains("size: A4"))
        #expect(css.contains("nav.contents { display: none; }"))
        #expect(css.contains("section.annex { break-before: page;"))
        let html = HTMLRenderer(stylesheet: css).render(SampleDocument.make())
        #expect(html.contains(css.trimmingTrailingNewlines))
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
