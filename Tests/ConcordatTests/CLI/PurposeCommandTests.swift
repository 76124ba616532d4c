import Foundation
import Testing
@testable import Concordat

/// Partners read what each clause is for: in `explain`, in `--annotate` notes in every format,
/// and in the comments of ODT and DOCX redlines.
@Suite struct PurposeCommandTests {
    static func purpose(of id: String) throws -> String {
        let (composer, _) = try Composer.load()
        return try #require(composer.catalogue.byID[id]?.purpose)
    }

    static func json(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
    }

    @Test func explainShowsEachClausesPurposeBeforeItsRules() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        let purpose = try Self.purpose(of: "purpose.statement")

        let text = try CLIRunner.run(["explain", request])
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.out.split(separator: "\n").map(String.init)
        let heading = try #require(lines.firstIndex { $0.contains(" purpose.statement v") })
        #expect(lines[heading + 1] == "    purpose: \(purpose)")
        #expect(lines[heading + 2].hasPrefix("    included: "))

        let object = try Self.json(CLIRunner.run(["explain", request, "--json", "--included"]))
        let clauses = try #require(object["clauses"] as? [[String: Any]])
        let entry = try #require(clauses.first { $0["id"] as? String == "purpose.statement" })
        #expect(entry["purpose"] as? String == purpose)
        #expect(clauses.allSatisfy { ($0["purpose"] as? String)?.isEmpty == false })

        let included = try CLIRunner.run(["explain", request, "--included"])
        #expect(included.out.contains("    purpose: \(purpose)\n"))
        // The catalogue listing gives it too, for someone choosing clauses.
        let listing = try Self.json(CLIRunner.run(["clauses", "--json"]))
        let listed = try #require(listing["clauses"] as? [[String: Any]])
        #expect(listed.first { $0["id"] as? String == "purpose.statement" }?["purpose"] as? String == purpose)
        #expect(try CLIRunner.run(["clauses"]).out.contains("purpose.statement v1 — Purpose\n    \(purpose)\n"))
    }

    @Test func annotatedDocumentsSayWhatEachClauseIsForThenWhyItIsThere() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        let sentence = try Self.purpose(of: "purpose.statement")
        let reason = "purpose.statement v1: included because"

        func order(_ text: String, _ format: String, label: String = "What this clause is for: ") {
            let purpose = label + sentence
            let first = text.range(of: purpose), second = text.range(of: reason)
            #expect(first != nil, "\(format) lacks the purpose")
            #expect(second != nil, "\(format) lacks the reason")
            if let first, let second { #expect(first.lowerBound < second.lowerBound, "\(format): the purpose must come first") }
        }
        let markdown = try CLIRunner.run(["compose", request, "--annotate"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        order(markdown.out, "Markdown")
        let html = try CLIRunner.run(["compose", request, "--annotate", "--format", "html"])
        order(html.out, "HTML", label: "<span class=\"label\">What this clause is for:</span> ")

        for (format, part) in [("odt", "content.xml"), ("docx", "word/comments.xml")] {
            let file = folder.file("annotated.\(format)")
            let result = try CLIRunner.run(["compose", request, "--annotate", "--output", file])
            #expect(result.status == 0, "\(result.stderr)")
            let bytes = try #require(FileManager.default.contents(atPath: file))
            let xml = String(decoding: try #require(try ZipEntries.read(Array(bytes))[part]), as: UTF8.self)
            order(xml, format)
        }

        // Without --annotate, no note appears.
        #expect(!(try CLIRunner.run(["compose", request]).out.contains("What this clause is for")))
    }

    @Test func redlineCommentsSayWhyAClauseChangedAndWhatItIsFor() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out
        let old = folder.write("low.yaml", text)
        let new = folder.write("high.yaml", text.replacingOccurrences(of: "risk: low", with: "risk: high"))
        let purpose = try Self.purpose(of: "risk.liability-indemnity")
        for (format, part) in [("odt", "content.xml"), ("docx", "word/comments.xml")] {
            let output = folder.file("changes.\(format)")
            let result = try CLIRunner.run(["diff", old, new, "--output", output])
            #expect(result.status == 0, "\(result.stderr)")
            let bytes = try #require(FileManager.default.contents(atPath: output))
            let xml = String(decoding: try #require(try ZipEntries.read(Array(bytes))[part]), as: UTF8.self)
            // The comment on the added clause: why it was added, then what it is for.
            let added = try #require(xml.range(of: "Added: the request now states risk high"), "\(format)")
            let said = try #require(xml.range(of: "What this clause is for: \(purpose)"), "\(format)")
            #expect(added.lowerBound < said.lowerBound, "\(format)")
        }
    }
}
