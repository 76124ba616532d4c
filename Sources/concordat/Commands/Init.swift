import ArgumentParser
import Concordat

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a complete, commented example request to start from.",
        // One line within 80 columns; argument-parser would print every option on it.
        usage: "concordat init [<document>] [--framework <framework>] [<options>]")

    @Argument(help: ArgumentHelp("The document.", valueName: "document"))
    var document: DocumentKind = .memorandumOfUnderstanding

    @Option(help: ArgumentHelp("The framework.", valueName: "framework"))
    var framework: Framework = .strategicAlliance

    @Option(help: ArgumentHelp("The jurisdiction.", valueName: "jurisdiction"))
    var jurisdiction: Jurisdiction = .england

    @Option(help: ArgumentHelp("yaml (commented) or json (with a $schema link).", valueName: "format"))
    var format: ExampleFormat = .yaml

    enum ExampleFormat: String, ExpressibleByArgument, CaseIterable {
        case yaml, json
    }

    func run() throws {
        switch format {
        case .yaml: Terminal.print(ExampleRequest.yaml(document: document, framework: framework, jurisdiction: jurisdiction))
        case .json: Terminal.print(ExampleRequest.json(document: document, framework: framework, jurisdiction: jurisdiction))
        }
    }
}
