import Foundation
import Testing
@testable import Concordat

/// The words documents use for values — numbers, notice periods, party kinds, laws — come from
/// `Templates/wording.yaml`, so an organisation changes them with `--templates DIR`.
@Suite struct TemplateWordingTests {
    private static func builtIn() throws -> String {
        try #require(SourceFile.embedded(under: "Templates").first { $0.relativePath.hasSuffix("wording.yaml") }).text
    }

    @Test func anOrganisationChangesTheWordingWithoutRecompiling() throws {
        let folder = TemporaryFolder()
        let text = try Self.builtIn()
            .replacingOccurrences(of: "withdrawal-notice-medium: three months", with: "withdrawal-notice-medium: two months")
            .replacingOccurrences(of: "  nhs-body: NHS body", with: "  nhs-body: NHS trust")
            .replacingOccurrences(of: "twice-a-year: twice a year", with: "twice-a-year: every six months")
        _ = folder.write("templates/wording.yaml", text)
        let (composer, _) = try Composer.load(CatalogueOptions(templateFolders: [folder.file("templates")]))
        var request = Checklist.request(.memorandumOfUnderstanding, .notForProfit, risk: .medium)
        request.parties.append(Party(name: "Riverside Integrated Care Board", kind: .nhsBody))
        let pack = try composer.composePack(request)
        let texts = pack.compositions.map { ComposedDocument($0, catalogue: composer.catalogue) }
        #expect(texts[0].says("written notice of at least two months"))
        #expect(texts[2].says("at least two months"))
        #expect(pack.disagreements.isEmpty, "the changed period is shared by every document")
        #expect(texts[0].text.contains("Riverside Integrated Care Board, NHS trust"))
    }

    @Test func aWordingFileMissingAValueIsAnErrorNamingIt() throws {
        let folder = TemporaryFolder()
        _ = folder.write("templates/wording.yaml", try Self.builtIn().replacingOccurrences(of: "  majority: majority vote\n", with: ""))
        do {
            _ = try Composer.load(CatalogueOptions(templateFolders: [folder.file("templates")]))
            Issue.record("expected the wording file to be refused")
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.diagnostics.contains { $0.key == "decisions" && $0.message.contains("missing 'majority'") }, "\(error.diagnostics)")
        }
    }

    // Review 2.6.15: legal form "organisation" for kind other.
    @Test func aPartyOfKindOtherIsNotCalledAnOrganisation() throws {
        var request = Checklist.request(.memorandumOfUnderstanding, .strategicAlliance, risk: .low)
        request.parties.append(Party(name: "Riverside Police", kind: .other, publicAuthority: true))
        let document = try Checklist.compose(request)
        #expect(document.text.contains("Riverside Police\n") || document.text.contains("Riverside Police (") || !document.says("Riverside Police, organisation"))
        #expect(!document.says("Riverside Police, organisation"))
    }
}
