import ArgumentParser
import Concordat
import Foundation

struct ConcordatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordat",
        abstract: "Compose partnership governance documents: memoranda of understanding, terms of reference and exit strategies.",
        discussion: """
            Start with `concordat init > request.yaml`, edit it, then `concordat compose request.yaml --output mou.odt`.
            Exit codes: 0 success, 64 usage, 65 invalid request or catalogue (or a warning under --strict),
            66 input not found, 70 internal error, 73 output cannot be created.
            """,
        version: ConcordatVersion.current,
        subcommands: [Compose.self, Assess.self, Explain.self, Diff.self, Verify.self, Clauses.self, Check.self, Init.self, Schema.self])

    /// A reader that closes standard output early (`concordat compose r.yaml | head`) makes the
    /// next write fail with EPIPE rather than end the process by SIGPIPE, so the contract's exit
    /// 73 ("an output that cannot be created") and a message say the document was not all taken.
    static func main() {
        prepareProcess()
        main(nil)
    }

    /// What every run needs before it parses anything: SIGPIPE ignored, and the interrupt
    /// handlers installed before any other thread starts, so every thread can take an interrupt
    /// and the temporary files of a batch are removed whichever thread it reaches.
    static func prepareProcess() {
        signal(SIGPIPE, SIG_IGN)
        TemporaryFiles.installSignalHandlers()
    }
}
