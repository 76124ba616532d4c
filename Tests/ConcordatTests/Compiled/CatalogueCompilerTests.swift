import Foundation
import Testing

/// The build step that compiles the built-in catalogue: an error in a built-in clause or template
/// must fail the build, naming the file, line and column as a compiler does, and write nothing.
@Suite struct CatalogueCompilerTests {
    /// The tool beside the test bundle (`swift build --build-tests` builds every target).
    static let tool = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("ConcordatCompile")

    /// A copy of the package's Clauses/ and Templates/ in a temporary folder.
    static func packageCopy() throws -> TemporaryFolder {
        let folder = TemporaryFolder()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.createDirectory(atPath: folder.file("package"), withIntermediateDirectories: true)
        for name in ["Clauses", "Templates"] {
            try FileManager.default.copyItem(
                at: root.appendingPathComponent(name), to: URL(fileURLWithPath: folder.file("package/\(name)")))
        }
        return folder
    }

    static func compile(_ folder: TemporaryFolder) throws -> CLIRunner.Result {
        #expect(FileManager.default.isExecutableFile(atPath: tool.path), "build the tests with swift build --build-tests")
        return try CLIRunner.run([folder.file("out/Compiled.swift"), folder.file("package")], executable: tool)
    }

    @Test func theBuiltInCatalogueCompiles() throws {
        let folder = try Self.packageCopy()
        _ = folder.write("out/.keep", "")
        let result = try Self.compile(folder)
        #expect(result.status == 0, "\(result.stderr)")
        let written = folder.contents("out/Compiled.swift") ?? ""
        let declares = written.contains("let compiledCatalogueText: StaticString = \"")
        let tagged = written.contains("concordat.compiled-catalogue/")
        #expect(declares && tagged, "the compiled catalogue is written as one Swift string")
    }

    @Test func aBrokenBuiltInClauseFailsTheBuildNamingFileLineAndColumn() throws {
        let folder = try Self.packageCopy()
        _ = folder.write("out/.keep", "")
        let path = "package/Clauses/disputes/disputes.tiered.md"
        let text = try #require(folder.contents(path))
        try #require(text.contains("\nslot: "))
        _ = folder.write(path, text.replacingOccurrences(of: "\nslot: ", with: "\nslot: no-such-slot-", options: [], range: text.range(of: "\nslot: ")))
        let result = try Self.compile(folder)
        #expect(result.status == 1)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("slot: ") }).advanced(by: 1)
        #expect(result.stderr.contains("\(folder.file(path)):\(line):"), "\(result.stderr)")
        #expect(result.stderr.contains("error:"))
        #expect(result.stderr.contains("the built-in catalogue has errors"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("out/Compiled.swift")), "nothing is written")
    }

    @Test func aBrokenBuiltInTemplateFailsTheBuild() throws {
        let folder = try Self.packageCopy()
        _ = folder.write("out/.keep", "")
        _ = folder.write("package/Templates/wording.yaml", "signature: [\n")
        let result = try Self.compile(folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(folder.file("package/Templates/wording.yaml")):"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out/Compiled.swift")))
    }
}
