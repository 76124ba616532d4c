import Testing
@testable import Concordat

@Suite struct ClauseParserTests {
    @Test func readsFrontMatterAndBodyTokens() throws {
        let text = Fixtures.clause(
            "meetings.quorum", slot: "governance", levels: "[medium, high]",
            extra: """
            requires: [meetings.notice]
            when:
              parties.any.public-authority: true
              partnership.statutory-type: [section-75, section-33]
              exit.successor: { present: true }
            binding: true
            defines:
              Board: the {{ partnership.name }} board
            """,
            body: """
            The [[Board]] is quorate when {{ governance.quorum }} [[Partner|Partners]] attend, as {{ ref: meetings.notice }} says.

            1. first point;
            2. second point.
            """)
        let (clause, diagnostics) = ClauseParser.parse(text, file: "quorum.md")
        #expect(diagnostics.isEmpty)
        let parsed = try #require(clause)
        #expect(parsed.id == "meetings.quorum")
        #expect(parsed.riskLevels == [.medium, .high])
        #expect(parsed.frameworks == Set(Framework.allCases))
        #expect(parsed.binding)
        #expect(parsed.requires == ["meetings.notice"])
        #expect(parsed.conditions.map(\.description) == [
            "parties.any.public-authority is true",
            "partnership.statutory-type is one of section-75, section-33",
            "exit.successor is given",
        ])
        #expect(parsed.defines.map(\.name) == ["Board"])
        guard case .paragraph(let inlines) = parsed.body.first else {
            Issue.record("expected a paragraph first")
            return
        }
        #expect(inlines.contains { if case .term("Board", "Board", _) = $0 { true } else { false } })
        #expect(inlines.contains { if case .term("Partner", "Partners", _) = $0 { true } else { false } })
        #expect(inlines.contains { if case .value("governance.quorum", _) = $0 { true } else { false } })
        #expect(inlines.contains { if case .reference("meetings.notice", _) = $0 { true } else { false } })
        guard case .orderedList(let items) = parsed.body.last else {
            Issue.record("expected the sub-clause list last")
            return
        }
        #expect(items.count == 2)
        #expect(parsed.textHash.count == 64)
    }

    @Test func unknownKeyIsReportedWithLineAndSuggestion() {
        let text = Fixtures.clause("purpose.aims", extra: "slots: purpose")
        let (clause, diagnostics) = ClauseParser.parse(text, file: "aims.md")
        #expect(clause == nil)
        let problem = diagnostics.first { $0.key == "slots" }
        #expect(problem?.message == "unknown key")
        #expect(problem?.location?.line == 11)
        #expect(problem?.hint == "did you mean 'slot'?")
    }

    @Test func missingKeysAndBadValuesAreAllReported() {
        let text = """
            ---
            id: Bad Id
            title: Aims
            documents: [memorandum]
            frameworks: [all]
            risk-levels: [severe]
            jurisdictions: [all]
            slot: purpose
            order: ten
            ---
            Text.
            """
        let (clause, diagnostics) = ClauseParser.parse(text, file: "bad.md")
        #expect(clause == nil)
        let keys = Set(diagnostics.compactMap(\.key))
        #expect(keys.isSuperset(of: ["id", "version", "documents", "risk-levels", "order"]))
        let documents = diagnostics.first { $0.key == "documents" }
        #expect(documents?.hint == "did you mean 'memorandum-of-understanding'?")
        #expect(documents?.location?.line == 4)
    }

    @Test func headingsInBodyAreRejectedAtTheirLine() {
        let text = Fixtures.clause("purpose.aims", body: "Intro.\n\n## A heading\n\nMore.")
        let (_, diagnostics) = ClauseParser.parse(text, file: "aims.md")
        let heading = diagnostics.first { $0.message.hasPrefix("headings are not allowed") }
        #expect(heading?.location?.line == 15)
    }

    @Test func unclosedValueAndBadReferenceAreErrors() {
        let (_, unclosed) = ClauseParser.parse(Fixtures.clause("purpose.aims", body: "The {{ partnership.name is here."), file: "a.md")
        #expect(unclosed.contains { $0.message == "'{{' is not closed by '}}'" })
        let (_, badRef) = ClauseParser.parse(Fixtures.clause("purpose.aims", body: "See {{ ref: Not An Id }}."), file: "b.md")
        #expect(badRef.contains { $0.message == "'Not An Id' is not a clause id" })
    }

    @Test func controlCharactersAreRejectedWithTheirLine() {
        let text = Fixtures.clause("purpose.aims", body: "Bad \u{1} character.")
        let (clause, diagnostics) = ClauseParser.parse(text, file: "c.md")
        #expect(clause == nil)
        #expect(diagnostics.first?.message.contains("U+0001") == true)
        #expect(diagnostics.first?.location?.line == 13)
    }

    @Test func missingFrontMatterIsExplained() {
        let (_, diagnostics) = ClauseParser.parse("Just text.\n", file: "d.md")
        #expect(diagnostics.first?.message == "a clause file must start with front matter between '---' lines")
    }
}
