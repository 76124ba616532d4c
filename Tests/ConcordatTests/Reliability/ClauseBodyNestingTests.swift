import Testing
@testable import Concordat

/// A clause file from an organisation's own folder can nest lists and emphasis as deep as it
/// likes; the catalogue refuses past a few levels instead of walking the tree until the stack
/// runs out.
@Suite struct ClauseBodyNestingTests {
    @Test(arguments: [
        ("50,000 nested lists on one line", String(repeating: "1. ", count: 50_000) + "x", 13),
        ("five nested lists", String(repeating: "1. ", count: 5) + "x", 13),
        // The body starts on line 13; the fifth level is its fifth line.
        ("indented bullet lists", (0..<20).map { String(repeating: "  ", count: $0) + "- x\n" }.joined(), 17),
    ])
    func deepSubClausesAreRefusedNamingTheLine(_ name: String, body: String, line: Int) {
        let errors = Fixtures.loadErrors(["purpose/deep.md": Fixtures.clause("purpose.deep", body: body)])
        let nesting = errors.filter { $0.message.contains("nested more than 4 levels") }
        #expect(nesting.count == 1, "\(name): \(errors)")
        #expect(nesting.first?.location?.file.hasSuffix("purpose/deep.md") == true)
        #expect(nesting.first?.location?.line == line)
        #expect(nesting.first?.key == "body")
    }

    @Test(arguments: [
        ("50,000 asterisks each side", String(repeating: "*", count: 50_000) + "x" + String(repeating: "*", count: 50_000)),
        ("four alternating levels", "*a __b *c __d__ c* b__ a*"),
    ])
    func deepEmphasisIsRefused(_ name: String, body: String) {
        let errors = Fixtures.loadErrors(["purpose/deep.md": Fixtures.clause("purpose.deep", body: body)])
        #expect(errors.contains { $0.message.contains("emphasis is nested more than 3 levels") }, "\(name): \(errors)")
    }

    @Test func nestingWithinTheBoundsLoads() throws {
        let body = """
            The partners agree:

            1. to meet, and
               1. to keep minutes, which
                  1. record decisions ***clearly***, and
                     1. are *kept **for six** years*.
            """
        let (catalogue, _) = try Fixtures.catalogue(["purpose/deep.md": Fixtures.clause("purpose.deep", body: body)])
        guard case .orderedList(let level1)? = catalogue.byID["purpose.deep"]?.body.last,
              case .orderedList(let level2)? = level1.first?.last,
              case .orderedList(let level3)? = level2.first?.last,
              case .orderedList(let level4)? = level3.first?.last
        else {
            Issue.record("expected four nested lists")
            return
        }
        #expect(level4.count == 1)
    }
}
