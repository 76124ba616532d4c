import Foundation
import Testing

/// Compares rendered text with a golden file under `Tests/ConcordatTests/Fixtures/golden/`.
///
/// With `CONCORDAT_UPDATE_GOLDENS=1` the golden file in the source tree is rewritten and the test
/// still fails, so every change to a golden is reviewed before it is committed.
enum TextGolden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Markdown
        .deletingLastPathComponent()  // Render
        .deletingLastPathComponent()  // ConcordatTests
        .appendingPathComponent("Fixtures/golden", isDirectory: true)

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["CONCORDAT_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            Issue.record("Rewrote golden \(name); review the change and run the tests again without CONCORDAT_UPDATE_GOLDENS.", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("Golden \(name) is missing; run with CONCORDAT_UPDATE_GOLDENS=1 to create it.", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            Issue.record("Output differs from golden \(name): \(firstDifference(actual, expected))", sourceLocation: sourceLocation)
        }
    }

    /// The first differing line, so a failure says where to look.
    static func firstDifference(_ actual: String, _ expected: String) -> String {
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(actualLines.count, expectedLines.count) {
            let got = index < actualLines.count ? String(actualLines[index]) : "<end of output>"
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of golden>"
            if got != want { return "line \(index + 1): got \(got.debugDescription), expected \(want.debugDescription)" }
        }
        return "same lines, different bytes"
    }
}
