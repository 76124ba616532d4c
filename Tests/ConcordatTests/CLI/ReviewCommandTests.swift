import Foundation
import Testing

@Suite struct ReviewCommandTests {
    @Test func explainComparesWithAnotherRiskLevel() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        let result = try CLIRunner.run(["explain", request, "--compare-risk", "high"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.out.contains("What changes from strategic-alliance, low risk to strategic-alliance, high risk:"))
        #expect(result.out.contains("+ add     notices.binding-agreement-advised"))
        #expect(result.out.contains("~ swap    disputes.informal → disputes.mediation"))
        let json = try CLIRunner.run(["explain", request, "--compare-framework", "statutory", "--json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let compare = try #require(object["compare"] as? [String: Any])
        #expect((compare["added"] as? [[String: Any]])?.contains { $0["id"] as? String == "statutory.basis" } == true)
    }

    @Test func diffReportsChangesAndExitsZero() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out
        let old = folder.write("old.yaml", text)
        let new = folder.write("new.yaml", text.replacingOccurrences(of: "risk: low", with: "risk: high"))
        let markdown = try CLIRunner.run(["diff", old, new])
        #expect(markdown.status == 0)
        #expect(markdown.out.contains("## Added"))
        #expect(markdown.out.contains("`risk.liability-indemnity`"))
        let html = try CLIRunner.run(["diff", old, new, "--output", folder.file("review.html")])
        #expect(html.status == 0)
        #expect(folder.contents("review.html")?.contains("<h2>Added</h2>") == true)
        let same = try CLIRunner.run(["diff", old, old])
        #expect(same.status == 0)
        #expect(same.out.contains("The documents are the same clause for clause."))
    }

    @Test func annotateAddsTheReasonBesideEachClause() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        let html = try CLIRunner.run(["compose", request, "--format", "html", "--annotate"])
        #expect(html.status == 0)
        #expect(html.out.contains("class=\"annotation\""))
        #expect(html.out.contains("included because"))
        let plain = try CLIRunner.run(["compose", request, "--format", "html"])
        #expect(!plain.out.contains("included because"))
    }
}

extension ReviewCommandTests {
    @Test func statedLevelOverridesTheAssessmentAndEveryCommandSaysSo() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out.replacingOccurrences(of: "risk: low", with: "risk: high")
        let request = folder.write("r.yaml", text)
        let assess = try CLIRunner.run(["assess", request])
        #expect(assess.out.contains("Stated level: high, which overrides the assessed level; documents use high"))
        let explain = try CLIRunner.run(["explain", request])
        #expect(explain.out.contains("risk high (stated; overrides the assessed level low)"))
        let compose = try CLIRunner.run(["compose", request])
        #expect(compose.status == 0)
        #expect(compose.stderr.contains("note: risk: the stated risk level high overrides the assessed level low"))
    }

    @Test func onlyAStatedLevelMeansNothingIsAssessed() throws {
        let folder = TemporaryFolder()
        var lines = try CLIRunner.run(["init"]).out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Drop the risk-factors block: its header and indented lines.
        if let start = lines.firstIndex(where: { $0.hasPrefix("risk-factors:") }) {
            var end = start + 1
            while end < lines.count, lines[end].hasPrefix(" ") || lines[end].hasPrefix("#") && lines[end].contains("  ") { end += 1 }
            lines.removeSubrange(start..<end)
        }
        let request = folder.write("r.yaml", lines.joined(separator: "\n"))
        let assess = try CLIRunner.run(["assess", request])
        #expect(assess.status == 0, "\(assess.stderr)")
        #expect(assess.out.contains("stated in the request; it gives no risk-factors, so nothing was assessed"))
    }
}
