import Foundation

/// Corpus inputs that cannot be kept as files in the test bundle — symbolic links, a named
/// pipe, a ten-thousand-clause catalogue, names a file system holds but a checkout may not —
/// made in the scratch folder when a case names them as `{tmp}/NAME`.
enum HostileCorpusInputs {
    /// A valid clause, with `extra` front matter lines.
    static func clause(id: String, extra: String = "", body: String = "The partners work together in good faith.") -> String {
        """
        ---
        id: \(id)
        title: Test clause
        version: 1
        documents: [memorandum-of-understanding]
        frameworks: [all]
        risk-levels: [all]
        jurisdictions: [all]
        slot: purpose
        order: 90
        \(extra)---
        \(body)

        """
    }

    /// A clause whose front matter has an unknown key on line 11, so a case can tell that the
    /// loader read it (a skipped file would give no error).
    static let unknownKeyClause = clause(id: "purpose.linked", extra: "colour: blue\n")

    /// Makes the input `name`; false if it is not one of these.
    static func generate(_ name: String, in scratch: TemporaryFolder, good: [UInt8], corpus: URL) throws -> Bool {
        let manager = FileManager.default
        func link(_ relative: String, to destination: String) throws {
            try? manager.removeItem(atPath: scratch.file(relative))
            try manager.createSymbolicLink(atPath: scratch.file(relative), withDestinationPath: destination)
        }
        switch name {
        case "symlinked-clause":
            scratch.write("outside/real.md", unknownKeyClause)
            try manager.createDirectory(atPath: scratch.file("symlinked-clause"), withIntermediateDirectories: true)
            try link("symlinked-clause/a.md", to: scratch.file("outside/real.md"))
        case "linked-catalogue", "output-link.md":
            scratch.write("real-catalogue/a.md", unknownKeyClause)
            try link("linked-catalogue", to: scratch.file("real-catalogue"))
            try link("output-link.md", to: scratch.file("real-catalogue/a.md"))
        case "real-catalogue":
            scratch.write("real-catalogue/a.md", unknownKeyClause)
        case "dangling-link-catalogue":
            try manager.createDirectory(atPath: scratch.file(name), withIntermediateDirectories: true)
            try link("dangling-link-catalogue/a.md", to: scratch.file("nowhere/a.md"))
        case "fifo-catalogue":
            try manager.createDirectory(atPath: scratch.file(name), withIntermediateDirectories: true)
            guard mkfifo(scratch.file("fifo-catalogue/a.md"), 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
        case "link-loop-catalogue":
            scratch.write("link-loop-catalogue/a.md", clause(id: "purpose.looped"))
            try link("link-loop-catalogue/loop", to: scratch.file("link-loop-catalogue"))
        case "linked-templates":
            let missing = corpus.appendingPathComponent("templates/missing-keys/memorandum-of-understanding.yaml")
            scratch.write("real-templates/memorandum-of-understanding.yaml", bytes: Array(try Data(contentsOf: missing)))
            try link("linked-templates", to: scratch.file("real-templates"))
        case "requires-chain-cycle":
            // Ten thousand clauses, each requiring the next and the last the first: a recursive
            // search overflowed the stack at nine thousand.
            let count = 10_000
            for index in 0..<count {
                let next = (index + 1) % count
                scratch.write("requires-chain-cycle/c\(index).md", clause(id: "chain.c\(index)", extra: "requires: [chain.c\(next)]\n"))
            }
        case String(repeating: "a", count: 245) + ".yaml":
            scratch.write(name, bytes: good)
        case "riverside\u{202E}fdp.yaml":
            scratch.write(name, bytes: good)
        default:
            return false
        }
        return true
    }
}
