import Foundation
import Testing

/// Runs every case of the bad-input corpus through the built binary, as a user or a script would:
/// each must give its documented exit code and a message naming the place, without a crash or a
/// hang, and must leave no output file, partial or temporary, behind.
@Suite struct BadInputCorpusTests {
    /// Far above any case's running time in a debug build, so only a hang trips it.
    static let timeout: TimeInterval = 60

    @Test(arguments: BadInputCorpus.cases)
    func caseBehavesAsDocumented(_ item: BadInputCorpus.Case) throws {
        let out = TemporaryFolder(), scratch = TemporaryFolder()
        var stdin: String?
        var arguments: [String] = []
        for argument in item.arguments {
            if argument.hasPrefix("<") {
                stdin = String(argument.dropFirst())
                continue
            }
            if argument.hasPrefix("{tmp}/") {
                let name = String(argument.dropFirst("{tmp}/".count))
                try BadInputCorpus.generate(name.hasPrefix("oversize-catalogue") ? "oversize-catalogue" : name, in: scratch)
            }
            arguments.append(expand(argument, out: out, scratch: scratch))
        }
        let before = BadInputCorpus.inventory()

        let started = Date()
        let outcome = try BadInputCorpus.run(arguments, stdin: stdin, timeout: Self.timeout)
        let elapsed = Date().timeIntervalSince(started)
        let context = Comment(rawValue: "\(item.name) (\(String(format: "%.2f", elapsed)) s):\n\(outcome.stderr)")

        #expect(!outcome.timedOut, context)
        #expect(!outcome.crashedBySignal, context)
        for sign in ["Fatal error", "Program crashed", "Backtrac", "Segmentation fault", "Illegal instruction"] {
            #expect(!outcome.stderr.contains(sign), context)
        }
        #expect(outcome.status == item.exit, context)

        if item.exit != 0 {
            #expect(!outcome.stderr.isEmpty, context)
            #expect(outcome.stdout.isEmpty, "a failed run prints no document: \(item.name)")
        }
        if let place = item.place.map({ expand($0, out: out, scratch: scratch) }) {
            let lines = outcome.stderr.split(separator: "\n")
            let named = lines.contains { $0.contains(place + ": error: ") || $0.hasPrefix("concordat: error: " + place + ": ") }
            #expect(named, "\(item.name): no error names \(place)\n\(outcome.stderr)")
        }
        if !item.messages.isEmpty {
            #expect(item.messages.contains { outcome.stderr.contains($0) }, context)
        }

        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path).sorted()) ?? []
        #expect(written == item.writes, "\(item.name): the output folder holds \(written)")
        #expect(BadInputCorpus.inventory() == before, "\(item.name) wrote beside its inputs")
    }

    private func expand(_ text: String, out: TemporaryFolder, scratch: TemporaryFolder) -> String {
        text.replacingOccurrences(of: "{out}", with: out.path).replacingOccurrences(of: "{tmp}", with: scratch.path)
    }

    @Test func theCorpusCoversEveryKindOfFailure() {
        let cases = BadInputCorpus.cases
        #expect(cases.count >= 60)
        #expect(Set(cases.map(\.name)).count == cases.count, "case names are unique")
        #expect(Set(cases.map(\.exit)).isSuperset(of: [64, 65, 66, 73]))
        for group in ["request-", "catalogue-", "templates-", "batch-", "path-", "usage-"] {
            #expect(cases.contains { $0.name.hasPrefix(group) }, "no \(group) cases")
        }
    }

    @Test func everyInputFileHasACase() throws {
        let listed = Set(BadInputCorpus.cases.flatMap(\.arguments).map { $0.hasPrefix("<") ? String($0.dropFirst()) : $0 })
        for group in ["requests", "catalogues", "templates"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: BadInputCorpus.folder.appendingPathComponent(group).path)
            for name in names {
                #expect(listed.contains("\(group)/\(name)"), "\(group)/\(name) is in no case")
            }
        }
    }
}
