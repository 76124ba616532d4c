import Foundation
import Testing
@testable import Concordat

/// Documents composed from the built-in catalogue, for tests that read them as a reviewer would.
enum Checklist {
    /// Loaded once per test process: loading parses and validates the whole catalogue.
    private static let loaded = Result { () throws(ConcordatError) -> Composer in try Composer.load().0 }

    /// The composer over the built-in catalogue and templates.
    static func composer() throws -> Composer { try loaded.get() }

    /// The `concordat init` example for a combination, at a stated level when one is given.
    static func request(
        _ document: DocumentKind, _ framework: Framework, _ jurisdiction: Jurisdiction = .england,
        risk: RiskLevel? = nil
    ) -> Request {
        var request = ExampleRequest.request(document: document, framework: framework, jurisdiction: jurisdiction)
        if let risk { request.risk = risk }
        return request
    }

    /// Composes a request through the whole pipeline.
    static func compose(_ request: Request) throws -> ComposedDocument {
        let composer = try composer()
        return ComposedDocument(try composer.compose(request), catalogue: composer.catalogue)
    }

    /// Composes the example for a combination. Many rows read the same unchanged examples, so
    /// each is composed once per test process.
    static func compose(_ combination: Combination) throws -> ComposedDocument {
        if let composed = examples.value(for: combination) { return composed }
        let composed = try compose(request(combination.document, combination.framework, combination.jurisdiction, risk: combination.level))
        examples.store(composed, for: combination)
        return composed
    }

    private static let examples = ExampleCache()

    /// The examples composed so far; tests run in parallel, so access is locked.
    private final class ExampleCache: @unchecked Sendable {
        private let lock = NSLock()
        private var documents: [Combination: ComposedDocument] = [:]

        func value(for combination: Combination) -> ComposedDocument? {
            lock.withLock { documents[combination] }
        }

        func store(_ document: ComposedDocument, for combination: Combination) {
            lock.withLock { documents[combination] = document }
        }
    }

    /// A party that is none of the example's, for tests that change who signs.
    static func party(
        _ name: String, _ kind: PartyKind, roles: [PartyRole] = [.member], registration: String? = nil
    ) -> Party {
        Party(
            name: name, kind: kind, roles: roles, registration: registration,
            signatory: Person(name: "Alex Morgan", title: "Director"),
            contact: Person(name: "Sam Lee", title: "Officer", email: "sam.lee@example.org", phone: "0113 496 0999"))
    }
}

/// One choice of document, framework, level and jurisdiction, for parameterised tests.
struct Combination: Sendable, Hashable, CustomTestStringConvertible {
    var document: DocumentKind
    var framework: Framework
    var level: RiskLevel
    var jurisdiction: Jurisdiction

    var testDescription: String {
        "\(document.rawValue) \(framework.rawValue) \(level.rawValue) \(jurisdiction.rawValue)"
    }

    /// Every combination (108), or those for the documents, frameworks, levels and
    /// jurisdictions given.
    static func all(
        documents: [DocumentKind] = DocumentKind.allCases, frameworks: [Framework] = Framework.allCases,
        levels: [RiskLevel] = RiskLevel.allCases, jurisdictions: [Jurisdiction] = Jurisdiction.allCases
    ) -> [Combination] {
        documents.flatMap { document in
            frameworks.flatMap { framework in
                levels.flatMap { level in
                    jurisdictions.map { Combination(document: document, framework: framework, level: level, jurisdiction: $0) }
                }
            }
        }
    }
}

extension String {
    /// Every clause number ("8.1", "19.1") written in the text.
    var clauseNumbers: Set<String> {
        Set(matches(of: /\b\d+\.\d+\b/).map { String($0.output) })
    }

    /// Whether the text contains a whole word or phrase, ignoring case.
    func containsWord(_ word: String) -> Bool {
        let pattern = "\\b" + NSRegularExpression.escapedPattern(for: word) + "\\b"
        return range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }
}
