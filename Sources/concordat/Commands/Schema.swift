import ArgumentParser
import Concordat

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of the request format.",
        discussion: """
            Save it beside your requests and point your editor at it: in a JSON request add
            "$schema": "concordat.schema.json"; in a YAML request add the comment
            # yaml-language-server: $schema=concordat.schema.json
            """)

    func run() throws {
        Terminal.print(RequestSchema.text)
    }
}
