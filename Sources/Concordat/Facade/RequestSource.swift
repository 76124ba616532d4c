import Foundation

extension Concordat {
    /// Where a request comes from. Every source is read under the same size limit and checked
    /// by the same decoder as the command line's.
    public enum RequestSource: Sendable {
        /// A YAML or JSON file, named in messages as written here.
        case file(String)
        /// Standard input, named `<stdin>` in messages.
        case standardInput
        /// Request text already in memory; `source` names it in messages.
        case bytes([UInt8], source: String)
        /// A request already decoded (flag overrides in the options do not apply to it).
        case request(Request)

        /// The name messages use for standard input.
        public static let standardInputName = "<stdin>"

        /// The source for a command-line argument: `-` is standard input, anything else a file.
        public static func argument(_ argument: String) -> RequestSource {
            argument == "-" ? .standardInput : .file(argument)
        }

        /// The name this source goes by in messages.
        public var name: String {
            switch self {
            case .file(let path): path
            case .standardInput: Self.standardInputName
            case .bytes(_, let source): source
            case .request(let request): request.source
            }
        }

        /// Reads the source's bytes, refusing more than `limit` bytes without reading them all,
        /// so a huge file or an endless stream (`/dev/zero`, `yes |`) cannot fill memory.
        ///
        /// - Throws: `.inputNotFound` for a missing or unreadable file, `.invalidData` when the
        ///   input is over the limit.
        public func read(limit: Int = RequestLimits.default.maxBytes) throws(ConcordatError) -> [UInt8] {
            try read(limit: limit, documentLimit: limit)
        }

        /// Reads like `read(limit:)`, but allows `documentLimit` bytes when the input starts like
        /// a composed document (HTML, ODT, DOCX), which carries its request and may be larger.
        public func read(limit: Int, documentLimit: Int) throws(ConcordatError) -> [UInt8] {
            let limitFor = { (head: [UInt8]) in DocumentReader.format(of: head) == nil ? limit : max(limit, documentLimit) }
            switch self {
            case .bytes(let bytes, let source):
                let allowed = limitFor(Array(bytes.prefix(4096)))
                guard bytes.count > allowed else { return bytes }
                throw Self.tooLarge(source, size: bytes.count, limit: allowed)
            case .request:
                return []
            case .standardInput:
                return try Self.bounded(FileHandle.standardInput, source: Self.standardInputName, path: nil, limitFor: limitFor)
            case .file(let path):
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    throw ConcordatError(.inputNotFound, "no such file", at: SourceLocation(file: path),
                                         hint: "run `concordat init > \(path)` to start one")
                }
                guard !isDirectory.boolValue else {
                    throw ConcordatError(.inputNotFound, "is a folder, not a request file", at: SourceLocation(file: path))
                }
                guard let handle = FileHandle(forReadingAtPath: path) else {
                    throw ConcordatError(.inputNotFound, "cannot read the file", at: SourceLocation(file: path),
                                         hint: "check its permissions")
                }
                defer { try? handle.close() }
                return try Self.bounded(handle, source: path, path: path, limitFor: limitFor)
            }
        }

        private static func bounded(
            _ handle: FileHandle, source: String, path: String?, limitFor: ([UInt8]) -> Int
        ) throws(ConcordatError) -> [UInt8] {
            var bytes: [UInt8] = []
            var limit = Int.max
            do {
                // The first chunk says whether this is a request or a document, and so the limit.
                if let first = try handle.read(upToCount: 64 * 1024) { bytes += first }
                limit = limitFor(Array(bytes.prefix(4096)))
                while bytes.count <= limit, let chunk = try handle.read(upToCount: 64 * 1024), !chunk.isEmpty {
                    bytes += chunk
                }
            } catch {
                throw ConcordatError(.inputNotFound, "cannot read the file: \(error.localizedDescription)",
                                     at: SourceLocation(file: source))
            }
            guard bytes.count > limit else { return bytes }
            let size = path.flatMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int }
            throw tooLarge(source, size: size.flatMap { $0 > limit ? $0 : nil }, limit: limit)
        }

        private static func tooLarge(_ source: String, size: Int?, limit: Int) -> ConcordatError {
            ConcordatError(
                .invalidData, "the request is \(size.map(String.init) ?? "more than \(limit)") bytes; at most \(limit) are accepted",
                at: SourceLocation(file: source))
        }
    }
}
