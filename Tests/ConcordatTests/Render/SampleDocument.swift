@testable import Concordat

/// A small hand-built document that exercises every block and inline case, so renderer goldens do
/// not depend on the catalogue's wording.
enum SampleDocument {
    static func make(annotated: Bool = false) -> Document {
        let term = Inline.definedTerm(term: "Partner", display: "Partners")
        let quorum = Clause(
            id: "meetings.quorum", number: "3.1", title: "Quorum",
            blocks: [
                .paragraph([
                    .text("A meeting of the "), .definedTerm(term: "Board", display: "Board"),
                    .text(" is quorate when "), .value(path: "governance.quorum", text: "3"),
                    .text(" members are present, as "),
                    .crossReference(target: "meetings.notice", label: "clause 3.2"),
                    .text(" explains."),
                ]),
                .numberedList(NumberedList(style: .decimal, depth: 1, items: [
                    .init(number: "3.1.1", blocks: [.paragraph([.text("at least one member from each "), term, .text(";")])]),
                    .init(number: "3.1.2", blocks: [
                        .paragraph([.text("the chair or vice-chair; and")]),
                        .numberedList(NumberedList(style: .alphabetic, depth: 2, items: [
                            .init(number: "(a)", blocks: [.paragraph([.text("in person; or")])]),
                            .init(number: "(b)", blocks: [.paragraph([.text("by video link.")])]),
                        ])),
                    ]),
                ])),
            ],
            annotation: annotated ? "Included: document is terms-of-reference; risk level medium is one of medium, high." : nil,
            // Escaped in every format: a purpose is text from a clause file.
            purpose: annotated ? "Says how many members must be present for the Board's decisions to count <quorum> & who counts." : nil)
        let notice = Clause(
            id: "meetings.notice", number: "3.2", title: "Notice of meetings",
            blocks: [
                .paragraph([
                    .text("The secretariat gives "), .blank(path: "governance.notice-days"),
                    .text(" days' notice. Names like "), .strong([.text("<Smith & Jones>")]),
                    .text(" and "), .emphasis([.text("*stars* | pipes # hashes")]), .text(" stay literal."),
                ]),
                .bulletList([[.paragraph([.text("agenda")])], [.paragraph([.text("papers")])]]),
            ],
            annotation: annotated ? "Included: required by meetings.quorum." : nil)
        let definitions = Section(id: "definitions", number: "1", title: "Definitions and interpretation", blocks: [
            .paragraph([.text("In these terms of reference:")]),
            .paragraph([.strong([.text("Board")]), .text(" means the Riverside Urban Forest Board.")]),
            .paragraph([.strong([.text("Partner")]), .text(" means each organisation named in the Parties section.")]),
        ])
        let purpose = Section(id: "purpose", number: "2", title: "Purpose and functions", blocks: [
            .clause(Clause(id: "purpose.functions", number: "2.1", title: "Functions", blocks: [
                .paragraph([.text("The Board plants 5,000 trees."), .lineBreak, .text("It reports yearly.")]),
            ])),
        ])
        let meetings = Section(id: "meetings", number: "3", title: "Meetings", blocks: [.clause(quorum), .clause(notice)])
        return Document(
            metadata: .init(
                title: "Terms of Reference", subject: "Riverside Urban Forest Partnership",
                draftLabel: "Draft 2 for partner review", date: "1 April 2026", isoDate: "2026-04-01",
                description: "Strategic alliance · medium risk · England",
                keywords: ["terms-of-reference", "strategic-alliance", "medium", "england"]),
            front: [
                .heading(level: 1, text: [.text("Parties")], anchor: "parties"),
                .paragraph([.text("These terms of reference are agreed by the following member organisations.")]),
                .numberedList(NumberedList(style: .decimal, depth: 1, items: [
                    .init(number: "1", blocks: [.paragraph([.strong([.text("Riverside City Council")]), .text(", a local authority (lead partner)")])]),
                    .init(number: "2", blocks: [.paragraph([.strong([.text("Riverside Trees CIC")]), .text(", a community interest company, company number 12345678")])]),
                ])),
                .notice(title: "A binding agreement is advisable", body: [
                    .paragraph([.text("This partnership is high risk. Put its money terms in a legally binding agreement.")]),
                ]),
            ],
            body: [.section(definitions), .section(purpose), .section(meetings)],
            back: [
                .pageBreak,
                .heading(level: 1, text: [.text("Agreement by members")], anchor: "signatures"),
                .paragraph([.text("Each member organisation confirms its agreement.")]),
                .signatures([
                    Signatory(party: "Riverside City Council", name: "Asha Patel", title: "Director of Environment"),
                    Signatory(party: "Riverside Trees CIC", name: nil, title: nil),
                ]),
            ],
            annexes: [
                Annex(id: "annex-contributions", letter: "A", title: "Contributions", blocks: [
                    .table(Table(
                        header: [[.text("Party")], [.text("Cash")], [.text("In kind")]],
                        rows: [
                            [[.text("Riverside City Council")], [.text("£25,000")], [.text("Officer time")]],
                            [[.text("Riverside Trees CIC")], [.text("£0")], [.text("Volunteers | tools")]],
                            [[.strong([.text("Total")])], [.strong([.text("£25,000")])], [.text("")]],
                        ],
                        alignments: [.leading, .trailing, .leading])),
                ]),
            ])
    }
}
