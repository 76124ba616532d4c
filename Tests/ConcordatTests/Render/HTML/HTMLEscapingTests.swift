@testable import Concordat
import Testing

/// Model text must appear literally in the HTML and never add elements, attributes or scripts.
@Suite("HTML escaping")
struct HTMLEscapingTests {
    let renderer = HTMLRenderer(stylesheet: "p { margin: 0; }")

    /// The element tree's shape: names with their structural attributes, ignoring text.
    private func shape(_ probe: HTMLProbe) -> [String] {
        probe.elements.map { element in
            let kept = element.attributes.filter { ["id", "class", "href", "scope", "lang", "datetime"].contains($0.name) }
            return ([element.name] + kept.map { "\($0.name)=\($0.value)" } + element.attributes.map(\.name)).joined(separator: " ")
        }
    }

    @Test("hostile text appears literally everywhere and changes no structure",
          arguments: [HostileDocument.partyName, HostileDocument.lineStarts])
    func hostileText(_ text: String) {
        let html = renderer.render(HostileDocument.make(text))
        #expect(!html.contains("<script"))
        #expect(!html.contains("</text:p>"))
        let probe = HTMLProbe(html)
        let benign = HTMLProbe(renderer.render(HostileDocument.make("Riverside Trees CIC")))
        #expect(shape(probe) == shape(benign))

        let body = probe.elements("body").first?.text ?? ""
        // The contents repeat five headings: the front and back headings, section, clause and annex.
        #expect(HostileDocument.occurrences(of: text, in: body) == HostileDocument.placements + 5)
        #expect(probe.elements("title").first?.text == "\(text) — \(text)")
        let meta = probe.elements("meta").compactMap { $0.attribute("content") }
        #expect(meta.filter { $0 == text }.count == 2)
        #expect(probe.elements("h1").map(\.text) == [text])
        #expect(probe.elements(withClass: "term").map { $0.text } == [text])
        #expect(probe.elements("td").map(\.text) == [text, text])
    }

    @Test("attribute values cannot break out of their quotes")
    func attributes() {
        let quotey = "x\" onmouseover=\"alert(1)' data-x='"
        let document = Document(
            metadata: .init(title: "T", subject: "S", description: quotey, keywords: [quotey]),
            front: [.paragraph([.definedTerm(term: quotey, display: "t"), .value(path: quotey, text: "v"), .blank(path: quotey)])],
            body: [.section(Section(id: quotey, number: "1", title: "One", blocks: [
                .clause(Clause(id: quotey, number: "1.1", title: "C", blocks: [
                    .paragraph([.crossReference(target: quotey, label: "clause 1.1")]),
                ])),
            ]))],
            back: [.heading(level: 1, text: [.text("H")], anchor: quotey)],
            annexes: [Annex(id: quotey, letter: "A", title: "Annex", blocks: [])])
        let probe = HTMLProbe(renderer.render(document))
        for element in probe.elements {
            #expect(!element.attributes.contains { $0.name.hasPrefix("on") || $0.name == "data-x" })
        }
        #expect(probe.elements(withClass: "clause").first?.attribute("id") == quotey)
        #expect(probe.elements(withClass: "term").first?.attribute("data-term") == quotey)
        #expect(probe.elements(withClass: "blank").first?.attribute("data-path") == quotey)
        let href = probe.elements(withClass: "xref").first?.attribute("href") ?? ""
        #expect(href.allSatisfy { $0.isASCII && !$0.isWhitespace && $0 != "\"" && $0 != "'" })
        #expect(href.removingPercentEncodingForTest == "#" + quotey)
    }

    @Test("a stylesheet cannot close its style element and inject a script")
    func stylesheetBreakout() {
        let renderer = HTMLRenderer(stylesheet: "p { color: red; } </STYLE><script>alert(1)</script><style>")
        let html = renderer.render(SampleDocument.make())
        let probe = HTMLProbe(html)
        #expect(probe.elements("script").isEmpty)
        #expect(probe.elements("style").count == 1)
        #expect(probe.elements("style").first?.text.contains("p { color: red; } <\\/STYLE><script>alert(1)</script><style>") == true)
    }

    @Test("control characters HTML forbids are replaced, not copied")
    func forbiddenCharacters() {
        #expect(HTMLEscaping.escape("a\u{1}b\u{7F}c\u{FFFE}d\te\nf") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\te\nf")
        #expect(HTMLEscaping.escape("<a href='x'>&amp;</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;amp;&lt;/a&gt;")
    }
}

private extension String {
    /// Decodes %XX escapes (UTF-8), for checking fragment links.
    var removingPercentEncodingForTest: String {
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
               let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
