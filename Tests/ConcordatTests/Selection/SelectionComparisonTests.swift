import Testing
@testable import Concordat

@Suite struct SelectionComparisonTests {
    @Test func listsAddedAndSwappedClausesByIDAndTitle() throws {
        let (catalogue, _) = try Fixtures.catalogue(SelectorTests.files)
        let template = try TemplateSet.load().template(for: .memorandumOfUnderstanding)
        let selector = Selector(catalogue: catalogue, template: template)
        let medium = selector.select(Fixtures.request(), level: .medium)
        let high = selector.select(Fixtures.request(risk: .high), level: .high)
        let comparison = SelectionComparison(base: medium, alternative: high, baseName: "medium risk", alternativeName: "high risk")
        #expect(comparison.added.isEmpty)
        #expect(comparison.removed.isEmpty)
        #expect(comparison.swapped.map { "\($0.from.id)→\($0.to.id)" } == ["disputes.tiered→disputes.mediation"])
        #expect(comparison.text.contains("~ swap    disputes.tiered → disputes.mediation — Mediation"))
    }
}
