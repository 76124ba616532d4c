import CZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Zips the parts of a document package (ODT or DOCX) in memory with libzip.
///
/// The parts are written in the order given (for ODT, `mimetype` first and stored, so that
/// tools can sniff the type at a fixed offset). Every entry carries the same fixed DOS
/// timestamp, set as DOS fields rather than as a Unix time (which libzip would convert through
/// the local time zone), so the bytes are the same on every machine; and Unix attributes of a
/// plain readable file, because Word for Mac asks to repair a package whose entries' external
/// attributes are zero.
struct ZipPackage {
    /// zlib's default level: level 9 took two and a half times as long for files about 1% smaller.
    static let compressionLevel: zip_uint32_t = 6

    /// One file of the package.
    struct Part {
        /// The path inside the zip, e.g. `META-INF/manifest.xml`.
        var path: String
        /// The part's bytes.
        var bytes: [UInt8]
        /// Whether to deflate the part; `mimetype` must be stored.
        var compressed: Bool
    }

    /// 1 January 1980 00:00, the earliest DOS date: the time field (hours, minutes, seconds/2).
    static let dosTime: UInt16 = 0
    /// The date field: (year - 1980) << 9 | month << 5 | day.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// `-rw-r--r--` regular file, in the high half of the external attributes as Unix zip tools write it.
    static let externalAttributes: zip_uint32_t = (0o100644 as zip_uint32_t) << 16

    /// The format's name for messages, e.g. `ODT`.
    var format: String
    /// The parts, in the order they are written.
    var parts: [Part]

    /// Returns the zip file's bytes.
    func zipped() throws(ConcordatError) -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let target = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw Self.failure("cannot create an in-memory zip", &error)
        }
        // The archive frees its source on close; keeping a reference lets the bytes be read after.
        zip_source_keep(target)
        defer { zip_source_free(target) }
        guard let archive = zip_open_from_source(target, ZIP_TRUNCATE, &error) else {
            throw Self.failure("cannot open an in-memory zip", &error)
        }
        for part in parts {
            do throws(ConcordatError) {
                try add(part, to: archive)
            } catch {
                zip_discard(archive)
                throw error
            }
        }
        guard zip_close(archive) == 0 else {
            let message = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw ConcordatError(.internal, "cannot finish the \(format) zip: \(message)")
        }
        return try Self.contents(of: target)
    }

    private func add(_ part: Part, to archive: OpaquePointer) throws(ConcordatError) {
        // libzip frees the copy when the archive is closed, so the Swift array need not outlive this call.
        let copy = malloc(max(part.bytes.count, 1))!
        part.bytes.withUnsafeBytes { source in
            if let base = source.baseAddress { copy.copyMemory(from: base, byteCount: source.count) }
        }
        guard let source = zip_source_buffer(archive, copy, zip_uint64_t(part.bytes.count), 1) else {
            free(copy)
            throw Self.failure(in: archive, "cannot add \(part.path) to the \(format) zip")
        }
        let index = zip_file_add(archive, part.path, source, zip_flags_t(ZIP_FL_OVERWRITE))
        guard index >= 0 else {
            zip_source_free(source)
            throw Self.failure(in: archive, "cannot add \(part.path) to the \(format) zip")
        }
        let method = part.compressed ? ZIP_CM_DEFLATE : ZIP_CM_STORE
        guard zip_set_file_compression(archive, zip_uint64_t(index), method, Self.compressionLevel) == 0,
              zip_file_set_dostime(archive, zip_uint64_t(index), Self.dosTime, Self.dosDate, 0) == 0,
              zip_file_set_external_attributes(
                  archive, zip_uint64_t(index), 0, zip_uint8_t(ZIP_OPSYS_UNIX), Self.externalAttributes) == 0
        else {
            throw Self.failure(in: archive, "cannot set the entry fields of \(part.path) in the \(format) zip")
        }
    }

    private static func contents(of source: OpaquePointer) throws(ConcordatError) -> [UInt8] {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(source, &stat) == 0, zip_source_open(source) == 0 else {
            throw ConcordatError(.internal, "cannot read back an in-memory zip")
        }
        defer { zip_source_close(source) }
        var bytes = [UInt8](repeating: 0, count: Int(stat.size))
        let read = bytes.withUnsafeMutableBytes { zip_source_read(source, $0.baseAddress!, stat.size) }
        guard read == Int64(stat.size) else {
            throw ConcordatError(.internal, "cannot read back an in-memory zip")
        }
        return bytes
    }

    private static func failure(_ what: String, _ error: inout zip_error_t) -> ConcordatError {
        ConcordatError(.internal, "\(what): \(String(cString: zip_error_strerror(&error)))")
    }

    private static func failure(in archive: OpaquePointer, _ what: String) -> ConcordatError {
        ConcordatError(.internal, "\(what): \(String(cString: zip_strerror(archive)))")
    }
}
