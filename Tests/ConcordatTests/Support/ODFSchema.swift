import CLibXML2
import CZip
@testable import Concordat
import Foundation

/// The OASIS OpenDocument 1.3 RelaxNG schemas, compiled once per test process, for validating
/// the XML parts of the packages the tests produce.
///
/// The schemas are the published OASIS files as redistributed in the PyPI package
/// `openxml-audit` 0.8.0. They are fetched with pip into the package's `.cache/odf-schema/`
/// on first use, checked against their SHA-256, and reused after that.
enum ODFSchema {
    /// The main schema (for content.xml, styles.xml, meta.xml, settings.xml).
    static let mainFile = "OpenDocument-v1.3-schema.rng"
    /// The manifest schema (for META-INF/manifest.xml).
    static let manifestFile = "OpenDocument-v1.3-manifest-schema.rng"
    static let digests = [
        mainFile: "40bad03efdbb02825230d357da0aa6ac679934c5bf56c6281752c0c24d58e4e6",
        manifestFile: "8aee71f03484be112af972d622cc9031280c007b0a454ae8815e8e333c9bdd17",
    ]
    private static let wheelFolder = "openxml_audit/odf/schemas/odf-1.3/"

    /// The package root, found from this file's place in `Tests/ConcordatTests/Support/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let cacheFolder = packageRoot.appending(path: ".cache/odf-schema")

    /// Validates one XML part; returns the schema's complaints (empty when valid). A part that
    /// is not well-formed XML yields its parse error.
    static func validate(part: [UInt8], manifest: Bool) -> [String] {
        switch compiled.schema(manifest ? manifestFile : mainFile) {
        case .failure(let problem): return ["schema unavailable: \(problem)"]
        case .success(let schema): return compiled.validate(part, with: schema)
        }
    }

    private static let compiled = CompiledSchemas()

    /// Compiled schemas and the lock that serialises libxml2 work on them.
    private final class CompiledSchemas: @unchecked Sendable {
        private let lock = NSLock()
        private var schemas: [String: Result<OpaquePointer, SchemaProblem>] = [:]

        func schema(_ file: String) -> Result<OpaquePointer, SchemaProblem> {
            lock.lock()
            defer { lock.unlock() }
            if let known = schemas[file] { return known }
            let result = Result { () throws(SchemaProblem) -> OpaquePointer in try ODFSchema.compile(file) }
            schemas[file] = result
            return result
        }

        func validate(_ part: [UInt8], with schema: OpaquePointer) -> [String] {
            lock.lock()
            defer { lock.unlock() }
            return ODFSchema.run(schema, on: part)
        }
    }

    struct SchemaProblem: Error, CustomStringConvertible {
        var description: String
    }

    /// Collects libxml2's structured errors as lines of text.
    private final class ErrorSink {
        var messages: [String] = []
    }

