import CLibXML2
import CZip
import Foundation

/// A zip package read back from outside — a reference document, a composed document given to
/// `verify`, `explain` or `diff` — treated as hostile until proven otherwise. Every limit is
/// checked before memory is spent on it:
///
/// - the file is at most ``Limits/maxPackageBytes``, checked before it is read;
/// - it has at most ``Limits/maxEntries`` entries;
/// - an entry expands to at most ``Limits/maxEntryBytes``, and all entries read together to at
///   most ``Limits/maxTotalBytes``; the sizes the zip directory claims are not trusted: reading
///   stops one byte past the limit whatever the header says;
/// - an entry may expand at most ``Limits/maxRatio`` times its compressed size (a zip bomb
///   expands thousands of times);
/// - XML parts are parsed by libxml2 without a network, without loading or substituting
///   entities, and any document type declaration (`<!DOCTYPE`, where entities are declared) is
///   refused before parsing.
///
/// Errors are `ConcordatError`s of kind `.invalidData` naming the file and, where there is one,
/// the entry.
struct UntrustedPackage {
    /// The bounds, generous for any real office document.
    struct Limits: Sendable {
        var maxPackageBytes = 64 << 20
        var maxEntries = 2_000
        var maxEntryBytes = 32 << 20
        var maxTotalBytes = 128 << 20
        var maxRatio = 200
        /// Entries smaller than this are not held to the ratio (tiny parts compress oddly).
        var ratioFloor = 1 << 20

        static let standard = Limits()
    }

    /// The path or name used in messages.
    let source: String
    let limits: Limits
    private let bytes: [UInt8]
    /// Entry names in the package's order.
    let names: [String]
    private var read = 0

