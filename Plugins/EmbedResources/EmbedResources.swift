import Foundation
import PackagePlugin

/// Embeds the package's `Clauses/` and `Templates/` folders into the `Concordat` module, so the
/// built binary carries its default catalogue and templates wherever it is copied.
@main
struct EmbedResources: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["Clauses", "Templates"].map { root.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        // Every file and every folder is an input, so adding or removing a file re-runs the tool.
        var inputs: [URL] = []
        for folder in folders { inputs += Self.walk(folder) }
        return [
            .buildCommand(
                displayName: "Embedding Clauses and Templates",
                executable: try context.tool(named: "ConcordatEmbed").url,
                arguments: [output.path] + folders.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }

    private static func walk(_ folder: URL) -> [URL] {
        var found = [folder]
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return found
        }
        for case let url as URL in enumerator where !url.lastPathComponent.hasPrefix(".") {
            found.append(url)
        }
        return found.sorted { $0.path < $1.path }
    }
}
