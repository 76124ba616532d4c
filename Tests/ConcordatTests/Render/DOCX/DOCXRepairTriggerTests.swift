import Foundation
import Testing
@testable import Concordat

/// Each thing known to make Word offer to repair a document is checked on what the renderer
/// writes, and each check is shown to catch a package broken in that way, so that a check that
/// could never fail does not pass for one that works.
@Suite struct DOCXRepairTriggerTests {
    static let plain = try! DOCXTestSupport.render(SampleDocument.make())
    static let annotated = try! DOCXTestSupport.render(SampleDocument.make(annotated: true))

    @Test(arguments: DOCXRepairCheck.allCases)
    func renderedSampleHasNoTrigger(_ check: DOCXRepairCheck) {
        #expect(check.problems(in: Self.plain.bytes).isEmpty, "\(check.problems(in: Self.plain.bytes))")
        #expect(check.problems(in: Self.annotated.bytes).isEmpty, "\(check.problems(in: Self.annotated.bytes))")
    }

    @Test func commentsPartOnlyWithComments() throws {
        #expect(Self.plain["word/comments.xml"] == nil)
        #expect(Self.annotated["word/comments.xml"] != nil)
        // An empty comments part added to a document without comments is caught.
        let empty = Array("<?xml version=\"1.0\"?><w:comments xmlns:w=\"\(DOCXVocabulary.wordNamespace)\"/>".utf8)
        let orphan = try DOCXTestSupport.rebuilt(Self.plain, replacing: [
            "word/comments.xml": empty,
            "[Content_Types].xml": try DOCXTestSupport.edited(
                Self.plain, "[Content_Types].xml", "</Types>",
                "<Override PartName=\"/word/comments.xml\" ContentType=\"\(DOCXVocabulary.ContentType.comments)\"/></Types>"),
        ])
        #expect(!DOCXRepairCheck.orphanedComments.problems(in: orphan).isEmpty)
        let missing = try DOCXTestSupport.rebuilt(Self.annotated, removing: ["word/comments.xml"])
        #expect(!DOCXRepairCheck.orphanedComments.problems(in: missing).isEmpty)
    }

    @Test func everyFieldHasAStoredResult() throws {
        let footer = try DOCXTestSupport.text(Self.plain, "word/footer1.xml")
        #expect(footer.contains(" PAGE ") && footer.contains(" NUMPAGES "))
        let document = try DOCXTestSupport.text(Self.plain, "word/document.xml")
        #expect(document.contains(" TOC ") && document.contains(" REF "))
        let broken = try DOCXTestSupport.rebuilt(Self.plain, replacing: [
            "word/footer1.xml": try DOCXTestSupport.edited(Self.plain, "word/footer1.xml", "<w:t xml:space=\"preserve\">1</w:t>", ""),
        ])
        #expect(!DOCXRepairCheck.fieldsWithoutResults.problems(in: broken).isEmpty)
    }

    @Test func apostrophesAreWrittenAsCharacters() throws {
        // The sample's "days' notice" must come out as a plain apostrophe.
        let document = try DOCXTestSupport.text(Self.plain, "word/document.xml")
        #expect(document.contains("days' notice"))
        let broken = try DOCXTestSupport.rebuilt(Self.plain, replacing: [
            "word/document.xml": try DOCXTestSupport.edited(Self.plain, "word/document.xml", "days' notice", "days&apos; notice"),
        ])
        #expect(!DOCXRepairCheck.apostropheEntity.problems(in: broken).isEmpty)
    }

    @Test func themeAndWebSettingsArePresent() throws {
        for part in ["word/theme/theme1.xml", "word/webSettings.xml"] {
            let broken = try DOCXTestSupport.rebuilt(Self.plain, removing: [part])
            #expect(!DOCXRepairCheck.themeAndWebSettings.problems(in: broken).isEmpty, "\(part)")
        }
    }