    /// Reads the file at `path`, refusing one larger than the limit before reading it.
    static func open(path: String, limits: Limits = .standard) throws(ConcordatError) -> UntrustedPackage {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ConcordatError(.inputNotFound, "no such file", at: SourceLocation(file: path))
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ConcordatError(.inputNotFound, "is not a regular file", at: SourceLocation(file: path))
        }
        guard Int(status.st_size) <= limits.maxPackageBytes else {
            throw ConcordatError(.invalidData, "the file is \(status.st_size) bytes; at most \(limits.maxPackageBytes) are read", at: SourceLocation(file: path))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConcordatError(.inputNotFound, "cannot read the file", at: SourceLocation(file: path))
        }
        return try UntrustedPackage(bytes: Array(data), source: path, limits: limits)
    }

    /// Opens a package held in memory.
    init(bytes: [UInt8], source: String, limits: Limits = .standard) throws(ConcordatError) {
        self.source = source
        self.limits = limits
        guard bytes.count <= limits.maxPackageBytes else {
            throw ConcordatError(.invalidData, "the file is \(bytes.count) bytes; at most \(limits.maxPackageBytes) are read", at: SourceLocation(file: source))
        }
        self.bytes = bytes
        var names: [String] = []
        try Self.withArchive(bytes, source: source) { (archive) throws(ConcordatError) in
            let count = zip_get_num_entries(archive, 0)
            guard count >= 0, count <= Int64(limits.maxEntries) else {
                throw ConcordatError(.invalidData, "the package has \(count) entries; at most \(limits.maxEntries) are read", at: SourceLocation(file: source))
            }
            for index in 0..<count {
                guard let name = zip_get_name(archive, zip_uint64_t(index), zip_flags_t(ZIP_FL_ENC_GUESS)) else { continue }
                names.append(String(cString: name))
            }
        }
        self.names = names
    }

    /// The bytes of entry `name`, read within the limits.
    mutating func entry(_ name: String) throws(ConcordatError) -> [UInt8] {
        let limits = self.limits, source = self.source, alreadyRead = read
        let out = try Self.withArchive(bytes, source: source) { (archive) throws(ConcordatError) -> [UInt8] in
            let place = SourceLocation(file: "\(source) (\(name))")
            var info = zip_stat_t()
            zip_stat_init(&info)
            guard zip_stat(archive, name, 0, &info) == 0 else {
                throw ConcordatError(.invalidData, "the package has no entry '\(name)'", at: SourceLocation(file: source))
            }
            let claimed = info.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0 ? Int(clamping: info.size) : Int.max
            let compressed = info.valid & zip_uint64_t(ZIP_STAT_COMP_SIZE) != 0 ? Int(clamping: info.comp_size) : 0
            if claimed > limits.maxEntryBytes {
                throw ConcordatError(.invalidData, "the entry would expand to \(claimed) bytes; at most \(limits.maxEntryBytes) are read", at: place)
            }
            if claimed >= limits.ratioFloor, claimed / max(compressed, 1) > limits.maxRatio {
                throw ConcordatError(.invalidData, "the entry expands \(claimed / max(compressed, 1)) times; at most \(limits.maxRatio) times is accepted (a zip bomb?)", at: place)
            }
            guard let file = zip_fopen(archive, name, 0) else {
                throw ConcordatError(.invalidData, "cannot read the entry (encrypted or damaged)", at: place)
            }
            defer { zip_fclose(file) }
            // The header's size is not trusted: read at most one byte past each limit.
            let cap = min(limits.maxEntryBytes, limits.maxTotalBytes - alreadyRead) + 1
            var out: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 64 * 1024)
            while out.count < cap {
                let got = chunk.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, zip_uint64_t(min($0.count, cap - out.count))) }
                if got < 0 { throw ConcordatError(.invalidData, "the entry is damaged", at: place) }
                if got == 0 { break }
                out += chunk[0..<Int(got)]
                if out.count >= limits.ratioFloor, out.count / max(compressed, 1) > limits.maxRatio {
                    throw ConcordatError(.invalidData, "the entry expands more than \(limits.maxRatio) times its stored size (a zip bomb?)", at: place)
                }
            }
            if out.count >= cap {
                throw ConcordatError(.invalidData, "the entry is larger than the \(cap - 1) bytes that may be read", at: place)
            }
            return out
        }
        read += out.count
        return out
    }

    private static func withArchive<Result>(
        _ bytes: [UInt8], source: String, _ body: (OpaquePointer) throws(ConcordatError) -> Result
    ) throws(ConcordatError) -> Result {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        // libzip reads the caller's buffer in place (freep = 0), so it must outlive the archive.
        let outcome = bytes.withUnsafeBytes { buffer -> Swift.Result<Result, ConcordatError> in
            guard let zipSource = zip_source_buffer_create(buffer.baseAddress, zip_uint64_t(buffer.count), 0, &error) else {
                return .failure(ConcordatError(.internal, "libzip could not read a buffer", at: SourceLocation(file: source)))
            }
            guard let archive = zip_open_from_source(zipSource, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
                zip_source_free(zipSource)
                return .failure(ConcordatError(.invalidData, "is not a zip package (\(String(cString: zip_error_strerror(&error))))", at: SourceLocation(file: source)))
            }
            defer { zip_discard(archive) }
            do throws(ConcordatError) {
                return .success(try body(archive))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}

/// XML read back from an untrusted document, parsed by libxml2 with everything that could
/// reach out or blow up switched off.
enum UntrustedXML {
    /// The parser options: no network, no entity substitution, no DTD loading or validation,
    /// and libxml2's own size and depth limits kept (no `XML_PARSE_HUGE`).
    static let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)

    /// Parses `bytes`; the caller frees the result with `xmlFreeDoc`. A document type
    /// declaration is refused before parsing: office documents never carry one, and it is where
    /// entities (and so "billion laughs" and external entities) are declared.
    static func parse(_ bytes: [UInt8], source: String) throws(ConcordatError) -> xmlDocPtr {
        if containsDeclaration(bytes) {
            throw ConcordatError(.invalidData, "the XML declares a document type or entities, which a document read back may not", at: SourceLocation(file: source))
        }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(clamping: buffer.count), nil, nil, options)
                }
            } ?? nil
        }
        guard let document else {
            throw ConcordatError(.invalidData, "is not well-formed XML", at: SourceLocation(file: source))
        }
        return document
    }

    /// Whether `<!DOCTYPE` or `<!ENTITY` occurs anywhere, in any case.
    static func containsDeclaration(_ bytes: [UInt8]) -> Bool {
        let words = [Array("<!doctype".utf8), Array("<!entity".utf8)]
        guard bytes.count >= 8 else { return false }
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!") {
                for word in words where index + word.count <= bytes.count {
                    var same = true
                    for offset in 0..<word.count {
                        let byte = bytes[index + offset]
                        let lowered = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                        if lowered != word[offset] { same = false; break }
                    }
                    if same { return true }
                }
            }
            index += 1
        }
        return false
    }
}
