import Foundation
import Testing

/// verify, diff, assess and explain with DOCX documents, and DOCX redlines from the command line.
@Suite struct DOCXReviewCommandTests {
    @Test func verifySaysUntouchedChangedOrNoRequestForDOCX() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
        #expect(try CLIRunner.run(["compose", request, "-o", folder.file("d.docx")]).status == 0)
        #expect(try CLIRunner.run(["compose", request, "--no-embed", "-o", folder.file("bare.docx")]).status == 0)
        let untouched = try CLIRunner.run(["verify", folder.file("d.docx")])
        #expect(untouched.status == 0, "\(untouched.out)\(untouched.stderr)")
        #expect(untouched.out.contains("untouched"))

        // One word changed in the document part, as a word processor saving with tracking off would.
        let package = try ODTPackageContents(try #require(FileManager.default.contents(atPath: folder.file("d.docx")).map(Array.init)))
        let edited = try DOCXTestSupport.edited(package, "word/document.xml", "have agreed to work together", "have agreed to work closely together")
        folder.write("edited.docx", bytes: try DOCXTestSupport.rebuilt(package, replacing: ["word/document.xml": edited]))
        let changed = try CLIRunner.run(["verify", folder.file("edited.docx")])
        #expect(changed.status == 1, "\(changed.stderr)")
        #expect(changed.out.contains("background.partners"), "\(changed.out)")
        #expect(changed.out.contains("{+closely+}"), "\(changed.out)")

        let bare = try CLIRunner.run(["verify", folder.file("bare.docx")])
        #expect(bare.status == 65)
        #expect(bare.stderr.contains("carries no request record"))
    }

    @Test func assessExplainAndDiffReadADOCX() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out
        let request = folder.write("r.yaml", text)
        let later = folder.write("r2.yaml", text.replacingOccurrences(of: "date: 2026-03-01", with: "date: 2026-04-02"))
        #expect(try CLIRunner.run(["compose", request, "-o", folder.file("a.docx")]).status == 0)
        #expect(try CLIRunner.run(["compose", later, "-o", folder.file("b.docx")]).status == 0)
        let assessed = try CLIRunner.run(["assess", folder.file("a.docx")])
        #expect(assessed.status == 0, "\(assessed.stderr)")
        #expect(assessed.out.contains("Level used: low"))
        let explained = try CLIRunner.run(["explain", folder.file("a.docx"), "--json"])
        #expect(explained.out == (try CLIRunner.run(["explain", request, "--json"]).out.replacingOccurrences(of: request, with: folder.file("a.docx"))))
        let diff = try CLIRunner.run(["diff", folder.file("a.docx"), folder.file("b.docx")])
        #expect(diff.status == 0, "\(diff.stderr)")
        #expect(diff.out.contains("~~1 March~~ **2 April** 2026"), "\(diff.out)")
        #expect(!diff.out.contains("by hand"))
        #expect(try CLIRunner.run(["diff", request, folder.file("a.docx"), "--exit-code"]).status == 0)
        // The same document as ODT and as DOCX reads back the same.
        #expect(try CLIRunner.run(["compose", request, "-o", folder.file("a.odt")]).status == 0)
        let formats = try CLIRunner.run(["diff", folder.file("a.odt"), folder.file("a.docx"), "--exit-code"])
        #expect(formats.status == 0, "\(formats.out)")
    }

    @Test func diffWritesADOCXRedline() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out
        let old = folder.write("old.yaml", text)
        let new = folder.write("new.yaml", text.replacingOccurrences(of: "\nrisk: low", with: "\nrisk: high"))
        let result = try CLIRunner.run(["diff", old, new, "--output", folder.file("changes.docx"), "--author", "Jo Bloggs"])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: folder.file("changes.docx")).map(Array.init))
        let document = try DOCXTestSupport.text(try ODTPackageContents(bytes), "word/document.xml")
        #expect(document.contains("<w:ins ") && document.contains("<w:del ") && document.contains("<w:delText"))
        #expect(document.contains("w:author=\"Jo Bloggs\""))
        // A redline is a file; the format and the extension must agree.
        #expect(try CLIRunner.run(["diff", old, new, "--format", "docx"]).status == 64)
        #expect(try CLIRunner.run(["diff", old, new, "--format", "odt", "--output", folder.file("x.docx")]).status == 64)
    }

    @Test func diffHelpListsExactlyTheFormatsAccepted() throws {
        let help = try CLIRunner.run(["diff", "--help"]).out
        let values = try #require(help.range(of: "values: ")).upperBound
        let listed = help[values...].prefix { $0 != ")" }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(listed == ["markdown", "html", "odt", "docx"], "\(help)")
        for format in listed {
            let folder = TemporaryFolder()
            let request = folder.write("r.yaml", try CLIRunner.run(["init"]).out)
            let ext = format == "markdown" ? "md" : format
            #expect(try CLIRunner.run(["diff", request, request, "--format", format, "--output", folder.file("x.\(ext)")]).status == 0)
        }
    }
}
