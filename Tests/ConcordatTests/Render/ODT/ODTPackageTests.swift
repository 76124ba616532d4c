import Foundation
import Testing
@testable import Concordat

/// The zip and metadata rules that let other software recognise and trust the file.
@Suite struct ODTPackageTests {
    /// Reads a little-endian field from a zip header.
    private func field(_ bytes: [UInt8], at offset: Int, size: Int) -> Int {
        (0..<size).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }

    @Test func mimetypeComesFirstStoredWithoutExtraField() throws {
        let bytes = try ODTRenderer(houseStyle: .default).render(SampleDocument.make())
        #expect(Array(bytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04], "not a zip local file header")
        #expect(field(bytes, at: 8, size: 2) == 0, "mimetype is compressed")
        let nameLength = field(bytes, at: 26, size: 2)
        #expect(field(bytes, at: 28, size: 2) == 0, "mimetype has an extra field")
        #expect(String(decoding: bytes[30..<(30 + nameLength)], as: UTF8.self) == "mimetype")
        let contentStart = 30 + nameLength
        let mediaType = "application/vnd.oasis.opendocument.text"
        #expect(String(decoding: bytes[contentStart..<(contentStart + mediaType.utf8.count)], as: UTF8.self) == mediaType)
        let package = try ODTPackageContents(bytes)
        #expect(package.entries.first?.name == "mimetype")
        #expect(package["mimetype"] == Array(mediaType.utf8))
    }

    @Test func manifestListsEveryPartAndNothingElse() throws {
        let package = try ODTTestSupport.render(SampleDocument.make())
        let manifest = try package.tree("META-INF/manifest.xml")
        let entries = manifest.descendants("manifest:file-entry")
        let listed = entries.compactMap { $0.attributes["manifest:full-path"] }
        let parts = package.entries.map(\.name).filter { $0 != "mimetype" && $0 != "META-INF/manifest.xml" }
        #expect(Set(listed) == Set(parts + ["/"]))
        #expect(listed.count == parts.count + 1)
        let root = try #require(entries.first { $0.attributes["manifest:full-path"] == "/" })
        #expect(root.attributes["manifest:media-type"] == "application/vnd.oasis.opendocument.text")
        #expect(root.attributes["manifest:version"] == "1.3")
        #expect(manifest.attributes["manifest:version"] == "1.3")
    }

    @Test func everyPartDeclaresODF13() throws {
        let package = try ODTTestSupport.render(SampleDocument.make())
        for name in ["content.xml", "styles.xml", "meta.xml"] {
            #expect(try package.tree(name).attributes["office:version"] == "1.3", "\(name)")
        }
    }

    @Test func metadataComesFromTheDocument() throws {
        let meta = try ODTTestSupport.render(SampleDocument.make()).tree("meta.xml")
        func values(_ name: String) -> [String] { meta.descendants(name).map(\.text) }
        #expect(values("meta:generator") == ["Concordat"])
        #expect(values("dc:title") == ["Terms of Reference"])
        #expect(values("dc:subject") == ["Riverside Urban Forest Partnership"])
        #expect(values("dc:description") == ["Strategic alliance · medium risk · England"])
        #expect(values("meta:keyword") == ["terms-of-reference", "strategic-alliance", "medium", "england"])
        #expect(values("dc:language") == ["en-GB"])
        #expect(values("meta:creation-date") == ["2026-04-01T00:00:00"])
        #expect(values("dc:date") == ["2026-04-01T00:00:00"])
    }

    @Test func noDatesWithoutAnIsoDate() throws {
        var document = SampleDocument.make(annotated: true)
        document.metadata.isoDate = nil
        let package = try ODTTestSupport.render(document)
        let meta = try package.tree("meta.xml")
        #expect(meta.descendants("meta:creation-date").isEmpty && meta.descendants("dc:date").isEmpty)
        #expect(try package.tree("content.xml").descendants("dc:date").isEmpty)
    }

    @Test func annotationsOnlyWhenAsked() throws {
        let plain = try ODTTestSupport.render(SampleDocument.make()).tree("content.xml")
        #expect(plain.descendants("office:annotation").isEmpty)
        let annotated = try ODTTestSupport.render(SampleDocument.make(annotated: true)).tree("content.xml")
        let headings = annotated.descendants("text:h").filter { !$0.descendants("office:annotation").isEmpty }
        #expect(headings.map(\.text) == ["Quorum", "Notice of meetings"])
        let annotation = try #require(headings.first?.descendants("office:annotation").first)
        #expect(annotation.descendants("dc:creator").map(\.text) == ["Concordat"])
        #expect(annotation.descendants("dc:date").map(\.text) == ["2026-04-01T00:00:00"])
        // What the clause is for comes first, then why it is here, each as a paragraph.
        #expect(annotation.descendants("text:p").map(\.text) == [
            "What this clause is for: Says how many members must be present for the Board's decisions to count <quorum> & who counts.",
            "Why this clause: Included: document is terms-of-reference; risk level medium is one of medium, high.",
        ])
    }

    /// Rendering twice gives the same bytes. The time zone and locale are varied in separate
    /// processes by `DeterminismTests`: changing `TZ` inside this process would race with the
    /// other tests' renders, since libzip turns the fixed DOS time into a clock time and back
    /// through the local zone.
    @Test func sameDocumentGivesSameBytes() throws {
        let renderer = ODTRenderer(houseStyle: .default)
        let first = try renderer.render(SampleDocument.make(annotated: true))
        let second = try renderer.render(SampleDocument.make(annotated: true))
        #expect(first == second)
    }

    @Test func entriesCarryTheFixedTimestamp() throws {
        let bytes = try ODTRenderer(houseStyle: .default).render(SampleDocument.make())
        // Walk the local headers: every entry is dated 1980-01-01 00:00 in DOS form.
        var offset = 0
        var names: [String] = []
        while offset + 30 <= bytes.count, field(bytes, at: offset, size: 4) == 0x0403_4B50 {
            #expect(field(bytes, at: offset + 10, size: 2) == 0, "DOS time")
            #expect(field(bytes, at: offset + 12, size: 2) == 0x21, "DOS date")
            let nameLength = field(bytes, at: offset + 26, size: 2), extraLength = field(bytes, at: offset + 28, size: 2)
            names.append(String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self))
            offset += 30 + nameLength + extraLength + field(bytes, at: offset + 18, size: 4)
        }
        #expect(names == ["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
    }
}
