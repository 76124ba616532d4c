import ArgumentParser
import Concordat
import Foundation

/// Standard output and error, and turning failures into the contract's exit codes.
enum Terminal {
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func write(_ bytes: [UInt8]) {
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func print(_ text: String) {
        write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints findings to standard error, most serious first within each place.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { printError(diagnostic.description) }
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
