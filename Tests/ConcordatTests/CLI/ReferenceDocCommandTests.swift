import Foundation
import Testing
@testable import Concordat

/// `compose --reference-doc`: the look of both formats from an organisation's template, and
/// the exit codes for a wrong or bad one.
@Suite struct ReferenceDocCommandTests {
    @Test func referenceChangesFontsAndPageOfBothFormats() throws {
        let folder = TemporaryFolder()
        let request = try ComposeCommandTests.example(folder)
        let word = folder.write("house.docx", bytes: try ReferenceDocumentFixtures.docx())
        let odf = folder.write("house.odt", bytes: try ReferenceDocumentFixtures.odt())
        let docx = try CLIRunner.run(["compose", request, "--output", folder.file("out.docx"), "--reference-doc", word])
        #expect(docx.status == 0, "\(docx.stderr)")
        let docxBytes = FileManager.default.contents(atPath: folder.file("out.docx")).map(Array.init) ?? []
        let docxPackage = try ODTPackageContents(docxBytes)
        #expect(try DOCXTestSupport.text(docxPackage, "word/styles.xml").contains("w:ascii=\"Georgia\""))
        #expect(try docxPackage.tree("word/document.xml").descendants("w:pgSz").first?.attributes["w:orient"] == "landscape")
        #expect(DOCXRepairCheck.problems(in: docxBytes).isEmpty)
        let odt = try CLIRunner.run(["compose", request, "--output", folder.file("out.odt"), "--reference-doc", odf])
        #expect(odt.status == 0, "\(odt.stderr)")
        let odtPackage = try ODTPackageContents(FileManager.default.contents(atPath: folder.file("out.odt")).map(Array.init) ?? [])
        #expect(try odtPackage.tree("styles.xml").descendants("style:page-layout-properties").first?.attributes["fo:page-width"] == "11in")
        // Without a reference, the house style's A4 and fonts.
        let plain = try CLIRunner.run(["compose", request, "--output", folder.file("plain.docx")])
        #expect(plain.status == 0)
        let plainPackage = try ODTPackageContents(FileManager.default.contents(atPath: folder.file("plain.docx")).map(Array.init) ?? [])
        #expect(!(try DOCXTestSupport.text(plainPackage, "word/styles.xml").contains("Georgia")))
    }

    @Test func wrongOrBadReferenceExitsWithTheContractCode() throws {
        let folder = TemporaryFolder()
        let request = try ComposeCommandTests.example(folder)
        let odf = folder.write("house.odt", bytes: try ReferenceDocumentFixtures.odt())
        let notZip = folder.write("notes.docx", "just some text")
        let noStyles = folder.write("empty.docx", bytes: try ReferenceDocumentFixtures.zip([("word/document.xml", "<w:document xmlns:w=\"\(ReferenceDocumentFixtures.w)\"/>")]))
        let cases: [([String], Int32, String)] = [
            (["--output", folder.file("a.docx"), "--reference-doc", odf], 64, "is an ODT document but the output is DOCX"),
            (["--output", folder.file("a.md"), "--reference-doc", odf], 64, "not markdown"),
            (["--output", folder.file("a.docx"), "--reference-doc", notZip], 65, "notes.docx"),
            (["--output", folder.file("a.docx"), "--reference-doc", noStyles], 65, "no styles part"),
            (["--output", folder.file("a.docx"), "--reference-doc", folder.file("missing.docx")], 66, "missing.docx"),
        ]
        for (arguments, status, message) in cases {
            let result = try CLIRunner.run(["compose", request] + arguments)
            #expect(result.status == status, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!folder.exists("a.docx") && !folder.exists("a.md"))
        }
    }
}
