/// The complete, commented example request that `concordat init` prints: every field of the
/// request format, each with a comment giving its allowed values, filled with a realistic
/// Riverside partnership that suits the chosen framework and jurisdiction.
public enum ExampleRequest {
    /// The example as YAML text.
    public static func yaml(
        document: DocumentKind, framework: Framework, jurisdiction: Jurisdiction = .england
    ) -> String {
        var writer = Writer()
        writer.write(document: document, framework: framework, jurisdiction: jurisdiction,
                     scenario: ExampleScenario.make(framework, jurisdiction, document: document))
        return writer.text
    }

    /// The example decoded, as a ready-made request (for `concordat check`, tests and fuzzing).
    public static func request(
        document: DocumentKind, framework: Framework, jurisdiction: Jurisdiction = .england
    ) -> Request {
        let text = yaml(document: document, framework: framework, jurisdiction: jurisdiction)
        // The tests decode every combination, so a failure here is a fault in the example itself.
        return try! RequestDecoder().decode(Array(text.utf8), source: "example.yaml")
    }

    private struct Writer {
        var text = ""
        private static let commentColumn = 40

        private static func alternatives<Word: RequestEnum>(_: Word.Type) -> String {
            Word.words.joined(separator: " | ")
        }

        private static let width = 112

        /// A line with its comment aligned at the comment column and wrapped, as continuation
        /// comments, to keep within 112 columns; a line too long for that gets its comment above.
        mutating func line(_ indent: Int, _ content: String, _ comment: String? = nil) {
            let out = String(repeating: " ", count: indent) + content
            guard let comment else {
                text += out + "\n"
                return
            }
            if out.count > Self.commentColumn - 2 {
                for part in Self.wrap(comment, first: indent, rest: indent, width: Self.width) {
                    text += String(repeating: " ", count: indent) + "#" + part + "\n"
                }
                text += out + "\n"
                return
            }
            let parts = Self.wrap(comment, first: Self.commentColumn, rest: Self.commentColumn + 2, width: Self.width)
            for (index, part) in parts.enumerated() {
                let lead = index == 0 ? out + String(repeating: " ", count: Self.commentColumn - out.count) : String(repeating: " ", count: Self.commentColumn)
                text += lead + "#" + (index == 0 ? "" : "  ") + part + "\n"
            }
        }

        /// Splits a comment into pieces (each starting with a space) that fit after the `#`;
        /// a `|` stays at the end of the line before it, as alternatives are usually written.
        private static func wrap(_ comment: String, first: Int, rest: Int, width: Int) -> [String] {
            var words: [String] = []
            for word in comment.split(separator: " ") {
                if word == "|", !words.isEmpty { words[words.count - 1] += " |" } else { words.append(String(word)) }
            }
            var parts: [String] = []
            var current = ""
            var start = first
            for word in words {
                if !current.isEmpty, start + 1 + current.count + 1 + word.count > width {
                    parts.append(current)
                    current = ""
                    start = rest
                }
                current += " " + word
            }
            parts.append(current)
            return parts
        }

        mutating func comment(_ indent: Int, _ content: String) { line(indent, "# " + content) }

        mutating func blank() { text += "\n" }

        mutating func write(
            document: DocumentKind, framework: Framework, jurisdiction: Jurisdiction, scenario s: ExampleScenario
        ) {
            comment(0, "Concordat request: \(s.name).")
            comment(0, "Compose it with: concordat compose request.yaml --output \(document.rawValue).odt")
            comment(0, "Keys are kebab-case and unknown keys are errors. Text after # is a comment.")
            blank()
            line(0, "document: \(document.rawValue)", Self.alternatives(DocumentKind.self))
            line(0, "framework: \(framework.rawValue)", Self.alternatives(Framework.self))
            line(0, "risk: \(s.risk.rawValue)", Self.alternatives(RiskLevel.self) + "; if absent, assessed from risk-factors")
            line(0, "jurisdiction: \(jurisdiction.rawValue)", Self.alternatives(Jurisdiction.self) + " (default england)")
            line(0, "date: 2026-03-01", "optional document date, YYYY-MM-DD")
            line(0, "draft: Draft 2 for partner review", "optional label shown on the title page")
            blank()
            writePartnership(s)
            blank()
            writeParties(s, jurisdiction: jurisdiction)
            blank()
            writeGovernance(s)
            blank()
            line(0, "data:")
            line(2, "controller-model: \(s.controllerModel.rawValue)", Self.alternatives(ControllerModel.self))
            line(2, "sharing-agreement: \(s.sharingAgreement)", "optional reference to a data sharing agreement")
            blank()
            writeRiskFactors(s)
            blank()
            line(0, "exit:", "how the partnership ends; used by exit strategies")
            line(2, "route: handover", Self.alternatives(ExitRoute.self))
            line(2, "successor: \(s.successor)", "the body that takes the work on, if any")
            line(2, "stewardship-years: \(s.stewardshipYears)", "0 to 200: years the successor looks after the trees")
        }

