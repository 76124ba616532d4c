import Foundation

/// Gives the text of each `{{ path }}` a clause uses: request values formatted for reading,
/// and values derived from the request, the template and the clause numbering. Nil means the
/// request does not give the value, which becomes a visible blank.
struct ValueResolver {
    let request: Request
    let template: DocumentTemplate
    let level: RiskLevel
    let documentDate: CalendarDate?
    /// The numbers of the binding clauses in document order.
    let bindingNumbers: [String]
    /// How values read in running text.
    var wording: TemplateWording
    /// What `{{ annex.ID }}` reads as, for every annex the template has.
    var annexMentions: [String: String] = [:]
    /// Every document's title, so one document of a pack can name another.
    var titles: [DocumentKind: String] = [:]

    /// A party's name as running text reads it: "the Environment Agency".
    func displayName(_ party: Party) -> String {
        party.definiteArticle ? "the " + party.name : party.name
    }

    /// A name given in the request (a chair, a successor), read as the party it names if it
    /// names one, so "the" is added where that party's name takes it.
    func displayName(of text: String) -> String {
        request.parties.first { RequestReader.namesParty(text, [$0]) }.map(displayName) ?? text
    }

    /// Whether the board or group has a name of its own, different from the partnership's.
    var bodyHasOwnName: Bool {
        guard let body = request.partnership.bodyName?.trimmingCharacters(in: .whitespaces), !body.isEmpty else { return false }
        return body.lowercased() != request.partnership.name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Items joined into one phrase for the middle of a sentence: an item written in sentence
    /// case ("Budget approval") loses its capital, while a name ("Riverside City Council") or an
    /// acronym keeps it. A value that starts a sentence is capitalised again by the assembler.
    func joinedPhrases(_ items: [String]) -> String {
        wording.list(items.map { item in
            let words = item.split(separator: " ")
            // Only a phrase of ordinary words: anything with digits or symbols is kept as given.
            guard words.count > 1, let first = words.first, let initial = first.first, initial.isUppercase,
                  item.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }),
                  first.dropFirst().allSatisfy({ $0.isLowercase || !$0.isLetter }),
                  words.dropFirst().allSatisfy({ $0.first.map { !$0.isUppercase } ?? true })
            else { return item }
            return initial.lowercased() + item.dropFirst()
        })
    }

    func text(for path: String) -> String? {
        let r = request
        let p = r.partnership
        let g = r.governance
        func names(_ filter: (Party) -> Bool) -> String? {
            let matching = r.parties.filter(filter).map(displayName)
            return matching.isEmpty ? nil : wording.list(matching)
        }
        func words(_ n: Int?) -> String? { n.map(wording.number) }
        func nonEmpty(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        switch path {
        case "date", "document.date": return documentDate?.formatted
        case "draft": return nonEmpty(r.draft)
        case "partnership.name": return p.name
        case "partnership.purpose": return p.purpose
        case "partnership.area": return nonEmpty(p.area)
        case "partnership.start-date": return p.startDate?.formatted
        case "partnership.end-date": return p.endDate?.formatted
        case "partnership.review-months": return p.reviewMonths.map(String.init)
        case "partnership.body-name": return nonEmpty(p.bodyName) ?? p.name
        case "partnership.statutory-type": return p.statutoryType.map { wording.phrase("statutory-types", $0.rawValue) }
        case "partnership.statutory-basis": return nonEmpty(p.statutoryBasis)
        case "governance.chair": return nonEmpty(g.chair).map(displayName(of:))
        case "governance.vice-chair": return nonEmpty(g.viceChair).map(displayName(of:))
        case "governance.quorum": return words(g.quorum)
        case "governance.seats": return words(RequestReader.votingSeats(r))
        case "governance.meetings-frequency": return g.meetingsPerYear.map(wording.timesAYear)
        case "governance.notice-period": return g.noticeDays.map { wording.period($0, unit: "day") }
        case "partnership.review-period": return p.reviewMonths.map { wording.period($0, unit: "month") }
        case "partnership.overseen": return bodyHasOwnName ? p.name : wording["unnamed-partnership"]
        case "exit.stewardship-period": return r.exit.stewardshipYears.map { wording.period($0, unit: "year") }
        case "notice.withdrawal":
            let pooled = [.section75, .section33].contains(p.statutoryType) && r.framework == .statutory
                || r.riskFactors?.pooledBudget == true
            return wording.withdrawalNotice(level, pooled: pooled)
        case "governance.meetings-per-year": return g.meetingsPerYear.map(String.init)
        case "governance.notice-days": return g.noticeDays.map(String.init)
        case "governance.decisions": return g.decisions.map { wording.phrase("decisions", $0.rawValue) }
        case "governance.secretariat": return nonEmpty(g.secretariat).map(displayName(of:))
        case "governance.reserved-matters": return g.reservedMatters.isEmpty ? nil : joinedPhrases(g.reservedMatters)
        case "governance.pool-manager": return nonEmpty(g.poolManager)
        case "data.controller-model": return r.data.controllerModel.map { wording.phrase("controller-models", $0.rawValue) }
        case "data.sharing-agreement": return nonEmpty(r.data.sharingAgreement)
        case "risk-factors.total-funding": return r.riskFactors?.totalFunding?.formatted
        case "risk-factors.duration-months": return r.riskFactors?.durationMonths.map(String.init)
        case "exit.route": return r.exit.route.map { wording.phrase("exit-routes", $0.rawValue) }
        case "exit.successor": return nonEmpty(r.exit.successor).map(displayName(of:))
        case "exit.stewardship-years": return r.exit.stewardshipYears.map(String.init)
        case "document.title": return template.title
        case "document.short-title": return template.shortTitle
        case "document.self-reference": return template.selfReference
        case "documents.memorandum-of-understanding", "documents.terms-of-reference", "documents.exit-strategy":
            // Another document of the same partnership, named by its title, as a pack names it.
            return DocumentKind(rawValue: String(path.dropFirst("documents.".count))).flatMap { titles[$0] }
        case "document.binding-clauses":
            switch bindingNumbers.count {
            case 0: return "no clauses"
            case 1: return "clause \(bindingNumbers[0])"
            default: return "clauses " + wording.list(bindingNumbers)
            }
        case "risk.level": return level.rawValue
        case "parties.names": return wording.list(r.parties.map(displayName))
        case "parties.count": return wording.number(r.parties.count)
        case "lead-partner.name": return names { $0.has(.leadPartner) }
        case "accountable-body.name": return names { $0.has(.accountableBody) }
        case "host.name": return names { $0.has(.host) }
        case "public-authorities.names": return names(\.publicAuthority)
        case "charities.names": return names { $0.kind == .charity }
        case "community-interest-companies.names": return names { $0.kind == .communityInterestCompany }
        case "foi.foia-parties": return names { $0.foiRegime(in: r.jurisdiction) == .foia }
        case "foi.foisa-parties": return names { $0.foiRegime(in: r.jurisdiction) == .foisa }
        case "foi.eir-parties": return names { $0.foiRegime(in: r.jurisdiction) == .eir }
        case "non-public-parties.names": return names { !$0.publicAuthority && !$0.has(.observer) }
        case "community-groups.names": return names { $0.kind == .communityGroup }
        case "community-safety.responsible-authorities":
            let responsible: Set<StatutoryRole> = [.localAuthority, .police, .fireAndRescue, .probation, .health]
            return names { $0.statutoryRole.map(responsible.contains) ?? false }
        case "local-policing-body.name": return names { $0.statutoryRole == .localPolicingBody }
        case "governance.members":
            guard !g.members.isEmpty else { return nil }
            return Wording.list(g.members.map { member in
                var text = member.role
                if let name = nonEmpty(member.name) { text += " (\(name))" }
                if let party = nonEmpty(member.party), !member.role.contains(party) { text += ", \(party)" }
                return text
            })
        case "contributions.total-cash":
            // A total of nothing is no contribution: a clause that states it is left blank, and warned about.
            let total = r.parties.compactMap { $0.contribution?.cash }.reduce(Money(pence: 0), +)
            return total.pence > 0 ? total.formatted : nil
        case "jurisdiction.name": return Wording.jurisdiction(r.jurisdiction)
        case "jurisdiction.law": return wording.phrase("laws", r.jurisdiction.rawValue)
        case "jurisdiction.courts": return wording.phrase("courts", r.jurisdiction.rawValue)
        case "jurisdiction.charity-regulator": return wording.phrase("charity-regulators", r.jurisdiction.rawValue)
        default: return path.hasPrefix("annex.") ? annexMentions[String(path.dropFirst("annex.".count))] : nil
        }
    }
}
