import ArgumentParser
import Concordat
import Foundation

/// Standard output and error, and turning failures into the contract's exit codes.
enum Terminal {
    /// Writes a message to standard error, with any character that could reorder or hide what
    /// the terminal shows written as `<U+202E>`, and long lines cut.
    static func printError(_ text: String) {
        let safe = Diagnostic.displayable(text)
        FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
    }

    /// Writes to standard output; if it cannot take the bytes (a full disk behind a redirect, a
    /// closed pipe), says so and exits 73 rather than report success for a document never written.
    static func write(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                printError("concordat: error: cannot write to standard output: \(String(cString: strerror(errno)))")
                exit(ConcordatError.Kind.cannotCreateOutput.exitCode)
            }
            offset += written
        }
    }

    static func print(_ text: String) {
        write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints findings to standard error, most serious first within each place.
    static func report(_ diagnostics: [Diagnostic], quiet: Bool = false) {
        for diagnostic in diagnostics where !quiet || diagnostic.severity == .error {
            printError(diagnostic.description)
        }
    }

    /// Runs a command body, printing a `ConcordatError`'s findings and exiting with its code.
    static func run(_ body: () throws(ConcordatError) -> Void) throws {
        do {
            try body()
        } catch {
            report(error.diagnostics)
            throw ExitCode(error.kind.exitCode)
        }
    }

    /// Whether standard output is a terminal, where binary output would be garbage.
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
