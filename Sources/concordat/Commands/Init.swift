import ArgumentParser
import Concordat

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a complete, commented example request to start from.")

    @Argument(help: ArgumentHelp("The document: \(DocumentKind.words.joined(separator: ", ")).", valueName: "document"))
    var document: DocumentKind = .memorandumOfUnderstanding

    @Option(help: ArgumentHelp("The framework: \(Framework.words.joined(separator: ", ")).", valueName: "framework"))
    var framework: Framework = .strategicAlliance

    @Option(help: ArgumentHelp("The jurisdiction: \(Jurisdiction.words.joined(separator: ", ")).", valueName: "jurisdiction"))
    var jurisdiction: Jurisdiction = .england

    func run() throws {
        Terminal.print(ExampleRequest.yaml(document: document, framework: framework, jurisdiction: jurisdiction))
    }
}
