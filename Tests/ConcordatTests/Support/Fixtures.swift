@testable import Concordat

/// Small, self-contained inputs for stage tests, so they do not depend on the catalogue's wording.
enum Fixtures {
    /// A clause file with sensible defaults; pass overrides as front-matter lines.
    static func clause(
        _ id: String, slot: String = "purpose", documents: String = "[memorandum-of-understanding]",
        frameworks: String = "[all]", levels: String = "[all]", jurisdictions: String = "[all]", order: Int = 10,
        extra: String = "", body: String = "The partners work together."
    ) -> String {
        """
        ---
        id: \(id)
        title: \(id.split(separator: ".").last.map { $0.capitalized } ?? id)
        version: 1
        documents: \(documents)
        frameworks: \(frameworks)
        risk-levels: \(levels)
        jurisdictions: \(jurisdictions)
        slot: \(slot)
        order: \(order)
        \(extra)
        ---
        \(body)

        """
    }

    /// Loads only the clauses given (no built-in catalogue), over the built-in templates.
    static func catalogue(_ files: [String: String]) throws(ConcordatError) -> (Catalogue, TemporaryFolder) {
        let folder = TemporaryFolder()
        for (name, text) in files { folder.write(name, text) }
        let templates = try TemplateSet.load()
        let (catalogue, _) = try Catalogue.load(useDefaults: false, folders: [folder.path], templates: templates)
        return (catalogue, folder)
    }

    /// The load error's diagnostics, or an empty list if loading succeeded.
    static func loadErrors(_ files: [String: String]) -> [Diagnostic] {
        do {
            _ = try catalogue(files)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A two-party request for tests that build requests by hand.
    static func request(
        document: DocumentKind = .memorandumOfUnderstanding, framework: Framework = .strategicAlliance,
        risk: RiskLevel? = .medium, jurisdiction: Jurisdiction = .england
    ) -> Request {
        Request(
            document: document, framework: framework, risk: risk, jurisdiction: jurisdiction,
            date: CalendarDate(year: 2026, month: 4, day: 1),
            partnership: Partnership(
                name: "Riverside Urban Forest Partnership", purpose: "Plant 5,000 street trees.",
                startDate: CalendarDate(year: 2026, month: 4, day: 1), endDate: CalendarDate(year: 2029, month: 3, day: 31),
                reviewMonths: 12),
            parties: [
                Party(name: "Riverside City Council", kind: .localAuthority, roles: [.leadPartner, .accountableBody],
                      signatory: Person(name: "Asha Patel", title: "Director of Environment"),
                      contact: Person(name: "Tom Reed", email: "tom.reed@example.org"),
                      contribution: Contribution(cash: Money(pounds: 25_000), inKind: "Officer time")),
                Party(name: "Riverside Trees CIC", kind: .communityInterestCompany, registration: "12345678",
                      contribution: Contribution(cash: Money(pounds: 5_000))),
            ],
            governance: Governance(chair: "Riverside City Council", quorum: 3, meetingsPerYear: 4, noticeDays: 10, decisions: .consensus),
            source: "riverside.yaml")
    }
}
