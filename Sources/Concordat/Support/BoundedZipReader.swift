import CZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads entries of a zip held in memory that came from outside (a reference document, a
/// document read back), with limits that a hostile file cannot get round: the archive's size,
/// the number of entries, each entry's size as it is actually inflated (not as the header
/// claims), the total inflated, and the compression ratio of large entries (a zip bomb
/// inflates a few kilobytes into gigabytes). libzip checks each entry's CRC as it reads.
///
/// Failures are `invalidData` errors naming the file as the user gave it.
struct BoundedZipReader {
    /// Limits on what is read.
    struct Limits: Sendable {
        var archiveBytes = 32 << 20
        var entries = 4000
        var entryBytes = 16 << 20
        var totalBytes = 64 << 20
        /// Entries above `ratioFloor` bytes may inflate at most this many times their packed size.
        var ratio = 100
        var ratioFloor = 1 << 20

        static let standard = Limits()
    }

    let file: String
    let limits: Limits
    private let entryIndexes: [String: zip_uint64_t]
    private let archive: OpaquePointer
    private let owner: ArchiveOwner
    private var inflated = 0

    /// Opens the archive, refusing one that is too large, not a zip, or has too many entries.
    init(_ bytes: [UInt8], file: String, limits: Limits = .standard) throws(ConcordatError) {
        self.file = file
        self.limits = limits
        guard bytes.count <= limits.archiveBytes else {
            throw Self.failure(file, "is \(bytes.count) bytes, more than the \(limits.archiveBytes)-byte limit")
        }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let copy = malloc(max(bytes.count, 1))!
        bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) } }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw Self.failure(file, "cannot be read as a zip package")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw Self.failure(file, "is not a zip package (\(String(cString: zip_error_strerror(&error))))")
        }
        let owner = ArchiveOwner(archive)
        let count = zip_get_num_entries(archive, 0)
        guard count >= 0, count <= limits.entries else {
            throw Self.failure(file, "holds \(count) entries, more than the \(limits.entries)-entry limit")
        }
        var names: [String: zip_uint64_t] = [:]
        for index in 0..<zip_uint64_t(count) {
            guard let name = zip_get_name(archive, index, 0) else { continue }
            names[String(cString: name)] = index
        }
        self.archive = archive
        self.owner = owner
        self.entryIndexes = names
    }

    /// Every entry's name, sorted, so whoever looks through them does so in the same order every time.
    var names: [String] { entryIndexes.keys.sorted() }

    /// Whether the archive has an entry of this name.
    func contains(_ name: String) -> Bool { entryIndexes[name] != nil }

    /// The entry's bytes, or nil when there is no such entry.
    mutating func entry(_ name: String) throws(ConcordatError) -> [UInt8]? {
        guard let index = entryIndexes[name] else { return nil }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, index, 0, &stat) == 0 else { throw Self.failure(file, "has an unreadable entry \(name)") }
        let declared = Int(clamping: stat.size)
        let packed = Int(clamping: stat.comp_size)
        guard declared <= limits.entryBytes else {
            throw Self.failure(file, "entry \(name) is \(declared) bytes, more than the \(limits.entryBytes)-byte limit")
        }
        guard let handle = zip_fopen_index(archive, index, 0) else { throw Self.failure(file, "has an unreadable entry \(name)") }
        defer { zip_fclose(handle) }
        var content: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let read = buffer.withUnsafeMutableBytes { zip_fread(handle, $0.baseAddress, zip_uint64_t($0.count)) }
            if read < 0 { throw Self.failure(file, "entry \(name) is damaged (\(String(cString: zip_file_strerror(handle))))") }
            if read == 0 { break }
            content += buffer[0..<Int(read)]
            inflated += Int(read)
            // The header's sizes may lie; the bytes actually inflated are what count.
            if content.count > limits.entryBytes || inflated > limits.totalBytes {
                throw Self.failure(file, "entry \(name) inflates past the size limit; it may be a zip bomb")
            }
            if content.count > limits.ratioFloor, content.count > max(packed, 1) * limits.ratio {
                throw Self.failure(file, "entry \(name) inflates more than \(limits.ratio) times; it may be a zip bomb")
            }
        }
        return content
    }

    private static func failure(_ file: String, _ message: String) -> ConcordatError {
        ConcordatError(.invalidData, message, at: SourceLocation(file: file))
    }

    /// Closes the archive when the last copy of the reader goes.
    private final class ArchiveOwner {
        let archive: OpaquePointer
        init(_ archive: OpaquePointer) { self.archive = archive }
        deinit { zip_discard(archive) }
    }
}
