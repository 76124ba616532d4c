import Foundation
import Testing

@Suite struct BatchComposeTests {
    func requests(_ folder: TemporaryFolder) throws -> [String] {
        let mou = try CLIRunner.run(["init"]).out
        let tor = try CLIRunner.run(["init", "terms-of-reference", "--framework", "statutory"]).out
        return [folder.write("in/riverside.yaml", mou), folder.write("in/board.yaml", tor)]
    }

    @Test func writesOneDocumentPerRequestNamedAfterIt() throws {
        let folder = TemporaryFolder()
        let inputs = try requests(folder)
        let result = try CLIRunner.run(["compose"] + inputs + ["--output-dir", folder.file("out"), "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.list("out") == ["board.html", "riverside.html"])
    }

    @Test func oneBadRequestMeansNothingIsWritten() throws {
        let folder = TemporaryFolder()
        let inputs = try requests(folder) + [folder.write("in/broken.yaml", "document: memorandum-of-understanding\nframework: [\n")]
        let result = try CLIRunner.run(["compose"] + inputs + ["--output-dir", folder.file("out")])
        #expect(result.status == 65)
        #expect(result.stderr.contains("broken.yaml:"))
        #expect(result.stderr.contains("1 of 3 requests failed; nothing was written"))
        #expect(folder.list("out").isEmpty)
    }

    /// Into a folder that exists, each document is staged as it is composed; a failure must
    /// still leave the folder exactly as it was, with no temporary file behind.
    @Test func aFailedBatchIntoAnExistingFolderLeavesItAsItWas() throws {
        let folder = TemporaryFolder()
        let inputs = try requests(folder) + [folder.write("in/broken.yaml", "document: memorandum-of-understanding\nframework: [\n")]
        _ = folder.write("out/riverside.md", "earlier work\n")
        let result = try CLIRunner.run(["compose"] + inputs + ["--output-dir", folder.file("out")])
        #expect(result.status == 65)
        #expect(folder.list("out") == ["riverside.md"], "no document and no temporary file is added")
        #expect(folder.contents("out/riverside.md") == "earlier work\n")
    }

    @Test func aBatchIntoAnExistingFolderReplacesItsFilesWhole() throws {
        let folder = TemporaryFolder()
        let inputs = try requests(folder)
        _ = folder.write("out/riverside.md", "earlier work\n")
        let result = try CLIRunner.run(["compose"] + inputs + ["--output-dir", folder.file("out")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.list("out") == ["board.md", "riverside.md"], "no temporary file is left")
        let alone = try CLIRunner.run(["compose", inputs[0]])
        #expect(folder.contents("out/riverside.md") == alone.out)
    }

    /// A pack's three documents are staged together; when another request of the batch fails,
    /// none of them is written and none of their temporary files is left.
    @Test func aFailedPackBatchIntoAnExistingFolderLeavesItAsItWas() throws {
        let folder = TemporaryFolder()
        let inputs = try requests(folder) + [folder.write("in/broken.yaml", "document: memorandum-of-understanding\nframework: [\n")]
        _ = folder.write("out/riverside.memorandum-of-understanding.md", "earlier work\n")
        let result = try CLIRunner.run(["compose"] + inputs + ["--document", "all", "--output-dir", folder.file("out")])
        #expect(result.status == 65)
        #expect(folder.list("out") == ["riverside.memorandum-of-understanding.md"], "no document and no temporary file is added")
        #expect(folder.contents("out/riverside.memorandum-of-understanding.md") == "earlier work\n")
    }

    @Test func keepGoingWritesTheGoodOnesAndStillFails() throws {
        let folder = TemporaryFolder()
        let inputs = try requests(folder) + [folder.write("in/broken.yaml", "not: [valid\n")]
        let result = try CLIRunner.run(["compose"] + inputs + ["--output-dir", folder.file("out"), "--keep-going"])
        #expect(result.status == 65)
        #expect(folder.list("out") == ["board.md", "riverside.md"])
    }

    @Test func twoRequestsWithTheSameNameAreAUsageErrorBeforeComposing() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out
        let a = folder.write("a/riverside.yaml", text), b = folder.write("b/riverside.json", text)
        let result = try CLIRunner.run(["compose", a, b, "--output-dir", folder.file("out")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("would both be written as riverside"))
        #expect(!folder.exists("out"))
    }

    @Test func severalRequestsNeedAnOutputFolder() throws {
        let folder = TemporaryFolder()
        let inputs = try requests(folder)
        let result = try CLIRunner.run(["compose"] + inputs)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--output-dir"))
    }

    @Test func batchAndSingleCompositionGiveTheSameBytes() throws {
        let folder = TemporaryFolder()
        let inputs = try requests(folder)
        _ = try CLIRunner.run(["compose"] + inputs + ["--output-dir", folder.file("out"), "--format", "odt"])
        _ = try CLIRunner.run(["compose", inputs[1], "--output", folder.file("single.odt")])
        #expect(FileManager.default.contents(atPath: folder.file("out/board.odt")) == FileManager.default.contents(atPath: folder.file("single.odt")))
    }
}
