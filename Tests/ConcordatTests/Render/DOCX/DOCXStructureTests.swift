import Foundation
import Testing
@testable import Concordat

/// What a Word user relies on: headings numbered by one list linked to the Heading styles,
/// sub-clause lists restarting in every clause, cross-references and contents as fields with
/// their text filled in, bookmarks Word keeps, and the same bytes every time.
@Suite struct DOCXStructureTests {
    static let package = try! DOCXTestSupport.render(SampleDocument.make())

    /// Paragraphs of the body with their style, numbering and text.
    static func paragraphs(_ package: ODTPackageContents) throws -> [(style: String, numID: String?, level: String?, text: String)] {
        try package.tree("word/document.xml").descendants("w:p").map { paragraph in
            let properties = paragraph.elements.first { $0.name == "w:pPr" }
            let text = paragraph.descendants("w:t").map(\.text).joined()
            return (
                properties?.descendants("w:pStyle").first?.attributes["w:val"] ?? "",
                properties?.descendants("w:numId").first?.attributes["w:val"],
                properties?.descendants("w:ilvl").first?.attributes["w:val"], text)
        }
    }

    @Test func headingStylesAreLinkedToOneMultilevelList() throws {
        let styles = try Self.package.tree("word/styles.xml").descendants("w:style")
        for level in 1...3 {
            let style = try #require(styles.first { $0.attributes["w:styleId"] == "Heading\(level)" })
            #expect(style.descendants("w:name").first?.attributes["w:val"] == "heading \(level)")
            #expect(style.descendants("w:numId").first?.attributes["w:val"] == "1")
            #expect(style.descendants("w:ilvl").first?.attributes["w:val"] == (level == 1 ? nil : String(level - 1)))
            #expect(style.descendants("w:outlineLvl").first?.attributes["w:val"] == String(level - 1))
        }
        let numbering = try Self.package.tree("word/numbering.xml")
        let headingNum = try #require(numbering.descendants("w:num").first { $0.attributes["w:numId"] == "1" })
        let abstractID = headingNum.descendants("w:abstractNumId").first?.attributes["w:val"]
        let abstract = try #require(numbering.descendants("w:abstractNum").first { $0.attributes["w:abstractNumId"] == abstractID })
        let levels = abstract.descendants("w:lvl")
        #expect(levels.count == 9)
        for level in 0..<3 {
            #expect(levels[level].descendants("w:pStyle").first?.attributes["w:val"] == "Heading\(level + 1)")
            #expect(levels[level].descendants("w:lvlText").first?.attributes["w:val"]
                == (1...(level + 1)).map { "%\($0)" }.joined(separator: "."))
        }
    }

    @Test func headingsCarryNoLiteralNumbers() throws {
        let headings = try Self.paragraphs(Self.package).filter { $0.style.hasPrefix("Heading") }
        #expect(headings.map(\.text) == ["Definitions and interpretation", "Purpose and functions", "Functions", "Meetings", "Quorum", "Notice of meetings"])
        // Numbering comes from the style alone, never from the paragraph.
        #expect(headings.allSatisfy { $0.numID == nil })
    }

    @Test func subClauseListsRestartInEveryClause() throws {
        // Two clauses, each with an (a) list holding a nested (i) list.
        func clause(_ id: String, _ number: String) -> Block {
            .clause(Clause(id: id, number: number, title: id, blocks: [
                .numberedList(NumberedList(style: .alphabetic, depth: 1, items: [
                    .init(number: "(a)", blocks: [.paragraph([.text("\(id) a")])]),
                    .init(number: "(b)", blocks: [
                        .paragraph([.text("\(id) b")]),
                        .numberedList(NumberedList(style: .roman, depth: 2, items: [
                            .init(number: "(i)", blocks: [.paragraph([.text("\(id) b i")])]),
                        ])),
                    ]),
                ])),
            ]))
        }
        let document = Document(
            metadata: .init(title: "T", subject: "S"), front: [],
            body: [.section(Section(id: "s", number: "1", title: "S", blocks: [clause("one", "1.1"), clause("two", "1.2")]))],
            back: [], annexes: [])
        let package = try DOCXTestSupport.render(document)
        let listed = try Self.paragraphs(package).filter { $0.numID != nil }
        #expect(listed.map(\.text) == ["one a", "one b", "one b i", "two a", "two b", "two b i"])
        // Each list has its own instance, and each instance restarts at its level.
        let ids = listed.map { $0.numID! }
        #expect(ids[0] == ids[1] && ids[3] == ids[4])
        #expect(Set([ids[0], ids[2], ids[3], ids[5]]).count == 4)
        let numbering = try package.tree("word/numbering.xml")
        for (index, level) in [(0, "0"), (2, "1"), (3, "0"), (5, "1")] {
            #expect(listed[index].level == level)
            let num = try #require(numbering.descendants("w:num").first { $0.attributes["w:numId"] == ids[index] })
            let override = try #require(num.descendants("w:lvlOverride").first)
            #expect(override.attributes["w:ilvl"] == level)
            #expect(override.descendants("w:startOverride").first?.attributes["w:val"] == "1")
        }
        // The lettered list's levels print (a) and the roman list's (ii), as the model numbers them.
        #expect(DOCXNumberingPart.label(.alphabetic, level: 0) == ("lowerLetter", "(%1)"))
        #expect(DOCXNumberingPart.label(.roman, level: 1) == ("lowerRoman", "(%2)"))
        #expect(DOCXNumberingPart.label(.alphabetic, level: 2) == ("upperLetter", "(%3)"))
    }

    @Test func decimalSubClausesContinueTheHeadingNumbers() throws {
        // The sample's clause 3.1 has decimal sub-clauses 3.1.1 and 3.1.2: level 3 of the heading list.
        let listed = try Self.paragraphs(Self.package).filter { $0.text.hasPrefix("at least one") || $0.text.hasPrefix("the chair") }
        #expect(listed.count == 2)
        #expect(listed.allSatisfy { $0.numID == "1" && $0.level == "2" })
    }

    @Test func crossReferenceIsAFieldShowingTheNumber() throws {
        let document = try Self.package.tree("word/document.xml")
        let instructions = document.descendants("w:instrText").map(\.text)
        #expect(instructions.contains(" REF meetings_notice \\w \\h "))
        let paragraph = try #require(Self.paragraphs(Self.package).first { $0.text.hasPrefix("A meeting of the") })
        #expect(paragraph.text == "A meeting of the Board is quorate when 3 members are present, as clause 3.2 explains.")
    }

    @Test func contentsFieldIsPrefilled() throws {
        let document = try Self.package.tree("word/document.xml")
        #expect(document.descendants("w:instrText").first?.text == " TOC \\o \"1-2\" \\h \\z \\u ")
        let entries = try Self.paragraphs(Self.package).filter { $0.style.hasPrefix("TOC") && $0.style != "TOCHeading" }
        let outline = ODTOutline(SampleDocument.make(), annexLabel: "Annex").entries.filter { $0.level <= 2 }
        #expect(entries.map(\.text) == outline.map { $0.number + $0.title })
        #expect(entries.map(\.style) == outline.map { "TOC\($0.level)" })
    }

    @Test func bookmarkNamesFitWordAndAreMappedBack() throws {
        let long = "governance.decision-making-when-members-disagree-about-budgets"
        let clash = "governance.decision-making-when-members-disagree-about-other"
        let document = Document(
            metadata: .init(title: "T", subject: "S"), front: [],
            body: [.section(Section(id: "s", number: "1", title: "S", blocks: [
                .clause(Clause(id: long, number: "1.1", title: "A", blocks: [.paragraph([.crossReference(target: clash, label: "clause 1.2")])])),
                .clause(Clause(id: clash, number: "1.2", title: "B", blocks: [])),
            ]))],
            back: [], annexes: [], embed: "{\"schema\":\"concordat.embed/1\"}")
        let package = try DOCXTestSupport.render(document)
        #expect(DOCXRepairCheck.bookmarks.problems(in: package.bytes).isEmpty)
        let names = try package.tree("word/document.xml").descendants("w:bookmarkStart").compactMap { $0.attributes["w:name"] }
        #expect(names == ["slot_s", "governance_decision_making_when_members_", "governance_decision_making_when_member_2"])
        let item = try package.tree("customXml/item1.xml")
        let map = item.descendants("bookmark").map { ($0.attributes["anchor"] ?? "", $0.attributes["name"] ?? "") }
        #expect(map.map(\.0) == ["slot-s", long, clash])
        #expect(map.map(\.1) == names)
        #expect(item.descendants("record").first?.text == "{\"schema\":\"concordat.embed/1\"}")
        #expect(try package.tree("word/document.xml").descendants("w:instrText").map(\.text).contains(" REF \(names[2]) \\w \\h "))
        // Without a record, the part still maps bookmarks but carries no record.
        #expect(try Self.package.tree("customXml/item1.xml").descendants("record").isEmpty)
    }

    @Test func propertiesCarryTitleAndNoClock() throws {
        let core = try Self.package.tree("docProps/core.xml")
        #expect(core.descendants("dc:title").first?.text == "Terms of Reference")
        #expect(core.descendants("dc:subject").first?.text == "Riverside Urban Forest Partnership")
        #expect(core.descendants("dcterms:created").first?.text == "2026-04-01T00:00:00Z")
        var undated = SampleDocument.make()
        undated.metadata.isoDate = nil
        undated.metadata.date = nil
        let package = try DOCXTestSupport.render(undated)
        #expect(try package.tree("docProps/core.xml").descendants("dcterms:created").isEmpty)
        #expect(try DOCXTestSupport.text(package, "word/document.xml").contains("Date: ________________________"))
    }

    @Test func sameDocumentGivesSameBytes() throws {
        let first = try DOCXRenderer(houseStyle: .default).render(SampleDocument.make(annotated: true))
        let second = try DOCXRenderer(houseStyle: .default).render(SampleDocument.make(annotated: true))
        #expect(first == second)
    }

    @Test func houseStyleDrivesFontsAndPage() throws {
        var style = ODTHouseStyle.default
        style.fonts.body = "Georgia"
        style.page.width = "8.5in"
        style.sizes.body = "12pt"
        let package = try ODTPackageContents(DOCXRenderer(houseStyle: style).render(SampleDocument.make()))
        let styles = try DOCXTestSupport.text(package, "word/styles.xml")
        #expect(styles.contains("w:ascii=\"Georgia\""))
        #expect(styles.contains("<w:sz w:val=\"24\"/>"))
        #expect(try package.tree("word/document.xml").descendants("w:pgSz").first?.attributes["w:w"] == "12240")
    }

    @Test func controlCharacterIsRefusedNamingWhere() throws {
        var document = SampleDocument.make()
        document.back.append(.paragraph([.text("bad \u{1} text")]))
        #expect(throws: ConcordatError.self) { try DOCXRenderer(houseStyle: .default).render(document) }
        do {
            _ = try DOCXRenderer(houseStyle: .default).render(document)
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.diagnostics.first?.message.contains("U+0001") == true)
        }
    }
}
