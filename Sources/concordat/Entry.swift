import ArgumentParser

/// Starts the command line. swift-argument-parser reads a command's options by reflection, and
/// from the root it does so for the root and then the subcommand chosen; most runs name one
/// subcommand and nothing else unusual, so those parse that subcommand alone. Anything the
/// short way cannot parse (help, version, completion scripts, any mistake) goes the usual way,
/// from the root, so every message and exit code is exactly as before.
@main
enum Entry {
    static func main() {
        ConcordatCommand.prepareProcess()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let name = arguments.first,
           let subcommand = ConcordatCommand.configuration.subcommands.first(where: { $0._commandName == name }),
           !arguments.contains(where: isHandledFromTheRoot),
           var command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())) {
            do {
                try command.run()
            } catch {
                ConcordatCommand.exit(withError: error)
            }
            return
        }
        ConcordatCommand.main(nil)
    }

    /// Arguments whose meaning depends on the whole command tree.
    private static func isHandledFromTheRoot(_ argument: String) -> Bool {
        ["help", "-h", "-help", "--help", "--version"].contains(argument)
            || argument.hasPrefix("--generate-completion") || argument.hasPrefix("--experimental")
    }
}
