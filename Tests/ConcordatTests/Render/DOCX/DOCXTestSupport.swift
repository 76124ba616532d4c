import CZip
import Foundation
import Testing
@testable import Concordat

enum DOCXTestSupport {
    /// Renders with the shipped house style.
    static func render(_ document: Document) throws -> ODTPackageContents {
        try ODTPackageContents(DOCXRenderer(houseStyle: .default).render(document))
    }

    /// The text of a part.
    static func text(_ package: ODTPackageContents, _ part: String) throws -> String {
        String(decoding: try #require(package[part], "no \(part)"), as: UTF8.self)
    }

    /// The package rebuilt with some parts replaced (nil removes one), for showing that a
    /// check catches a broken package.
    static func rebuilt(
        _ package: ODTPackageContents, replacing changes: [String: [UInt8]] = [:], removing: Set<String> = [],
        externalAttributes: zip_uint32_t? = nil
    ) throws -> [UInt8] {
        var parts = package.entries.filter { !removing.contains($0.name) }.map { entry in
            ZipPackage.Part(path: entry.name, bytes: changes[entry.name] ?? entry.bytes, compressed: true)
        }
        for (name, change) in changes.sorted(by: { $0.key < $1.key }) where !package.entries.contains(where: { $0.name == name }) {
            parts.append(ZipPackage.Part(path: name, bytes: change, compressed: true))
        }
        let bytes = try ZipPackage(format: "DOCX", parts: parts).zipped()
        guard let attributes = externalAttributes else { return bytes }
        return try setExternalAttributes(bytes, to: attributes)
    }

    /// A part's text with `old` replaced by `new` (which must occur).
    static func edited(_ package: ODTPackageContents, _ part: String, _ old: String, _ new: String) throws -> [UInt8] {
        let text = try self.text(package, part)
        #expect(text.contains(old), "\(part) does not contain \(old)")
        return Array(text.replacingOccurrences(of: old, with: new).utf8)
    }

    /// Each entry's name and external file attributes, read from the zip's central directory.
    static func externalAttributes(_ bytes: [UInt8]) throws -> [(String, zip_uint32_t)] {
        try withArchive(bytes, flags: ZIP_RDONLY) { archive in
            (0..<zip_uint64_t(max(zip_get_num_entries(archive, 0), 0))).map { index in
                var system: zip_uint8_t = 0
                var attributes: zip_uint32_t = 0
                zip_file_get_external_attributes(archive, index, 0, &system, &attributes)
                return (String(cString: zip_get_name(archive, index, 0)), attributes)
            }
        }
    }

    private static func setExternalAttributes(_ bytes: [UInt8], to value: zip_uint32_t) throws -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let copy = malloc(bytes.count)!
        bytes.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        let source = try #require(zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error))
        zip_source_keep(source)
        defer { zip_source_free(source) }
        let archive = try #require(zip_open_from_source(source, 0, &error))
        for index in 0..<zip_uint64_t(zip_get_num_entries(archive, 0)) {
            zip_file_set_external_attributes(archive, index, 0, zip_uint8_t(ZIP_OPSYS_DOS), value)
        }
        #expect(zip_close(archive) == 0)
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        #expect(zip_source_stat(source, &stat) == 0)
        #expect(zip_source_open(source) == 0)
        defer { zip_source_close(source) }
        var result = [UInt8](repeating: 0, count: Int(stat.size))
        _ = result.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress!, stat.size) }
        return result
    }

    private static func withArchive<T>(_ bytes: [UInt8], flags: Int32, _ body: (OpaquePointer) throws -> T) throws -> T {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let copy = malloc(max(bytes.count, 1))!
        bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) } }
        let source = try #require(zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error))
        let archive = try #require(zip_open_from_source(source, flags, &error))
        defer { zip_discard(archive) }
        return try body(archive)
    }
}
