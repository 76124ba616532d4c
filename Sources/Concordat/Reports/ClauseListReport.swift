/// `concordat clauses`: the catalogue's clauses, optionally filtered, as text or JSON
/// (`concordat.clauses/1`).
package struct ClauseListReport: Sendable {
    /// The clauses listed, in id order.
    package var clauses: [CatalogueClause]

    /// Lists the clauses that can appear for the given filters (nil means any).
    package init(catalogue: Catalogue, document: DocumentKind? = nil, framework: Framework? = nil,
                risk: RiskLevel? = nil, jurisdiction: Jurisdiction? = nil) {
        clauses = catalogue.clauses.filter { clause in
            (document.map { clause.documents.contains($0) } ?? true)
                && (framework.map { clause.frameworks.contains($0) } ?? true)
                && (risk.map { clause.riskLevels.contains($0) } ?? true)
                && (jurisdiction.map { clause.jurisdictions.contains($0) } ?? true)
        }
    }

    private static func words<E: RequestEnum>(_ set: Set<E>) -> [String] {
        set.count == E.allCases.count ? ["all"] : E.allCases.filter { set.contains($0) }.map(\.rawValue)
    }

    /// The report for people: one line per clause.
    package var text: String {
        var lines: [String] = []
        for c in clauses {
            var line = "\(c.id) v\(c.version) — \(c.title)\n    "
            if let purpose = c.purpose { line += "\(purpose)\n    " }
            line += "documents: \(Self.words(c.documents).joined(separator: ", ")); "
            line += "frameworks: \(Self.words(c.frameworks).joined(separator: ", ")); "
            line += "risk: \(Self.words(c.riskLevels).joined(separator: ", ")); "
            line += "jurisdictions: \(Self.words(c.jurisdictions).joined(separator: ", ")); slot: \(c.slot)"
            if !c.conditions.isEmpty { line += "\n    when: " + c.conditions.map(\.description).joined(separator: "; ") }
            lines.append(line)
        }
        lines.append("\(clauses.count) clauses")
        return lines.joined(separator: "\n") + "\n"
    }

    private struct JSON: Encodable {
        struct Clause: Encodable {
            var id: String, title: String, purpose: String?, version: Int, sha256: String, slot: String, order: Int
            var documents: [String], frameworks: [String], riskLevels: [String], jurisdictions: [String]
            var requires: [String], excludes: [String], when: [String], binding: Bool, defines: [String], file: String
            enum CodingKeys: String, CodingKey {
                case id, title, purpose, version, sha256, slot, order, documents, frameworks, jurisdictions, requires, excludes, when, binding, defines, file
                case riskLevels = "risk-levels"
            }
        }
        var schema = "concordat.clauses/1"
        var clauses: [Clause]
    }

    /// The report as `concordat.clauses/1` JSON.
    package var json: String {
        JSONReport.encode(JSON(clauses: clauses.map { c in
            .init(id: c.id, title: c.title, purpose: c.purpose, version: c.version, sha256: c.textHash, slot: c.slot, order: c.order,
                  documents: Self.words(c.documents), frameworks: Self.words(c.frameworks),
                  riskLevels: Self.words(c.riskLevels), jurisdictions: Self.words(c.jurisdictions),
                  requires: c.requires, excludes: c.excludes, when: c.conditions.map(\.description),
                  binding: c.binding, defines: c.defines.map(\.name), file: c.location.file)
        }))
    }
}
