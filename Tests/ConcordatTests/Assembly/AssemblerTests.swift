import Testing
@testable import Concordat

@Suite struct AssemblerTests {
    static let files: [String: String] = [
        "aims.md": Fixtures.clause(
            "purpose.aims", extra: "defines:\n  Partner: each organisation named in the Parties section\n  Board: the [[Partner|Partners]]' joint board",
            body: "Each [[Partner]] supports {{ partnership.name }} until {{ partnership.end-date }}. See {{ ref: law.england-wales }}.\n\n1. first;\n2. second:\n   1. nested one;\n   2. nested two."),
        "unused.md": Fixtures.clause(
            "purpose.scope", order: 20, extra: "defines:\n  Green Assets: trees and planting", body: "The work covers {{ partnership.area }}."),
        "status.md": Fixtures.clause(
            "status.not-binding", slot: "status", body: "Only {{ document.binding-clauses }} bind the parties."),
        "conf.md": Fixtures.clause("information.confidentiality", slot: "information", extra: "binding: true", body: "Keep secrets."),
        "law.md": Fixtures.clause("law.england-wales", slot: "law", extra: "binding: true", body: "{{ jurisdiction.law }} applies."),
        "notice.md": Fixtures.clause("notices.binding-advised", slot: "notices", levels: "[high]", body: "Use a binding agreement."),
    ]

    func compose(_ request: Request, options: ComposeOptions = .init()) throws -> Composition {
        let (catalogue, _) = try Fixtures.catalogue(Self.files)
        let templates = try TemplateSet.load()
        let scoring = try RiskScoring.parse(templates.text("risk-scoring.yaml") ?? "", file: "risk-scoring.yaml")
        return try Composer(catalogue: catalogue, templates: templates, scoring: scoring).compose(request, options: options)
    }

    static func sections(_ document: Document) -> [Section] {
        document.body.compactMap { if case .section(let s) = $0 { s } else { nil } }
    }

    static func clauses(_ document: Document) -> [Clause] {
        sections(document).flatMap { $0.blocks.compactMap { if case .clause(let c) = $0 { c } else { nil } } }
    }

