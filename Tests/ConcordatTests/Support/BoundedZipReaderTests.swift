import CLibXML2
import CZip
import Foundation
import Testing
@testable import Concordat

/// Documents read back are hostile: zip bombs, too many entries, huge entries and XML with
/// entity declarations are refused with a clear error and bounded memory.
@Suite struct BoundedZipReaderTests {
    /// A zip of `entries`, each deflated.
    static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
        let package = ZipPackage(format: "ODT", parts: entries.map { ZipPackage.Part(path: $0.0, bytes: $0.1, compressed: true) })
        return try package.zipped()
    }

    @Test func readsAnOrdinaryPackage() throws {
        var package = try BoundedZipReader(try Self.zip([("a.xml", Array("<a/>".utf8))]), file: "x.odt")
        #expect(package.names == ["a.xml"])
        #expect(try package.entry("a.xml") == Array("<a/>".utf8))
    }

    @Test func refusesAZipBomb() throws {
        // 8 MiB of zeros deflates to a few kilobytes: a ratio far beyond any real document.
        let bomb = try Self.zip([("content.xml", [UInt8](repeating: 0, count: 8 << 20))])
        #expect(bomb.count < 100_000)
        var package = try BoundedZipReader(bomb, file: "bomb.odt")
        #expect(throws: ConcordatError.self) { try package.entry("content.xml") }
        do {
            _ = try package.entry("content.xml")
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.diagnostics.first?.message.contains("times") == true)
            #expect(error.diagnostics.first?.message.contains("content.xml") == true)
            #expect(error.diagnostics.first?.location?.file == "bomb.odt")
        }
    }

    @Test func refusesTooManyEntriesAndOversizedEntries() throws {
        var limits = BoundedZipReader.Limits()
        limits.entries = 3
        let many = try Self.zip((0..<4).map { ("e\($0)", [UInt8(ascii: "x")]) })
        #expect(throws: ConcordatError.self) { try BoundedZipReader(many, file: "many.zip", limits: limits) }
        limits = BoundedZipReader.Limits()
        limits.entryBytes = 1000
        var package = try BoundedZipReader(try Self.zip([("big", Array(repeating: UInt8(ascii: "y"), count: 5000))]), file: "big.zip", limits: limits)
        #expect(throws: ConcordatError.self) { try package.entry("big") }
    }

    @Test func refusesWhatIsNotAZip() {
        #expect(throws: ConcordatError.self) { try BoundedZipReader(Array("not a zip".utf8), file: "x.odt") }
    }

    @Test func xmlWithEntityDeclarationsIsRefusedBeforeParsing() throws {
        let laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <lolz>&lol2;</lolz>
            """
        #expect(UntrustedXML.containsDeclaration(Array(laughs.utf8)))
        #expect(throws: ConcordatError.self) { try UntrustedXML(Array(laughs.utf8), file: "x.odt", part: "content.xml") }
        let external = "<?xml version=\"1.0\"?><!doctype x SYSTEM \"file:///etc/passwd\"><x/>"
        #expect(throws: ConcordatError.self) { try UntrustedXML(Array(external.utf8), file: "x.odt", part: "content.xml") }
        let document = try UntrustedXML(Array("<office:document xmlns:office=\"urn:x\"><p>text</p></office:document>".utf8), file: "x.odt", part: "content.xml")
        #expect(document.root != nil)
    }
}
