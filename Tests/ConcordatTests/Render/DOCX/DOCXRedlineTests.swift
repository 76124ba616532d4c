import Foundation
import Testing
@testable import Concordat

/// DOCX redlines: real tracked changes that give the new document when all are accepted and the
/// old one when all are rejected, well formed, valid, and the same bytes every time.
@Suite struct DOCXRedlineTests {
    /// The body's paragraphs as a word processor shows them once every change is accepted (or
    /// rejected): a paragraph whose mark goes is joined to the next. The table of contents, which
    /// is generated, is left out.
    static func paragraphs(_ documentXML: [UInt8], accept: Bool) throws -> [String] {
        let root = try XMLTree.parse(documentXML)
        var out: [String] = []
        var carried: String?
        for paragraph in root.descendants("w:p") {
            let properties = paragraph.elements.first { $0.name == "w:pPr" }
            if properties?.elements.first(where: { $0.name == "w:pStyle" })?.attributes["w:val"]?.hasPrefix("TOC") == true { continue }
            let mark = properties?.elements.first { $0.name == "w:rPr" }?.elements.map(\.name) ?? []
            let text = (carried ?? "") + visible(paragraph, accept: accept)
            if mark.contains(accept ? "w:del" : "w:ins") { carried = text } else { out.append(text); carried = nil }
        }
        if let carried { out.append(carried) }
        return out
    }

    private static func visible(_ element: XMLTree, accept: Bool) -> String {
        element.elements.map { child -> String in
            switch child.name {
            case "w:pPr", "w:rPr", "w:instrText", "w:delInstrText": ""
            case "w:ins": accept ? visible(child, accept: accept) : ""
            case "w:del": accept ? "" : visible(child, accept: accept)
            case "w:t", "w:delText": child.text
            case "w:tab": "\t"
            case "w:br": child.attributes["w:type"] == "page" ? "" : "\n"
            default: visible(child, accept: accept)
            }
        }.joined()
    }

    static func documentXML(_ bytes: [UInt8]) throws -> [UInt8] {
        try #require(try ODTPackageContents(bytes)["word/document.xml"])
    }

