import Foundation
import Testing
@testable import Concordat

/// The review's scenarios, written again as requests in `Fixtures/law-scenarios`: every statutory
/// type in each nation where it exists, pooled funds at every risk level, public money to a
/// charity, a CIC and a company, an EIR body, devolved governments and an unincorporated group.
/// Each composes with no blank and nothing `check` would call a contradiction.
@Suite("Legal review scenarios") struct LegalScenarioTests {
    static let names: [String] = {
        guard let folder = Bundle.module.url(forResource: "Fixtures/law-scenarios", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    @Test func thereAreEnoughScenarios() {
        #expect(Self.names.count >= 25, "\(Self.names)")
        let types = Set(Self.names.compactMap { name in try? LegalReviewTests.scenario(name) }
            .compactMap { $0.partnership.statutoryType.map { "\($0.rawValue)/\($0.nations?.first?.rawValue ?? "")" } })
        for (type, nation) in [("section-75", "england"), ("section-33", "wales"), ("health-and-wellbeing-board", "england"),
                               ("community-safety", "england"), ("public-services-board", "wales"),
                               ("community-planning", "scotland")] {
            #expect(types.contains("\(type)/\(nation)"), "\(type) in \(nation)")
        }
    }

    @Test("Each scenario composes cleanly", arguments: names)
    func composesCleanly(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/law-scenarios/\(name)", withExtension: "yaml"))
        let (request, warnings) = try RequestDecoder().decodeWithDiagnostics(Array(try Data(contentsOf: url)), source: "\(name).yaml")
        #expect(warnings.isEmpty, "\(warnings.printed)")
        if let type = request.partnership.statutoryType {
            #expect(type.nations?.contains(request.jurisdiction) ?? true)
            #expect(type.fits(request.document))
        }
        let document = try Checklist.compose(request)
        #expect(document.blanks.isEmpty, "blanks: \(document.blanks)")
        let findings = document.composition.diagnostics.filter { $0.severity != .note }
        #expect(findings.isEmpty, "\(findings.printed)")
        let catalogue = try Checklist.composer().catalogue
        let included = catalogue.clauses.filter { document.clauseIDs.contains($0.id) }
        if request.document == .memorandumOfUnderstanding {
            for clause in included { #expect(LegalLint.creationFailures(clause).isEmpty, "\(clause.id)") }
        }
        if request.parties.filter(\.isCrown).count >= 2, request.parties.filter({ !$0.publicAuthority }).isEmpty {
            for clause in included {
                #expect(!LegalLint.sentences(of: clause).contains(where: LegalLint.givesIndemnity), "\(clause.id)")
            }
        }
        if request.parties.contains(where: { $0.foiRegime(in: request.jurisdiction) == .eir }) {
            #expect(document.says("public authority for environmental information only"))
        }
    }
}
