import Testing
@testable import Concordat

@Suite struct RequestFactsTests {
    /// Party conditions name their field by its last part; the catalogue accepts any spelling of
    /// the path, so odd ones must read the same field as splitting the path at dots always did.
    @Test(arguments: [
        "parties.any.kind", "parties.none.role", "parties.any.foi-regime", "parties.any.a.b.registration",
        "parties.any.kind.", "parties.none..", "parties.any.", "parties.any..crown", "parties.any.kínd",
    ])
    func aPartyConditionReadsTheLastPartOfItsPath(_ path: String) {
        #expect(RequestFacts.partyField(path).map(String.init) == path.split(separator: ".").last.map(String.init))
    }

    @Test(arguments: ["parties.count", "parties.anything", "framework", "parties.all.kind", ""])
    func otherPathsAreNotPartyConditions(_ path: String) {
        #expect(RequestFacts.partyField(path) == nil)
    }
}
