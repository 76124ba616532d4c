import Foundation
import Testing

/// `compose --document all`: the pack of three documents, written together or not at all.
@Suite struct PackCommandTests {
    @Test func writesTheThreeDocumentsNamedAfterTheRequest() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", try CLIRunner.run(["init"]).out)
        let result = try CLIRunner.run(["compose", request, "--document", "all", "--output-dir", folder.file("pack"), "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.list("pack") == [
            "riverside.exit-strategy.html", "riverside.memorandum-of-understanding.html", "riverside.terms-of-reference.html",
        ])
        let exit = try String(contentsOfFile: folder.file("pack/riverside.exit-strategy.html"), encoding: .utf8)
        #expect(exit.contains("Memorandum of Understanding"))
    }

    @Test func aPackNeedsAnOutputFolder() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", try CLIRunner.run(["init"]).out)
        let result = try CLIRunner.run(["compose", request, "--document", "all"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--document all writes several documents and needs --output-dir DIR"))
        #expect(result.out.isEmpty)
    }

    @Test func aBodyThatExistsByLawGetsOnlyItsTermsOfReference() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init", "terms-of-reference", "--framework", "statutory"]).out
            .replacingOccurrences(of: "statutory-type: section-75", with: "statutory-type: health-and-wellbeing-board")
        let request = folder.write("board.yaml", text)
        let result = try CLIRunner.run(["compose", request, "--document", "all", "--output-dir", folder.file("pack")])
        #expect(folder.list("pack") == ["board.terms-of-reference.md"], "\(result.stderr)")
    }

    @Test func aFailingRequestWritesNoneOfThePack() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out.replacingOccurrences(of: "quorum: 2", with: "quorum: 9")
        let request = folder.write("riverside.yaml", text)
        let result = try CLIRunner.run(["compose", request, "--document", "all", "--output-dir", folder.file("pack")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("governance.quorum: a quorum of 9 can never be met"))
        #expect(folder.list("pack").isEmpty)
    }
}
