import Foundation
import Testing
@testable import Concordat

@Suite struct VerificationTests {
    static func composed(_ format: OutputFormat) throws -> (Composer, [UInt8]) {
        let (composer, _) = try Composer.load()
        let request = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .strategicAlliance)
        let composition = try composer.compose(request)
        return (composer, try format.render(composition.document, templates: composer.templates))
    }

    @Test(arguments: [OutputFormat.html, .odt, .docx])
    func anUntouchedDocumentVerifies(_ format: OutputFormat) throws {
        let (composer, bytes) = try Self.composed(format)
        let verification = try Verification(document: bytes, source: "d", composer: composer)
        #expect(verification.isUntouched, "\(verification.changes)")
        #expect(!verification.catalogueDiffers)
    }

    @Test func oneWordChangedInHTMLNamesTheClause() throws {
        let (composer, bytes) = try Self.composed(.html)
        var html = String(decoding: bytes, as: UTF8.self)
        let clause = try #require(html.range(of: "<section class=\"clause\" id=\"principles.working-together\">"))
        let word = try #require(html.range(of: " the ", range: clause.upperBound..<html.endIndex))
        html.replaceSubrange(word, with: " every ")
        let verification = try Verification(document: Array(html.utf8), source: "d.html", composer: composer)
        #expect(verification.changes.map(\.clauseID) == ["principles.working-together"])
        let change = try #require(verification.changes.first)
        #expect(change.kind == .edited)
        #expect(change.runs.contains(.deleted("the")) && change.runs.contains(.inserted("every")))
        #expect(change.place.hasPrefix("clause "))
    }

    @Test func aDeletedClauseIsReportedAsDeleted() throws {
        let (composer, bytes) = try Self.composed(.html)
        var html = String(decoding: bytes, as: UTF8.self)
        let start = try #require(html.range(of: "<section class=\"clause\" id=\"principles.working-together\">"))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        html.removeSubrange(start.lowerBound..<end.upperBound)
        let verification = try Verification(document: Array(html.utf8), source: "d.html", composer: composer)
        #expect(verification.changes.map(\.kind) == [.deleted])
        #expect(verification.changes.first?.clauseID == "principles.working-together")
    }

    @Test func aDocumentWithoutARecordCannotBeVerified() throws {
        let (composer, _) = try Composer.load()
        var document = try composer.compose(ExampleRequest.request(document: .exitStrategy, framework: .notForProfit)).document
        document.embed = nil
        let bytes = try OutputFormat.odt.render(document, templates: composer.templates)
        #expect(throws: ConcordatError.self) { try Verification(document: bytes, source: "d.odt", composer: composer) }
        #expect(throws: ConcordatError.self) { try Verification(document: Array("document: x".utf8), source: "r.yaml", composer: composer) }
    }

    @Test func hostileMarkupIsRefused() throws {
        let entities = """
            <?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>
            """
        #expect(throws: ConcordatError.self) { try MarkupTree.xml(Array(entities.utf8), part: "content.xml", source: "d.odt") }
        #expect(throws: ConcordatError.self) { try DocumentReader.read(Array("PK\u{3}\u{4}garbage".utf8), source: "d.odt") }
    }
}
