import Foundation
import Testing

/// `compose --json` and `--quiet`: output for scripts, and silence for everything but errors.
@Suite struct ComposeReportTests {
    /// A request with only the required keys, so composing it leaves several values blank.
    static let sparse = """
        document: terms-of-reference
        framework: statutory
        risk: high
        partnership:
          name: Northside Board
          purpose: Join up care.
        parties:
          - name: Northside Council
            kind: local-authority
          - name: Northside NHS Trust
            kind: nhs-body

        """

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonListsEachRequestWithItsOutputsLevelAndFindings() throws {
        let folder = TemporaryFolder()
        let sparse = folder.write("sparse.yaml", Self.sparse)
        let full = folder.write("full.yaml", try CLIRunner.run(["init", "--framework", "not-for-profit"]).out)
        let run = try CLIRunner.run(["compose", sparse, full, "--output-dir", folder.file("out"), "--format", "odt", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try Self.json(run.out)
        #expect(report["schema"] as? String == "concordat.compose/1")
        #expect(report["status"] as? String == "ok")
        let requests = try #require(report["requests"] as? [[String: Any]])
        #expect(requests.map { $0["request"] as? String } == [sparse, full])
        #expect(requests.map { $0["outputs"] as? [String] } == [[folder.file("out/sparse.odt")], [folder.file("out/full.odt")]])
        #expect(requests.allSatisfy { $0["status"] as? String == "written" && $0["format"] as? String == "odt" })
        #expect(requests[0]["level"] as? String == "high")
        let findings = try #require(requests[0]["findings"] as? [[String: Any]])
        let blank = try #require(findings.first { $0["key"] as? String == "governance.quorum" })
        #expect(blank["severity"] as? String == "warning")
        #expect(blank["file"] as? String == sparse)
        let statute = try #require(findings.first { $0["key"] as? String == "partnership.statutory-type" })
        #expect(statute["line"] as? Int == 4)
        #expect(statute["column"] as? Int == 1)
        #expect(folder.exists("out/full.odt"))
    }

    @Test func jsonReportsFailuresAndThatNothingWasWritten() throws {
        let folder = TemporaryFolder()
        let good = folder.write("good.yaml", Self.sparse)
        let bad = folder.write("bad.yaml", Self.sparse.replacingOccurrences(of: "risk: high", with: "risk: severe"))
        let run = try CLIRunner.run(["compose", good, bad, "--output-dir", folder.file("out"), "--json"])
        #expect(run.status == 65)
        let report = try Self.json(run.out)
        #expect(report["status"] as? String == "failed")
        let requests = try #require(report["requests"] as? [[String: Any]])
        #expect(requests.map { $0["status"] as? String } == ["not-written", "failed"])
        #expect(requests.allSatisfy { ($0["outputs"] as? [String])?.isEmpty == true })
        let error = try #require((requests[1]["findings"] as? [[String: Any]])?.first)
        #expect(error["key"] as? String == "risk")
        #expect(error["line"] as? Int == 3)
        #expect(!folder.exists("out/good.md"))
    }

    @Test func jsonWithoutAnOutputFileIsAUsageError() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", Self.sparse)
        for extra in [[], ["--output", "-"]] {
            let run = try CLIRunner.run(["compose", request, "--json"] + extra)
            #expect(run.status == 64)
            #expect(run.stderr.contains("--json prints its report on standard output"))
            #expect(run.stdout.isEmpty)
        }
    }

    @Test func quietPrintsNoWarningsButStillPrintsErrors() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", Self.sparse)
        let loud = try CLIRunner.run(["compose", request, "--output", folder.file("loud.md")])
        #expect(loud.status == 0)
        #expect(loud.stderr.components(separatedBy: ": warning: ").count > 5)
        let quiet = try CLIRunner.run(["compose", request, "--output", folder.file("quiet.md"), "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
        #expect(folder.contents("quiet.md") == folder.contents("loud.md"))
        let failing = try CLIRunner.run(["compose", folder.file("none.yaml"), "--quiet"])
        #expect(failing.status == 66)
        #expect(failing.stderr.contains("none.yaml: no such file"))
    }

    @Test func aDateWrittenDayFirstGetsTheISOFormSuggested() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", Self.sparse.replacingOccurrences(of: "risk: high", with: "risk: high\ndate: 01/03/2026"))
        let run = try CLIRunner.run(["compose", request])
        #expect(run.status == 65)
        #expect(run.stderr.contains("r.yaml:4:7: error: date: expected a date written YYYY-MM-DD"))
        #expect(run.stderr.contains("hint: write dates as YYYY-MM-DD: did you mean 2026-03-01 (1 March 2026)?"))
    }
}
