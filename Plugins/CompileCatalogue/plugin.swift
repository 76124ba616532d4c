import Foundation
import PackagePlugin

/// Compiles the built-in catalogue into the `ConcordatCompiled` module: the tool parses and
/// validates `Clauses/` over `Templates/` at build time (failing the build on an error) and
/// writes the parsed clauses in a compact form the binary reads without parsing.
@main
struct CompileCatalogue: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "CompiledCatalogueText.swift")
        // Every file and folder is an input, so an edit, an addition or a removal re-runs the tool.
        var inputs: [URL] = []
        for folder in ["Clauses", "Templates"] { inputs += Self.walk(root.appending(path: folder)) }
        return [
            .buildCommand(
                displayName: "Compiling the built-in catalogue",
                executable: try context.tool(named: "ConcordatCompile").url,
                arguments: [output.path, root.path],
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }

    private static func walk(_ folder: URL) -> [URL] {
        var found = [folder]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return found
        }
        for case let url as URL in enumerator where !url.lastPathComponent.hasPrefix(".") {
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }
}
