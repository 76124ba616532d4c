import Foundation
import Testing

/// The `openxml-audit` 0.8.0 validator (a port of the Open XML SDK's schema, semantic and
/// relationship checks), installed from PyPI into the package's `.cache/openxml-audit/` virtual
/// environment on first use and run as its command-line tool with `-f microsoft365`.
enum OpenXMLAudit {
    static let version = "0.8.0"
    static let environment = ODFSchema.packageRoot.appending(path: ".cache/openxml-audit")
    static var tool: URL { environment.appending(path: "bin/openxml-audit") }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static let lock = NSLock()

    /// Validates each file; returns "file: message" per error.
    ///
    /// One run per file: the tool's directory mode (`-r`) was seen to check one package's
    /// comment ids against another package's comments part, reporting errors that a run on the
    /// file alone does not.
    static func errors(in files: [URL]) throws -> [String] {
        try install()
        let results = LockedResults(count: files.count)
        // A few runs at a time: each is a Python process of about a second.
        let lanes = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            for index in stride(from: lane, to: files.count, by: lanes) {
                results.set(index, Result { try errors(in: files[index]) })
            }
        }
        return try results.values.flatMap { try $0.get() }
    }

    private static func errors(in file: URL) throws -> [String] {
        let (status, output) = try run(tool.path, ["-f", "microsoft365", "-o", "json", "-m", "0", file.path])
        // A single file's report is a one-element list.
        guard let report = (try? JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])?.first else {
            throw Failure(description: "openxml-audit exited \(status) on \(file.lastPathComponent) without a JSON report: \(output.prefix(500))")
        }
        let errors = report["errors"] as? [[String: Any]] ?? []
        let count = report["error_count"] as? Int ?? errors.count
        return errors.map { "\(file.lastPathComponent): \($0["description"] ?? $0)" }
            + (count > errors.count || (status != 0 && count == 0) ? ["\(file.lastPathComponent): openxml-audit exited \(status)"] : [])
    }

    private final class LockedResults: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Result<[String], Error>?]
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Result<[String], Error>) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }
        var values: [Result<[String], Error>] { storage.map { $0 ?? .failure(Failure(description: "not run")) } }
    }

    /// Creates the virtual environment and installs the pinned version, once.
    private static func install() throws {
        lock.lock()
        defer { lock.unlock() }
        // The tool has no --version; pip says which version the environment holds.
        let pip = environment.appending(path: "bin/pip").path
        if FileManager.default.isExecutableFile(atPath: tool.path),
           let (status, shown) = try? run(pip, ["show", "openxml-audit"]), status == 0,
           shown.split(separator: "\n").contains(where: { $0 == "Version: \(Self.version)" }) {
            return
        }
        try? FileManager.default.removeItem(at: environment)
        let (venvStatus, venvOutput) = try run("/usr/bin/env", ["python3", "-m", "venv", environment.path])
        guard venvStatus == 0 else { throw Failure(description: "python3 -m venv failed: \(venvOutput)") }
        let (pipStatus, pipOutput) = try run(pip, ["install", "--quiet", "openxml-audit==\(Self.version)"])
        guard pipStatus == 0 else { throw Failure(description: "pip install openxml-audit==\(Self.version) failed: \(pipOutput)") }
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
