import Foundation
import Testing
@testable import Concordat

/// `purpose:` in a clause's front matter: optional for an organisation's clauses, required (by
/// `check`) for the built-in catalogue, and refused with its place when it is not one sentence.
@Suite struct PurposeTests {
    /// The repository's own clause folder, which the built-in catalogue is made from.
    static let clausesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Clauses")

    @Test func aClauseFileGivesItsPurpose() throws {
        let text = Fixtures.clause("purpose.aims", extra: "purpose: \"Says what the partners want to achieve: their shared aim.\"")
        let (clause, diagnostics) = ClauseParser.parse(text, file: "aims.md")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(try #require(clause).purpose == "Says what the partners want to achieve: their shared aim.")
    }

    @Test func anOrganisationsClauseWithoutAPurposeLoadsAndPassesTheRule() throws {
        let (catalogue, _) = try Fixtures.catalogue(["aims.md": Fixtures.clause("purpose.aims")])
        let clause = try #require(catalogue.byID["purpose.aims"])
        #expect(clause.purpose == nil)
        #expect(!clause.isBuiltIn)
        #expect(CatalogueCheck.missingPurposes(catalogue).isEmpty)
    }

    @Test(arguments: [
        ("purpose: [Says one thing.]", "expected one sentence of text"),
        ("purpose: \"\"", "the purpose is empty"),
        ("purpose: 42", "expected one sentence of text, not '42'"),
        ("purpose: Says one thing. Says another thing.", "the purpose is several sentences; say it in one"),
        ("purpose: Says \(String(repeating: "very ", count: 40))much.", "the purpose is 210 characters long, more than 200"),
        ("purpose: Says what {{ partnership.name }} does.", "the purpose is plain text: it cannot fill in values or use defined terms"),
        ("purpose: Says who chairs the meetings", "the purpose must end with a full stop"),
        ("purpose: says who chairs the meetings.", "the purpose must start with a capital letter"),
        ("purpose: |\n  Says who chairs.\n  And who stands in.", "the purpose runs over several lines; keep it to one"),
    ])
    func aMalformedPurposeIsAnErrorAtItsPlace(line: String, message: String) throws {
        let text = Fixtures.clause("purpose.aims", extra: line)
        let (clause, diagnostics) = ClauseParser.parse(text, file: "aims.md")
        #expect(clause == nil)
        let problem = try #require(diagnostics.first { $0.key == "purpose" }, "\(diagnostics)")
        #expect(problem.message == message)
        // The purpose line follows the ten lines of the fixture's front matter; the value starts
        // after "purpose: ".
        #expect(problem.location?.file == "aims.md")
        #expect(problem.location?.line == 11)
        #expect(problem.location?.column == 10)
        #expect(problem.hint?.contains("one plain sentence") == true)
    }

    @Test func everyBuiltInClauseHasAPurposeOfItsOwnVariant() throws {
        let (composer, _) = try Composer.load()
        #expect(composer.catalogue.clauses.allSatisfy { $0.isBuiltIn })
        #expect(CatalogueCheck.missingPurposes(composer.catalogue).isEmpty)
        // A reader of explain compares variants of a slot, so no two clauses say the same thing.
        let purposes = composer.catalogue.clauses.compactMap(\.purpose)
        #expect(Set(purposes).count == purposes.count)
    }

    @Test func checkFailsOnTheBuiltInCatalogueWhenAClauseLosesItsPurpose() throws {
        // A copy of the repository's clause folder, built in as a release would build it, with
        // the purpose taken out of one clause.
        let folder = TemporaryFolder()
        let copy = folder.file("Clauses")
        try FileManager.default.copyItem(atPath: Self.clausesFolder.path, toPath: copy)
        let chair = copy + "/chair/chair.elected.md"
        let text = try String(contentsOfFile: chair, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasPrefix("purpose: ") })
        try lines.filter { !$0.hasPrefix("purpose: ") }.joined(separator: "\n").write(toFile: chair, atomically: true, encoding: .utf8)

        let templates = try TemplateSet.load()
        let builtIn = try SourceFile.read(folder: copy)
        let (catalogue, _) = try Catalogue.load(builtIn: builtIn, layers: [], templates: templates)
        let composer = Composer(catalogue: catalogue, templates: templates, scoring: try Composer.load().0.scoring)
        let check = CatalogueCheck(composer: composer)
        let failures = check.failures.filter { $0.message.contains("purpose") }
        #expect(failures.map(\.subject) == ["chair.elected"], "\(check.failures)")
        #expect(failures.first?.message.contains("chair/chair.elected.md") == true)

        // The same file in an organisation's folder over the built-in catalogue is valid.
        let (layered, _) = try Catalogue.load(builtIn: builtIn, layers: [[SourceFile(
            relativePath: "chair.elected.md", displayPath: "mine/chair.elected.md",
            text: try String(contentsOfFile: chair, encoding: .utf8))]], templates: templates)
        #expect(CatalogueCheck.missingPurposes(layered).isEmpty)
    }
}
