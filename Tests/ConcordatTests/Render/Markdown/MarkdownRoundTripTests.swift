@testable import Concordat
import Testing

/// Many generated inline sequences, dense in Markdown's special characters, must read back through
/// cmark-gfm as exactly their text, with exactly their emphasis and nothing else.
@Suite("Markdown round trip")
struct MarkdownRoundTripTests {
    /// A fixed-seed xorshift generator, so every run checks the same cases.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    private static let alphabet: [Character] = Array("*_[]()<>!#`~|\\&;-+=:1.a $^{}@'\"%/£é")

    private static func randomText(_ generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...12, using: &generator)
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    private static func randomInlines(_ generator: inout SeededGenerator, depth: Int, breaks: Bool = false) -> [Inline] {
        (0..<Int.random(in: 1...5, using: &generator)).map { _ in
            switch Int.random(in: 0..<(depth < 2 ? 10 : 6), using: &generator) {
            case 0, 1: .text(randomText(&generator))
            case 2: .definedTerm(term: "T", display: randomText(&generator))
            case 3: .crossReference(target: "a.b", label: "c" + randomText(&generator) + "c")
            case 4: .blank(path: "p" + randomText(&generator))
            case 5: breaks ? .lineBreak : .value(path: "p", text: randomText(&generator))
            case 6, 7: .emphasis(randomInlines(&generator, depth: depth + 1, breaks: breaks))
            case 8: .strong(randomInlines(&generator, depth: depth + 1, breaks: breaks))
            default: breaks ? .text(randomText(&generator) + "\n" + randomText(&generator)) : .value(path: "p", text: randomText(&generator))
            }
        }
    }

    /// Blanks render in bold, so they count as strong spans.
    private static func blanks(_ inlines: [Inline]) -> Int {
        inlines.reduce(0) { total, inline in
            switch inline {
            case .blank: total + 1
            case .emphasis(let inner), .strong(let inner): total + blanks(inner)
            default: total
            }
        }
    }

    private static func crossReferences(_ inlines: [Inline]) -> Int {
        inlines.reduce(0) { total, inline in
            switch inline {
            case .crossReference: total + 1
            case .emphasis(let inner), .strong(let inner): total + crossReferences(inner)
            default: total
            }
        }
    }

    /// Runs of whitespace as one space, trimmed: line breaks may add or drop spaces around them.
    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Emphasis and strong spans that have something visible inside, counted at every depth.
    private static func spans(_ inlines: [Inline]) -> (emphasis: Int, strong: Int) {
        inlines.reduce(into: (0, 0)) { total, inline in
            switch inline {
            case .emphasis(let inner), .strong(let inner):
                let nested = spans(inner)
                total.0 += nested.emphasis
                total.1 += nested.strong
                guard inner.plainText.contains(where: { !$0.isWhitespace }) else { return }
                if case .emphasis = inline { total.0 += 1 } else { total.1 += 1 }
            default:
                break
            }
        }
    }

    @Test("generated text reads back literally, with its emphasis and no other structure")
    func roundTrip() {
        var generator = SeededGenerator(state: 0x2026_0401)
        for _ in 0..<600 {
            let inlines = Self.randomInlines(&generator, depth: 0)
            let markdown = MarkdownInlineLayout.render(inlines)
            let probe = CommonMarkProbe(markdown)
            var expected = Substring(inlines.plainText)
            while expected.first == " " { expected = expected.dropFirst() }
            while expected.last == " " { expected = expected.dropLast() }
            #expect(probe.visibleText == String(expected), "Markdown \(markdown.debugDescription) from \(inlines)")

            let allowed: Set<String> = ["document", "paragraph", "text", "emph", "strong", "html_inline", "link"]
            #expect(probe.nodes.allSatisfy { allowed.contains($0.type) }, "Markdown \(markdown.debugDescription)")
            // No raw HTML: where `*` cannot work, the words go without emphasis.
            #expect(probe.nodes("html_inline").isEmpty, "Markdown \(markdown.debugDescription)")
            let counts = Self.spans(inlines)
            #expect(probe.nodes("emph").count <= counts.emphasis, "Markdown \(markdown.debugDescription)")
            #expect(probe.nodes("strong").count <= counts.strong + Self.blanks(inlines), "Markdown \(markdown.debugDescription)")
            // GitHub's autolinker may link text that looks like an e-mail address; that is not structure.
            let links = probe.nodes("link").compactMap(\.url).filter { !$0.hasPrefix("mailto:") }
            #expect(links == Array(repeating: "#a.b", count: Self.crossReferences(inlines)))
        }
    }

    @Test("generated text with line breaks stays one paragraph with the same words")
    func roundTripWithBreaks() {
        var generator = SeededGenerator(state: 0x1234_5678)
        for _ in 0..<600 {
            let inlines = Self.randomInlines(&generator, depth: 0, breaks: true)
            let markdown = MarkdownInlineLayout.render(inlines)
            let probe = CommonMarkProbe(markdown)
            #expect(Self.collapsed(probe.visibleText) == Self.collapsed(inlines.plainText),
                    "Markdown \(markdown.debugDescription) from \(inlines)")
            let allowed: Set<String> = [
                "document", "paragraph", "text", "emph", "strong", "html_inline", "link", "linebreak", "softbreak",
            ]
            #expect(probe.nodes.allSatisfy { allowed.contains($0.type) }, "Markdown \(markdown.debugDescription)")
            #expect(probe.nodes("paragraph").count <= 1)
            let counts = Self.spans(inlines)
            #expect(probe.nodes("html_inline").isEmpty, "Markdown \(markdown.debugDescription)")
            #expect(probe.nodes("emph").count <= counts.emphasis, "Markdown \(markdown.debugDescription)")
            #expect(probe.nodes("strong").count <= counts.strong + Self.blanks(inlines), "Markdown \(markdown.debugDescription)")
        }
    }
}
