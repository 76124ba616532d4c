import Foundation

/// What the two build tools share: `ConcordatEmbed` embeds `Clauses/` and `Templates/` in the
/// library, and `ConcordatCompile` (which links this file) must read exactly the same files under
/// the same names to compile them, so both read them here.
enum EmbeddingSupport {
    /// Every regular, non-hidden file below each folder, as (path relative to the folder's
    /// parent, e.g. `Clauses/term/term.review.md`, text), sorted by path. A file that is not
    /// UTF-8 text ends the tool with exit 65, naming it.
    static func files(in folders: [String], tool: String) -> [(path: String, text: String)] {
        var entries: [(path: String, text: String)] = []
        let manager = FileManager.default
        for folderPath in folders {
            let folder = URL(fileURLWithPath: folderPath).standardizedFileURL
            let base = folder.deletingLastPathComponent().path
            guard let enumerator = manager.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
                continue
            }
            for case let url as URL in enumerator {
                guard !url.lastPathComponent.hasPrefix("."),
                      (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
                else { continue }
                var relative = url.standardizedFileURL.path
                if relative.hasPrefix(base + "/") { relative.removeFirst(base.count + 1) }
                guard let data = manager.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
                    fail("\(tool): \(url.path): not UTF-8 text", code: 65)
                }
                entries.append((relative, text))
            }
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// Escapes text as the body of a Swift string literal; raw strings would need a delimiter
    /// chosen per file, and byte arrays compile slowly.
    static func literal(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Writes `source` to `path` unless it already holds exactly that, so an unchanged input
    /// recompiles nothing; a failure ends the tool with exit 73.
    static func write(_ source: String, to path: String, tool: String) {
        let output = URL(fileURLWithPath: path)
        guard (try? String(contentsOf: output, encoding: .utf8)) != source else { return }
        do {
            try source.write(to: output, atomically: true, encoding: .utf8)
        } catch {
            fail("\(tool): cannot write \(path): \(error)", code: 73)
        }
    }

    /// Prints the message to standard error and exits with `code`.
    static func fail(_ message: String, code: Int32) -> Never {
        FileHandle.standardError.write(Data((message + "\n").utf8))
        exit(code)
    }
}
