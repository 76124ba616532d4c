import Foundation
import Testing

@Suite struct ComposeCommandTests {
    static func example(_ folder: TemporaryFolder, name: String = "riverside.yaml", arguments: [String] = []) throws -> String {
        let result = try CLIRunner.run(["init"] + arguments)
        #expect(result.status == 0)
        return folder.write(name, result.out)
    }

    @Test func versionAndHelp() throws {
        let version = try CLIRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.out.split(separator: ".").count == 3)
        let help = try CLIRunner.run(["--help"])
        #expect(help.out.contains("compose"))
        #expect(help.out.contains("explain"))
    }

    @Test func initThenComposeMarkdownToStandardOutput() throws {
        let folder = TemporaryFolder()
        let request = try Self.example(folder)
        let result = try CLIRunner.run(["compose", request])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.out.hasPrefix("# Memorandum of Understanding"))
        #expect(result.out.contains("## Parties"))
        #expect(!result.out.contains("[blank:"))
        #expect(result.stderr.isEmpty)
    }

    @Test func formatFollowsTheOutputExtension() throws {
        let folder = TemporaryFolder()
        let request = try Self.example(folder)
        for (name, prefix) in [("a.html", "<!DOCTYPE html>"), ("b.htm", "<!DOCTYPE html>"), ("c.markdown", "# "), ("d.md", "# ")] {
            let result = try CLIRunner.run(["compose", request, "--output", folder.file(name)])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(folder.contents(name)?.hasPrefix(prefix) == true, "\(name)")
        }
        let odt = try CLIRunner.run(["compose", request, "--output", folder.file("e.odt")])
        #expect(odt.status == 0)
        let bytes = FileManager.default.contents(atPath: folder.file("e.odt")).map(Array.init) ?? []
        #expect(bytes.starts(with: Array("PK".utf8)))
        // Only the outputs: no temporary files are left behind.
        #expect(folder.list().filter { $0.hasPrefix(".") }.isEmpty)
    }

    @Test func unknownExtensionWithoutFormatIsAUsageError() throws {
        let folder = TemporaryFolder()
        let request = try Self.example(folder)
        let result = try CLIRunner.run(["compose", request, "--output", folder.file("out.pdf")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("cannot tell the format of"))
        #expect(!folder.exists("out.pdf"))
    }

    @Test func missingRequestIsExit66NamingTheFile() throws {
        let result = try CLIRunner.run(["compose", "/nonexistent/riverside.yaml"])
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("concordat: error: /nonexistent/riverside.yaml: no such file"))
    }

    @Test func malformedRequestIsExit65WithLineAndColumn() throws {
        let folder = TemporaryFolder()
        let bad = folder.write("bad.yaml", "document: memorandum-of-understanding\nparties: [\n")
        let result = try CLIRunner.run(["compose", bad, "--output", folder.file("out.md")])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(bad):"))
        #expect(result.stderr.contains(": error: "))
        #expect(!folder.exists("out.md"))
    }

    @Test func unknownEnumValueNamesTheKeyAndLine() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out.replacingOccurrences(of: "kind: university", with: "kind: charity-ish")
        let request = folder.write("r.yaml", text)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("charity-ish") }.map { $0 + 1 }
        let result = try CLIRunner.run(["compose", request])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(request):\(line ?? 0):"))
        #expect(result.stderr.contains("parties[1].kind: unknown value 'charity-ish'"))
    }

    @Test func missingRequiredKeyIsExit65() throws {
        let folder = TemporaryFolder()
        let request = folder.write("r.yaml", "document: memorandum-of-understanding\nframework: statutory\nrisk: low\n")
        let result = try CLIRunner.run(["compose", request])
        #expect(result.status == 65)
        #expect(result.stderr.contains("partnership"))
        #expect(result.stderr.contains("parties"))
    }

    @Test func unwritableOutputIsExit73AndCreatesNothing() throws {
        let folder = TemporaryFolder()
        let request = try Self.example(folder)
        let result = try CLIRunner.run(["compose", request, "--output", folder.file("missing-folder/out.md")])
        #expect(result.status == 73)
        #expect(result.stderr.contains("missing-folder/out.md"))
        #expect(!folder.exists("missing-folder"))
    }

    @Test func failedCompositionLeavesAnExistingOutputUntouched() throws {
        let folder = TemporaryFolder()
        folder.write("out.md", "earlier work\n")
        let bad = folder.write("bad.yaml", "document: nonsense\n")
        let result = try CLIRunner.run(["compose", bad, "--output", folder.file("out.md")])
        #expect(result.status == 65)
        #expect(folder.contents("out.md") == "earlier work\n")
    }

    @Test func standardInputIsNamedInMessages() throws {
        let good = try CLIRunner.run(["init"]).stdout
        let composed = try CLIRunner.run(["compose", "-"], stdin: good)
        #expect(composed.status == 0)
        #expect(composed.out.hasPrefix("# Memorandum"))
        let bad = try CLIRunner.run(["compose", "-"], stdin: Array("document: [\n".utf8))
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("<stdin>:"))
    }

    @Test func flagsOverrideTheRequest() throws {
        let folder = TemporaryFolder()
        let request = try Self.example(folder)
        let result = try CLIRunner.run(["compose", request, "--document", "exit-strategy", "--risk", "high"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.out.hasPrefix("# Exit Strategy"))
    }

    @Test func strictTurnsABlankIntoAnError() throws {
        let folder = TemporaryFolder()
        // A clause that always needs the end date, so leaving it out must leave a blank.
        folder.write("ours/term.ends.md", """
            ---
            id: term.ends
            title: End of the partnership
            version: 1
            documents: [all]
            frameworks: [all]
            risk-levels: [all]
            jurisdictions: [all]
            slot: law
            order: 99
            ---
            The partnership ends on {{ partnership.end-date }}.

            """)
        let text = try CLIRunner.run(["init"]).out
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("end-date:") }
            .joined(separator: "\n")
        let request = folder.write("r.yaml", text)
        let catalogue = ["--catalogue", folder.file("ours")]
        let lenient = try CLIRunner.run(["compose", request, "--output", folder.file("lenient.md")] + catalogue)
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("concordat: warning: \(request): partnership.end-date: the request gives no value"))
        // Escaped where bold cannot mark it next to the full stop: it reads "[blank: partnership.end-date]".
        #expect(folder.contents("lenient.md")?.contains("blank: partnership.end-date") == true)
        let strict = try CLIRunner.run(["compose", request, "--strict", "--output", folder.file("strict.md")] + catalogue)
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("concordat: error: \(request): partnership.end-date: the request gives no value"))
        #expect(strict.stderr.contains("under --strict"))
        #expect(!folder.exists("strict.md"))
    }

    @Test func sameRequestGivesTheSameBytesInAnyTimeZoneAndLocale() throws {
        let folder = TemporaryFolder()
        let request = try Self.example(folder)
        for format in ["markdown", "html", "odt"] {
            let a = try CLIRunner.run(["compose", request, "--format", format, "--output", folder.file("a.\(format)")],
                                      environment: ["TZ": "UTC", "LANG": "C"])
            let b = try CLIRunner.run(["compose", request, "--format", format, "--output", folder.file("b.\(format)")],
                                      environment: ["TZ": "Pacific/Kiritimati", "LANG": "cy_GB.UTF-8"])
            #expect(a.status == 0 && b.status == 0)
            #expect(FileManager.default.contents(atPath: folder.file("a.\(format)")) == FileManager.default.contents(atPath: folder.file("b.\(format)")), "\(format)")
        }
    }

    @Test func sourceDateEpochDatesAnUndatedRequest() throws {
        let folder = TemporaryFolder()
        let text = try CLIRunner.run(["init"]).out
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("date:") }.joined(separator: "\n")
        let request = folder.write("r.yaml", text)
        let undated = try CLIRunner.run(["compose", request])
        #expect(undated.out.contains("Date: ____"))
        let dated = try CLIRunner.run(["compose", request], environment: ["SOURCE_DATE_EPOCH": "1775001600"])
        #expect(dated.out.contains("1 April 2026"))
    }
}

