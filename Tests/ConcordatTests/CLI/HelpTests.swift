import Testing

/// Help is read in terminals: it must wrap within 80 columns, for every subcommand.
@Suite struct HelpTests {
    static let commands = [[], ["compose"], ["assess"], ["explain"], ["diff"], ["clauses"], ["check"], ["init"], ["schema"]]

    @Test(arguments: commands)
    func helpWrapsWithinEightyColumns(_ command: [String]) throws {
        let run = try CLIRunner.run(command + ["--help"], environment: ["COLUMNS": "80"])
        #expect(run.status == 0)
        let wide = run.out.split(separator: "\n").filter { $0.count > 80 }
        #expect(wide.isEmpty, "concordat \(command.joined(separator: " ")) --help has lines over 80 columns: \(wide)")
    }

    @Test func composeHelpNamesTheScriptingOptions() throws {
        let help = try CLIRunner.run(["compose", "--help"]).out
        for option in ["--rows <file.csv>", "--json", "--quiet"] {
            #expect(help.contains(option), "\(option) is missing from compose --help")
        }
        #expect(try CLIRunner.run(["init", "--help"]).out.contains("--format <format>"))
        #expect(try CLIRunner.run(["--help"]).out.contains("schema"))
    }
}
