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

    func text(for path: String) -> String? {
        let r = request
        let p = r.partnership
        let g = r.governance
        func names(_ filter: (Party) -> Bool) -> String? {
            let matching = r.parties.filter(filter).map(\.name)
            return matching.isEmpty ? nil : Wording.list(matching)
        }
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
        case "partnership.statutory-type": return p.statutoryType.map(Wording.statutoryType)
        case "partnership.statutory-basis": return nonEmpty(p.statutoryBasis)
        case "governance.chair": return nonEmpty(g.chair)
        case "governance.vice-chair": return nonEmpty(g.viceChair)
        case "governance.quorum": return g.quorum.map(String.init)
        case "governance.meetings-per-year": return g.meetingsPerYear.map(String.init)
        case "governance.notice-days": return g.noticeDays.map(String.init)
        case "governance.decisions": return g.decisions.map(Wording.decisions)
        case "governance.secretariat": return nonEmpty(g.secretariat)
        case "governance.reserved-matters": return g.reservedMatters.isEmpty ? nil : Wording.list(g.reservedMatters)
        case "governance.pool-manager": return nonEmpty(g.poolManager)
        case "data.controller-model": return r.data.controllerModel.map(Wording.controllerModel)
        case "data.sharing-agreement": return nonEmpty(r.data.sharingAgreement)
        case "risk-factors.total-funding": return r.riskFactors?.totalFunding?.formatted
        case "risk-factors.duration-months": return r.riskFactors?.durationMonths.map(String.init)
        case "exit.route": return r.exit.route.map(Wording.exitRoute)
        case "exit.successor": return nonEmpty(r.exit.successor)
        case "exit.stewardship-years": return r.exit.stewardshipYears.map(String.init)
        case "document.title": return template.title
        case "document.short-title": return template.shortTitle
        case "document.binding-clauses":
            switch bindingNumbers.count {
            case 0: return "no clauses"
            case 1: return "clause \(bindingNumbers[0])"
            default: return "clauses " + Wording.list(bindingNumbers)
            }
        case "risk.level": return level.rawValue
        case "parties.names": return Wording.list(r.parties.map(\.name))
        case "parties.count": return Wording.count(r.parties.count)
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
            return r.parties.compactMap { $0.contribution?.cash }.reduce(Money(pence: 0), +).formatted
        case "jurisdiction.name": return Wording.jurisdiction(r.jurisdiction)
        case "jurisdiction.law": return Wording.law(r.jurisdiction)
        case "jurisdiction.courts": return Wording.courts(r.jurisdiction)
        case "jurisdiction.charity-regulator": return Wording.charityRegulator(r.jurisdiction)
        default: return nil
        }
    }
}
