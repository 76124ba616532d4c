import Testing
@testable import Concordat

@Suite struct DocumentDiffTests {
    static let files: [String: String] = [
        "aims.md": Fixtures.clause("purpose.aims", body: "The partners serve {{ partnership.name }}."),
        "scope.md": Fixtures.clause("purpose.scope", order: 20, body: "The work covers the whole area."),
        "tiered.md": Fixtures.clause("disputes.tiered", slot: "disputes", levels: "[medium, high]", body: "Escalate in steps."),
        "light.md": Fixtures.clause("disputes.light", slot: "disputes", levels: "[low]", body: "Talk it through."),
        "high.md": Fixtures.clause("purpose.extra", levels: "[high]", order: 5, body: "High-risk purpose."),
    ]

    func compose(_ request: Request) throws -> Composition {
        let (catalogue, _) = try Fixtures.catalogue(Self.files)
        let templates = try TemplateSet.load()
        let scoring = try RiskScoring.parse(templates.text("risk-scoring.yaml") ?? "", file: "risk-scoring.yaml")
        return try Composer(catalogue: catalogue, templates: templates, scoring: scoring).compose(request)
    }

    @Test func findsAddedRemovedMovedRewordedAndValues() throws {
        let old = try compose(Fixtures.request(risk: .medium))
        var changed = Fixtures.request(risk: .high)
        changed.partnership.name = "Riverside Forest Partnership"
        let new = try compose(changed)
        let diff = DocumentDiff(old: old, new: new, oldName: "old.yaml", newName: "new.yaml")
        #expect(diff.added.map(\.id) == ["purpose.extra"])
        #expect(diff.removed.isEmpty)
        #expect(diff.reworded.map(\.new.id) == ["purpose.aims"])
        #expect(diff.reworded.first?.wordingChanged == false)
        #expect(diff.reworded.first?.runs == [
            .same("The partners serve Riverside"), .deleted("Urban"), .same("Forest Partnership."),
        ])
        #expect(diff.values.map(\.path) == ["partnership.name"])
        let low = try compose(Fixtures.request(risk: .low))
        let swap = DocumentDiff(old: old, new: low, oldName: "a", newName: "b")
        // A variant replaced in the same slot is one change, not an add and a remove.
        #expect(swap.swapped.map { "\($0.old.id)→\($0.new.id)" } == ["disputes.tiered→disputes.light"])
        #expect(swap.added.isEmpty && swap.removed.isEmpty)
    }

    @Test func detectsAMovedClause() throws {
        let (catalogue, _) = try Fixtures.catalogue(Self.files)
        let templates = try TemplateSet.load()
        let scoring = try RiskScoring.parse(templates.text("risk-scoring.yaml") ?? "", file: "risk-scoring.yaml")
        let old = try Composer(catalogue: catalogue, templates: templates, scoring: scoring).compose(Fixtures.request())
        var reordered = Self.files
        reordered["scope.md"] = Fixtures.clause("purpose.scope", order: 1, body: "The work covers the whole area.")
        let (moved, _) = try Fixtures.catalogue(reordered)
        let new = try Composer(catalogue: moved, templates: templates, scoring: scoring).compose(Fixtures.request())
        let diff = DocumentDiff(old: old, new: new, oldName: "a", newName: "b")
        // Two clauses swapping places is one move; the alignment keeps the later one in place.
        #expect(diff.moved.map { "\($0.new.id) \($0.old.number)→\($0.new.number)" } == ["purpose.aims 1.1→1.2"])
        #expect(diff.added.isEmpty && diff.removed.isEmpty)
    }

    @Test func rendersEscapedMarkdownAndHTML() throws {
        let old = try compose(Fixtures.request())
        var changed = Fixtures.request()
        changed.partnership.name = "<script>alert(1)</script> *Co*"
        let diff = DocumentDiff(old: old, new: try compose(changed), oldName: "a", newName: "b")
        let html = DiffRenderer().html(diff)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        #expect(html.contains("<ins>"))
        #expect(html.contains("<del>"))
        let markdown = DiffRenderer().markdown(diff)
        #expect(markdown.contains("\\*Co\\*"))
        #expect(markdown.contains("~~Riverside"))
    }

    @Test func wordDiffPutsDeletionsBeforeInsertions() {
        #expect(WordDiff.compare("a b c", "a x c") == [.same("a"), .deleted("b"), .inserted("x"), .same("c")])
        #expect(WordDiff.compare("", "new words") == [.inserted("new words")])
        #expect(WordDiff.compare("same", "same") == [.same("same")])
    }
}
