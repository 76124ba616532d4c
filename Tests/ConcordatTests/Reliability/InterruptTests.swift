import Foundation
import Testing

/// A batch interrupted while it writes leaves no temporary file and every existing file as it
/// was; a reader that closes standard output early gets the contract's exit 73.
@Suite(.serialized) struct InterruptTests {
    static let request = BadInputCorpus.folder.appendingPathComponent("good/riverside.yaml").path

    /// Starts a large ODT batch, waits until its first temporary file appears, then sends
    /// `signal`; returns whether a temporary file was seen before the signal.
    private func interrupt(with signal: Int32) throws -> (sawTemporary: Bool, status: Int32, reason: Process.TerminationReason, folder: TemporaryFolder) {
        let inputs = TemporaryFolder(), out = TemporaryFolder()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.request))
        var arguments = ["compose"]
        for index in 0..<400 {
            arguments.append(inputs.write("r\(index).yaml", bytes: Array(bytes)))
        }
        // A file that exists before the run must be left exactly as it was.
        out.write("r0.odt", "earlier document")
        arguments += ["--output-dir", out.path, "--format", "odt"]
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var saw = false
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            if out.list().contains(where: { $0.hasPrefix(".") }) {
                saw = true
                kill(process.processIdentifier, signal)
                break
            }
            usleep(200)
        }
        process.waitUntilExit()
        return (saw, process.terminationStatus, process.terminationReason, out)
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func anInterruptedBatchLeavesNoTemporaryFile(_ signal: Int32) throws {
        let run = try interrupt(with: signal)
        try #require(run.sawTemporary, "the batch finished before a temporary file could be seen; make it larger")
        let left = run.folder.list()
        #expect(!left.contains { $0.hasPrefix(".") }, "temporary files left: \(left.filter { $0.hasPrefix(".") })")
        #expect(run.reason == .uncaughtSignal && run.status == signal, "ends by the signal it was sent, not \(run.reason == .exit ? "exit" : "signal") \(run.status)")
        // Either nothing was renamed yet (the earlier file is intact) or the batch had reached
        // its renames; a half-written file is never there.
        if run.folder.contents("r0.odt") != "earlier document" {
            #expect(run.folder.list().filter { !$0.hasPrefix(".") }.allSatisfy { $0.hasSuffix(".odt") })
        }
    }

    @Test func aClosedStandardOutputGivesExit73() throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["compose", Self.request, "--format", "html"]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        // The reader goes away before anything is written.
        try output.fileHandleForReading.close()
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 73)
        #expect(message.contains("cannot write to standard output"))
    }
}
