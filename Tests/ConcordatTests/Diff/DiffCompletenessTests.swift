import Foundation
import Testing
@testable import Concordat

/// The diff is complete when its oracle, the rendered text, agrees with it: every request field
/// is changed (and, where it may be, removed) in turn over several base requests, and pairs of
/// changes are tried together. For every pair of compositions the diff reports no change exactly
/// when the two Markdown texts are identical; when they differ, the report shows each changed
/// value, and the clauses it reports as changed are exactly those whose rendered text changed.
@Suite struct DiffCompletenessTests {
    /// Five partnerships that between them use every section of a request.
    static func bases() -> [(name: String, request: Request)] {
        var alliance = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .strategicAlliance)
        alliance.partnership.greenAssets = true
        alliance.governance.seats = 3
        var funded = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .notForProfit, jurisdiction: .wales)
        funded.parties[1].definiteArticle = true
        let terms = ExampleRequest.request(document: .termsOfReference, framework: .notForProfit, jurisdiction: .scotland)
        let exit = ExampleRequest.request(document: .exitStrategy, framework: .strategicAlliance, jurisdiction: .northernIreland)
        let pooled = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .statutory)
        return [("alliance", alliance), ("funded", funded), ("terms", terms), ("exit", exit), ("pooled", pooled)]
    }

    @Test func diffReportsExactlyWhatTheRenderedTextShows() throws {
        let (composer, _) = try Composer.load()
        var covered = Set<String>()
        var compared = 0
        for (name, request) in Self.bases() {
            let base = Rendered(try composer.compose(request))
            let tree = try Self.tree(request)
            var accepted: [JSONTree.Mutation] = []
            for mutation in JSONTree.mutations(of: tree) {
                guard let changed = Self.compose(tree.applying([mutation]), composer: composer, name: name) else { continue }
                accepted.append(mutation)
                covered.insert(mutation.field)
                compared += 1
                Self.expectAgreement(base, changed, "\(name): \(mutation)")
            }
            // Pairs of changes, chosen by a fixed stride so every run tries the same ones.
            let stride = max(1, accepted.count / 25)
            for (offset, first) in accepted.enumerated() where offset % stride == 0 {
                let second = accepted[(offset * 7 + 3) % accepted.count]
                guard second.path != first.path,
                      let changed = Self.compose(tree.applying([first, second]), composer: composer, name: name)
                else { continue }
                compared += 1
                Self.expectAgreement(base, changed, "\(name): \(first) and \(second)")
            }
        }
        // Every field a request can hold was changed in at least one base and composed.
        let uncovered = JSONTree.allFields.subtracting(covered).subtracting(Self.neverComposed)
        #expect(uncovered.isEmpty, "fields no mutation reached: \(uncovered.sorted())")
        #expect(compared > 500, "only \(compared) comparisons")
    }

    /// Fields no single change to the bases can exercise in a document that composes:
    /// `governance.members` belongs only to a health and wellbeing board, whose members are people
    /// (its own tests cover it), and so does a member's `role`, `party`, `name` and `voting`.
    static let neverComposed: Set<String> = [
        "governance.members", "member.role", "member.party", "member.name", "member.voting",
    ]

    /// A composition with the texts the oracle compares, worked out once.
    struct Rendered {
        var composition: Composition
        var text: String
        var clauses: [String: String]

        init(_ composition: Composition, metadata: Document.Metadata? = nil) {
            self.composition = composition
            text = MarkdownRenderer().render(composition.document)
            // Each clause alone under one title page, so that only the clause's own text counts.
            clauses = DiffCompletenessTests.clauseTexts(composition.document, metadata: metadata ?? composition.document.metadata)
        }
    }

    static func expectAgreement(_ old: Rendered, _ newComposition: Composition, _ label: String) {
        let new = Rendered(newComposition, metadata: old.composition.document.metadata)
        let diff = DocumentDiff(old: old.composition, new: new.composition, oldName: "old", newName: "new")
        #expect(diff.isEmpty == (old.text == new.text),
                "\(label): the diff says \(diff.isEmpty ? "same" : "changed: \(DiffRenderer().markdown(diff).prefix(600))")")
        guard old.text != new.text else { return }
        let report = Self.unescaped(DiffRenderer().markdown(diff))
        for value in diff.values {
            for text in [value.old, value.new].compactMap({ $0 }) where !text.isEmpty {
                #expect(report.contains(Self.unescaped(text)), "\(label): \(value.path) '\(text)' is not in the report")
            }
        }
        let visiblyChanged = Set(old.clauses.keys).union(new.clauses.keys).filter { old.clauses[$0] != new.clauses[$0] }
        let reported = diff.changedClauseIDs.union(diff.moved.map(\.new.id))
        #expect(reported == visiblyChanged, "\(label): reported \(reported.subtracting(visiblyChanged).sorted()) not changed; missed \(visiblyChanged.subtracting(reported).sorted())")
    }

    /// Each body clause rendered alone, by id: its number, heading and text as a reader sees them.
    static func clauseTexts(_ document: Document, metadata: Document.Metadata) -> [String: String] {
        var texts: [String: String] = [:]
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .section(let section): visit(section.blocks)
                case .clause(let clause):
                    let alone = Document(metadata: metadata, front: [], body: [block], back: [], annexes: [])
                    texts[clause.id] = MarkdownRenderer().render(alone)
                default: break
                }
            }
        }
        visit(document.body)
        return texts
    }

    /// Markdown with its backslash escapes removed, so a value reads as typed.
    static func unescaped(_ text: String) -> String {
        var out = "", escaping = false
        for character in text {
            if !escaping, character == "\\" { escaping = true; continue }
            escaping = false
            out.append(character)
        }
        return out
    }

    static func tree(_ request: Request) throws -> JSONTree {
        let object = try JSONSerialization.jsonObject(with: Data(request.canonicalJSON.utf8))
        return JSONTree(object)
    }

    /// The composition of a mutated request, or nil when the request is refused (a mutation the
    /// decoder or the composer rejects tests the diff nothing).
    static func compose(_ tree: JSONTree, composer: Composer, name: String) -> Composition? {
        guard let bytes = try? JSONSerialization.data(withJSONObject: tree.value, options: [.sortedKeys]),
              let request = try? RequestDecoder().decode(Array(bytes), source: "\(name).json")
        else { return nil }
        return try? composer.compose(request)
    }
}
