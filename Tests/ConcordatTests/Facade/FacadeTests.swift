import Foundation
import Testing
import Concordat

/// The one-call library entry point behaves as the command line does.
@Suite struct FacadeTests {
    static func example(_ document: DocumentKind = .termsOfReference) -> [UInt8] {
        Array(ExampleRequest.yaml(document: document, framework: .notForProfit).utf8)
    }

    @Test func composesRequestBytesIntoAnODT() throws {
        let output = try Concordat.compose(request: .bytes(Self.example(), source: "board.yaml"), options: .init(format: .odt))
        #expect(output.format == .odt)
        #expect(Array(output.bytes.prefix(2)) == Array("PK".utf8))
        #expect(String(decoding: output.bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(output.composition.request.document == .termsOfReference)
        #expect(!output.findings.hasErrors)
    }

    @Test func aLoadedCatalogueComposesManyRequestsWithTheSameResultAsOneCall() throws {
        let catalogue = try Concordat.loadCatalogue()
        for document in DocumentKind.allCases {
            let source = Concordat.RequestSource.bytes(Self.example(document), source: "r.yaml")
            let once = try Concordat.compose(request: source, options: .init(dateFallback: .none))
            let reused = try catalogue.compose(request: source, options: .init(dateFallback: .none))
            #expect(once.bytes == reused.bytes)
            #expect(String(decoding: reused.bytes, as: UTF8.self).contains(document == .exitStrategy ? "Exit Strategy" : "Riverside"))
        }
    }

    @Test func theFallbackDateIsUsedOnlyWhenTheRequestHasNone() throws {
        let undated = String(decoding: Self.example(), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("date:") }.joined(separator: "\n")
        let date = CalendarDate(daysSinceEpoch: 20_000)  // 4 October 2024
        let dated = try Concordat.compose(
            request: .bytes(Array(undated.utf8), source: "r.yaml"), options: .init(dateFallback: .date(date)))
        #expect(String(decoding: dated.bytes, as: UTF8.self).contains("4 October 2024"))
        let blank = try Concordat.compose(
            request: .bytes(Array(undated.utf8), source: "r.yaml"), options: .init(dateFallback: .none))
        #expect(!String(decoding: blank.bytes, as: UTF8.self).contains("4 October 2024"))
    }

    @Test func strictModeTurnsWarningsIntoErrors() throws {
        // Two copies of one role are a warning; under strict mode they refuse the request.
        let text = String(decoding: Self.example(), as: UTF8.self)
            .replacingOccurrences(of: "role: [lead-partner, accountable-body]", with: "role: [lead-partner, accountable-body, lead-partner]")
        #expect(text.contains("lead-partner, accountable-body, lead-partner"))
        let source = Concordat.RequestSource.bytes(Array(text.utf8), source: "r.yaml")
        let lenient = try Concordat.compose(request: source)
        #expect(lenient.findings.contains { $0.severity == .warning && $0.message.contains("listed twice") })
        let error = #expect(throws: ConcordatError.self) {
            try Concordat.compose(request: source, options: .init(strict: true))
        }
        #expect(error?.kind == .invalidData)
        #expect(error?.diagnostics.contains { $0.severity == .error && $0.hint?.contains("under --strict") == true } == true)
    }

    @Test func inputOverTheSizeLimitIsRefusedBeforeParsing() throws {
        let huge = [UInt8](repeating: UInt8(ascii: "#"), count: 2_000)
        let error = #expect(throws: ConcordatError.self) {
            try Concordat.compose(request: .bytes(huge, source: "big.yaml"), options: .init(limits: RequestLimits(maxBytes: 1_000)))
        }
        #expect(error?.kind == .invalidData)
        #expect(error?.description.contains("at most 1000 are accepted") == true)
    }

    @Test func aMissingFileIsInputNotFound() throws {
        let error = #expect(throws: ConcordatError.self) {
            try Concordat.compose(request: .file("/nonexistent/request.yaml"))
        }
        #expect(error?.kind == .inputNotFound)
        #expect(error?.kind.exitCode == 66)
    }

    @Test func theExampleProgramComposesAnODTFromARequestFile() throws {
        let folder = TemporaryFolder()
        let request = folder.write("board.yaml", bytes: Self.example())
        let program = CLIRunner.binary.deletingLastPathComponent().appendingPathComponent("ComposeExample")
        let run = try CLIRunner.run([request, folder.file("board.odt")], executable: program)
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: folder.file("board.odt")))
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        let missing = try CLIRunner.run([folder.file("none.yaml"), folder.file("none.odt")], executable: program)
        #expect(missing.status == 66)
        #expect(missing.out.contains("none.yaml: no such file"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.odt")))
    }

    @Test func theExampleProgramStaysUnderFifteenLines() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Sources/ComposeExample/main.swift"), encoding: .utf8)
        #expect(text.split(separator: "\n").count < 15)
    }
}
