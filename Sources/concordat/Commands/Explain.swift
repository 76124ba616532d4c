import ArgumentParser
import Concordat

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every catalogue clause: whether the request's document includes it, and the rules that decided.",
        // One line within 80 columns; argument-parser would print every option on it.
        usage: "concordat explain <request> [--json] [<options>]",
        discussion: """
            With --compare-risk or --compare-framework, also lists the clauses that would be added, removed or
            swapped for a variant: "what changes if this partnership is high risk?"
            """)

    @Argument(help: ArgumentHelp("A request file (YAML or JSON), or - for standard input.", valueName: "request"))
    var request: String

    @Flag(help: "Print JSON (schema concordat.explain/1).")
    var json = false

    @Flag(help: "List only the clauses in the document, with their numbers.")
    var included = false

    @Option(help: ArgumentHelp("Compare with the document at this risk level.", valueName: "level"))
    var compareRisk: RiskLevel?

    @Option(help: ArgumentHelp("Compare with the document under this framework.", valueName: "framework"))
    var compareFramework: Framework?

    @OptionGroup var overrides: OverrideOptionGroup

    @OptionGroup var catalogue: CatalogueOptionGroup

    func validate() throws {
        if overrides.wantsPack {
            throw ValidationError("--document all composes a pack; explain one document at a time")
        }
    }

    func run() throws {
        try Terminal.run { () throws(ConcordatError) in
            let composer = try catalogue.loadComposer()
            let request = try RequestInput.load(self.request, overrides: overrides.overrides)
            let (assessment, selection) = composer.select(request)
            var comparison: SelectionComparison?
            if compareRisk != nil || compareFramework != nil {
                var other = request
                if let compareRisk { other.risk = compareRisk }
                if let compareFramework { other.framework = compareFramework }
                let (_, alternative) = composer.select(other)
                func name(_ s: Selection) -> String { "\(s.framework.rawValue), \(s.level.rawValue) risk" }
                comparison = SelectionComparison(
                    base: selection, alternative: alternative, baseName: name(selection), alternativeName: name(alternative))
            }
            var report = ExplainReport(selection: selection, assessment: assessment, source: request.source, comparison: comparison)
            report.includedOnly = included
            // Numbers come from the composed document; a request that cannot compose still explains.
            if included, let composition = try? composer.compose(request) { report.numbers = composition.document.clauseNumbers }

            Terminal.print(json ? report.json : report.text)
        }
    }
}
