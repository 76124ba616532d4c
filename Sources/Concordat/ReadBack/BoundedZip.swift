import CZip
import Foundation

/// Reads named entries from a zip that came from outside: the archive, the number of entries
/// and each entry's inflated size are capped, and an entry is read only up to its cap whatever
/// its header claims, so a zip bomb costs at most the cap.
struct BoundedZip {
    /// The most bytes of archive accepted.
    static let maxArchiveBytes = 64 * 1_048_576
    /// The most bytes one entry may inflate to.
    static let maxEntryBytes = 32 * 1_048_576
    /// The most entries an archive may list.
    static let maxEntries = 10_000

    private let entries: [String: [UInt8]]

    /// Opens the archive and reads the entries wanted (absent ones are simply missing).
    init(_ bytes: [UInt8], wanted: Set<String>, source: String) throws(ConcordatError) {
        func bad(_ message: String) -> ConcordatError {
            ConcordatError(.invalidData, message, at: SourceLocation(file: source))
        }
        guard bytes.count <= Self.maxArchiveBytes else { throw bad("the document is larger than \(Self.maxArchiveBytes) bytes") }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let copy = malloc(max(bytes.count, 1)) else { throw ConcordatError(.internal, "out of memory") }
        bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) } }
        guard let zipSource = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw bad("the document is not a readable zip package")
        }
        guard let archive = zip_open_from_source(zipSource, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(zipSource)
            throw bad("the document is not a readable zip package")
        }
        defer { zip_discard(archive) }
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0, count <= Self.maxEntries else { throw bad("the package lists more than \(Self.maxEntries) entries") }
        var found: [String: [UInt8]] = [:]
        for name in wanted {
            let index = zip_name_locate(archive, name, 0)
            guard index >= 0, let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else { continue }
            defer { zip_fclose(file) }
            var content: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let read = buffer.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t($0.count)) }
                if read < 0 { throw bad("the package entry \(name) cannot be read") }
                if read == 0 { break }
                content += buffer[0..<Int(read)]
                if content.count > Self.maxEntryBytes {
                    throw bad("the package entry \(name) inflates to more than \(Self.maxEntryBytes) bytes")
                }
            }
            found[name] = content
        }
        entries = found
    }

    /// An entry's bytes, if the archive has it.
    subscript(name: String) -> [UInt8]? { entries[name] }
}