    @Test func zipEntriesHaveUnixAttributes() throws {
        let attributes = try DOCXTestSupport.externalAttributes(Self.plain.bytes)
        #expect(!attributes.isEmpty)
        #expect(attributes.allSatisfy { $0.1 == ZipPackage.externalAttributes }, "\(attributes)")
        let broken = try DOCXTestSupport.rebuilt(Self.plain, externalAttributes: 0)
        #expect(!DOCXRepairCheck.zeroExternalAttributes.problems(in: broken).isEmpty)
    }

    @Test func textBreaksAreElementsNotNewlines() throws {
        // The sample's line break and a newline inside a text value both become w:br.
        var document = SampleDocument.make()
        document.back.append(.paragraph([.text("first line\nsecond\tcolumn\r\n")]))
        let package = try DOCXTestSupport.render(document)
        #expect(DOCXRepairCheck.newlineInText.problems(in: package.bytes).isEmpty)
        let text = try DOCXTestSupport.text(package, "word/document.xml")
        #expect(text.contains("first line</w:t><w:br/><w:t xml:space=\"preserve\">second</w:t><w:tab/>"))
        let broken = try DOCXTestSupport.rebuilt(Self.plain, replacing: [
            "word/document.xml": try DOCXTestSupport.edited(Self.plain, "word/document.xml", "Quorum</w:t>", "Quo\nrum</w:t>"),
        ])
        #expect(!DOCXRepairCheck.newlineInText.problems(in: broken).isEmpty)
    }

    @Test func numberingIdsAllExist() throws {
        let broken = try DOCXTestSupport.rebuilt(Self.plain, replacing: [
            "word/document.xml": try DOCXTestSupport.edited(Self.plain, "word/document.xml", "<w:numId w:val=\"3\"/>", "<w:numId w:val=\"99\"/>"),
        ])
        #expect(!DOCXRepairCheck.danglingNumbering.problems(in: broken).isEmpty)
    }

    @Test func relationshipIdsAllExist() throws {
        let rels = try DOCXTestSupport.text(Self.plain, "word/_rels/document.xml.rels")
        let headerID = try #require(rels.firstMatch(of: /Id="(rId\d+)"[^>]*Target="header1.xml"/)?.1)
        let broken = try DOCXTestSupport.rebuilt(Self.plain, replacing: [
            "word/document.xml": try DOCXTestSupport.edited(Self.plain, "word/document.xml", "r:id=\"\(headerID)\"", "r:id=\"rId99\""),
        ])
        #expect(!DOCXRepairCheck.danglingRelationships.problems(in: broken).isEmpty)
        let missingPart = try DOCXTestSupport.rebuilt(Self.plain, removing: ["word/footer1.xml"])
        #expect(!DOCXRepairCheck.danglingRelationships.problems(in: missingPart).isEmpty)
    }

    @Test func everyTableCellHoldsAParagraph() throws {
        // The sample's contributions table has an empty cell, and signature lines are empty.
        let document = try DOCXTestSupport.text(Self.plain, "word/document.xml")
        let emptyCell = try #require(document.firstMatch(of: /<w:tc><w:tcPr>(?:(?!<\/w:tcPr>).)*<\/w:tcPr>(<w:p><w:pPr><w:pStyle w:val="SignatureLine"\/>(?:<w:keepNext\/>)?<\/w:pPr><\/w:p>)<\/w:tc>/))
        let broken = try DOCXTestSupport.rebuilt(Self.plain, replacing: [
            "word/document.xml": Array(document.replacingOccurrences(of: String(emptyCell.output.0), with: String(emptyCell.output.0).replacingOccurrences(of: String(emptyCell.output.1), with: "")).utf8),
        ])
        #expect(!DOCXRepairCheck.cellWithoutParagraph.problems(in: broken).isEmpty)
    }

    @Test func bookmarkNamesAreWordsNames() throws {
        let broken = try DOCXTestSupport.rebuilt(Self.plain, replacing: [
            "word/document.xml": try DOCXTestSupport.edited(Self.plain, "word/document.xml", "w:name=\"meetings_quorum\"", "w:name=\"meetings.quorum\""),
        ])
        #expect(!DOCXRepairCheck.bookmarks.problems(in: broken).isEmpty)
    }
}