    private static let collect: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        sink.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
    }

    private static func compile(_ file: String) throws(SchemaProblem) -> OpaquePointer {
        let path = try ensureCached(file)
        guard let parser = xmlRelaxNGNewParserCtxt(path.path) else { throw SchemaProblem(description: "cannot read \(path.path)") }
        defer { xmlRelaxNGFreeParserCtxt(parser) }
        let sink = ErrorSink()
        xmlRelaxNGSetParserStructuredErrors(parser, collect, Unmanaged.passUnretained(sink).toOpaque())
        guard let schema = withExtendedLifetime(sink, { xmlRelaxNGParse(parser) }) else {
            throw SchemaProblem(description: "cannot compile \(file): \(sink.messages.prefix(3).joined(separator: "; "))")
        }
        return schema
    }

    private static func run(_ schema: OpaquePointer, on part: [UInt8]) -> [String] {
        guard let parser = xmlNewParserCtxt() else { return ["cannot create an XML parser"] }
        defer { xmlFreeParserCtxt(parser) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = part.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { xmlCtxtReadMemory(parser, $0.baseAddress, Int32($0.count), "part.xml", "UTF-8", options) }
        }
        guard let document else {
            let message = xmlCtxtGetLastError(parser)?.pointee.message.map { String(cString: $0) } ?? "unknown error"
            return ["not well-formed XML: \(message.trimmingCharacters(in: .whitespacesAndNewlines))"]
        }
        defer { xmlFreeDoc(document) }
        guard let validator = xmlRelaxNGNewValidCtxt(schema) else { return ["cannot create a RelaxNG validator"] }
        defer { xmlRelaxNGFreeValidCtxt(validator) }
        let sink = ErrorSink()
        xmlRelaxNGSetValidStructuredErrors(validator, collect, Unmanaged.passUnretained(sink).toOpaque())
        let result = withExtendedLifetime(sink) { xmlRelaxNGValidateDoc(validator, document) }
        if result != 0 && sink.messages.isEmpty { return ["invalid (libxml2 gave no message, code \(result))"] }
        return sink.messages
    }

    /// The cached schema file, fetched and checked first when missing or altered.
    private static func ensureCached(_ file: String) throws(SchemaProblem) -> URL {
        let target = cacheFolder.appending(path: file)
        if let data = try? Data(contentsOf: target), sha256(data) == digests[file] { return target }
        try fetch()
        guard let data = try? Data(contentsOf: target), sha256(data) == digests[file] else {
            throw SchemaProblem(description: "\(file) from openxml-audit 0.8.0 does not match its expected SHA-256")
        }
        return target
    }

    /// Downloads the wheel with pip and copies both schemas out of it, each checked by digest.
    private static func fetch() throws(SchemaProblem) {
        let manager = FileManager.default
        let download = manager.temporaryDirectory.appending(path: "concordat-odf-schema-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: download) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-m", "pip", "download", "--quiet", "--no-deps", "openxml-audit==0.8.0", "-d", download.path]
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw SchemaProblem(description: "cannot run python3 -m pip: \(error)")
        }
        guard process.terminationStatus == 0,
              let wheel = try? manager.contentsOfDirectory(at: download, includingPropertiesForKeys: nil)
                .first(where: { $0.pathExtension == "whl" }),
              let bytes = try? Data(contentsOf: wheel)
        else {
            throw SchemaProblem(description: "pip download of openxml-audit==0.8.0 failed (status \(process.terminationStatus))")
        }
        let entries: [String: [UInt8]]
        do { entries = try ZipEntries.read([UInt8](bytes)) } catch { throw SchemaProblem(description: "cannot unzip \(wheel.lastPathComponent): \(error)") }
        try? manager.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
        for (file, digest) in digests {
            guard let schema = entries[wheelFolder + file] else {
                throw SchemaProblem(description: "\(wheel.lastPathComponent) has no \(wheelFolder + file)")
            }
            guard sha256(Data(schema)) == digest else {
                throw SchemaProblem(description: "\(file) in \(wheel.lastPathComponent) does not match its expected SHA-256")
            }
            do { try Data(schema).write(to: cacheFolder.appending(path: file), options: .atomic) } catch {
                throw SchemaProblem(description: "cannot write \(file) to \(cacheFolder.path): \(error)")
            }
        }
    }

    static func sha256(_ data: Data) -> String {
        SHA256Hex.digest(Array(data))
    }
}

/// Reads every file of a zip held in memory, with libzip.
enum ZipEntries {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The entries by name, in no particular order.
    static func read(_ bytes: [UInt8]) throws(Failure) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for (name, content) in try readInOrder(bytes) { result[name] = content }
        return result
    }

    /// The entries in the order the zip's central directory lists them.
    static func readInOrder(_ bytes: [UInt8]) throws(Failure) -> [(name: String, bytes: [UInt8])] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        let copy = malloc(max(bytes.count, 1))!
        bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) } }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(bytes.count), 1, &error) else {
            free(copy)
            throw Failure(description: "cannot wrap the bytes")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw Failure(description: String(cString: zip_error_strerror(&error)))
        }
        defer { zip_discard(archive) }
        var entries: [(name: String, bytes: [UInt8])] = []
        for index in 0..<zip_uint64_t(max(zip_get_num_entries(archive, 0), 0)) {
            var stat = zip_stat_t()
            guard zip_stat_index(archive, index, 0, &stat) == 0, let name = stat.name,
                  let file = zip_fopen_index(archive, index, 0)
            else { throw Failure(description: "cannot open entry \(index)") }
            defer { zip_fclose(file) }
            var content = [UInt8](repeating: 0, count: Int(stat.size))
            guard stat.size > 0 else {
                entries.append((String(cString: name), content))
                continue
            }
            let read = content.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress!, stat.size) }
            guard read == Int64(stat.size) else { throw Failure(description: "cannot read \(String(cString: name))") }
            entries.append((String(cString: name), content))
        }
        return entries
    }
}
