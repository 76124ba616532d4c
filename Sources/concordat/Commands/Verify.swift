import ArgumentParser
import Concordat

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check whether composed documents were changed after composing.",
        discussion: """
            Each HTML, ODT or DOCX document is composed again from the request record it carries and compared with its text \
            as it stands, clause by clause, with a word-level redline of every change. Exit status: 0 when every \
            document is untouched, 1 when any was changed, 65 when one carries no request (the highest of these).
            """)

    @Argument(help: ArgumentHelp("Composed documents (.html, .odt, .docx).", valueName: "document"))
    var documents: [String]

    @Flag(help: "Print JSON (schema concordat.verify/1).")
    var json = false

    @OptionGroup var catalogue: CatalogueOptionGroup

    func run() throws {
        var report = VerifyReport(outcomes: [])
        try Terminal.run { () throws(ConcordatError) in
            let composer = try catalogue.loadComposer()
            for document in documents {
                do throws(ConcordatError) {
                    let (bytes, source) = try RequestInput.readDocument(document)
                    report.outcomes.append(.verified(try Verification(document: bytes, source: source, composer: composer)))
                } catch {
                    if !json { Terminal.report(error.diagnostics) }
                    report.outcomes.append(.failed(source: document, error: error))
                }
            }
        }
        Terminal.print(json ? report.json : report.text)
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
