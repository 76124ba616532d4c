import ArgumentParser
import Concordat

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the documents two requests compose, clause by clause, with a word-level redline.",
        // One line within 80 columns; argument-parser would print every option on it.
        usage: "concordat diff <old> <new> [--format <format>] [--output <file>]",
        discussion: "Exit status is 0 whether or not the documents differ.")

    @Argument(help: ArgumentHelp("The earlier request.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later request.", valueName: "new"))
    var new: String

    @Option(help: ArgumentHelp("Output format: markdown or html.", valueName: "format"))
    var format: OutputFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the comparison to this file (- for standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var catalogue: CatalogueOptionGroup

    func validate() throws {
        if format == .odt { throw ValidationError("diff writes markdown or html") }
        if let output, output != "-", format == nil {
            guard let inferred = OutputFormat.inferred(fromPath: output), inferred != .odt else {
                throw ValidationError("cannot tell the format of '\(output)' from its extension; add --format markdown or html")
            }
        }
        try InputProtection.refuseOverwriting(
            inputs: [(old, "request"), (new, "request")], folders: catalogue.inputFolders, with: output.map { [$0] } ?? [])
    }

    func run() throws {
        try Terminal.run { () throws(ConcordatError) in
            let composer = try catalogue.loadComposer()
            let before = try composer.compose(try RequestInput.load(old, overrides: RequestOverrides()))
            let after = try composer.compose(try RequestInput.load(new, overrides: RequestOverrides()))
            let diff = DocumentDiff(old: before, new: after, oldName: old, newName: new)
            let chosen = format ?? output.flatMap(OutputFormat.inferred(fromPath:)) ?? .markdown
            let text = chosen == .html ? DiffRenderer().html(diff) : DiffRenderer().markdown(diff)
            if let output, output != "-" {
                try AtomicFile.write(Array(text.utf8), to: output)
            } else {
                Terminal.print(text)
            }
        }
    }
}
