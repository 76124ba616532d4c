/// The keys a request may use at each level, in the order `concordat init` shows them. Unknown
/// keys are errors, so this list is the request format's single source of truth for names.
enum RequestKeys {
    static let root = [
        "document", "framework", "risk", "jurisdiction", "date", "draft", "partnership", "parties",
        "governance", "data", "risk-factors", "exit",
    ]
    static let partnership = [
        "name", "purpose", "area", "start-date", "end-date", "review-months", "body-name",
        "statutory-type", "statutory-basis",
    ]
    static let party = [
        "name", "kind", "legal-form", "role", "public-authority", "foi-regime", "registration",
        "statutory-role", "signatory", "contact", "contribution",
    ]
    static let person = ["name", "title", "email", "phone"]
    static let contribution = ["cash", "in-kind"]
    static let governance = [
        "chair", "vice-chair", "quorum", "meetings-per-year", "notice-days", "decisions",
        "secretariat", "reserved-matters", "pool-manager", "members",
    ]
    static let member = ["role", "party", "name", "voting"]
    static let data = ["controller-model", "sharing-agreement"]
    static let riskFactors = [
        "total-funding", "pooled-budget", "accountable-body", "personal-data",
        "assets-or-staff-transfer", "income-generation", "statutory-functions",
        "vulnerable-people", "duration-months", "procurement",
    ]
    static let exit = ["route", "successor", "stewardship-years"]

    /// Where each key belongs, for "'start-date' belongs under 'partnership'" hints.
    static let homes: [(parent: String, keys: [String])] = [
        ("the top level", root), ("partnership", partnership), ("each party", party),
        ("a signatory or contact", person), ("a contribution", contribution),
        ("governance", governance), ("a governance member", member), ("data", data), ("risk-factors", riskFactors), ("exit", exit),
    ]

    /// A hint for an unknown key: a close sibling ("did you mean 'start-date'?"), the kebab-case
    /// spelling of a camelCase or snake_case key, or the level where the key belongs.
    static func hint(forUnknown key: String, among known: [String]) -> String? {
        let kebab = kebabCase(key)
        if kebab != key, known.contains(kebab) {
            return "keys are kebab-case: did you mean '\(kebab)'?"
        }
        if let close = closest(to: key, among: known) {
            return "did you mean '\(close)'?"
        }
        if let home = homes.first(where: { $0.keys.contains(kebab) && $0.keys != known }) {
            return "'\(kebab)' belongs under \(home.parent)"
        }
        return nil
    }

    /// The known word nearest to `word` by edit distance, if it is near enough to be a slip, or
    /// the one known word it starts with or abbreviates.
    static func closest(to word: String, among known: [String]) -> String? {
        let lowered = Array(word.lowercased().unicodeScalars)
        guard lowered.count <= 64 else { return nil }
        let allowed = lowered.count < 5 ? 1 : lowered.count < 12 ? 2 : 3
        var best: (word: String, distance: Int)?
        for candidate in known {
            let distance = editDistance(lowered, Array(candidate.unicodeScalars))
            if distance <= allowed, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        if let best { return best.word }
        // "charity-ish" is no typo of "charity", but plainly means it.
        let prefixed = known.filter {
            min($0.count, word.count) >= 4 && (word.lowercased().hasPrefix($0) || $0.hasPrefix(word.lowercased()))
        }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// `startDate` and `start_date` both become `start-date`.
    static func kebabCase(_ key: String) -> String {
        var result = ""
        for scalar in key.unicodeScalars {
            if scalar == "_" || scalar == " " {
                result += "-"
            } else if scalar.properties.isUppercase {
                if !result.isEmpty, result.last != "-" { result += "-" }
                result += String(scalar).lowercased()
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Levenshtein distance, with one row of memory.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
