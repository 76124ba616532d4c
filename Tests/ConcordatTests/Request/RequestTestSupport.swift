import Foundation
import Testing
@testable import Concordat

/// Shared helpers for the request tests: decode text, or collect the findings it fails with.
enum RequestTestSupport {
    /// A small valid request that tests change one line of at a time. Line numbers matter: the
    /// tests name them.
    static let minimal = """
        document: memorandum-of-understanding
        framework: not-for-profit
        risk: low
        partnership:
          name: Riverside Urban Forest Partnership
          purpose: Plant street trees.
        parties:
          - name: Riverside City Council
            kind: local-authority
          - name: Riverside Trees CIC
            kind: community-interest-company

        """

    static func decode(
        _ text: String, source: String = "request.yaml", overrides: RequestOverrides = .init(),
        limits: RequestLimits = .default
    ) throws(ConcordatError) -> Request {
        try RequestDecoder(limits: limits).decode(Array(text.utf8), source: source, overrides: overrides)
    }

    /// The findings a request fails with; records a test failure if it decodes.
    static func failure(
        _ bytes: [UInt8], source: String = "request.yaml", overrides: RequestOverrides = .init(),
        limits: RequestLimits = .default, sourceLocation: SourceLocation_ = #_sourceLocation
    ) -> [Diagnostic] {
        do {
            _ = try RequestDecoder(limits: limits).decode(bytes, source: source, overrides: overrides)
            Issue.record("expected the request to be refused", sourceLocation: sourceLocation)
            return []
        } catch {
            #expect(error.kind == .invalidData, sourceLocation: sourceLocation)
            #expect(error.kind.exitCode == 65, sourceLocation: sourceLocation)
            return error.diagnostics
        }
    }

    static func failure(
        _ text: String, source: String = "request.yaml", overrides: RequestOverrides = .init(),
        limits: RequestLimits = .default, sourceLocation: SourceLocation_ = #_sourceLocation
    ) -> [Diagnostic] {
        failure(Array(text.utf8), source: source, overrides: overrides, limits: limits, sourceLocation: sourceLocation)
    }

    /// `minimal` with `line` (1-based) replaced by `replacement` (which may span lines).
    static func minimal(replacingLine line: Int, with replacement: String) -> String {
        var lines = minimal.components(separatedBy: "\n")
        lines[line - 1] = replacement
        return lines.joined(separator: "\n")
    }

    /// `minimal` with `extra` appended at the end.
    static func minimal(appending extra: String) -> String { minimal + extra }

    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/requests/\(name)", withExtension: nil))
        return Array(try Data(contentsOf: url))
    }
}

typealias SourceLocation_ = Testing.SourceLocation

extension Array where Element == Diagnostic {
    /// The first finding about `key`.
    func about(_ key: String) -> Diagnostic? { first { $0.key == key } }

    /// Every finding's printed form, for failure messages.
    var printed: String { map(\.description).joined(separator: "\n") }
}
