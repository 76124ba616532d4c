import Testing
@testable import Concordat

/// Text from requests is data, never markup: whatever it holds, it reaches the reader as typed
/// or stops the render with a clear error.
@Suite struct ODTEscapingTests {
    static let hostile = "<script>&</text:p>]]>"

    private func documentWithPartyNamed(_ name: String) -> Document {
        var document = SampleDocument.make(annotated: true)
        document.front.append(.paragraph([.strong([.text(name)]), .text(", a community group")]))
        document.back.append(.signatures([Signatory(party: name, name: name, title: nil)]))
        document.metadata.subject = name
        document.metadata.keywords.append(name)
        return document
    }

    @Test func markupInTextAppearsLiterallyAndStillValidates() throws {
        let package = try ODTTestSupport.render(documentWithPartyNamed(Self.hostile))
        let problems = ODTTestSupport.schemaProblems(package)
        #expect(problems.isEmpty, "\(problems.prefix(10).joined(separator: "\n"))")
        let content = try package.tree("content.xml")
        #expect(content.descendants("text:p").contains { $0.text == Self.hostile + ", a community group" })
        #expect(content.descendants("text:p").contains { $0.text == "Signed for and on behalf of " + Self.hostile })
        #expect(try package.tree("meta.xml").descendants("dc:subject").map(\.text) == [Self.hostile])
        let raw = String(decoding: try #require(package["content.xml"]), as: UTF8.self)
        #expect(raw.contains("&lt;script&gt;&amp;&lt;/text:p&gt;]]&gt;"))
        #expect(!raw.contains("<script>"))
    }

    @Test func controlCharacterIsRefusedWithAMessageNamingWhere() throws {
        var document = SampleDocument.make()
        guard case .section(var meetings) = document.body[2], case .clause(var quorum) = meetings.blocks[0] else {
            Issue.record("the sample document changed shape")
            return
        }
        quorum.title = "Quorum\u{1}"
        meetings.blocks[0] = .clause(quorum)
        document.body[2] = .section(meetings)
        let error = try #require(throws: ConcordatError.self) {
            try ODTRenderer(houseStyle: .default).render(document)
        }
        #expect(error.kind == .invalidData)
        let message = error.description
        #expect(message.contains("clause meetings.quorum"), "\(message)")
        #expect(message.contains("U+0001"), "\(message)")
        #expect(message.contains("content.xml"), "\(message)")
    }

    @Test(arguments: ["\u{0}", "\u{8}", "\u{B}", "\u{1F}", "\u{FFFE}", "\u{FFFF}"])
    func everyCharacterOutsideXMLIsRefused(_ character: String) throws {
        var document = SampleDocument.make()
        document.metadata.title = "Terms" + character
        #expect(throws: ConcordatError.self) { try ODTRenderer(houseStyle: .default).render(document) }
    }

    @Test func charactersXMLAllowsArePassedThrough() throws {
        var document = SampleDocument.make()
        document.metadata.title = "Cytundeb \u{1F333} \u{D7FF}\u{E000} ŵ ŷ"
        let package = try ODTTestSupport.render(document)
        #expect(ODTTestSupport.schemaProblems(package).isEmpty)
        #expect(try package.tree("meta.xml").descendants("dc:title").map(\.text) == [document.metadata.title])
    }

    @Test func malformedLanguageTagIsRefused() throws {
        var document = SampleDocument.make()
        document.metadata.language = "English (UK)"
        let error = try #require(throws: ConcordatError.self) { try ODTRenderer(houseStyle: .default).render(document) }
        #expect(error.kind == .invalidData)
        document.metadata.language = "cy-GB"
        let styles = try ODTTestSupport.render(document).tree("styles.xml")
        let defaults = try #require(styles.descendants("style:default-style").first?.descendants("style:text-properties").first)
        #expect(defaults.attributes["fo:language"] == "cy" && defaults.attributes["fo:country"] == "GB")
    }
}
