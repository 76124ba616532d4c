import ArgumentParser
import Concordat

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two requests or composed documents, clause by clause, with a word-level redline.",
        // One line within 80 columns; argument-parser would print every option on it.
        usage: "concordat diff <old> <new> [--format <format>] [--output <file>]",
        discussion: """
            A request is composed first; a composed HTML, ODT or DOCX document is read as its text stands, so edits made \
            after composing show, marked as such. Exit status is 0 whether or not they differ, unless --exit-code is \
            given.
            """)

    /// The formats `diff` writes; help lists exactly these.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, odt, docx

        /// Whether the format is a redline with tracked changes (a binary file).
        var isRedline: Bool { self == .odt || self == .docx }
    }

    @Argument(help: ArgumentHelp("The earlier request or composed document.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later request or composed document.", valueName: "new"))
    var new: String

    @Option(help: ArgumentHelp(
        "Output format: markdown or html (a review page), or odt or docx (the new document with tracked changes against the old).",
        valueName: "format"))
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the comparison to this file (- for standard output).", valueName: "file"))
    var output: String?

    @Flag(help: "Exit with status 1 when the documents differ.")
    var exitCode = false

    @Option(help: ArgumentHelp("The author of the tracked changes in an ODT or DOCX redline.", valueName: "name"))
    var author = "Concordat"

    @OptionGroup var catalogue: CatalogueOptionGroup

    private var chosenFormat: Format {
        if let format { return format }
        switch output.flatMap(OutputFormat.inferred(fromPath:)) {
        case .html?: return .html
        case .odt?: return .odt
        case .docx?: return .docx
        default: return .markdown
        }
    }

    func validate() throws {
        // Overwriting an input is refused before anything else is said about the output.
        try InputProtection.refuseOverwriting(
            inputs: [(old, "request"), (new, "request")], folders: catalogue.inputFolders, with: output.map { [$0] } ?? [])
        if let output, output != "-" {
            let inferred = OutputFormat.inferred(fromPath: output)
            guard let inferred, Format(rawValue: inferred.rawValue) != nil else {
                if format == nil { throw ValidationError("cannot tell the format of '\(output)' from its extension; add --format markdown, html, odt or docx") }
                throw ValidationError("'\(output)' does not end in .\(format!.rawValue == "markdown" ? "md" : format!.rawValue)")
            }
            if let format, format.rawValue != inferred.rawValue {
                throw ValidationError("--format \(format.rawValue) disagrees with the extension of '\(output)'")
            }
        }
        if chosenFormat.isRedline, output == nil || output == "-" {
            let name = chosenFormat.rawValue
            throw ValidationError("an \(name.uppercased()) redline is a binary file; add --output FILE.\(name)")
        }
    }

    func run() throws {
        var differ = false
        try Terminal.run { () throws(ConcordatError) in
            let composer = try catalogue.loadComposer()
            var before = try side(old, composer: composer)
            var after = try side(new, composer: composer)
            // Compare like for like: when one side is a document, read the other as that format.
            if let format = before.format ?? after.format {
                if before.format == nil { before.side = try before.side.reading(as: format, templates: composer.templates) }
                if after.format == nil { after.side = try after.side.reading(as: format, templates: composer.templates) }
            }
            let diff = DocumentDiff(old: before.side, new: after.side, oldName: old, newName: new)
            differ = !diff.isEmpty
            if chosenFormat.isRedline, let output, let redline = OutputFormat(rawValue: chosenFormat.rawValue) {
                let bytes = try redline.renderRedline(
                    old: before.side.composition.document, new: after.side.composition.document, author: author,
                    comments: diff.redlineComments, templates: composer.templates)
                try AtomicFile.write(bytes, to: output)
                return
            }
            let text = chosenFormat == .html ? DiffRenderer().html(diff) : DiffRenderer().markdown(diff)
            if let output, output != "-" {
                try AtomicFile.write(Array(text.utf8), to: output)
            } else {
                Terminal.print(text)
            }
        }
        if exitCode && differ { throw ExitCode(1) }
    }

    private func side(_ argument: String, composer: Composer) throws(ConcordatError) -> (side: DiffSide, format: OutputFormat?) {
        let (bytes, source) = try RequestInput.readRequestOrDocument(argument)
        if let format = DiffSide.format(of: bytes) {
            return (try DiffSide.document(bytes, source: source, composer: composer), format)
        }
        let request = try RequestInput.decode(bytes, source: source)
        return (DiffSide(try composer.compose(request)), nil)
    }
}
