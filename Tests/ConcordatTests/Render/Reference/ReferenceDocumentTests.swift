import Foundation
import Testing
@testable import Concordat

/// `--reference-doc`: an organisation's own Word or ODF template sets the look of the output,
/// and a broken or hostile one is refused, naming the file.
@Suite struct ReferenceDocumentTests {
    typealias F = ReferenceDocumentFixtures

    @Test func wordTemplateSetsStylesAndPageOfDOCX() throws {
        let reference = try ReferenceDocument.read(try F.docx(), file: "house.docx")
        #expect(reference.format == .docx)
        let bytes = try DOCXRenderer(houseStyle: .default, reference: reference).render(SampleDocument.make(annotated: true))
        let package = try ODTPackageContents(bytes)
        #expect(DOCXRepairCheck.problems(in: bytes).isEmpty, "\(DOCXRepairCheck.problems(in: bytes))")
        let styles = try package.tree("word/styles.xml")
        // The template's defaults and its red Heading 1 win …
        #expect(styles.descendants("w:docDefaults").first?.descendants("w:rFonts").first?.attributes["w:ascii"] == "Georgia")
        let all = styles.descendants("w:style")
        let heading = try #require(all.first { $0.attributes["w:styleId"] == "Heading1" })
        #expect(heading.descendants("w:color").first?.attributes["w:val"] == "C00000")
        // … but Heading 1 stays linked to the heading list, and no style names the template's lists.
        #expect(heading.descendants("w:numId").map { $0.attributes["w:val"] } == ["1"])
        #expect(styles.descendants("w:numId").allSatisfy { $0.attributes["w:val"] == "1" })
        // House styles the template lacks are added, without a second default paragraph style.
        for id in ["Subclause", "DefinedTerm", "Blank", "TOC1", "Heading2", "CommentText"] {
            #expect(all.contains { $0.attributes["w:styleId"] == id }, "\(id)")
        }
        #expect(all.filter { $0.attributes["w:type"] == "paragraph" && $0.attributes["w:default"] == "1" }.count == 1)
        // The page is the template's: US Letter landscape with 1-inch margins.
        let size = try #require(package.tree("word/document.xml").descendants("w:pgSz").first)
        #expect(size.attributes["w:w"] == "15840" && size.attributes["w:h"] == "12240" && size.attributes["w:orient"] == "landscape")
        #expect(try package.tree("word/document.xml").descendants("w:pgMar").first?.attributes["w:left"] == "1440")
    }

    @Test func odfTemplateSetsStylesAndPageOfODT() throws {
        let reference = try ReferenceDocument.read(try F.odt(), file: "house.odt")
        #expect(reference.format == .odt)
        let package = try ODTPackageContents(ODTRenderer(houseStyle: .default, reference: reference).render(SampleDocument.make()))
        #expect(ODTTestSupport.schemaProblems(package).isEmpty, "\(ODTTestSupport.schemaProblems(package))")
        let styles = try package.tree("styles.xml")
        let defaults = try #require(styles.descendants("style:default-style").first { $0.attributes["style:family"] == "paragraph" })
        #expect(defaults.descendants("style:text-properties").first?.attributes["style:font-name"] == "Georgia")
        #expect(styles.descendants("style:font-face").contains { $0.attributes["style:name"] == "Georgia" })
        let heading = try #require(styles.descendants("style:style").first { $0.attributes["style:name"] == "Heading_20_1" })
        #expect(heading.descendants("style:text-properties").first?.attributes["fo:color"] == "#C00000")
        let page = try #require(styles.descendants("style:page-layout-properties").first)
        #expect(page.attributes["fo:page-width"] == "11in" && page.attributes["fo:margin-left"] == "1in")
        // House styles the template does not define are still there.
        #expect(styles.descendants("style:style").contains { $0.attributes["style:name"] == "Subclause" })
        #expect(!styles.descendants("text:outline-style").isEmpty)
    }

    @Test func brokenReferencesAreRefusedNamingTheFile() throws {
        func refusal(_ bytes: [UInt8]) -> String? {
            do {
                _ = try ReferenceDocument.read(bytes, file: "their.docx")
                return nil
            } catch {
                #expect(error.kind == .invalidData)
                #expect(error.diagnostics.first?.location?.file == "their.docx")
                return error.diagnostics.first?.message
            }
        }
        #expect(refusal(Array("not a zip at all".utf8))?.contains("not a zip") == true)
        let noStyles = try F.zip([("word/document.xml", "<w:document xmlns:w=\"\(F.w)\"/>")])
        #expect(refusal(noStyles)?.contains("no styles part") == true)
        let neither = try F.zip([("readme.txt", "hello")])
        #expect(refusal(neither)?.contains("neither") == true)
        let doctype = try F.docx(styles: """
            <?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:styles xmlns:w="\(F.w)"><w:style w:styleId="x"><w:name w:val="&b;"/></w:style></w:styles>
            """)
        #expect(refusal(doctype)?.contains("document type declaration") == true)
        let external = try F.docx(styles: """
            <?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:styles xmlns:w="\(F.w)">&x;</w:styles>
            """)
        #expect(refusal(external) != nil)
        #expect(refusal(try F.docx(styles: "<w:styles xmlns:w=\"\(F.w)\">")) != nil)
    }

    @Test func zipBombIsRefusedBeforeItInflates() throws {
        // 20 MiB of one repeated character deflates to about 20 KiB.
        let bomb = String(repeating: "a", count: 20 << 20)
        let bytes = try F.zip([("[Content_Types].xml", "<Types/>"), ("word/styles.xml", bomb)])
        #expect(bytes.count < 100_000)
        do {
            _ = try ReferenceDocument.read(bytes, file: "bomb.docx")
            Issue.record("a zip bomb was read")
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.diagnostics.first?.message.contains("limit") == true || error.diagnostics.first?.message.contains("zip bomb") == true)
        }
        // The ratio check alone, below the size limit: 4 MiB that inflates over 100 times.
        let ratio = try F.zip([("[Content_Types].xml", "<Types/>"), ("word/styles.xml", String(repeating: "b", count: 4 << 20))])
        do {
            _ = try ReferenceDocument.read(ratio, file: "ratio.docx")
            Issue.record("an entry inflating over 100 times was read")
        } catch {
            #expect(error.diagnostics.first?.message.contains("zip bomb") == true)
        }
    }
}
