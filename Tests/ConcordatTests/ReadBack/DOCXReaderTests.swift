import Foundation
import Testing
@testable import Concordat

/// A DOCX read back: the record it carries, its text cut at the clause bookmarks, and refusal of
/// anything hostile.
@Suite struct DOCXReaderTests {
    static func composed(embed: Bool = true) throws -> (Composer, Composition, [UInt8]) {
        let (composer, _) = try Composer.load()
        let request = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .strategicAlliance)
        let composition = try composer.compose(request, options: ComposeOptions(embed: embed))
        return (composer, composition, try OutputFormat.docx.render(composition.document, templates: composer.templates))
    }

    @Test func theRecordGoesInAndComesBackOut() throws {
        let (composer, composition, bytes) = try Self.composed()
        let read = try DocumentReader.read(bytes, source: "d.docx")
        #expect(read.format == .docx)
        let embedded = try #require(composition.document.embed)
        #expect(read.embed == embedded)
        let record = try EmbedRecord.parse(try #require(read.embed), source: "d.docx")
        let again = try composer.recompose(record, source: "d.docx")
        #expect(again.document.body == composition.document.body)
        // The request a DOCX carries is what assess and explain read.
        let request = try EmbeddedRequest.request(inDocument: bytes, source: "d.docx")
        #expect(request.partnership.name == composition.request.partnership.name)

        let (_, _, bare) = try Self.composed(embed: false)
        #expect(try DocumentReader.read(bare, source: "bare.docx").embed == nil)
        #expect(throws: ConcordatError.self) { try EmbeddedRequest.request(inDocument: bare, source: "bare.docx") }
    }

    @Test func clausesReadBackByTheirBookmarksAsFromODT() throws {
        let (composer, composition, docx) = try Self.composed()
        let odt = try OutputFormat.odt.render(composition.document, templates: composer.templates)
        let fromDOCX = try DocumentReader.read(docx, source: "d.docx").segments
        let fromODT = try DocumentReader.read(odt, source: "d.odt").segments
        let clauses = Set(composition.selection.included.map(\.id))
        let docxClauses = fromDOCX.filter { clauses.contains($0.anchor) }
        let odtClauses = fromODT.filter { clauses.contains($0.anchor) }
        #expect(docxClauses.count == clauses.count)
        #expect(docxClauses.map(\.anchor) == odtClauses.map(\.anchor))
        for (docx, odt) in zip(docxClauses, odtClauses) {
            #expect(docx.words == odt.words, "\(docx.anchor)")
        }
        // The table of contents is not read: a clause title appears once, in its clause.
        let title = try #require(Self.clauseTitle("background.partners", in: composition.document.body))
        #expect(fromDOCX.flatMap(\.lines).filter { $0 == title }.count == 1)
    }

    static func clauseTitle(_ id: String, in blocks: [Block]) -> String? {
        for block in blocks {
            switch block {
            case .clause(let clause) where clause.id == id: return clause.title
            case .section(let section): if let title = clauseTitle(id, in: section.blocks) { return title }
            default: continue
            }
        }
        return nil
    }

    @Test func trackedChangesReadAsIfAccepted() throws {
        let (_, _, bytes) = try Self.composed()
        let package = try ODTPackageContents(bytes)
        let tracked = try DOCXTestSupport.edited(
            package, "word/document.xml", "have agreed to work together",
            "have agreed to </w:t></w:r><w:del w:id=\"900\" w:author=\"R\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:delText>work</w:delText></w:r></w:del>"
                + "<w:ins w:id=\"901\" w:author=\"R\" w:date=\"2026-01-01T00:00:00Z\"><w:r><w:t>labour</w:t></w:r></w:ins>"
                + "<w:r><w:t xml:space=\"preserve\"> together")
        let read = try DocumentReader.read(try DOCXTestSupport.rebuilt(package, replacing: ["word/document.xml": tracked]), source: "t.docx")
        let clause = try #require(read.segments.first { $0.anchor == "background.partners" })
        let text = clause.lines.joined(separator: " ")
        #expect(text.contains("have agreed to labour together"), "\(text)")
        #expect(!text.contains("agreed to work"))
    }

    @Test func hostileDocumentsAreRefusedWithAClearMessage() throws {
        func refusal(_ bytes: [UInt8]) -> String? {
            do {
                _ = try DocumentReader.read(bytes, source: "hostile.docx")
                return nil
            } catch {
                #expect(error.kind == .invalidData)
                return error.description
            }
        }
        // Not a zip at all, though it starts like one.
        #expect(refusal(Array("PK\u{3}\u{4}not really a zip".utf8)) != nil)
        let (_, _, bytes) = try Self.composed()
        let package = try ODTPackageContents(bytes)
        // A zip with no document part.
        let noDocument = try DOCXTestSupport.rebuilt(package, removing: ["word/document.xml"])
        #expect(refusal(noDocument)?.contains("word/document.xml") == true)
        // An external entity.
        let entity = """
            <?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\
            <w:document xmlns:w="\(DOCXVocabulary.wordNamespace)"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>
            """
        let withEntity = try DOCXTestSupport.rebuilt(package, replacing: ["word/document.xml": Array(entity.utf8)])
        let message = try #require(refusal(withEntity))
        #expect(message.contains("document type"), "\(message)")
        #expect(!message.contains("root:"))
        // A part that inflates far past the limit (a zip bomb).
        let huge = try DOCXTestSupport.rebuilt(package, replacing: ["word/document.xml": [UInt8](repeating: 0x20, count: 40 << 20)])
        #expect(huge.count < 1 << 20)
        #expect(refusal(huge) != nil)
        // Not well-formed.
        let broken = try DOCXTestSupport.rebuilt(package, replacing: ["word/document.xml": Array("<w:document".utf8)])
        #expect(refusal(broken)?.contains("not well-formed") == true)
    }
}
