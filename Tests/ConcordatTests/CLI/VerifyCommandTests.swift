import Foundation
import Testing

@Suite struct VerifyCommandTests {
    @Test func exitCodesSayUntouchedChangedOrNoRequest() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        #expect(try CLIRunner.run(["compose", request, "-o", folder.file("d.html")]).status == 0)
        #expect(try CLIRunner.run(["compose", request, "-o", folder.file("d.odt")]).status == 0)
        #expect(try CLIRunner.run(["compose", request, "--no-embed", "-o", folder.file("bare.html")]).status == 0)
        let untouched = try CLIRunner.run(["verify", folder.file("d.html"), folder.file("d.odt")])
        #expect(untouched.status == 0, "\(untouched.out)\(untouched.stderr)")
        #expect(untouched.out.contains("untouched"))

        let html = try #require(folder.contents("d.html"))
        let edited = html.replacingOccurrences(of: "Each party signs through", with: "Each party signs only through")
        #expect(edited != html)
        folder.write("edited.html", edited)
        let changed = try CLIRunner.run(["verify", folder.file("edited.html")])
        #expect(changed.status == 1)
        #expect(changed.out.contains("Signatures: edited by hand"))
        #expect(changed.out.contains("{+only+}"))

        let bare = try CLIRunner.run(["verify", folder.file("bare.html")])
        #expect(bare.status == 65)
        #expect(bare.stderr.contains("carries no request record"))
        // Several documents: the highest code.
        #expect(try CLIRunner.run(["verify", folder.file("d.odt"), folder.file("edited.html"), folder.file("bare.html")]).status == 65)

        let json = try CLIRunner.run(["verify", "--json", folder.file("edited.html"), folder.file("d.odt")])
        #expect(json.status == 1)
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        #expect(object["schema"] as? String == "concordat.verify/1")
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.map { $0["status"] as? String } == ["changed", "untouched"])
    }

    @Test func assessAndExplainReadTheRequestADocumentCarries() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out.replacingOccurrences(of: "risk: low", with: "risk: high")
        let request = folder.write("r.yaml", text)
        #expect(try CLIRunner.run(["compose", request, "-o", folder.file("d.odt")]).status == 0)
        let fromDocument = try CLIRunner.run(["assess", folder.file("d.odt")])
        #expect(fromDocument.status == 0, "\(fromDocument.stderr)")
        #expect(fromDocument.out.contains("Level used: high"))
        let explained = try CLIRunner.run(["explain", folder.file("d.odt"), "--json"])
        #expect(explained.status == 0)
        #expect(explained.out == (try CLIRunner.run(["explain", request, "--json"]).out.replacingOccurrences(of: request, with: folder.file("d.odt"))))
    }
}

@Suite struct ExplainIncludedTests {
    @Test func includedListsOnlyTheDocumentsClausesWithNumbers() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        let all = try CLIRunner.run(["explain", request])
        let included = try CLIRunner.run(["explain", request, "--included"])
        #expect(included.status == 0)
        let lines = included.out.split(separator: "\n").filter { $0.hasPrefix("+ ") || $0.hasPrefix("- ") }
        #expect(!lines.isEmpty && lines.allSatisfy { $0.hasPrefix("+ ") })
        #expect(all.out.split(separator: "\n").contains { $0.hasPrefix("- ") })
        #expect(included.out.contains("+ 2.1 background.partners v"))
        let json = try CLIRunner.run(["explain", request, "--included", "--json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.stdout)) as? [String: Any])
        let clauses = try #require(object["clauses"] as? [[String: Any]])
        #expect(clauses.allSatisfy { $0["included"] as? Bool == true && $0["number"] is String })
    }
}
