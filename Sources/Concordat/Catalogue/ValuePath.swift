/// The value references a clause body may use, and the request paths a `when` condition may test.
/// Checking them when the catalogue loads turns a typo into an error with a line number rather
/// than a blank in every document.
public enum ValuePath {
    /// Values read straight from the request.
    public static let requestValues: [String] = [
        "date", "draft",
        "partnership.name", "partnership.purpose", "partnership.area", "partnership.start-date",
        "partnership.end-date", "partnership.review-months", "partnership.body-name",
        "partnership.statutory-type", "partnership.statutory-basis",
        "governance.chair", "governance.vice-chair", "governance.quorum",
        "governance.meetings-per-year", "governance.notice-days", "governance.decisions",
        "governance.secretariat", "governance.reserved-matters", "governance.pool-manager",
        "governance.members", "data.controller-model", "data.sharing-agreement",
        "risk-factors.total-funding", "risk-factors.duration-months",
        "exit.route", "exit.successor", "exit.stewardship-years",
    ]

    /// Values the assembler derives from the request, the template and the selection.
    public static let derivedValues: [String] = [
        "document.title", "document.short-title", "document.binding-clauses", "document.date",
        "risk.level", "parties.names", "parties.count",
        "lead-partner.name", "accountable-body.name", "host.name",
        "public-authorities.names", "charities.names", "community-interest-companies.names",
        "foi.foia-parties", "foi.foisa-parties", "foi.eir-parties", "contributions.total-cash",
        "non-public-parties.names", "community-groups.names",
        "community-safety.responsible-authorities", "local-policing-body.name",
        "jurisdiction.name", "jurisdiction.law", "jurisdiction.courts", "jurisdiction.charity-regulator",
    ]

    /// Every value a body may use.
    public static let all: Set<String> = Set(requestValues + derivedValues)

    /// Request paths a condition may test, besides `parties.any.*`, `parties.none.*` and `parties.count`.
    public static let conditionPaths: Set<String> = Set(requestValues + [
        "document", "framework", "risk", "jurisdiction",
        "risk-factors.pooled-budget", "risk-factors.accountable-body", "risk-factors.personal-data",
        "risk-factors.assets-or-staff-transfer", "risk-factors.income-generation",
        "risk-factors.statutory-functions", "risk-factors.vulnerable-people", "risk-factors.procurement",
        "public-money", "public-money.to-non-public",
    ])

    /// Party fields a `parties.any.<field>` or `parties.none.<field>` condition may test.
    public static let partyFields: Set<String> = [
        "kind", "role", "public-authority", "foi-regime", "registration", "statutory-role", "crown",
    ]

    /// Whether a condition path is one Concordat can evaluate.
    public static func isConditionPath(_ path: String) -> Bool {
        if conditionPaths.contains(path) || path == "parties.count" { return true }
        for prefix in ["parties.any.", "parties.none."] where path.hasPrefix(prefix) {
            return partyFields.contains(String(path.dropFirst(prefix.count)))
        }
        return false
    }

    /// Lower-case words joined by dots and hyphens.
    static func isWellFormed(_ path: String) -> Bool {
        if !path.containsByte(where: { $0 >= 0x80 }) { return isWellFormedASCII(path) }
        return !path.isEmpty && path.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
            !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    /// The same rule for ASCII text, checked byte by byte, as every real path is: a path of
    /// non-empty words has no dot at either end and no two dots together.
    private static func isWellFormedASCII(_ path: String) -> Bool {
        let dot = UInt8(ascii: ".")
        var previous = dot
        for byte in path.utf8 {
            if byte == dot {
                if previous == dot { return false }
            } else if !((UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")) {
                return false
            }
            previous = byte
        }
        return previous != dot
    }
}

/// Clause ids: `topic.name`, lower-case words with hyphens.
enum ClauseID {
    static func isValid(_ id: String) -> Bool {
        // At least two words: in a well-formed path every "." byte is a dot between words.
        ValuePath.isWellFormed(id) && id.utf8.contains(UInt8(ascii: "."))
    }
}