/// `--format docx`, `.docx` outputs, and formats that must agree with extensions.
@Suite struct ComposeDOCXCommandTests {
    @Test func docxExtensionInfersDOCX() throws {
        let folder = TemporaryFolder()
        let request = try ComposeCommandTests.example(folder)
        let result = try CLIRunner.run(["compose", request, "--output", folder.file("draft.docx")])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = FileManager.default.contents(atPath: folder.file("draft.docx")).map(Array.init) ?? []
        let entries = try ZipEntries.read(bytes)
        #expect(entries["word/document.xml"] != nil)
        #expect(entries["mimetype"] == nil)
        #expect(DOCXRepairCheck.problems(in: bytes).isEmpty)
    }

    @Test func formatAndExtensionMustAgree() throws {
        let folder = TemporaryFolder()
        let request = try ComposeCommandTests.example(folder)
        for (name, format) in [("x.docx", "odt"), ("x.md", "odt"), ("x.odt", "docx"), ("x.html", "markdown")] {
            let result = try CLIRunner.run(["compose", request, "--output", folder.file(name), "--format", format])
            #expect(result.status == 64, "\(name) --format \(format): \(result.stderr)")
            #expect(result.stderr.contains("--format is \(format)"), "\(result.stderr)")
            #expect(!folder.exists(name))
        }
        // Agreeing, or an extension that names no format, is fine.
        let agreeing = try CLIRunner.run(["compose", request, "--output", folder.file("y.docx"), "--format", "docx"])
        #expect(agreeing.status == 0, "\(agreeing.stderr)")
        let unnamed = try CLIRunner.run(["compose", request, "--output", folder.file("y.txt"), "--format", "markdown"])
        #expect(unnamed.status == 0, "\(unnamed.stderr)")
    }

    @Test func unknownExtensionHintNamesDOCX() throws {
        let folder = TemporaryFolder()
        let request = try ComposeCommandTests.example(folder)
        let result = try CLIRunner.run(["compose", request, "--output", folder.file("out.pdf")])
        #expect(result.status == 64)
        #expect(result.stderr.contains("docx"))
    }

    @Test func sameRequestGivesSameBytesAcrossTimeZoneAndLocale() throws {
        let folder = TemporaryFolder()
        let request = try ComposeCommandTests.example(folder)
        var outputs: [[UInt8]] = []
        for (index, environment) in [["TZ": "UTC", "LANG": "C"], ["TZ": "Pacific/Kiritimati", "LANG": "fr_FR.UTF-8"]].enumerated() {
            let result = try CLIRunner.run(["compose", request, "--annotate", "--output", folder.file("\(index).docx")], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(FileManager.default.contents(atPath: folder.file("\(index).docx")).map(Array.init) ?? [])
        }
        #expect(!outputs[0].isEmpty && outputs[0] == outputs[1])
    }
}
