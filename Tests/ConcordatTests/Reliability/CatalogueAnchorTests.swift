import Foundation
import Testing
@testable import Concordat

/// Clause files and templates come from organisations' own folders. Anchors and aliases in their
/// YAML are refused before parsing, as in requests: with alias keys the parser's duplicate-key
/// check compares whole expanded trees, which took minutes for a dozen lines.
@Suite struct CatalogueAnchorTests {
    /// Nine levels of nine-fold aliases: 387,420,489 leaves if ever expanded.
    static let laughs: String = {
        var text = "lol: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        return text
    }()

    @Test func aliasKeysInFrontMatterAreRefusedQuickly() {
        let file = "---\n" + Self.laughs + "? *i\n: x\n? *h\n: y\n---\nThe partners work together.\n"
        let start = Date()
        let errors = Fixtures.loadErrors(["purpose/laughs.md": file])
        #expect(Date().timeIntervalSince(start) < 5)
        let anchors = errors.filter { $0.message == "anchors and aliases are not allowed" }
        #expect(anchors.count == 10)  // capped; the file holds 83 anchors and aliases
        #expect(anchors.first?.location?.line == 2)
        #expect(anchors.first?.location?.column == 6)
    }

    @Test func anAliasInAConditionIsRefusedNotSilentlyExpanded() {
        let file = Fixtures.clause("purpose.aliased", extra: "when:\n  framework: &f statutory\n  jurisdiction: *f")
        let errors = Fixtures.loadErrors(["purpose/aliased.md": file])
        #expect(errors.map(\.location?.line) == [12, 13])
        #expect(errors.allSatisfy { $0.message == "anchors and aliases are not allowed" })
    }

    @Test func ampersandsInsideTextAreNotAnchors() throws {
        let file = Fixtures.clause("purpose.ampersand", extra: "defines:\n  Money & Assets: funds & property *held* jointly",
                                   body: "Each partner's [[Money & Assets]] stay with it.")
        let (catalogue, _) = try Fixtures.catalogue(["purpose/ampersand.md": file])
        #expect(catalogue.terms["Money & Assets"] != nil)
    }

    @Test func deepFrontMatterIsRefusedWithItsPlace() {
        let file = Fixtures.clause("purpose.deep", extra: "when:\n  framework: " + String(repeating: "[", count: 5_000))
        let errors = Fixtures.loadErrors(["purpose/deep.md": file])
        #expect(errors.count == 1)
        #expect(errors.first?.message == "nesting goes deeper than 32 levels")
        #expect(errors.first?.location?.line == 12)
    }

    @Test func aliasesInATemplateAreRefused() throws {
        let folder = TemporaryFolder()
        folder.write("memorandum-of-understanding.yaml", "title: &t Memorandum\nshort-title: *t\n")
        #expect(throws: ConcordatError.self) { try TemplateSet.load(folders: [folder.path]) }
        do {
            _ = try TemplateSet.load(folders: [folder.path])
        } catch {
            #expect(error.diagnostics.map(\.description).contains { $0.contains("memorandum-of-understanding.yaml:1:8: error: anchors and aliases") })
        }
    }

    @Test func aliasesInAnODTHouseStyleAreRefusedWithTheirPlace() {
        #expect {
            _ = try ODTHouseStyle.parse("page: &p { width: 21cm }\nfonts: *p\n", source: "house-style.yaml")
        } throws: { error in
            let described = (error as? ConcordatError)?.description ?? ""
            return described.contains("house-style.yaml:1:7: error: anchors and aliases are not allowed")
                && described.contains("house-style.yaml:2:8:")
        }
    }
}
