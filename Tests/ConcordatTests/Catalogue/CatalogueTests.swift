import Testing
@testable import Concordat

@Suite struct CatalogueTests {
    @Test func laterFolderReplacesClauseWithSameIDAndReadmeIsIgnored() throws {
        let templates = try TemplateSet.load()
        let first = TemporaryFolder(), second = TemporaryFolder()
        first.write("purpose/purpose.aims.md", Fixtures.clause("purpose.aims", body: "Original wording."))
        first.write("purpose/purpose.scope.md", Fixtures.clause("purpose.scope", order: 20))
        first.write("README.md", "# Not a clause\n")
        second.write("purpose.aims.md", Fixtures.clause("purpose.aims", body: "Our own wording."))
        let (catalogue, _) = try Catalogue.load(useDefaults: false, folders: [first.path, second.path], templates: templates)
        #expect(catalogue.clauses.map(\.id) == ["purpose.aims", "purpose.scope"])
        #expect(catalogue.byID["purpose.aims"]?.bodyText.contains("Our own wording.") == true)
    }

    @Test func duplicateIDsInOneFolderAreAnError() {
        let errors = Fixtures.loadErrors([
            "a.md": Fixtures.clause("purpose.aims"),
            "b.md": Fixtures.clause("purpose.aims", body: "Other text."),
        ])
        #expect(errors.contains { $0.message.hasPrefix("duplicate clause id 'purpose.aims'") })
    }

    @Test func unknownSlotNamesTheDocumentAndSuggests() {
        let errors = Fixtures.loadErrors(["a.md": Fixtures.clause("purpose.aims", slot: "purpse")])
        let problem = errors.first { $0.key == "slot" }
        #expect(problem?.message == "the memorandum-of-understanding template has no slot 'purpse'")
        #expect(problem?.hint == "did you mean 'purpose'?")
        #expect(problem?.location?.line == 9)
    }

    @Test func danglingLinksCyclesAndSelfExclusionAreErrors() {
        let errors = Fixtures.loadErrors([
            "a.md": Fixtures.clause("purpose.aims", extra: "requires: [purpose.scope]"),
            "b.md": Fixtures.clause("purpose.scope", order: 20, extra: "requires: [purpose.aims]", body: "Scope."),
            "c.md": Fixtures.clause("purpose.extra", order: 30, extra: "excludes: [purpose.missing]", body: "Extra."),
            "d.md": Fixtures.clause("purpose.both", order: 40, extra: "requires: [purpose.aims]\nexcludes: [purpose.aims]", body: "Both."),
        ])
        #expect(errors.contains { $0.message == "no clause has the id 'purpose.missing'" })
        #expect(errors.contains { $0.message.hasPrefix("requires makes a cycle: ") })
        #expect(errors.contains { $0.message == "'purpose.aims' is both required and excluded" })
    }

    @Test func undefinedTermsUnknownValuesAndDanglingReferencesAreErrors() {
        let errors = Fixtures.loadErrors([
            "a.md": Fixtures.clause("purpose.aims", body: "The [[Bord]] meets in {{ partnership.aera }}. See {{ ref: purpose.nowhere }}."),
            "b.md": Fixtures.clause("purpose.scope", order: 20, extra: "defines:\n  Board: the board", body: "The [[Board]] decides."),
        ])
        let term = errors.first { $0.message == "the term 'Bord' is not defined by any clause" }
        #expect(term?.hint == "did you mean 'Board'?")
        #expect(term?.location?.line == 13)
        let value = errors.first { $0.message.hasPrefix("'partnership.aera' is not a value") }
        #expect(value?.hint == "did you mean 'partnership.area'?")
        #expect(errors.contains { $0.message == "the reference names no clause: 'purpose.nowhere'" })
    }

    @Test func termDefinedTwiceIsAnError() {
        let errors = Fixtures.loadErrors([
            "a.md": Fixtures.clause("purpose.aims", extra: "defines:\n  Board: the board", body: "The [[Board]] meets."),
            "b.md": Fixtures.clause("purpose.scope", order: 20, extra: "defines:\n  Board: another board", body: "Scope."),
        ])
        #expect(errors.contains { $0.message.hasPrefix("the term 'Board' is already defined by purpose.aims") })
    }

    @Test func missingFolderIsInputNotFound() throws {
        let templates = try TemplateSet.load()
        #expect(throws: ConcordatError.self) {
            try Catalogue.load(useDefaults: false, folders: ["/nonexistent/clauses"], templates: templates)
        }
        do {
            _ = try Catalogue.load(useDefaults: false, folders: ["/nonexistent/clauses"], templates: templates)
        } catch {
            #expect(error.kind == .inputNotFound)
        }
    }

    @Test func embeddedFilesMatchTheFilesOnDisk() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        var onDisk: [String: String] = [:]
        for folder in ["Clauses", "Templates"] {
            for file in try SourceFile.read(folder: root.appendingPathComponent(folder).path) {
                onDisk["\(folder)/\(file.relativePath)"] = file.text
            }
        }
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedDefaults.files.map { ($0.path, $0.text) })
        #expect(embedded.keys.sorted() == onDisk.keys.sorted())
        #expect(embedded == onDisk)
    }
}

import Foundation
