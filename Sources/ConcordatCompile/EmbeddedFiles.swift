import Foundation

/// The tool's stand-in for the library's generated `EmbeddedFiles`: the same files, read from
/// the package's `Clauses/` and `Templates/` folders, chosen and named as `ConcordatEmbed` does.
enum EmbeddedFiles {
    /// The package root; set before `all` is first read.
    nonisolated(unsafe) static var root = ""

    /// Every file as (path relative to the package root, text), sorted by path.
    static let all: [(path: String, text: String)] = {
        var entries: [(path: String, text: String)] = []
        let manager = FileManager.default
        for name in ["Clauses", "Templates"] {
            let folder = URL(fileURLWithPath: root).appendingPathComponent(name).standardizedFileURL
            let base = folder.deletingLastPathComponent().path
            guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
                continue
            }
            for case let url as URL in enumerator {
                guard !url.lastPathComponent.hasPrefix("."),
                      (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      let data = manager.contents(atPath: url.path),
                      let text = String(data: data, encoding: .utf8)
                else { continue }
                var relative = url.standardizedFileURL.path
                if relative.hasPrefix(base + "/") { relative.removeFirst(base.count + 1) }
                entries.append((relative, text))
            }
        }
        return entries.sorted { $0.path < $1.path }
    }()
}
