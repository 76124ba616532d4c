import Foundation

/// Runs the built binary under `timeout`, so a runaway run is killed rather than hang the suite,
/// and measures its wall time and peak resident memory.
///
/// The peak comes from GNU time, not from `wait4` here: a child spawned from this process starts
/// inside the test runner's address space, and Linux charges that space's high-water mark to the
/// child when it calls exec, so the runner's own size would be reported. GNU time's children start
/// from a small process and are measured alone.
struct MeasuredRun {
    var status: Int32
    var seconds: Double
    /// Peak resident set size in kilobytes, when GNU time is installed to measure it.
    var peakKilobytes: Int?
    var stderr: String

    static let gnuTime = "/usr/bin/time"
    static var canMeasureMemory: Bool { FileManager.default.isExecutableFile(atPath: gnuTime) }

    /// Runs `concordat` with `arguments`, standard input from `stdin` (default `/dev/null`) and
    /// standard output discarded; killed after `limit` seconds.
    static func run(_ arguments: [String], stdin: String = "/dev/null", limit: Int = 120) throws -> MeasuredRun {
        let scratch = TemporaryFolder()
        let errorPath = scratch.file("stderr"), measurePath = scratch.file("measured")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var command = ["/usr/bin/timeout", "-s", "KILL", String(limit), CLIRunner.binary.path] + arguments
        if canMeasureMemory { command = [gnuTime, "-f", "%M", "-o", measurePath] + command }
        let argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        let started = Date()
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(started)
        // WIFEXITED / WEXITSTATUS are macros Swift cannot see; a signal shows as 128 + its number.
        let exited = status & 0x7F == 0
        // GNU time writes "Command exited with non-zero status N" first; the figure is last.
        let measured = (try? String(contentsOfFile: measurePath, encoding: .utf8))?
            .split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return MeasuredRun(
            status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
            seconds: seconds, peakKilobytes: measured,
            stderr: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }
}
