import Foundation
import Testing
@testable import Concordat

/// Each XML part of the sample document's DOCX, re-indented, compared as text with the reviewed
/// copy under `Fixtures/golden/docx/`. Run with `CONCORDAT_UPDATE_GOLDENS=1` to rewrite the
/// copies after a deliberate change; the run still fails so that the new copies are reviewed.
@Suite struct DOCXGoldenTests {
    static let goldenFolder = ODFSchema.packageRoot.appending(path: "Tests/ConcordatTests/Fixtures/golden/docx")

    static let cases: [(name: String, annotated: Bool, parts: [String])] = [
        ("sample", false, [
            "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml",
            "word/numbering.xml", "word/settings.xml", "word/webSettings.xml", "word/fontTable.xml",
            "word/theme/theme1.xml", "word/header1.xml", "word/footer1.xml", "customXml/item1.xml",
            "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels", "docProps/core.xml", "docProps/app.xml",
        ]),
        ("sample-annotated", true, ["[Content_Types].xml", "word/_rels/document.xml.rels", "word/document.xml", "word/comments.xml"]),
    ]

    @Test func packageHoldsExactlyTheGoldenParts() throws {
        for entry in Self.cases where !entry.annotated {
            let package = try DOCXTestSupport.render(SampleDocument.make(annotated: entry.annotated))
            #expect(package.entries.map(\.name).sorted() == entry.parts.sorted())
        }
    }

    @Test(arguments: cases.flatMap { entry in entry.parts.map { (entry.name, entry.annotated, $0) } })
    func partMatchesGolden(_ name: String, _ annotated: Bool, _ part: String) throws {
        let package = try DOCXTestSupport.render(SampleDocument.make(annotated: annotated))
        let actual = try ODTTestSupport.prettyPrinted(try #require(package[part], "no \(part)"))
        let file = Self.goldenFolder.appending(path: "\(name)/\(part)")
        let expected = try? String(contentsOf: file, encoding: .utf8)
        guard expected != actual else { return }
        if ODTGoldenTests.updating {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("rewrote \(file.path); review the change and run again")
            return
        }
        guard let expected else {
            Issue.record("no golden file \(file.path); run with CONCORDAT_UPDATE_GOLDENS=1 to create it")
            return
        }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        Issue.record("""
            \(name)/\(part) differs from the golden file at line \(first + 1):
              golden: \(first < expectedLines.count ? String(expectedLines[first]) : "<end of file>")
              actual: \(first < actualLines.count ? String(actualLines[first]) : "<end of file>")
            """)
    }
}
