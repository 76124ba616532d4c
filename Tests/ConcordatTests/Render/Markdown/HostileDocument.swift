@testable import Concordat

/// A document whose every text field holds the same hostile string, for escaping tests of every
/// renderer: whatever the string is, it must appear literally and leave the structure alone.
enum HostileDocument {
    /// A party name that tries HTML, XML, Markdown and link injection at once.
    static let partyName = "<script>alert(1)</script> & Co | *x* # [x](javascript:alert(1)) ]]> </text:p>"

    /// Lines that would start a block construct in CommonMark, GFM or pandoc if they reached the
    /// start of a line unescaped.
    static let lineStarts = [
        "1. one", "2) two", "- dash", "+ plus", "* star", "# hash", "> quote", "    indented code",
        "===", "---", "___", "| a | b |", "|---|---|", "```", "~~~", "(a) fancy", "a) letter",
        "iv. roman", "B.  capital", ": definition", "::: div", "<div>", "[ref]: https://example.org",
        "[ ] task", "\\", "&copy; &#169; &amp;", "`tick`", "$x$", "^sup^", "~sub~", "title {#id}",
        "![img](x.png)", "<!-- c -->", "<https://example.org>", "trailing spaces  ", "end!",
    ].joined(separator: "\n")

    /// What a reader sees of `text` inside one paragraph or heading: line breaks in model text are
    /// soft, so each becomes a space, and indentation at a line start is dropped.
    static func visible(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                var kept = Substring(line)
                while kept.first == " " { kept = kept.dropFirst() }
                while kept.last == " " { kept = kept.dropLast() }
                return String(kept)
            }
            .joined(separator: " ")
    }

    /// How many times `text` appears, whole, in the reader-visible text of ``make(_:)``.
    static let placements = 28

    /// Non-overlapping occurrences of `needle` in `text`.
    static func occurrences(of needle: String, in text: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        return text.split(separator: needle, omittingEmptySubsequences: false).count - 1
    }

    /// Clause ids, so link targets can be checked.
    static let clauseIDs = ["hostile.first", "hostile.second"]

    static func make(_ text: String) -> Document {
        let first = Clause(
            id: "hostile.first", number: "1.1", title: text,
            blocks: [
                .paragraph([
                    .text(text), .emphasis([.text(text)]), .strong([.text(text)]),
                    .definedTerm(term: "Partner", display: text),
                    .crossReference(target: "hostile.second", label: text),
                    .value(path: "parties.names", text: text),
                ]),
                .numberedList(NumberedList(style: .alphabetic, depth: 1, items: [
                    .init(number: "(a)", blocks: [.paragraph([.text(text)])]),
                    .init(number: "(b)", blocks: [
                        .paragraph([.text(text)]),
                        .numberedList(NumberedList(style: .roman, depth: 2, items: [
                            .init(number: "(i)", blocks: [.paragraph([.text(text)])]),
                        ])),
                    ]),
                ])),
                .bulletList([[.paragraph([.text(text)])]]),
            ],
            annotation: text)
        let second = Clause(
            id: "hostile.second", number: "1.2", title: "Second",
            blocks: [.paragraph([.text("See "), .crossReference(target: "hostile.first", label: "clause 1.1"), .text(".")])])
        return Document(
            metadata: .init(title: text, subject: text, draftLabel: text, date: text, description: text, keywords: [text]),
            front: [
                .heading(level: 1, text: [.text(text)], anchor: "parties"),
                .notice(title: text, body: [.paragraph([.text(text)])]),
            ],
            body: [.section(Section(id: "hostile", number: "1", title: text, blocks: [.clause(first), .clause(second)]))],
            back: [
                .pageBreak,
                .heading(level: 1, text: [.text(text)], anchor: "signatures"),
                .signatures([Signatory(party: text, name: text, title: text)]),
            ],
            annexes: [
                Annex(id: "annex-hostile", letter: "A", title: text, blocks: [
                    .table(Table(header: [[.text(text)], [.text("Cash")]], rows: [[[.text(text)], [.strong([.text(text)])]]])),
                ]),
            ])
    }
}
