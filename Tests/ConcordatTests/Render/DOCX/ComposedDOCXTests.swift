import Foundation
import Testing
@testable import Concordat

/// Real documents from the built-in catalogue: every document × framework × risk level for
/// England (annotated at high risk, so comments are covered), composed to DOCX with our own
/// styles. Each is checked for every repair trigger, and all of them together are validated by
/// the `openxml-audit` command-line tool, which must report no error.
@Suite struct ComposedDOCXTests {
    static let composer: Composer? = try? Composer.load().0

    static func composedDocuments() throws -> [(name: String, bytes: [UInt8])] {
        let composer = try #require(Self.composer)
        return try DocumentKind.allCases.flatMap { document in
            try Framework.allCases.flatMap { framework in
                try RiskLevel.allCases.map { level in
                    var request = ExampleRequest.request(document: document, framework: framework)
                    request.risk = level
                    let composition = try composer.compose(request, options: ComposeOptions(annotate: level == .high))
                    let bytes = try OutputFormat.docx.render(composition.document, templates: composer.templates)
                    return ("\(document.rawValue)-\(framework.rawValue)-\(level.rawValue).docx", bytes)
                }
            }
        }
    }

    @Test func everyCombinationIsFreeOfRepairTriggersAndPassesOpenXMLAudit() throws {
        let documents = try Self.composedDocuments()
        #expect(documents.count == 27)
        let folder = TemporaryFolder()
        var files: [URL] = []
        for (name, bytes) in documents {
            #expect(DOCXRepairCheck.problems(in: bytes).isEmpty, "\(name): \(DOCXRepairCheck.problems(in: bytes))")
            files.append(URL(fileURLWithPath: folder.write(name, bytes: bytes)))
        }
        let errors = try OpenXMLAudit.errors(in: files)
        #expect(errors.count == 0, "\(errors.prefix(10).joined(separator: "\n"))")
    }
}
