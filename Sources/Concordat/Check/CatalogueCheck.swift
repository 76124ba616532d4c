import Foundation

/// `concordat check`: proves the catalogue and templates sound by composing every document ×
/// framework × risk level × jurisdiction from the complete example request, composing for each
/// clause a request that meets its conditions, and checking plain English, duplicate wording,
/// unused terms and the legal lints (`LegalLint`).
package struct CatalogueCheck: Sendable {
    /// One combination or clause that failed, and why.
    package struct Failure: Sendable, Hashable {
        /// What failed: "memorandum-of-understanding/statutory/high/wales" or a clause id.
        package var subject: String
        /// Why.
        package var message: String
    }

    /// One clause's plain-English measures.
    package struct ClauseReadability: Sendable, Hashable {
        /// The clause id.
        package var clauseID: String
        /// Its measures.
        package var readability: Readability
    }

    /// Limits a clause must meet.
    package static let maximumGrade = 14.0
    /// Limits a clause must meet.
    package static let maximumMeanSentenceLength = 25.0

    /// Combinations composed.
    public private(set) var combinations = 0
    /// Packs compared: one for each framework × risk level × jurisdiction.
    public private(set) var packs = 0
    /// Clauses proved reachable.
    public private(set) var reachable = 0
    /// Every clause's measures, in id order.
    public private(set) var readability: [ClauseReadability] = []
    /// Everything that failed.
    public private(set) var failures: [Failure] = []
    /// Clauses in the catalogue.
    public private(set) var clauseCount = 0

    /// The median Flesch–Kincaid grade over the catalogue.
    package var medianGrade: Double {
        let grades = readability.map(\.readability.grade).sorted()
        guard !grades.isEmpty else { return 0 }
        let mid = grades.count / 2
        return grades.count % 2 == 1 ? grades[mid] : (grades[mid - 1] + grades[mid]) / 2
    }

    /// Runs every check.
    package init(composer: Composer) {
        clauseCount = composer.catalogue.clauses.count
        checkCombinations(composer)
        checkReachability(composer)
        checkWording(composer.catalogue)
        failures += Self.missingPurposes(composer.catalogue)
        failures += LegalLint.failures(composer)
    }

    /// Every built-in clause says what it is for, because partners read that first in
    /// `explain`, annotation notes and redline comments. An organisation's clause may leave it out.
    static func missingPurposes(_ catalogue: Catalogue) -> [Failure] {
        catalogue.clauses.filter { $0.isBuiltIn && $0.purpose == nil }.map { clause in
            Failure(subject: clause.id, message: "a built-in clause needs a purpose: add 'purpose:' to its front matter, one plain sentence saying why a partnership document has it (\(clause.location.file))")
        }
    }

    private mutating func checkCombinations(_ composer: Composer) {
        for framework in Framework.allCases {
            for jurisdiction in Jurisdiction.allCases {
                for level in RiskLevel.allCases {
                    var pack: [Composition] = []
                    var packRequest: Request?
                    for document in DocumentKind.allCases {
                        var request = ExampleRequest.request(document: document, framework: framework, jurisdiction: jurisdiction)
                        request.risk = level
                        combinations += 1
                        let subject = "\(document.rawValue)/\(framework.rawValue)/\(level.rawValue)/\(jurisdiction.rawValue)"
                        let (composition, problems) = Self.compose(request, composer: composer, subject: subject)
                        failures += problems
                        if let composition { pack.append(composition) }
                        packRequest = packRequest ?? request
                    }
                    // The pack holds the documents that fit the partnership; they must agree.
                    guard let packRequest else { continue }
                    let kinds = PackRule.documents(for: packRequest)
                    let members = pack.filter { kinds.contains($0.request.document) }
                    guard members.count == kinds.count else { continue }
                    packs += 1
                    let subject = "pack/\(framework.rawValue)/\(level.rawValue)/\(jurisdiction.rawValue)"
                    failures += PackComparison(members, templates: composer.templates).disagreements
                        .map { Failure(subject: subject, message: $0) }
                }
            }
        }
    }

    /// Composes a request; any error or blank is a failure, and so is any sentence that names an
    /// annex in words rather than through `{{ annex.ID }}`, or states a total of £0.
    private static func compose(_ request: Request, composer: Composer, subject: String) -> (Composition?, [Failure]) {
        do {
            let composition = try composer.compose(request)
            // Rendering to DOCX proves every combination can be written as Word opens it.
            _ = try OutputFormat.docx.render(composition.document, templates: composer.templates)
            // Every level is composed on purpose, so a level below the example's risk floor is
            // not a fault of the catalogue.
            let warnings = composition.diagnostics.filter { $0.severity == .warning && $0.key != "risk" }
                .map { Failure(subject: subject, message: $0.description) }
            return (composition, warnings + ReferenceCheck.problems(in: composition.document).map { Failure(subject: subject, message: $0) })
        } catch {
            return (nil, error.diagnostics.filter { $0.severity != .note }.map { Failure(subject: subject, message: $0.description) })
        }
    }

    private mutating func checkReachability(_ composer: Composer) {
        for clause in composer.catalogue.clauses {
            if let (request, subject) = Self.requestIncluding(clause, composer: composer) {
                let problems = Self.compose(request, composer: composer, subject: "\(clause.id) in \(subject)").1
                failures += problems
                if problems.isEmpty { reachable += 1 }
            } else {
                failures.append(Failure(
                    subject: clause.id,
                    message: "no request meeting its conditions includes it (\(clause.location.file)); check its metadata, when and excludes"))
            }
        }
    }

    /// The first combination, with the clause's conditions applied, whose selection includes it.
    static func requestIncluding(_ clause: CatalogueClause, composer: Composer) -> (Request, String)? {
        for document in DocumentKind.allCases where clause.documents.contains(document) {
            for framework in Framework.allCases where clause.frameworks.contains(framework) {
                for jurisdiction in Jurisdiction.allCases where clause.jurisdictions.contains(jurisdiction) {
                    for level in RiskLevel.allCases where clause.riskLevels.contains(level) {
                        var request = ExampleRequest.request(document: document, framework: framework, jurisdiction: jurisdiction)
                        var chosen = level
                        RequestSynthesizer.apply(clause.conditions, to: &request, level: &chosen)
                        request.risk = chosen
                        let (_, selection) = composer.select(request)
                        if selection.included.contains(where: { $0.id == clause.id }) {
                            return (request, "\(request.document.rawValue)/\(request.framework.rawValue)/\(chosen.rawValue)/\(request.jurisdiction.rawValue)")
                        }
                    }
                }
            }
        }
        return nil
    }

    private mutating func checkWording(_ catalogue: Catalogue) {
        var bodies: [String: String] = [:]
        var used = Set<String>()
        for clause in catalogue.clauses {
            let text = clause.body.map(\.plainText).joined(separator: "\n")
            let measures = Readability(text)
            readability.append(ClauseReadability(clauseID: clause.id, readability: measures))
            if measures.grade > Self.maximumGrade {
                failures.append(Failure(subject: clause.id, message: String(
                    format: "Flesch–Kincaid grade %.1f is above %.0f; use shorter sentences and plainer words", measures.grade, Self.maximumGrade)))
            }
            if measures.meanSentenceLength > Self.maximumMeanSentenceLength {
                failures.append(Failure(subject: clause.id, message: String(
                    format: "sentences average %.1f words, more than %.0f", measures.meanSentenceLength, Self.maximumMeanSentenceLength)))
            }
            let normalised = clause.bodyText.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if let twin = bodies[normalised] {
                failures.append(Failure(subject: clause.id, message: "its text is the same as \(twin)'s; variants must differ"))
            } else {
                bodies[normalised] = clause.id
            }
            clause.body.forEach { $0.forEachInline { if case .term(let name, _, _) = $0 { used.insert(name) } } }
            for term in clause.defines {
                term.definition.forEach { $0.forEach { if case .term(let name, _, _) = $0, name != term.name { used.insert(name) } } }
            }
        }
        for (name, term) in catalogue.terms.sorted(by: { $0.key < $1.key }) where !used.contains(name) {
            failures.append(Failure(subject: term.clauseID, message: "defines '\(name)', which no clause uses"))
        }
    }
}
