import ArgumentParser
import Concordat
import ConcordatServe
import Foundation

/// `concordat-serve`: the local web form.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordat-serve",
        abstract: "Serve Concordat's web form on this computer.",
        discussion: """
            Open the printed address in a browser to fill in a request, see its risk level and clauses as you go, \
            preview the document and download it. Nothing is stored. It listens on 127.0.0.1 only, unless --host says \
            otherwise.
            """)

    @Option(help: ArgumentHelp("The address to listen on; anyone who can reach another address can use the form.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port; 0 takes a free one.", valueName: "port"))
    var port = 8080

    @Option(name: .customLong("catalogue"), help: ArgumentHelp("Add clauses from this folder (repeatable).", valueName: "dir"))
    var catalogueFolders: [String] = []

    @Flag(help: "Start from an empty catalogue.")
    var noDefaultCatalogue = false

    @Option(name: .customLong("templates"), help: ArgumentHelp("Replace template files from this folder (repeatable).", valueName: "dir"))
    var templateFolders: [String] = []

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("the port must be 0 to 65535") }
        guard !host.isEmpty else { throw ValidationError("the host must not be empty") }
    }

    func run() async throws {
        let options = CatalogueOptions(
            catalogueFolders: catalogueFolders, noDefaultCatalogue: noDefaultCatalogue, templateFolders: templateFolders)
        let engine: ServeEngine
        do {
            engine = try ServeEngine.load(options)
        } catch {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(error.kind.exitCode)
        }
        if !ServeServer.isLoopback(host) {
            FileHandle.standardError.write(Data("""
                concordat-serve: warning: listening on \(host): anyone who can reach this address can use the form \
                and see what is typed into it; Concordat has no log-in

                """.utf8))
        }
        do {
            try await ServeServer.run(engine: engine, host: host, port: port) { address in
                // Written straight to the descriptor, so a script reading the address sees it at once.
                FileHandle.standardOutput.write(Data("Concordat form: \(address)\nOpen it in a browser; press Ctrl-C to stop.\n".utf8))
            }
        } catch {
            FileHandle.standardError.write(Data("concordat-serve: error: cannot listen on \(host) port \(port): \(error)\n".utf8))
            throw ExitCode(73)
        }
    }
}
