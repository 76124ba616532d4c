import Foundation
import Testing
@testable import Concordat

/// The pack: one partnership's memorandum, terms of reference and exit strategy, which must agree
/// with each other, and the `check` that proves they do for every combination.
@Suite struct PackTests {
    @Test func theThreeDocumentsAgreeOnTheirSharedFacts() throws {
        let composer = try Checklist.composer()
        for framework in [Framework.notForProfit, .strategicAlliance] {
            for level in RiskLevel.allCases {
                var request = Checklist.request(.memorandumOfUnderstanding, framework)
                request.risk = level
                let pack = try composer.composePack(request)
                #expect(pack.compositions.map(\.request.document) == DocumentKind.allCases)
                #expect(pack.disagreements.isEmpty, "\(pack.disagreements)")
                let notices = pack.compositions.map { PackComparison.withdrawalNotices(DocumentReading($0.document)) }
                let expected = composer.templates.wording.withdrawalNotice(level)
                for (composition, found) in zip(pack.compositions, notices) where !found.isEmpty {
                    #expect(found == [expected], "\(composition.request.document) at \(level): \(found)")
                }
                #expect(!notices[0].isEmpty && !notices[2].isEmpty, "the memorandum and the exit strategy both give notice")
            }
        }
    }

    // Review 2.6.8: the memorandum gave one month's notice and the exit strategy three.
    @Test func theMemorandumAndExitStrategyGiveTheSameNotice() throws {
        let pack = try Checklist.composer().composePack(Checklist.request(.memorandumOfUnderstanding, .strategicAlliance, risk: .low))
        let texts = pack.compositions.map { ComposedDocument($0, catalogue: try! Checklist.composer().catalogue) }
        #expect(texts[0].says("written notice of one month"))
        #expect(texts[2].says("notice of at least one month"))
        #expect(!texts[2].says("three months"))
    }

    @Test func eachDocumentNamesTheOthersByTitle() throws {
        let pack = try Checklist.composer().composePack(Checklist.request(.memorandumOfUnderstanding, .notForProfit, risk: .high))
        let texts = pack.compositions.map { ComposedDocument($0, catalogue: try! Checklist.composer().catalogue) }
        #expect(texts[0].says("its Terms of Reference"))
        #expect(texts[0].says("Exit Strategy"))
        #expect(texts[2].says("Memorandum of Understanding"))
    }

    @Test func aBodyThatExistsByLawHasOnlyItsTermsOfReference() throws {
        var request = Checklist.request(.termsOfReference, .statutory)
        request.partnership.statutoryType = .healthAndWellbeingBoard
        #expect(PackRule.documents(for: request) == [.termsOfReference])
        request.partnership.statutoryType = .section75
        #expect(PackRule.documents(for: request) == DocumentKind.allCases)
    }

    @Test func theComparisonCatchesADocumentThatSaysSomethingElse() throws {
        let composer = try Checklist.composer()
        let pack = try composer.composePack(Checklist.request(.memorandumOfUnderstanding, .notForProfit, risk: .medium))
        var changed = pack.compositions
        // Swap the exit strategy's notice period for one of its own, as a hand edit would.
        changed[2].document.body = changed[2].document.body.map { Self.replacing("three months", with: "six weeks", in: $0) }
        let disagreements = PackComparison(changed, templates: composer.templates).disagreements
        #expect(disagreements.contains { $0.hasPrefix("the notice a partner gives to leave differs") && $0.contains("six weeks") },
                "\(disagreements)")
    }

    /// Changes a phrase wherever a value or text holds it.
    static func replacing(_ old: String, with new: String, in block: Block) -> Block {
        func inline(_ i: Inline) -> Inline {
            switch i {
            case .text(let t): .text(t.replacingOccurrences(of: old, with: new))
            case .value(let p, let t): .value(path: p, text: t.replacingOccurrences(of: old, with: new))
            case .strong(let c): .strong(c.map(inline))
            case .emphasis(let c): .emphasis(c.map(inline))
            default: i
            }
        }
        switch block {
        case .section(var s): s.blocks = s.blocks.map { replacing(old, with: new, in: $0) }; return .section(s)
        case .clause(var c): c.blocks = c.blocks.map { replacing(old, with: new, in: $0) }; return .clause(c)
        case .paragraph(let p): return .paragraph(p.map(inline))
        case .numberedList(var l):
            l.items = l.items.map { var item = $0; item.blocks = item.blocks.map { replacing(old, with: new, in: $0) }; return item }
            return .numberedList(l)
        default: return block
        }
    }
}

/// `check` fails when one document's notice period is changed on its own.
@Suite struct PackCheckTests {
    @Test func checkFailsWhenOneTemplateChangesItsNoticePeriod() throws {
        let folder = TemporaryFolder()
        // The organisation's own exit clause gives a notice period of its own, not the shared one.
        let original = try #require(SourceFile.embedded(under: "Clauses").first { $0.relativePath.hasSuffix("exit.notice-light.md") })
        #expect(original.text.contains("{{ notice.withdrawal }}"))
        let text = original.text.replacingOccurrences(of: "{{ notice.withdrawal }}", with: "three months")
        _ = folder.write("catalogue/exit.notice-light.md", text)
        let (composer, _) = try Composer.load(CatalogueOptions(catalogueFolders: [folder.file("catalogue")]))
        let check = CatalogueCheck(composer: composer)
        #expect(check.packs == 36)
        let failures = check.failures.filter { $0.subject.hasPrefix("pack/") }
        #expect(failures.contains { $0.subject == "pack/not-for-profit/low/england" && $0.message.contains("one month") && $0.message.contains("three months") },
                "\(failures.map(\.message))")

        let sound = CatalogueCheck(composer: try Checklist.composer())
        #expect(sound.failures.filter { $0.subject.hasPrefix("pack/") }.isEmpty, "\(sound.failures.map(\.message))")
    }
}
