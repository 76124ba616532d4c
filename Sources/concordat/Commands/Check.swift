import ArgumentParser
import Concordat
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the catalogue and templates, compose every combination, and prove every clause reachable.",
        // One line within 80 columns; argument-parser would print every option on it.
        usage: "concordat check [--verbose] [<catalogue options>]",
        discussion: """
            Composes all 108 document × framework × risk level × jurisdiction combinations from the complete example
            request; for each clause, composes a request that meets its conditions; and fails any clause whose
            Flesch–Kincaid grade is above 14 or whose sentences average more than 25 words.
            """)

    @Flag(help: "Print every clause's plain-English measures.")
    var verbose = false

    @OptionGroup var catalogue: CatalogueOptionGroup

    func run() throws {
        try Terminal.run { () throws(ConcordatError) in
            let composer = try catalogue.loadComposer()
            let check = CatalogueCheck(composer: composer)
            if verbose {
                Terminal.print("clause                                        grade  words/sentence")
                for item in check.readability {
                    let id = item.clauseID.padding(toLength: 44, withPad: " ", startingAt: 0)
                    Terminal.print(id + String(format: " %6.1f %10.1f", item.readability.grade, item.readability.meanSentenceLength))
                }
            }
            Terminal.print("catalogue: \(check.clauseCount) clauses, \(composer.catalogue.terms.count) defined terms")
            Terminal.print("combinations: \(check.combinations) composed")
            Terminal.print("reachable: \(check.reachable) of \(check.clauseCount) clauses")
            let over = check.readability.filter {
                $0.readability.grade > CatalogueCheck.maximumGrade
                    || $0.readability.meanSentenceLength > CatalogueCheck.maximumMeanSentenceLength
            }.count
            Terminal.print(String(format: "plain English: median grade %.1f; %d clauses over the limits", check.medianGrade, over))
            for failure in check.failures {
                Terminal.printError("concordat: error: \(failure.subject): \(failure.message)")
            }
            if !check.failures.isEmpty {
                Terminal.print("check: \(check.failures.count) problems")
                throw ConcordatError(.invalidData, [])
            }
            Terminal.print("check: passed")
        }
    }
}
