import Foundation
import Testing

/// The bad-input corpus: `Fixtures/bad-input/cases.tsv` lists each malformed request, catalogue
/// fragment or template beside it with the command to run and what Concordat must do.
enum BadInputCorpus {
    /// One row of the manifest.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var arguments: [String]
        var exit: Int32
        /// `nil` for usage errors, which have no place.
        var place: String?
        /// Any one of these must appear in the messages; empty when the case succeeds.
        var messages: [String]
        /// The files the output folder must hold afterwards.
        var writes: [String]

        var testDescription: String { name }
    }

    /// What one run did.
    struct Outcome {
        var status: Int32
        var crashedBySignal: Bool
        var timedOut: Bool
        var stdout: [UInt8]
        var stderr: String
    }

    /// The corpus folder inside the test bundle.
    static let folder: URL = {
        guard let url = Bundle.module.url(forResource: "Fixtures/bad-input", withExtension: nil) else {
            preconditionFailure("the bad-input corpus is missing from the test bundle")
        }
        return url
    }()

    /// Every case in the manifest, in order.
    static let cases: [Case] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("cases.tsv"), encoding: .utf8) else { return [] }
        var lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        lines.removeFirst()  // the header
        return lines.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            precondition(fields.count == 6, "cases.tsv: '\(fields.first ?? "")' needs six tab-separated fields")
            return Case(
                name: fields[0],
                arguments: fields[1].split(separator: " ").map(String.init),
                exit: Int32(fields[2]) ?? -1,
                place: fields[3] == "-" ? nil : fields[3],
                messages: fields[4].isEmpty ? [] : fields[4].components(separatedBy: " || "),
                writes: fields[5] == "-" ? [] : fields[5].split(separator: ",").map(String.init).sorted())
        }
    }()

    /// Inputs too large or too odd to keep as files: made in the scratch folder when a case
    /// names them as `{tmp}/NAME`.
    static func generate(_ name: String, in scratch: TemporaryFolder) throws {
        let good = try Data(contentsOf: folder.appendingPathComponent("good/riverside.yaml"))
        switch name {
        case "oversize.yaml":
            // A 5 MiB request: a valid one padded with comment lines.
            var bytes = Array(good)
            let line = Array("# padding padding padding padding padding padding padding padding padding pad\n".utf8)
            while bytes.count + line.count <= 5 << 20 { bytes += line }
            bytes += Array(repeating: UInt8(ascii: "#"), count: (5 << 20) - bytes.count)
            scratch.write(name, bytes: bytes)
        case "oversize-catalogue":
            let body = String(repeating: "The partners work together in good faith. ", count: 25_000)
            scratch.write("oversize-catalogue/big.md", """
                ---
                id: purpose.big
                title: Big
                version: 1
                documents: [memorandum-of-understanding]
                frameworks: [all]
                risk-levels: [all]
                jurisdictions: [all]
                slot: purpose
                order: 90
                ---
                \(body)

                """)
        case "..yaml", ".hidden.yaml", "nested/deeper/riverside.yaml":
            scratch.write(name, bytes: Array(good))
        default:
            if try HostileCorpusInputs.generate(name, in: scratch, good: Array(good), corpus: folder) { return }
            Issue.record("no recipe for the generated input '\(name)'")
        }
    }

    /// Runs the built binary in the corpus folder, killing it if it outlives `timeout`.
    /// Standard input is a file opened for the child (`/dev/null` when `stdin` is nil), so an
    /// endless one such as `/dev/zero` costs the test nothing.
    static func run(_ arguments: [String], stdin: String?, timeout: TimeInterval) throws -> Outcome {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let output = Pipe(), error = Pipe()
        let inputPath = stdin.map { $0.hasPrefix("/") ? $0 : folder.appendingPathComponent($0).path } ?? "/dev/null"
        guard let input = FileHandle(forReadingAtPath: inputPath) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: inputPath])
        }
        defer { try? input.close() }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()

        nonisolated(unsafe) var outData = Data(), errData = Data()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { outData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = error.fileHandleForReading.readDataToEndOfFile() }
        let timedOut = group.wait(timeout: .now() + timeout) == .timedOut
        if timedOut {
            kill(process.processIdentifier, SIGKILL)
            group.wait()
        }
        process.waitUntilExit()
        return Outcome(
            status: process.terminationStatus,
            crashedBySignal: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut,
            stdout: Array(outData),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Every file below the corpus folder, to prove a run wrote nothing there.
    static func inventory() -> [String] {
        let root = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(atPath: root)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String { paths.append(path) }
        return paths.sorted()
    }
}
