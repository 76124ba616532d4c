/// What kind of value each condition path holds, so a `when` condition that can never hold — a
/// word outside the path's vocabulary (`framework: charity`), a number compared with text, a
/// yes/no field compared with a word — is an error when the catalogue loads, not a clause that
/// silently never appears.
enum ConditionTypes {
    /// The kind of value at a path.
    enum Kind: Sendable, Hashable {
        case words([String]), flag, number, text
    }

    private static func words<Word: RequestEnum>(_: Word.Type) -> Kind { .words(Word.allCases.map(\.rawValue)) }

    /// The kind at `path`; nil for a path this table does not know, which is then not checked.
    static func kind(of path: String) -> Kind? {
        for prefix in ["parties.any.", "parties.none."] where path.hasPrefix(prefix) {
            switch path.dropFirst(prefix.count) {
            case "kind": return words(PartyKind.self)
            case "role": return words(PartyRole.self)
            case "foi-regime": return words(FOIRegime.self)
            case "public-authority": return .flag
            case "registration": return .text
            default: return nil
            }
        }
        switch path {
        case "document": return words(DocumentKind.self)
        case "framework": return words(Framework.self)
        case "risk": return words(RiskLevel.self)
        case "jurisdiction": return words(Jurisdiction.self)
        case "partnership.statutory-type": return words(StatutoryType.self)
        case "data.controller-model": return words(ControllerModel.self)
        case "risk-factors.personal-data": return words(PersonalDataLevel.self)
        case "exit.route": return words(ExitRoute.self)
        case "governance.decisions": return words(DecisionRule.self)
        case "risk-factors.pooled-budget", "risk-factors.accountable-body", "risk-factors.assets-or-staff-transfer",
             "risk-factors.income-generation", "risk-factors.statutory-functions", "risk-factors.vulnerable-people",
             "risk-factors.procurement":
            return .flag
        case "governance.quorum", "governance.meetings-per-year", "governance.notice-days", "partnership.review-months",
             "risk-factors.total-funding", "risk-factors.duration-months", "exit.stewardship-years", "parties.count":
            return .number
        case "partnership.name", "partnership.purpose", "partnership.area", "partnership.body-name",
             "partnership.statutory-basis", "governance.chair", "governance.vice-chair", "governance.secretariat",
             "governance.pool-manager", "data.sharing-agreement", "exit.successor", "draft":
            return .text
        default: return nil
        }
    }

    /// Why `test` can never hold at `path`, or nil if it can.
    static func impossibility(of test: Condition.Test, at path: String) -> String? {
        guard let kind = kind(of: path) else { return nil }
        switch test {
        case .present: return nil
        case .atLeast, .atMost:
            return kind == .number ? nil : "'\(path)' is not a number, so at-least and at-most can never hold"
        case .equals(let value):
            return mismatch(value, kind, path)
        case .oneOf(let values):
            return values.lazy.compactMap { mismatch($0, kind, path) }.first
        }
    }

    private static func mismatch(_ value: Condition.Value, _ kind: Kind, _ path: String) -> String? {
        switch (kind, value) {
        case (.words(let allowed), .word(let word)):
            return allowed.contains(word) ? nil
                : "'\(word)' is not a value '\(path)' can have (expected one of \(allowed.joined(separator: ", ")))"
        case (.words, _):
            return "'\(path)' holds a word, never \(value)"
        case (.flag, .flag), (.number, .number), (.text, .word):
            return nil
        case (.flag, _):
            return "'\(path)' is true or false, never '\(value)'"
        case (.number, _):
            return "'\(path)' is a number, never '\(value)'"
        case (.text, _):
            return "'\(path)' is text, never \(value)"
        }
    }
}
