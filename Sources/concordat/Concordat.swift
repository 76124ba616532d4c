import ArgumentParser
import Concordat

@main
struct ConcordatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "concordat")
}
