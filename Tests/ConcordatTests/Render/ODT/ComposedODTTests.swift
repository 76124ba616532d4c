import Testing
@testable import Concordat

/// Real documents from the built-in catalogue, not only the sample: every document × framework ×
/// risk level for England, annotated or not, must be valid ODF 1.3 part by part.
@Suite struct ComposedODTTests {
    static let composer: Composer? = try? Composer.load().0

    static let cases: [(DocumentKind, Framework, RiskLevel, Bool)] = DocumentKind.allCases.flatMap { document in
        Framework.allCases.flatMap { framework in
            RiskLevel.allCases.map { level in (document, framework, level, level == .high) }
        }
    }

    @Test(arguments: cases)
    func composedDocumentValidates(document: DocumentKind, framework: Framework, level: RiskLevel, annotate: Bool) throws {
        let composer = try #require(Self.composer)
        var request = ExampleRequest.request(document: document, framework: framework)
        request.risk = level
        let composition = try composer.compose(request, options: ComposeOptions(annotate: annotate))
        let bytes = try OutputFormat.odt.render(composition.document, templates: composer.templates)
        let parts = try ZipEntries.read(bytes)
        for name in ["content.xml", "styles.xml", "meta.xml"] {
            let part = try #require(parts[name], "\(name) missing")
            #expect(ODFSchema.validate(part: part, manifest: false).isEmpty, "\(document.rawValue)/\(framework.rawValue)/\(level.rawValue) \(name)")
        }
        let manifest = try #require(parts["META-INF/manifest.xml"])
        #expect(ODFSchema.validate(part: manifest, manifest: true).isEmpty)
        let content = String(decoding: try #require(parts["content.xml"]), as: UTF8.self)
        #expect(content.contains("<office:annotation") == annotate)
        #expect(content.contains("text:table-of-content"))
    }
}
