import Foundation
import Testing
@testable import Concordat

/// The house style file is the one place an organisation restyles its documents.
@Suite struct ODTHouseStyleTests {
    static let shippedPath = "Templates/" + ODTHouseStyle.templateFile

    private func shippedText() throws -> String {
        try String(contentsOf: ODFSchema.packageRoot.appending(path: Self.shippedPath), encoding: .utf8)
    }

    @Test func defaultEqualsTheShippedFile() throws {
        #expect(try ODTHouseStyle.parse(shippedText(), source: Self.shippedPath) == ODTHouseStyle.default)
    }

    @Test func shippedFileIsEmbedded() throws {
        let embedded = try #require(EmbeddedDefaults.files.first { $0.path == Self.shippedPath })
        #expect(embedded.text == (try shippedText()))
    }

    @Test func everyKeyIsRequired() throws {
        let text = try shippedText().replacingOccurrences(of: "  margin-left: 2.5cm\n", with: "")
        let error = try #require(throws: ConcordatError.self) { try ODTHouseStyle.parse(text, source: "house.yaml") }
        #expect(error.kind == .invalidData)
        #expect(error.diagnostics.map(\.key) == ["page.margin-left"])
        #expect(error.diagnostics.first?.location?.file == "house.yaml")
    }

    @Test func badValuesAreAllReportedAtTheirLines() throws {
        let text = try shippedText()
            .replacingOccurrences(of: "  body: 11pt", with: "  body: eleven")
            .replacingOccurrences(of: "  heading: \"#1F3A5F\"", with: "  heading: navy")
            .replacingOccurrences(of: "  line-height: 115%", with: "  line-height: 1.15")
            .replacingOccurrences(of: "labels:\n", with: "labels:\n  colour: red\n")
        let error = try #require(throws: ConcordatError.self) { try ODTHouseStyle.parse(text, source: "house.yaml") }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ prefix: String) -> Int? { lines.firstIndex { $0.hasPrefix(prefix) }.map { $0 + 1 } }
        let found = Dictionary(uniqueKeysWithValues: error.diagnostics.map { ($0.key ?? "", $0.location?.line) })
        #expect(found == [
            "sizes.body": line("  body: eleven"), "colours.heading": line("  heading: navy"),
            "spacing.line-height": line("  line-height: 1.15"), "labels.colour": line("  colour: red"),
        ])
        #expect(error.description.contains("house.yaml:"))
    }

    @Test func notYAMLOrNotAMappingIsAnError() {
        #expect(throws: ConcordatError.self) { try ODTHouseStyle.parse("page: [", source: "x.yaml") }
        #expect(throws: ConcordatError.self) { try ODTHouseStyle.parse("- a\n- b\n", source: "x.yaml") }
    }

    @Test func aReplacedStyleChangesTheDocument() throws {
        let text = try shippedText()
            .replacingOccurrences(of: "  body: Liberation Serif", with: "  body: DejaVu Serif")
            .replacingOccurrences(of: "  page: Page", with: "  page: Tudalen")
        let house = try ODTHouseStyle.parse(text, source: "house.yaml")
        let package = try ODTPackageContents(ODTRenderer(houseStyle: house).render(SampleDocument.make()))
        let styles = try package.tree("styles.xml")
        #expect(styles.descendants("style:font-face").compactMap { $0.attributes["style:name"] }.contains("DejaVu Serif"))
        #expect(styles.descendants("style:footer").first?.text == "Tudalen 1 of 1")
        #expect(ODTTestSupport.schemaProblems(package).isEmpty)
    }

    @Test func rendererRefusesAStyleChangedInCodeToABadValue() {
        var house = ODTHouseStyle.default
        house.page.marginLeft = "wide"
        #expect(throws: ConcordatError.self) { try ODTRenderer(houseStyle: house).render(SampleDocument.make()) }
    }

    @Test(arguments: [("2.5cm", "2.5cm"), ("10mm", "10mm"), ("0.125in", "0.125in"), ("11pt", "11pt"), ("1.50cm", "1.5cm")])
    func lengthsKeepTheirUnit(_ written: String, _ printed: String) throws {
        #expect(try #require(ODTLength(written)).text == printed)
    }

    @Test(arguments: ["", "cm", "2,5cm", "-1cm", "1e3cm", "2.5", "2.5 cm", "1.2345cm", "1.cm"])
    func malformedLengthsAreRejected(_ written: String) {
        #expect(ODTLength(written) == nil)
    }

    @Test func lengthArithmeticAcrossUnits() throws {
        let width = try #require(ODTLength("21cm")).minus(try #require(ODTLength("25mm"))).minus(try #require(ODTLength("2.5cm")))
        #expect(width.text == "16cm")
    }
}
