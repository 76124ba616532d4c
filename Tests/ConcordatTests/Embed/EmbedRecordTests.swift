import Foundation
import Testing
@testable import Concordat

@Suite struct EmbedRecordTests {
    /// Every field the example requests set survives being written out and read back.
    @Test(arguments: DocumentKind.allCases)
    func canonicalJSONDecodesToTheSameRequest(_ document: DocumentKind) throws {
        for framework in Framework.allCases {
            for jurisdiction in Jurisdiction.allCases {
                var request = ExampleRequest.request(document: document, framework: framework, jurisdiction: jurisdiction)
                request.draft = "Draft 2 & \"final\" <for review>"
                request.parties[0].contribution = Contribution(cash: Money(pence: 125_050), inKind: "Staff time")
                let decoded = try RequestDecoder().decode(Array(request.canonicalJSON.utf8), source: request.source)
                var expected = request
                expected.locations = decoded.locations
                #expect(decoded == expected, "\(document) \(framework) \(jurisdiction)")
            }
        }
    }

    @Test func aComposedDocumentCarriesItsRequestOptionsAndClauses() throws {
        let (composer, _) = try Composer.load()
        var request = ExampleRequest.request(document: .termsOfReference, framework: .notForProfit)
        request.date = nil
        let options = ComposeOptions(annotate: true, fallbackDate: CalendarDate(year: 2026, month: 5, day: 4))
        let composition = try composer.compose(request, options: options)
        let record = try EmbedRecord.parse(try #require(composition.document.embed), source: "x")
        #expect(record.level == composition.selection.level)
        #expect(record.annotate)
        #expect(record.clauses.map(\.id) == composition.selection.included.map(\.id))
        #expect(record.clauses.allSatisfy { !$0.source.isEmpty && $0.source.contains("id: \($0.id)") })
        #expect(record.clauses.map(\.hash) == composition.selection.included.map(\.textHash))
        // The date used is recorded even though the request gave none.
        #expect(try Composer.request(from: record, source: "x").date == CalendarDate(year: 2026, month: 5, day: 4))
        let bare = try composer.compose(request, options: ComposeOptions(embed: false))
        #expect(bare.document.embed == nil)
    }

    @Test func theRecordCannotCloseTheElementThatHoldsIt() throws {
        let (composer, _) = try Composer.load()
        var request = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .strategicAlliance)
        request.partnership.name = "Trees </script><script>alert(1)</script> & --> Co"
        let composition = try composer.compose(request)
        let html = String(decoding: try OutputFormat.html.render(composition.document, templates: composer.templates), as: UTF8.self)
        #expect(html.components(separatedBy: "</script>").count == 2)
        let read = try DocumentReader.read(Array(html.utf8), source: "x.html")
        let record = try EmbedRecord.parse(try #require(read.embed), source: "x.html")
        #expect(try Composer.request(from: record, source: "x").partnership.name == request.partnership.name)
    }

    @Test func aDocumentIsComposedAgainFromTheClausesItCarries() throws {
        let (composer, _) = try Composer.load()
        let request = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .statutory)
        let composition = try composer.compose(request)
        let record = try EmbedRecord.parse(try #require(composition.document.embed), source: "x")
        // An empty catalogue today: the document still composes again from what it carries.
        let (empty, _) = try Composer.load(CatalogueOptions(noDefaultCatalogue: true))
        let again = try empty.recompose(record, source: "x")
        var original = composition.document, recomposed = again.document
        original.embed = nil
        recomposed.embed = nil
        #expect(recomposed == original)
        #expect(empty.catalogueChanges(since: record).count == record.clauses.count)
    }

    @Test func malformedRecordsAreInvalidData() {
        for text in ["", "[]", "{\"schema\":\"concordat.embed/2\"}", "{\"schema\":\"concordat.embed/1\",\"request\":{}}"] {
            #expect(throws: ConcordatError.self) { try EmbedRecord.parse(text, source: "x") }
        }
    }
}
