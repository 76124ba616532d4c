import Testing
@testable import Concordat

/// What a reader opening the ODT in a word processor relies on: real headings numbered by the
/// outline, numbered lists, live cross-references, a contents field, styled terms and blanks.
@Suite struct ODTContentTests {
    let content: XMLTree

    init() throws {
        content = try ODTTestSupport.render(SampleDocument.make()).tree("content.xml")
    }

    private func heading(_ title: String) throws -> XMLTree {
        try #require(content.descendants("text:h").first { $0.text == title }, "no heading \(title)")
    }

    @Test func sectionsAndClausesAreOutlineHeadingsWithoutLiteralNumbers() throws {
        let headings = content.descendants("text:h")
        let numbered = headings.filter { $0.attributes["text:is-list-header"] == nil }
        #expect(numbered.map(\.text) == [
            "Definitions and interpretation", "Purpose and functions", "Functions", "Meetings", "Quorum",
            "Notice of meetings",
        ])
        #expect(numbered.map { $0.attributes["text:outline-level"] } == ["1", "1", "2", "1", "2", "2"])
        #expect(numbered.map { $0.attributes["text:style-name"] } == [
            "Heading_20_1", "Heading_20_1", "Heading_20_2", "Heading_20_1", "Heading_20_2", "Heading_20_2",
        ])
        for heading in headings {
            #expect(heading.text.first?.isNumber != true, "\(heading.text) starts with a number")
            #expect(heading.descendants("text:number").isEmpty)
        }
    }

    @Test func frontAndBackMatterHeadingsAreUnnumbered() throws {
        for title in ["Parties", "Agreement by members", "Annex A \u{2014} Contributions"] {
            let heading = try heading(title)
            #expect(heading.attributes["text:is-list-header"] == "true", "\(title) would take an outline number")
            #expect(heading.attributes["text:outline-level"] == "1")
        }
    }

    @Test func outlineStyleNumbersHeadingsOneDotOne() throws {
        let styles = try ODTTestSupport.render(SampleDocument.make()).tree("styles.xml")
        let outline = try #require(styles.descendants("text:outline-style").first)
        let levels = outline.elements.filter { $0.name == "text:outline-level-style" }
        #expect(levels.count == 10)
        #expect(levels.prefix(3).map { $0.attributes["text:display-levels"] } == ["1", "2", "3"])
        #expect(levels.prefix(3).allSatisfy { $0.attributes["style:num-format"] == "1" })
        let heading2 = try #require(styles.descendants("style:style").first { $0.attributes["style:name"] == "Heading_20_2" })
        #expect(heading2.attributes["style:default-outline-level"] == "2")
    }

    @Test func subClausesAreListsNumberedByTheirStyle() throws {
        let lists = content.descendants("text:list")
        let decimal = try #require(lists.first { $0.attributes["text:style-name"] == "Subclauses_20_Decimal" && $0.text.contains("chair") })
        let items = decimal.elements.filter { $0.name == "text:list-item" }
        #expect(items.count == 2)
        let nested = try #require(decimal.descendants("text:list").first)
        #expect(nested.attributes["text:style-name"] == "Subclauses_20_Alphabetic")
        #expect(nested.descendants("text:p").map(\.text) == ["in person; or", "by video link."])
        for paragraph in decimal.descendants("text:p") {
            #expect(!paragraph.text.hasPrefix("3.1"), "literal number in \(paragraph.text)")
            #expect(!paragraph.text.hasPrefix("("), "literal number in \(paragraph.text)")
        }
        let styles = try ODTTestSupport.render(SampleDocument.make()).tree("styles.xml")
        let alphabetic = try #require(styles.descendants("text:list-style").first { $0.attributes["style:name"] == "Subclauses_20_Alphabetic" })
        let first = try #require(alphabetic.elements.first)
        #expect(first.attributes["style:num-format"] == "a")
        #expect(first.attributes["style:num-prefix"] == "(" && first.attributes["style:num-suffix"] == ")")
        let roman = try #require(styles.descendants("text:list-style").first { $0.attributes["style:name"] == "Subclauses_20_Roman" })
        #expect(roman.elements.first?.attributes["style:num-format"] == "i")
    }

    @Test func crossReferenceIsABookmarkReferenceToTheClauseHeading() throws {
        let reference = try #require(content.descendants("text:bookmark-ref").first)
        #expect(reference.attributes["text:ref-name"] == "meetings.notice")
        #expect(reference.attributes["text:reference-format"] == "number-all-superior")
        #expect(reference.text == "3.2")
        let paragraph = try #require(content.descendants("text:p").first { !$0.descendants("text:bookmark-ref").isEmpty })
        #expect(paragraph.text == "A meeting of the Board is quorate when 3 members are present, as clause 3.2 explains.")
        let target = try heading("Notice of meetings")
        #expect(target.descendants("text:bookmark-start").map { $0.attributes["text:name"] } == ["meetings.notice"])
        #expect(target.descendants("text:bookmark-end").map { $0.attributes["text:name"] } == ["meetings.notice"])
    }

    @Test func referenceToAnUnknownClauseStaysPlainText() throws {
        var document = SampleDocument.make()
        document.back.append(.paragraph([.text("See "), .crossReference(target: "no.such-clause", label: "clause 9.9"), .text(".")]))
        let tree = try ODTTestSupport.render(document).tree("content.xml")
        #expect(tree.descendants("text:bookmark-ref").count == 1)
        #expect(tree.descendants("text:p").contains { $0.text == "See clause 9.9." })
    }

    @Test func tableOfContentsIsAnUpdatableFieldListingLevelsOneAndTwo() throws {
        let toc = try #require(content.descendants("text:table-of-content").first)
        let source = try #require(toc.elements.first { $0.name == "text:table-of-content-source" })
        #expect(source.attributes["text:outline-level"] == "2")
        let templates = source.elements.filter { $0.name == "text:table-of-content-entry-template" }
        #expect(templates.map { $0.attributes["text:outline-level"] } == ["1", "2"])
        #expect(templates.allSatisfy { !$0.descendants("text:index-entry-chapter").isEmpty && !$0.descendants("text:index-entry-page-number").isEmpty })
        let body = try #require(toc.elements.first { $0.name == "text:index-body" })
        let entries = body.elements.filter { $0.name == "text:p" }.map(\.text)
        #expect(entries == [
            "\tParties", "1\tDefinitions and interpretation", "2\tPurpose and functions", "2.1\tFunctions",
            "3\tMeetings", "3.1\tQuorum", "3.2\tNotice of meetings", "\tAgreement by members",
            "\tAnnex A \u{2014} Contributions",
        ])
    }

    @Test func definedTermsAndBlanksCarryCharacterStyles() throws {
        let spans = content.descendants("text:span")
        let terms = spans.filter { $0.attributes["text:style-name"] == "Defined_20_Term" }.map(\.text)
        #expect(terms == ["Board", "Partners"])
        let blanks = spans.filter { $0.attributes["text:style-name"] == "Blank" }.map(\.text)
        #expect(blanks == ["[blank: governance.notice-days]"])
        let strong = spans.filter { $0.attributes["text:style-name"] == "Strong_20_Emphasis" }.map(\.text)
        #expect(strong.contains("<Smith & Jones>"))
        let emphasis = spans.filter { $0.attributes["text:style-name"] == "Emphasis" }.map(\.text)
        #expect(emphasis == ["*stars* | pipes # hashes"])
    }

    @Test func noticeIsABorderedParagraphStyle() throws {
        let notice = content.descendants("text:p").filter { ["Notice_20_Heading", "Notice"].contains($0.attributes["text:style-name"]) }
        #expect(notice.map(\.text) == [
            "A binding agreement is advisable",
            "This partnership is high risk. Put its money terms in a legally binding agreement.",
        ])
        let styles = try ODTTestSupport.render(SampleDocument.make()).tree("styles.xml")
        let style = try #require(styles.descendants("style:style").first { $0.attributes["style:name"] == "Notice" })
        let border = try #require(style.descendants("style:paragraph-properties").first?.attributes["fo:border"])
        #expect(border.contains("solid"))
    }

    @Test func signatureBlockHasLinesForEachSignatory() throws {
        let parties = content.descendants("text:p").filter { $0.attributes["text:style-name"] == "Signature_20_Party" }.map(\.text)
        #expect(parties == ["Signed for and on behalf of Riverside City Council", "Signed for and on behalf of Riverside Trees CIC"])
        let tables = content.descendants("table:table").filter { $0.attributes["table:style-name"] == "Table_Signature" }
        #expect(tables.count == 2)
        let rows = tables.map { table in
            table.descendants("table:table-row").map { $0.descendants("text:p").map(\.text) }
        }
        #expect(rows[0] == [["Signature", ""], ["Name", "Asha Patel"], ["Position", "Director of Environment"], ["Date", ""]])
        #expect(rows[1] == [["Signature", ""], ["Name", ""], ["Position", ""], ["Date", ""]])
    }

    @Test func annexTableHasHeaderRowAndAlignment() throws {
        let table = try #require(content.descendants("table:table").first { $0.attributes["table:style-name"] == "Table_Annex" })
        let header = try #require(table.elements.first { $0.name == "table:table-header-rows" })
        #expect(header.descendants("text:p").map(\.text) == ["Party", "Cash", "In kind"])
        let rows = table.elements.filter { $0.name == "table:table-row" }
        #expect(rows.count == 3)
        let cash = rows[0].descendants("text:p")[1]
        #expect(cash.text == "£25,000" && cash.attributes["text:style-name"] == "Table_20_Contents_20_End")
        #expect(rows[1].descendants("text:p")[2].text == "Volunteers | tools")
    }

    @Test func titleBlockShowsTitleSubjectDraftAndDate() throws {
        let paragraphs = content.descendants("text:p")
        func text(_ style: String) -> String? { paragraphs.first { $0.attributes["text:style-name"] == style }?.text }
        #expect(text("Title") == "Terms of Reference")
        #expect(text("Subtitle") == "Riverside Urban Forest Partnership")
        #expect(text("Draft_20_Label") == "Draft 2 for partner review")
        #expect(text("Date_20_Line") == "Date: 1 April 2026")
        var undated = SampleDocument.make()
        undated.metadata.date = nil
        let line = try ODTTestSupport.render(undated).tree("content.xml").descendants("text:p")
            .first { $0.attributes["text:style-name"] == "Date_20_Line" }?.text
        #expect(line == "Date: " + String(repeating: "_", count: 24))
    }

    @Test func pageBreakIsAParagraphStyleWithBreakBefore() throws {
        let breaks = content.descendants("text:p").filter { $0.attributes["text:style-name"] == "Page_20_Break" }
        #expect(breaks.count == 2)  // after the contents, and the model's own before the signatures
        let styles = try ODTTestSupport.render(SampleDocument.make()).tree("styles.xml")
        let style = try #require(styles.descendants("style:style").first { $0.attributes["style:name"] == "Page_20_Break" })
        #expect(style.descendants("style:paragraph-properties").first?.attributes["fo:break-before"] == "page")
    }

    @Test func footerShowsPageNumbers() throws {
        let styles = try ODTTestSupport.render(SampleDocument.make()).tree("styles.xml")
        let footer = try #require(styles.descendants("style:footer").first)
        #expect(footer.descendants("text:page-number").count == 1)
        #expect(footer.descendants("text:page-count").count == 1)
        #expect(footer.text == "Page 1 of 1")
    }

    @Test func spacesTabsAndNewlinesSurviveWhiteSpaceCollapsing() throws {
        var document = SampleDocument.make()
        document.back.append(.paragraph([.text("  two  spaces\tand a tab\nthen a line")]))
        let package = try ODTTestSupport.render(document)
        #expect(try package.tree("content.xml").descendants("text:p").contains { $0.text == "  two  spaces\tand a tab\nthen a line" })
        #expect(ODTTestSupport.schemaProblems(package).isEmpty)
    }

    @Test func referenceInsideStyledTextStaysALiveField() throws {
        var document = SampleDocument.make()
        document.back.append(.paragraph([
            .emphasis([.text("as "), .strong([.crossReference(target: "meetings.quorum", label: "clause 3.1"), .text(" says")])]),
        ]))
        let package = try ODTTestSupport.render(document)
        #expect(ODTTestSupport.schemaProblems(package).isEmpty)
        let paragraph = try #require(try package.tree("content.xml").descendants("text:p").first { $0.text == "as clause 3.1 says" })
        let reference = try #require(paragraph.elements.first { $0.name == "text:bookmark-ref" })
        #expect(reference.attributes["text:ref-name"] == "meetings.quorum" && reference.text == "3.1")
        #expect(paragraph.descendants("text:span").map { $0.attributes["text:style-name"] ?? "" }
            == ["Emphasis", "Emphasis", "Strong_20_Emphasis"])
    }

    @Test func romanAndBulletListsUseTheirOwnStyles() throws {
        var document = SampleDocument.make()
        document.back.append(.numberedList(NumberedList(style: .roman, depth: 1, items: [
            .init(number: "(i)", blocks: [.paragraph([.text("first")])]),
            .init(number: "(ii)", blocks: []),
        ])))
        let package = try ODTTestSupport.render(document)
        #expect(ODTTestSupport.schemaProblems(package).isEmpty)
        let lists = try package.tree("content.xml").descendants("text:list")
        let roman = try #require(lists.first { $0.attributes["text:style-name"] == "Subclauses_20_Roman" })
        #expect(roman.elements.count == 2)
        #expect(roman.descendants("text:p").map(\.text) == ["first", ""])
        #expect(lists.contains { $0.attributes["text:style-name"] == "Bullets" && $0.text == "agendapapers" })
    }
}
