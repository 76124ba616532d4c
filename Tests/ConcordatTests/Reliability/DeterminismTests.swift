import Foundation
import Testing

/// The same request gives the same bytes: for every document and framework, in every format,
/// whatever the time zone, locale or working folder, and whether composed alone or in a batch.
@Suite struct DeterminismTests {
    /// Environments chosen to disturb anything that reads them: a zone fourteen hours ahead and
    /// one half an hour off, decimal commas, a right-to-left script and non-Gregorian calendars.
    static let environments: [[String: String]] = [
        ["TZ": "UTC", "LANG": "C", "LC_ALL": "C"],
        ["TZ": "Pacific/Kiritimati", "LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"],
        ["TZ": "America/St_Johns", "LANG": "ar_SA.UTF-8", "LC_ALL": "th_TH.UTF-8@calendar=buddhist", "LC_NUMERIC": "fr_FR.UTF-8"],
    ]

    static let formats = ["markdown", "html", "odt", "docx"]

    /// The nine `init` examples: every document for every framework.
    static func examples(in folder: TemporaryFolder) throws -> [String] {
        var paths: [String] = []
        for document in ["memorandum-of-understanding", "terms-of-reference", "exit-strategy"] {
            for framework in ["strategic-alliance", "not-for-profit", "statutory"] {
                let text = try CLIRunner.run(["init", document, "--framework", framework]).stdout
                paths.append(folder.write("requests/\(document)-\(framework).yaml", bytes: text))
            }
        }
        return paths
    }

    static func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test(arguments: formats)
    func everyExampleGivesTheSameBytesAloneOrInABatchInAnyEnvironment(_ format: String) throws {
        let folder = TemporaryFolder()
        let requests = try Self.examples(in: folder)
        let annotate = format == "markdown" ? [] : ["--annotate"]
        let fileExtension = format == "markdown" ? "md" : format

        // A batch in each environment, each from a different working folder.
        for (index, environment) in Self.environments.enumerated() {
            let workingFolder = folder.file("work-\(index)")
            try FileManager.default.createDirectory(atPath: workingFolder, withIntermediateDirectories: true)
            let batch = try CLIRunner.run(
                ["compose"] + requests + ["--format", format, "--output-dir", folder.file("batch-\(index)")] + annotate,
                in: workingFolder, environment: environment)
            #expect(batch.status == 0, "\(batch.stderr)")
        }
        for request in requests {
            let name = ((request as NSString).lastPathComponent as NSString).deletingPathExtension + "." + fileExtension
            // Alone, given by a relative path, in the last environment.
            let single = folder.file("single-\(name)")
            let alone = try CLIRunner.run(
                ["compose", "requests/" + (request as NSString).lastPathComponent, "--format", format, "--output", single] + annotate,
                in: folder.path, environment: Self.environments[2])
            #expect(alone.status == 0, "\(alone.stderr)")
            let reference = try #require(Self.bytes(single), "\(name) was not written")
            #expect(!reference.isEmpty)
            for index in Self.environments.indices {
                #expect(Self.bytes(folder.file("batch-\(index)/\(name)")) == reference, "\(name): batch in environment \(index) differs")
            }
        }
    }

    @Test func standardInputAndAFileGiveTheSameDocument() throws {
        let folder = TemporaryFolder()
        let request = try Self.examples(in: folder)[4]
        for format in Self.formats {
            let fromFile = try CLIRunner.run(["compose", request, "--format", format, "--output", "-"])
            let fromStandardInput = try CLIRunner.run(
                ["compose", "-", "--format", format, "--output", "-"], stdin: Array(try #require(Self.bytes(request))))
            #expect(fromFile.status == 0 && fromStandardInput.status == 0)
            #expect(!fromFile.stdout.isEmpty)
            #expect(fromFile.stdout == fromStandardInput.stdout, "\(format)")
        }
    }

    @Test func theSameRequestInJSONGivesTheSameDocument() throws {
        let folder = TemporaryFolder()
        let yaml = folder.write("riverside.yaml", """
            document: terms-of-reference
            framework: not-for-profit
            risk: medium
            date: 2026-03-01
            partnership:
              name: Riverside Urban Forest Partnership
              purpose: "Plant and care for 5,000 street trees: one per household."
              start-date: 2026-04-01
            parties:
              - name: Riverside City Council
                kind: local-authority
                role: [lead-partner, accountable-body]
                contribution: { cash: 25000.5 }
              - name: Riverside Trees CIC
                kind: community-interest-company
            governance: { quorum: 2, meetings-per-year: 4, notice-days: 10, decisions: majority }

            """)
        let json = folder.write("riverside.json", """
            {"document": "terms-of-reference", "framework": "not-for-profit", "risk": "medium", "date": "2026-03-01",
             "partnership": {"name": "Riverside Urban Forest Partnership",
                             "purpose": "Plant and care for 5,000 street trees: one per household.", "start-date": "2026-04-01"},
             "parties": [{"name": "Riverside City Council", "kind": "local-authority", "role": ["lead-partner", "accountable-body"],
                          "contribution": {"cash": 25000.5}},
                         {"name": "Riverside Trees CIC", "kind": "community-interest-company"}],
             "governance": {"quorum": 2, "meetings-per-year": 4, "notice-days": 10, "decisions": "majority"}}

            """)
        for format in Self.formats {
            let a = try CLIRunner.run(["compose", yaml, "--format", format, "--output", "-"])
            let b = try CLIRunner.run(["compose", json, "--format", format, "--output", "-"])
            #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
            #expect(!a.stdout.isEmpty)
            #expect(a.stdout == b.stdout, "\(format)")
        }
    }
}
