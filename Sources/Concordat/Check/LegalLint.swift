import Foundation

/// Lints that read the catalogue as a lawyer would, for errors `check` can find without one: a
/// clause for a statutory body in a nation where that body does not exist, a clause in a document
/// that is not binding which claims to make a statutory arrangement, and an indemnity that one
/// Crown body would give another.
///
/// The wording tests are deliberately simple patterns over plain text. They catch the mistakes
/// the 2026 legal review found; a clause that needs to mention these ideas says so with the words
/// the patterns accept ("does not make", "intend to enter into", "cannot indemnify").
package enum LegalLint {
    /// Every failure the lints find in a composer's catalogue.
    package static func failures(_ composer: Composer) -> [CatalogueCheck.Failure] {
        let clauses = composer.catalogue.clauses
        return clauses.flatMap(nationFailures) + clauses.flatMap(creationFailures) + crownFailures(composer)
    }

    /// A clause selected by a statutory type must not list a nation where no type it names exists.
    static func nationFailures(_ clause: CatalogueClause) -> [CatalogueCheck.Failure] {
        var types: [StatutoryType] = []
        for condition in clause.conditions where condition.path == "partnership.statutory-type" {
            switch condition.test {
            case .equals(.word(let word)): types += StatutoryType(rawValue: word).map { [$0] } ?? []
            case .oneOf(let values):
                for case .word(let word) in values { types += StatutoryType(rawValue: word).map { [$0] } ?? [] }
            default: break
            }
        }
        guard !types.isEmpty else { return [] }
        var homes = Set<Jurisdiction>()
        for type in types {
            guard let nations = type.nations else { return [] }
            homes.formUnion(nations)
        }
        return Jurisdiction.allCases.filter { clause.jurisdictions.contains($0) && !homes.contains($0) }.map { nation in
            CatalogueCheck.Failure(
                subject: clause.id,
                message: "applies to \(types.map(\.rawValue).joined(separator: ", ")) in \(nation.rawValue), where it does not exist (\(clause.location.file)); narrow its jurisdictions")
        }
    }

    /// A memorandum clause that is not binding must not claim to make a statutory arrangement.
    static func creationFailures(_ clause: CatalogueClause) -> [CatalogueCheck.Failure] {
        guard clause.documents.contains(.memorandumOfUnderstanding), !clause.binding else { return [] }
        return sentences(of: clause).filter(claimsToCreateStatutoryArrangement).map { sentence in
            CatalogueCheck.Failure(
                subject: clause.id,
                message: "claims to make a statutory arrangement in a memorandum that is not binding: \"\(sentence)\"; say the partners intend to enter into a separate binding agreement")
        }
    }

    /// Whether a sentence says the document or the partners make an arrangement under a statute.
    static func claimsToCreateStatutoryArrangement(_ sentence: String) -> Bool {
        let text = " " + sentence.lowercased() + " "
        let verbs = [" make ", " makes ", " enter into ", " enters into ", " create ", " creates ", " establish ", " establishes ", " is the "]
        let objects = ["arrangement", "agreement"]
        guard verbs.contains(where: text.contains), objects.contains(where: text.contains),
              text.range(of: #"under (section|part|regulation) \d+"#, options: .regularExpression) != nil
                || text.contains("section 75 agreement") || text.contains("section 33 agreement")
        else { return false }
        let hedges = [" not ", " intend", " will enter", " separate ", " until ", " before ", " heads of terms"]
        return !hedges.contains(where: text.contains)
    }

    /// No clause selected for a request whose parties are all Crown bodies may give an indemnity.
    static func crownFailures(_ composer: Composer) -> [CatalogueCheck.Failure] {
        var failures: [String: CatalogueCheck.Failure] = [:]
        for document in DocumentKind.allCases {
            for framework in Framework.allCases {
                for jurisdiction in Jurisdiction.allCases {
                    var request = ExampleRequest.request(document: document, framework: framework, jurisdiction: jurisdiction)
                    request.parties = [
                        Party(name: "Department for Work and Pensions", kind: .centralGovernment),
                        Party(name: "Home Office", kind: .centralGovernment),
                    ]
                    for level in RiskLevel.allCases {
                        request.risk = level
                        let (_, selection) = composer.select(request)
                        for clause in selection.included where failures[clause.id] == nil {
                            if let sentence = sentences(of: clause).first(where: givesIndemnity) {
                                failures[clause.id] = CatalogueCheck.Failure(
                                    subject: clause.id,
                                    message: "gives an indemnity that one Crown body would owe another (\(document.rawValue)/\(framework.rawValue)/\(level.rawValue)/\(jurisdiction.rawValue)): \"\(sentence)\"")
                            }
                        }
                    }
                }
            }
        }
        return failures.keys.sorted().compactMap { failures[$0] }
    }

    /// Whether a sentence gives an indemnity without a limit on who gives it.
    static func givesIndemnity(_ sentence: String) -> Bool {
        let text = " " + sentence.lowercased() + " "
        guard text.contains("indemnif") || text.contains("an indemnity") else { return false }
        let limits = [" not ", " no ", " none ", " never ", "cannot", " only if ", " crown "]
        return !limits.contains(where: text.contains)
    }

    /// A clause's plain text split into sentences: at a full stop, question or exclamation mark
    /// followed by a space, and at each line (list items are lines).
    static func sentences(of clause: CatalogueClause) -> [String] {
        var result: [String] = []
        for line in clause.body.map(\.plainText).joined(separator: "\n").split(separator: "\n") {
            var current = ""
            var previous: Character = " "
            for character in line {
                if character == " ", ".?!".contains(previous) {
                    result.append(current)
                    current = ""
                } else {
                    current.append(character)
                }
                previous = character
            }
            result.append(current)
        }
        return result.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
