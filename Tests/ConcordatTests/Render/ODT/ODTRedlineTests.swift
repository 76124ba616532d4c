import Foundation
import Testing
@testable import Concordat

@Suite struct ODTRedlineTests {
    typealias Paragraph = ODTRedlinePlan.Paragraph

    /// What a word processor shows after accepting (or rejecting) every change the plan makes.
    static func apply(_ plan: ODTRedlinePlan, new: [Paragraph], accept: Bool) -> [String] {
        var out: [String] = []
        func restore(_ index: Int) {
            if !accept, let deletion = plan.deletionsBefore[index] { out += deletion.paragraphs.map(\.text) }
        }
        for (index, paragraph) in new.enumerated() {
            restore(index)
            switch plan.fates[index] {
            case .same: out.append(paragraph.text)
            case .inserted: if accept { out.append(paragraph.text) }
            case .changed(let pieces):
                out.append(pieces.map { piece -> String in
                    switch piece {
                    case .same(let text): text
                    case .inserted(_, let text): accept ? text : ""
                    case .deleted(_, let text): accept ? "" : text
                    }
                }.joined())
            }
        }
        restore(new.count)
        return out
    }

    static func paragraphs(_ texts: [String]) -> [Paragraph] {
        texts.map { Paragraph(text: $0, headingLevel: $0.hasPrefix("#") ? 2 : nil) }
    }

    @Test func acceptGivesNewAndRejectGivesOld() {
        let cases: [([String], [String])] = [
            (["# Title", "The partners serve Riverside.", "# Money", "Each pays £20,000."],
             ["# Title", "The partners serve all of Riverside.", "# Risk", "Insure it.", "# Money", "Each pays £21,500 a year."]),
            (["# A", "one two three"], ["# B", "four"]),
            (["only old"], []),
            ([], ["only new", "# heading"]),
            (["a b c", "d e f", "g"], ["x a b", "d e f", "g h"]),
            (["same"], ["same"]),
        ]
        for (old, new) in cases {
            let o = Self.paragraphs(old), n = Self.paragraphs(new)
            let plan = ODTRedlinePlan(old: o, new: n)
            #expect(Self.apply(plan, new: n, accept: true) == new, "\(old) → \(new)")
            #expect(Self.apply(plan, new: n, accept: false) == old, "\(old) → \(new)")
            #expect(Set(plan.regions.map(\.id)).count == plan.regions.count)
        }
    }

    @Test func reworedParagraphsChangeWordByWord() {
        let plan = ODTRedlinePlan(old: Self.paragraphs(["Each pays £20,000 now."]), new: Self.paragraphs(["Each pays £21,500 now."]))
        #expect(plan.fates == [.changed([.same("Each pays"), .deleted(id: "ct1", text: " £20,000"), .inserted(id: "ct2", text: " £21,500"), .same(" now.")])])
    }

    @Test func aRedlineIsValidODFWithTrackedChangesByTheAuthor() throws {
        let (composer, _) = try Composer.load()
        var request = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .strategicAlliance)
        let old = try composer.compose(request)
        request.risk = .high
        request.parties[0].signatory?.name = "Asha Patil"
        let new = try composer.compose(request)
        let diff = DocumentDiff(old: old, new: new, oldName: "a", newName: "b")
        let bytes = try OutputFormat.odt.renderRedline(
            old: old.document, new: new.document, author: "A. Reviewer", comments: diff.redlineComments, templates: composer.templates)
        let parts = try ZipEntries.read(bytes)
        let content = try #require(parts["content.xml"])
        #expect(ODFSchema.validate(part: content, manifest: false) == [])
        let xml = String(decoding: content, as: UTF8.self)
        #expect(xml.contains("<text:tracked-changes"))
        #expect(xml.contains("<dc:creator>A. Reviewer</dc:creator>"))
        #expect(xml.contains("text:change-start") && xml.contains("<text:deletion>"))
        #expect(xml.contains("Added: the request now states risk high"))
        // Same inputs, same bytes.
        #expect(try OutputFormat.odt.renderRedline(
            old: old.document, new: new.document, author: "A. Reviewer", comments: diff.redlineComments, templates: composer.templates) == bytes)
    }
}
