import Testing
@testable import Concordat

/// Every ODT the renderer writes must be valid ODF 1.3, as the OASIS schema defines it.
@Suite struct ODTSchemaTests {
    @Test(arguments: [false, true])
    func sampleDocumentValidates(annotated: Bool) throws {
        let package = try ODTTestSupport.render(SampleDocument.make(annotated: annotated))
        #expect(Set(package.xmlParts.map(\.name)) == ["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
        let problems = ODTTestSupport.schemaProblems(package)
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func documentWithoutDateOrDraftValidates() throws {
        var document = SampleDocument.make(annotated: true)
        document.metadata.date = nil
        document.metadata.isoDate = nil
        document.metadata.draftLabel = nil
        document.metadata.keywords = []
        document.metadata.description = ""
        let problems = ODTTestSupport.schemaProblems(try ODTTestSupport.render(document))
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
    }

    @Test func schemaRejectsAnInvalidPart() {
        let invalid = Array(#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.3"><office:nonsense/></office:document-content>"#.utf8)
        #expect(!ODFSchema.validate(part: invalid, manifest: false).isEmpty)
        #expect(ODFSchema.validate(part: Array("<a><b></a>".utf8), manifest: false).first?.hasPrefix("not well-formed") == true)
    }
}
