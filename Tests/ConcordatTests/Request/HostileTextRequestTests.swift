import Testing
@testable import Concordat

/// Requests whose text would deceive a reader: refused with the key, the place and the code
/// point; look-alike names are duplicates; honest right-to-left names are accepted.
@Suite struct HostileTextRequestTests {
    typealias Support = RequestTestSupport

    @Test func aBidiControlInANameIsRefusedWithItsPlace() {
        let diagnostics = Support.failure(Support.minimal(replacingLine: 5, with: "  name: Riverside\u{202E} Partnership"))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.key == "partnership.name")
        #expect(diagnostics.first?.message == "contains the bidirectional control character U+202E, which could make the document read differently from what it says")
        #expect(diagnostics.first?.location?.column == 18)
        #expect(diagnostics.first?.hint?.contains("right-to-left") == true)
    }

    @Test func anEscapedBidiControlIsRefusedToo() {
        let diagnostics = Support.failure(Support.minimal(replacingLine: 5, with: "  name: \"FINAL \\u202eTFARD\""))
        #expect(diagnostics.map(\.message) == ["contains the bidirectional control character U+202E (written as an escape), which could make the document read differently from what it says"])
    }

    @Test func lookAlikePartyNamesAreDuplicatesNamingBoth() {
        let text = Support.minimal.replacingOccurrences(of: "Riverside Trees CIC", with: "Riv\u{0435}rside City Council")
        let diagnostics = Support.failure(text)
        let duplicate = diagnostics.first { $0.key == "parties[1].name" && $0.severity == .error }
        #expect(duplicate?.message.contains("looks the same as the name of parties[0], 'Riverside City Council'") == true)
        #expect(duplicate?.message.contains("U+0435 CYRILLIC SMALL LETTER IE") == true)
    }

    @Test func arabicNamesAreAcceptedAsWritten() throws {
        let name = "\u{0634}\u{0631}\u{0643}\u{0629} \u{0627}\u{0644}\u{0645}\u{0627}\u{0621}"
        let request = try Support.decode(Support.minimal.replacingOccurrences(of: "Riverside Trees CIC", with: name))
        #expect(request.parties[1].name == name)
    }

    @Test func strictJSONRefusesWhatYAMLWouldForgive() {
        let cases: [(String, Int, Int, String)] = [
            ("{\"document\": \"exit-strategy\",}", 1, 30, "a trailing comma is not allowed in JSON"),
            ("{\"a\": [1,]}", 1, 10, "a trailing comma is not allowed in JSON"),
            ("{\"a\": 01}", 1, 8, "a JSON number cannot start with 0"),
            ("{\"a\": \"x\"} {}", 1, 12, "unexpected '{' after the JSON value"),
            ("{\"a\": tru}", 1, 7, "'tru' is not a JSON value; text needs double quotes"),
            ("{\n  \"a\": \"x\n\"}", 2, 10, "a JSON string cannot span lines; close the quote or write \\n"),
        ]
        for (text, line, column, message) in cases {
            let problem = StrictJSON.firstProblem(in: text)
            #expect(problem == StrictJSON.Problem(line: line, column: column, message: message), "\(text)")
        }
        #expect(StrictJSON.firstProblem(in: "{\"a\": [1, 2.5e-3, true, null, \"\\u00e9\"], \"b\": {}}") == nil)
        #expect(StrictJSON.firstProblem(in: String(repeating: "[", count: 100_000)) != nil, "deep nesting costs no stack")
        #expect(StrictJSON.applies(source: "r.json", text: ""))
        #expect(StrictJSON.applies(source: "<stdin>", text: "  {\"a\": 1}"))
        #expect(!StrictJSON.applies(source: "<stdin>", text: "document: x"))
        #expect(!StrictJSON.applies(source: "r.yaml", text: "{a: 1}"))
    }
}
