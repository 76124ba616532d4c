@testable import Concordat
import ConcordatCompiled
import Foundation
import Testing

/// The built-in catalogue compiled at build time must behave exactly as the clause files parsed
/// at run time: the same clauses, the same findings, and the same bytes for every document.
@Suite struct CompiledCatalogueTests {
    static let parsed = Result { () throws(ConcordatError) in try Composer.load(.init(), compiled: nil) }
    static let compiled = Result { () throws(ConcordatError) in
        try Composer.load(.init(), compiled: CompiledDefaults.catalogue)
    }

    @Test func theBinaryCarriesTheCatalogueTheClauseFilesGive() throws {
        let carried = try #require(CompiledDefaults.catalogue, "the compiled catalogue could not be read")
        let fresh = try CompiledCatalogue.build()
        #expect(carried == fresh)
        // Else loading would quietly parse the files, and the tests below would compare parsing with itself.
        #expect(carried.parsedFiles() != nil, "the compiled clauses do not match the embedded files")
        #expect(carried.templates.templateSet() != nil, "the compiled templates do not match the embedded files")
    }

    @Test func everyClauseReadsBackEqualToTheOneWritten() throws {
        let built = try CompiledCatalogue.build()
        let bytes = built.encoded()
        let read = try #require(bytes.withUnsafeBufferPointer { CompiledCatalogue(decoding: $0) })
        #expect(read.files.count == built.files.count)
        for (original, copy) in zip(built.files, read.files) {
            #expect(original == copy, "\(original.path) changed on the way through the compact form")
        }
        #expect(read.findings == built.findings)
        #expect(read.templates == built.templates)
        // Sets and dictionaries are written in a fixed order: the same catalogue, the same bytes.
        #expect(read.encoded() == bytes)
    }

    @Test func aDamagedCompactFormIsRefusedNotMisread() throws {
        let built = try CompiledCatalogue.build()
        let bytes = built.encoded()
        for cut in [0, 10, bytes.count / 2, bytes.count - 1] {
            #expect(Array(bytes[..<cut]).withUnsafeBufferPointer { CompiledCatalogue(decoding: $0) } == nil)
        }
        var changed = bytes
        changed[changed.count / 3] = UInt8(ascii: "x")
        let misread = changed.withUnsafeBufferPointer { CompiledCatalogue(decoding: $0) }
        #expect(misread == nil || misread != built)
    }

    @Test func theSameCatalogueAndFindingsEitherWay() throws {
        let (parsed, parsedFindings) = try Self.parsed.get()
        let (compiled, compiledFindings) = try Self.compiled.get()
        #expect(compiled.catalogue.clauses == parsed.catalogue.clauses)
        #expect(compiled.catalogue.terms == parsed.catalogue.terms)
        #expect(compiledFindings == parsedFindings)
    }

    @Test func theSameTemplatesWordingAndScoringEitherWay() throws {
        let (parsed, _) = try Self.parsed.get()
        let (compiled, _) = try Self.compiled.get()
        #expect(compiled.templates.documents == parsed.templates.documents)
        #expect(compiled.templates.wording == parsed.templates.wording)
        #expect(compiled.templates.files == parsed.templates.files)
        #expect(compiled.scoring == parsed.scoring)
    }

    /// Every document × framework × risk × jurisdiction, in every format, with and without notes.
    @Test(arguments: DocumentKind.allCases, Framework.allCases)
    func everyCombinationComposesToTheSameBytesEitherWay(_ document: DocumentKind, _ framework: Framework) throws {
        let (parsed, _) = try Self.parsed.get()
        let (compiled, _) = try Self.compiled.get()
        for jurisdiction in Jurisdiction.allCases {
            for risk in RiskLevel.allCases {
                var request = ExampleRequest.request(document: document, framework: framework, jurisdiction: jurisdiction)
                request.risk = risk
                for annotate in [false, true] {
                    let options = ComposeOptions(annotate: annotate)
                    let one = try parsed.compose(request, options: options)
                    let other = try compiled.compose(request, options: options)
                    for format in OutputFormat.allCases {
                        let expected = try format.render(one.document, templates: parsed.templates)
                        let actual = try format.render(other.document, templates: compiled.templates)
                        #expect(actual == expected, "\(document.rawValue) \(framework.rawValue) \(risk.rawValue) \(jurisdiction.rawValue) \(format.rawValue) annotate \(annotate)")
                    }
                }
            }
        }
    }

    /// An organisation's folder is still read at run time and layered over the compiled clauses.
    @Test func aFolderLayeredOverTheCompiledCatalogueGivesWhatItGivesOverTheParsedOne() throws {
        let folder = TemporaryFolder()
        let original = try #require(CompiledDefaults.catalogue?.files.first?.clause)
        let source = try #require(EmbeddedDefaults.files.first { $0.path == original.location.file }?.text)
        let replaced = source.replacingOccurrences(of: "version: \(original.version)", with: "version: \(original.version + 1)")
        _ = folder.write("ours/\((original.location.file as NSString).lastPathComponent)", replaced)
        let options = CatalogueOptions(catalogueFolders: [folder.file("ours")])
        let (parsed, parsedFindings) = try Composer.load(options, compiled: nil)
        let (compiled, compiledFindings) = try Composer.load(options, compiled: CompiledDefaults.catalogue)
        #expect(compiled.catalogue.byID[original.id]?.version == original.version + 1)
        #expect(compiled.catalogue.clauses == parsed.catalogue.clauses)
        #expect(compiledFindings == parsedFindings)
    }
}
