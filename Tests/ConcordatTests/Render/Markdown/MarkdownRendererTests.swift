@testable import Concordat
import Testing

@Suite("Markdown renderer")
struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test("sample document matches its golden file")
    func sampleGolden() throws {
        try TextGolden.check(renderer.render(SampleDocument.make()), against: "sample.md")
    }

    @Test("annotated sample document matches its golden file")
    func annotatedGolden() throws {
        try TextGolden.check(renderer.render(SampleDocument.make(annotated: true)), against: "sample-annotated.md")
    }
}