    @Test func numbersSectionsAndClausesClosingUpEmptySlots() throws {
        let document = try compose(Fixtures.request()).document
        #expect(Self.sections(document).map { "\($0.number) \($0.title)" } == [
            "1 Definitions and interpretation", "2 Purpose and scope", "3 Information, confidentiality and data",
            "4 Status of this memorandum", "5 Governing law",
        ])
        #expect(Self.clauses(document).map { "\($0.number) \($0.id)" } == [
            "2.1 purpose.aims", "2.2 purpose.scope", "3.1 information.confidentiality", "4.1 status.not-binding",
            "5.1 law.england-wales",
        ])
    }

    @Test func fillsValuesReferencesAndBindingClauseNumbers() throws {
        let document = try compose(Fixtures.request()).document
        let clauses = Self.clauses(document)
        let aims = try #require(clauses.first { $0.id == "purpose.aims" })
        guard case .paragraph(let inlines) = aims.blocks.first else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(inlines.plainText == "Each Partner supports Riverside Urban Forest Partnership until 31 March 2029. See clause 5.1.")
        #expect(inlines.contains(.crossReference(target: "law.england-wales", label: "clause 5.1")))
        let status = try #require(clauses.first { $0.id == "status.not-binding" })
        #expect(status.blocks == [.paragraph([.text("Only "), .value(path: "document.binding-clauses", text: "clauses 3.1 (Confidentiality) and 5.1 (England-Wales)"), .text(" bind the parties.")])])
    }

    @Test func subClausesAreNumberedInHouseStyle() throws {
        let document = try compose(Fixtures.request()).document
        let aims = try #require(Self.clauses(document).first { $0.id == "purpose.aims" })
        guard case .numberedList(let list) = aims.blocks.last else {
            Issue.record("expected sub-clauses")
            return
        }
        #expect(list.items.map(\.number) == ["(a)", "(b)"])
        #expect(list.style == .alphabetic)
        guard case .numberedList(let nested)? = list.items[1].blocks.last else {
            Issue.record("expected nested sub-clauses")
            return
        }
        #expect(nested.items.map(\.number) == ["(i)", "(ii)"])
        #expect(nested.style == .roman)
    }

    @Test func definitionsListOnlyTermsTheDocumentUsesIncludingThroughDefinitions() throws {
        var request = Fixtures.request()
        request.partnership.area = "Riverside"
        let document = try compose(request).document
        let definitions = try #require(Self.sections(document).first { $0.id == "definitions" })
        let text = definitions.blocks.map { if case .paragraph(let p) = $0 { p.plainText } else { "" } }
        #expect(text == [
            "In this memorandum, these words have the meanings below.",
            "Partner means each organisation named in the Parties section.",
        ])
        #expect(!text.joined().contains("Green Assets"))
    }

    @Test func missingValueIsAVisibleBlankAndOneWarning() throws {
        var request = Fixtures.request()
        request.partnership.endDate = nil
        let composition = try compose(request)
        let aims = try #require(Self.clauses(composition.document).first { $0.id == "purpose.aims" })
        guard case .paragraph(let inlines) = aims.blocks.first else { return }
        #expect(inlines.contains(.blank(path: "partnership.end-date")))
        let warnings = composition.diagnostics.filter { $0.key == "partnership.end-date" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message == "the request gives no value; shown as [blank: partnership.end-date] in purpose.aims")
    }

    @Test func highRiskNoticeGoesToTheFrontUnnumbered() throws {
        let document = try compose(Fixtures.request(risk: .high)).document
        #expect(document.front.contains { if case .notice(let title, _) = $0 { title == "Binding-Advised" } else { false } })
        #expect(!Self.sections(document).contains { $0.id == "notices" })
    }

    @Test func partiesSignaturesAndAnnexesComeFromTheRequest() throws {
        let document = try compose(Fixtures.request()).document
        let partyText = document.front.compactMap { block -> String? in
            guard case .numberedList(let list) = block else { return nil }
            return list.items.map { $0.blocks.map { if case .paragraph(let p) = $0 { p.plainText } else { "" } }.joined() }.joined(separator: "\n")
        }.joined()
        #expect(partyText == """
            Riverside City Council, local authority (lead partner and accountable body)
            Riverside Trees CIC, community interest company, registered number 12345678
            """)
        #expect(document.back.contains(.signatures([
            Signatory(party: "Riverside City Council", name: "Asha Patel", title: "Director of Environment"),
            Signatory(party: "Riverside Trees CIC", name: nil, title: nil),
        ])))
        #expect(document.annexes.map { "\($0.letter) \($0.title)" } == ["A Contacts", "B Contributions"])
        guard case .table(let table) = document.annexes[1].blocks.first else { return }
        #expect(table.rows.last?.map(\.plainText) == ["Total cash", "£30,000", ""])
    }

    @Test func annotationsOnlyWhenAsked() throws {
        let plain = try compose(Fixtures.request()).document
        #expect(Self.clauses(plain).allSatisfy { $0.annotation == nil })
        let annotated = try compose(Fixtures.request(), options: ComposeOptions(annotate: true)).document
        let law = try #require(Self.clauses(annotated).first { $0.id == "law.england-wales" })
        #expect(law.annotation == "law.england-wales v1: included because document: needs memorandum-of-understanding, request is memorandum-of-understanding.")
    }

    @Test func dateComesFromRequestElseSourceDateEpochElseALine() throws {
        #expect(try compose(Fixtures.request()).document.metadata.date == "1 April 2026")
        var undated = Fixtures.request()
        undated.date = nil
        #expect(try compose(undated).document.metadata.date == nil)
        let epoch = ComposeOptions(fallbackDate: ComposeOptions.date(fromSourceDateEpoch: "1767225600"))
        #expect(try compose(undated, options: epoch).document.metadata.date == "1 January 2026")
    }
}

import Foundation

extension AssemblerTests {
    @Test func definitionsIntroNamesTheDocumentAsTheTemplateSays() throws {
        var request = Fixtures.request(document: .termsOfReference)
        request.partnership.area = "Riverside"
        let (catalogue, _) = try Fixtures.catalogue([
            "a.md": Fixtures.clause("name.aims", slot: "name", documents: "[terms-of-reference]",
                                    extra: "defines:\n  Member: a member organisation", body: "Each [[Member]] attends."),
        ])
        let templates = try TemplateSet.load()
        let scoring = try RiskScoring.parse(templates.text("risk-scoring.yaml") ?? "", file: "risk-scoring.yaml")
        let document = try Composer(catalogue: catalogue, templates: templates, scoring: scoring).compose(request).document
        let definitions = try #require(Self.sections(document).first { $0.id == "definitions" })
        #expect(definitions.blocks.first == .paragraph([.text("In these terms of reference, these words have the meanings below.")]))
    }
}
