import ArgumentParser
import Concordat

@main
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
}
