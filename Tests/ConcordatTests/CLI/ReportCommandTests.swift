import Foundation
import Testing

@Suite struct ReportCommandTests {
    func json(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
    }

    @Test func explainListsEveryClauseWithRulesVersionAndHash() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        let text = try CLIRunner.run(["explain", request])
        #expect(text.status == 0)
        #expect(text.out.contains("included: "))
        #expect(text.out.contains("excluded: "))
        let result = try CLIRunner.run(["explain", request, "--json"])
        let object = try json(result)
        #expect(object["schema"] as? String == "concordat.explain/1")
        let clauses = try #require(object["clauses"] as? [[String: Any]])
        let total = try #require(try json(CLIRunner.run(["clauses", "--json"]))["clauses"] as? [Any]).count
        #expect(clauses.count == total)
        let first = try #require(clauses.first)
        #expect(first["included"] as? Bool == true)
        #expect((first["sha256"] as? String)?.count == 64)
        #expect(first["version"] is Int)
    }

    @Test func clausesFiltersByDocument() throws {
        let all = try json(CLIRunner.run(["clauses", "--json"]))
        let tor = try json(CLIRunner.run(["clauses", "--json", "--document", "terms-of-reference"]))
        #expect(all["schema"] as? String == "concordat.clauses/1")
        let torClauses = try #require(tor["clauses"] as? [[String: Any]])
        #expect(torClauses.count < (all["clauses"] as? [Any])?.count ?? 0)
        #expect(torClauses.allSatisfy { ($0["documents"] as? [String]).map { $0 == ["all"] || $0.contains("terms-of-reference") } ?? false })
    }

    @Test func assessReportsFactorsAndOverride() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        let text = try CLIRunner.run(["assess", request])
        #expect(text.status == 0)
        #expect(text.out.contains("total-funding"))
        #expect(text.out.contains("Level used:"))
        let object = try json(CLIRunner.run(["assess", request, "--json"]))
        #expect(object["schema"] as? String == "concordat.assess/1")
        #expect((object["factors"] as? [Any])?.count == 10)
    }

    @Test func customCatalogueReplacesABuiltInClause() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        let explain = try json(CLIRunner.run(["explain", request, "--json"]))
        let clauses = try #require(explain["clauses"] as? [[String: Any]])
        let listing = try json(CLIRunner.run(["clauses", "--json"]))
        let catalogue = try #require(listing["clauses"] as? [[String: Any]])
        // A clause that defines no terms can be replaced without leaving other clauses' terms undefined.
        let definesNothing = Set(catalogue.filter { ($0["defines"] as? [String])?.isEmpty == true }.compactMap { $0["id"] as? String })
        let included = try #require(clauses.first { $0["included"] as? Bool == true && definesNothing.contains($0["id"] as? String ?? "") })
        let id = try #require(included["id"] as? String)
        let entry = try #require(catalogue.first { $0["id"] as? String == id })
        let file = try #require(entry["file"] as? String)
        // Reuse the clause's front matter with our own wording.
        let original = try CLIRunner.run(["clauses", "--json"]).out
        #expect(original.contains(file))
        let front = """
            ---
            id: \(id)
            title: Our own wording
            version: 9
            documents: [memorandum-of-understanding]
            frameworks: [all]
            risk-levels: [all]
            jurisdictions: [all]
            slot: \(try #require(entry["slot"] as? String))
            order: 1
            ---
            This is our organisation's own text for this clause.

            """
        folder.write("ours/\(id).md", front)
        let result = try CLIRunner.run(["compose", request, "--catalogue", folder.file("ours")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.out.contains("This is our organisation's own text for this clause."))
        let empty = try CLIRunner.run(["compose", request, "--no-default-catalogue", "--catalogue", folder.file("ours")])
        #expect(empty.status == 0)
        #expect(empty.out.contains("Our own wording"))
    }

    @Test func customTemplatesReplaceBuiltInOnesByName() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        let css = folder.write("templates/house-style.css", "body { color: rebeccapurple; }\n")
        _ = css
        let result = try CLIRunner.run(["compose", request, "--format", "html", "--templates", folder.file("templates")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.out.contains("rebeccapurple"))
    }

    @Test func brokenCustomClauseIsReportedWithItsFileAndLine() throws {
        let folder = TemporaryFolder()
        folder.write("ours/bad.md", "---\nid: purpose.bad\ntitle: Bad\nversion: 1\ndocuments: [all]\nframeworks: [all]\nrisk-levels: [all]\njurisdictions: [all]\nslot: nowhere\norder: 1\n---\nText.\n")
        let result = try CLIRunner.run(["clauses", "--catalogue", folder.file("ours")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("ours/bad.md:9:"))
        #expect(result.stderr.contains("has no slot 'nowhere'"))
    }

    @Test func initGivesARequestForEveryDocumentAndFramework() throws {
        for document in ["memorandum-of-understanding", "terms-of-reference", "exit-strategy"] {
            for framework in ["not-for-profit", "statutory", "strategic-alliance"] {
                let result = try CLIRunner.run(["init", document, "--framework", framework])
                #expect(result.status == 0)
                let composed = try CLIRunner.run(["compose", "-", "--strict"], stdin: result.stdout)
                #expect(composed.status == 0, "\(document) \(framework): \(composed.stderr)")
            }
        }
    }

    @Test func checkPassesOnTheBuiltInCatalogue() throws {
        let result = try CLIRunner.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.out.contains("combinations: 108 composed"))
        #expect(result.out.contains("check: passed"))
    }
}
