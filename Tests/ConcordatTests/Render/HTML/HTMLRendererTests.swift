@testable import Concordat
import Testing

@Suite("HTML renderer")
struct HTMLRendererTests {
    @Test("sample document matches its golden file")
    func sampleGolden() throws {
        let renderer = HTMLRenderer(stylesheet: try HouseStyle.load())
        try TextGolden.check(renderer.render(SampleDocument.make()), against: "sample.html")
    }

    @Test("annotated sample document matches its golden file")
    func annotatedGolden() throws {
        let renderer = HTMLRenderer(stylesheet: try HouseStyle.load())
        try TextGolden.check(renderer.render(SampleDocument.make(annotated: true)), against: "sample-annotated.html")
    }

    @Test("rendering is deterministic")
    func deterministic() throws {
        let renderer = HTMLRenderer(stylesheet: try HouseStyle.load())
        let document = SampleDocument.make(annotated: true)
        #expect(renderer.render(document) == renderer.render(document))
    }
}