    /// Low to high risk with a signatory and a contribution changed, and back: clauses and whole
    /// annexes added and removed, words changed inside clauses.
    static func pairs() throws -> (Composer, [(Composition, Composition)]) {
        let (composer, _) = try Composer.load()
        var request = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .notForProfit)
        let low = try composer.compose(request)
        request.risk = .high
        request.parties[0].signatory?.name = "Asha Patil"
        let high = try composer.compose(request)
        var other = ExampleRequest.request(document: .termsOfReference, framework: .statutory)
        let terms = try composer.compose(other)
        other.risk = .low
        let termsLow = try composer.compose(other)
        // A party added: new rows in the tables and a new signature table.
        var joined = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .strategicAlliance)
        let before = try composer.compose(joined)
        joined.parties.insert(Party(
            name: "Riverside Rivers Trust", kind: .charity, registration: "1190001",
            signatory: Person(name: "Priya Shah", title: "Chief Executive"),
            contact: Person(name: "Lee Fox", title: "Projects Manager", email: "lee@rivers.example.org"),
            contribution: Contribution(inKind: "Volunteer planting days")), at: 1)
        let after = try composer.compose(joined)
        return (composer, [(low, high), (high, low), (terms, termsLow), (before, after), (after, before)])
    }

    static func redline(_ old: Composition, _ new: Composition, composer: Composer, author: String = "A. Reviewer") throws -> [UInt8] {
        let diff = DocumentDiff(old: old, new: new, oldName: "old", newName: "new")
        return try OutputFormat.docx.renderRedline(
            old: old.document, new: new.document, author: author, comments: diff.redlineComments, templates: composer.templates)
    }

    @Test func acceptAllGivesNewAndRejectAllGivesOld() throws {
        let (composer, pairs) = try Self.pairs()
        for (old, new) in pairs {
            let redline = try Self.documentXML(try Self.redline(old, new, composer: composer))
            let newAlone = try Self.documentXML(try OutputFormat.docx.render(new.document, templates: composer.templates))
            let oldAlone = try Self.documentXML(try OutputFormat.docx.render(old.document, templates: composer.templates))
            let accepted = try Self.paragraphs(redline, accept: true)
            let rejected = try Self.paragraphs(redline, accept: false)
            #expect(accepted == (try Self.paragraphs(newAlone, accept: true)))
            #expect(rejected == (try Self.paragraphs(oldAlone, accept: true)))
            #expect(accepted != rejected)
        }
    }

    @Test func everyChangeIsWellFormedByTheAuthorWithAUniqueID() throws {
        let (composer, pairs) = try Self.pairs()
        let (old, new) = pairs[0]
        let bytes = try Self.redline(old, new, composer: composer)
        let root = try XMLTree.parse(try Self.documentXML(bytes))
        let changes = root.descendants("w:ins") + root.descendants("w:del")
        #expect(changes.count > 20)
        let ids = changes.compactMap { $0.attributes["w:id"] }
        #expect(ids.count == changes.count && Set(ids).count == ids.count)
        #expect(Set(ids).isDisjoint(with: root.descendants("w:bookmarkStart").compactMap { $0.attributes["w:id"] }))
        #expect(changes.allSatisfy { $0.attributes["w:author"] == "A. Reviewer" })
        #expect(changes.allSatisfy { $0.attributes["w:date"]?.hasPrefix("2026-03-01T00:0") == true && $0.attributes["w:date"]?.hasSuffix("Z") == true })
        // Deleted text only as w:delText inside w:del; inserted text never as w:delText.
        #expect(root.descendants("w:del").allSatisfy { $0.descendants("w:t").isEmpty && $0.descendants("w:instrText").isEmpty })
        #expect(root.descendants("w:ins").allSatisfy { $0.descendants("w:delText").isEmpty })
        #expect(root.descendants("w:delText").count == root.descendants("w:del").flatMap { $0.descendants("w:delText") }.count)
        // Word-level changes inside reworded paragraphs, and whole paragraphs added.
        let paragraphs = root.descendants("w:p")
        // A row whose every cell is new is itself inserted, so rejecting removes the row.
        let added = try XMLTree.parse(try Self.documentXML(try Self.redline(pairs[3].0, pairs[3].1, composer: composer)))
        #expect(added.descendants("w:trPr").contains { $0.elements.contains { $0.name == "w:ins" } })
        #expect(paragraphs.contains { p in !p.descendants("w:ins").isEmpty && !p.elements.filter { $0.name == "w:r" }.isEmpty })
        #expect(paragraphs.contains { p in
            p.elements.first { $0.name == "w:pPr" }?.elements.first { $0.name == "w:rPr" }?.elements.contains { $0.name == "w:ins" } == true
        })
        // A comment on each changed clause says why, by the author.
        let package = try ODTPackageContents(bytes)
        let comments = try DOCXTestSupport.text(package, "word/comments.xml")
        #expect(comments.contains("w:author=\"A. Reviewer\""))
        #expect(comments.contains("Added: the request now states risk high"), "\(comments.prefix(600))")
        #expect(DOCXRepairCheck.problems(in: bytes).isEmpty)
        // Same inputs, same bytes.
        #expect(try Self.redline(old, new, composer: composer) == bytes)
    }

    @Test func openXMLAuditFindsNoErrorInARedline() throws {
        let (composer, pairs) = try Self.pairs()
        let folder = TemporaryFolder()
        var files: [URL] = []
        for (index, (old, new)) in pairs.enumerated() {
            let path = folder.write("redline-\(index).docx", bytes: try Self.redline(old, new, composer: composer))
            files.append(URL(fileURLWithPath: path))
        }
        #expect(try OpenXMLAudit.errors(in: files) == [])
    }
}
