import Foundation
import Testing

/// The cases partners reported: changes a diff once missed.
@Suite struct DiffCommandTests {
    static func example() throws -> String { try CLIRunner.run(["init"]).out }
    /// The not-for-profit example: the one whose partners put in money (£60,000, £15,000, £10,000).
    static func fundedExample() throws -> String { try CLIRunner.run(["init", "--framework", "not-for-profit"]).out }

    @Test func dateSignatoryContactAndContributionChangesAreAllReported() throws {
        let folder = TemporaryFolder()
        let text = try Self.fundedExample()
        let old = folder.write("draft1.yaml", text)
        let changed = text.replacingOccurrences(of: "date: 2026-03-01", with: "date: 2026-04-02")
            .replacingOccurrences(of: "name: Asha Patel", with: "name: Asha Patil")
            .replacingOccurrences(of: "tom.reed@riverside.example.org", with: "t.reed@riverside.example.org")
            .replacingOccurrences(of: "cash: 15000", with: "cash: 16500")
        #expect(changed != text)
        let new = folder.write("draft2.yaml", changed)
        let result = try CLIRunner.run(["diff", old, new])
        #expect(result.status == 0)
        #expect(!result.out.contains("the same clause for clause"))
        for shown in ["2 April 2026", "Asha Patil", "t.reed@riverside.example.org", "£16,500"] {
            #expect(result.out.contains(shown), "\(shown) missing")
        }
        #expect(try CLIRunner.run(["diff", old, new, "--exit-code"]).status == 1)
        #expect(try CLIRunner.run(["diff", old, old, "--exit-code"]).status == 0)
    }

    @Test func aContributionAloneShowsThePartnersOwnFigure() throws {
        let folder = TemporaryFolder()
        let text = try Self.fundedExample()
        let old = folder.write("a.yaml", text)
        let new = folder.write("b.yaml", text.replacingOccurrences(of: "cash: 15000", with: "cash: 16500"))
        let result = try CLIRunner.run(["diff", old, new])
        #expect(result.out.contains("Contributions"))
        #expect(result.out.contains("~~£15,000~~ **£16,500**"), "\(result.out)")
        #expect(result.out.contains("~~£85,000~~ **£86,500**"), "\(result.out)")
    }

    @Test func aRiseInRiskNamesTheFactorAndTheFloorAndPairsVariants() throws {
        let folder = TemporaryFolder()
        let text = try Self.example().replacingOccurrences(of: "\nrisk: low", with: "\n# risk: low")
        let old = folder.write("low.yaml", text)
        let new = folder.write("high.yaml", text.replacingOccurrences(of: "pooled-budget: false", with: "pooled-budget: true"))
        let result = try CLIRunner.run(["diff", old, new])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.out.contains("Risk level: ~~low~~ → **high**"), "\(result.out)")
        #expect(result.out.contains("pooled-budget sets a floor of high"), "\(result.out)")
        #expect(result.out.contains("## Swapped for a variant"))
        #expect(result.out.contains("`disputes.informal` → `disputes.mediation`") || result.out.contains("→ `disputes."))
        // A value draft 1 set but did not print is "not in this document", never a bare dash.
        #expect(!result.out.contains("| — |"))
        #expect(result.out.contains("| `governance.chair` | *(not in this document)* | Riverside City Council |"))
    }

    @Test func composedDocumentsAreComparedAsTheyStandWithHandEditsMarked() throws {
        let folder = TemporaryFolder()
        let text = try Self.example()
        let request = folder.write("r.yaml", text)
        let later = folder.write("r2.yaml", text.replacingOccurrences(of: "date: 2026-03-01", with: "date: 2026-04-02"))
        #expect(try CLIRunner.run(["compose", request, "-o", folder.file("a.html")]).status == 0)
        #expect(try CLIRunner.run(["compose", later, "-o", folder.file("b.html")]).status == 0)
        #expect(try CLIRunner.run(["compose", request, "-o", folder.file("a.odt")]).status == 0)
        #expect(try CLIRunner.run(["compose", later, "-o", folder.file("b.odt")]).status == 0)
        let odt = try CLIRunner.run(["diff", folder.file("a.odt"), folder.file("b.odt")])
        #expect(odt.status == 0, "\(odt.stderr)")
        #expect(odt.out.contains("~~1 March~~ **2 April** 2026"), "\(odt.out)")
        #expect(!odt.out.contains("by hand"))
        // A request against the document it composed: the same.
        let same = try CLIRunner.run(["diff", request, folder.file("a.odt"), "--exit-code"])
        #expect(same.status == 0, "\(same.out)")

        let html = try #require(folder.contents("b.html"))
        folder.write("b-edited.html", html.replacingOccurrences(of: "Each party signs through", with: "Each party signs only through"))
        let edited = try CLIRunner.run(["diff", folder.file("a.html"), folder.file("b-edited.html")])
        #expect(edited.out.contains("**only**"))
        #expect(edited.out.contains("Edited by hand after the document was composed."))
    }

    @Test func helpListsExactlyTheFormatsAccepted() throws {
        let help = try CLIRunner.run(["diff", "--help"]).out
        #expect(help.contains("markdown or html"))
        #expect(try CLIRunner.run(["diff", "a", "b", "--format", "pdf"]).status == 64)
    }
}