        mutating func writePartnership(_ s: ExampleScenario) {
            line(0, "partnership:")
            line(2, "name: \(s.name)")
            line(2, "purpose: \(s.purpose)")
            line(2, "area: Riverside", "optional: the place it serves")
            line(2, "start-date: 2026-04-01", "optional, YYYY-MM-DD")
            line(2, "end-date: \(s.endDate)", "optional; leave out to run until ended under the document")
            line(2, "review-months: \(s.reviewMonths)", "optional, 1 to 120")
            line(2, "body-name: \(s.bodyName)", "terms of reference: the board or group; default the name above")
            line(2, "green-assets: true", "true | false: trees, parks, water or land it creates or keeps (default false)")
            let types = Self.alternatives(StatutoryType.self)
            if let statutory = s.statutory {
                line(2, "statutory-type: \(statutory.type.rawValue)", "statutory only: \(types)")
                line(2, "statutory-basis: \(statutory.basis)", "statutory only: the statute in words")
            } else {
                line(2, "# statutory-type: section-75", "statutory framework only: \(types)")
                line(2, "# statutory-basis: section 75 of the National Health Service Act 2006")
            }
        }

        mutating func writeParties(_ s: ExampleScenario, jurisdiction: Jurisdiction) {
            line(0, "parties:", "at least two; each needs a name and a kind")
            for (index, party) in s.parties.enumerated() {
                let first = index == 0
                line(2, "- name: \(party.name)", first ? "the legal name" : nil)
                line(4, "kind: \(party.kind.rawValue)", first ? Self.alternatives(PartyKind.self) : nil)
                line(4, "legal-form: \(party.legalForm)", first ? "optional, in words" : nil)
                let roles = party.roles.map(\.rawValue)
                line(4, "role: " + (roles.count == 1 ? roles[0] : "[\(roles.joined(separator: ", "))]"),
                     first ? "one or a list of: \(Self.alternatives(PartyRole.self)) (default member)" : nil)
                if first {
                    line(4, "definite-article: false", "true for a name read with \"the\" (the Environment Agency)")
                }
                let authority = party.kind.isPublicAuthorityByDefault ?? false
                line(4, "public-authority: \(authority)",
                     first ? "default from kind; required for kind other" : nil)
                if first {
                    let regime = Party(name: party.name, kind: party.kind).foiRegime(in: jurisdiction)
                    line(4, "foi-regime: \(regime.rawValue)",
                         "optional override: \(Self.alternatives(FOIRegime.self)) (eir: a public authority for environmental information only, e.g. a water company); default from kind and jurisdiction")
                }
                if let registration = party.registration {
                    line(4, "registration: \(registration)", "charity or company number")
                } else if first {
                    line(4, "# registration:", "charity or company number; a council has none")
                }
                if first {
                    line(4, "# statutory-role: local-authority",
                         "statutory bodies: the role the law gives the party: \(Self.alternatives(StatutoryRole.self)); a local authority is local-authority unless stated")
                }
                line(4, "signatory:", first ? "who signs for the party" : nil)
                line(6, "name: \(party.signatory.name)")
                line(6, "title: \(party.signatory.title)")
                line(4, "contact:", first ? "day-to-day contact" : nil)
                line(6, "name: \(party.contact.name)")
                line(6, "title: \(party.contact.title)")
                line(6, "email: \(party.contact.email)")
                line(6, "phone: \(s.phonePrefix)\(100 + index * 11)")
                line(4, "contribution:")
                if let cash = party.cash {
                    line(6, "cash: \(cash)", first ? "pounds, at most two decimal places" : nil)
                }
                line(6, "in-kind: \(party.inKind)")
            }
        }

        mutating func writeGovernance(_ s: ExampleScenario) {
            line(0, "governance:")
            line(2, "chair: \(s.chair)", "a party name or a person")
            line(2, "vice-chair: \(s.viceChair)")
            line(2, "quorum: \(s.quorum)", "members present for a valid meeting, at least 1")
            line(2, "meetings-per-year: \(s.meetingsPerYear)", "1 to 52")
            line(2, "notice-days: 10", "0 to 365")
            line(2, "decisions: consensus", Self.alternatives(DecisionRule.self))
            line(2, "secretariat: \(ExampleScenario.council)")
            line(2, "# seats: \(s.parties.count)", "voting seats; default: the parties that are not observers")
            line(2, "reserved-matters: [\(s.reservedMatters.joined(separator: ", "))]", "decisions kept by each member body")
            if let poolManager = s.poolManager {
                line(2, "pool-manager: \(poolManager)", "section-75 and section-33 pooled funds")
            } else {
                line(2, "# pool-manager:", "statutory section-75 and section-33 pooled funds only")
            }
            line(2, "# members:", "boards whose members are people, e.g. a health and wellbeing board (s.194(2) Health and Social Care Act 2012)")
            line(2, "#   - { role: Director of Public Health, party: \(ExampleScenario.council) }",
                 "role required; party (a party's name), name and voting (default true) optional")
        }

        mutating func writeRiskFactors(_ s: ExampleScenario) {
            line(0, "risk-factors:", "the facts the risk level is assessed from")
            line(2, "total-funding: \(s.totalFunding)", "pounds across all partners")
            line(2, "pooled-budget: \(s.pooledBudget)", "true | false")
            line(2, "accountable-body: \(s.accountableBody)", "default: whether a party has role accountable-body")
            line(2, "personal-data: \(s.personalData.rawValue)", Self.alternatives(PersonalDataLevel.self))
            line(2, "assets-or-staff-transfer: false", "true | false")
            line(2, "income-generation: false", "true | false")
            line(2, "statutory-functions: \(s.statutoryFunctions)", "true | false")
            line(2, "vulnerable-people: \(s.vulnerablePeople)", "true | false")
            line(2, "procurement: false", "true | false: the partnership, or a partner for it, will buy goods, works or services")
            line(2, "duration-months: \(s.durationMonths)", "0 to 1200; default from start-date and end-date")
        }
    }
}
