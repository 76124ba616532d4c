/// Checks that span several keys, run once the request has been read: dates in order, party names
/// unique, and a statutory arrangement that exists in the jurisdiction. Mismatches that a
/// lawyer might still mean on purpose are warnings, which `--strict` turns into failure.
extension RequestReader {
    mutating func check(_ request: Request) {
        checkDates(request.partnership)
        checkPartyNames(request.parties)
        checkStatutory(request)
        checkSense(request)
        checkDerivedDuration(request)
    }

    /// A duration worked out from the dates is held to the limit a stated one has.
    private mutating func checkDerivedDuration(_ request: Request) {
        guard request.riskFactors?.durationMonths == nil,
              let start = request.partnership.startDate, let end = request.partnership.endDate, end >= start
        else { return }
        let months = start.months(until: end.nextDay)
        guard months > Self.maxDurationMonths else { return }
        error(
            "the partnership would last \(months) months from its start-date; at most \(Self.maxDurationMonths) are accepted",
            at: location(ofKey: "partnership.end-date"), key: "partnership.end-date",
            hint: "check the year of the end-date")
    }

    /// The longest partnership, in months, stated or worked out from the dates (100 years).
    static let maxDurationMonths = 1200

    private mutating func checkDates(_ partnership: Partnership) {
        guard let start = partnership.startDate, let end = partnership.endDate, end < start else { return }
        error(
            "\(end.iso) is before the start-date \(start.iso)", at: location(ofKey: "partnership.end-date"),
            key: "partnership.end-date")
    }

    /// Party names must differ to a reader, not only in their bytes: names equal once case,
    /// spacing, invisible characters and look-alike letters (UTS #39 skeletons: Cyrillic 'е' for
    /// Latin 'e') are set aside are duplicates.
    private mutating func checkPartyNames(_ parties: [Party]) {
        var seen: [String: Int] = [:]
        for (index, party) in parties.enumerated() {
            let key = "parties[\(index)].name"
            let skeleton = Confusables.skeleton(party.name)
            if let first = seen[skeleton] {
                let other = parties[first].name
                let alike = Confusables.lookAlikes(in: party.name, comparedWith: other)
                    + Confusables.lookAlikes(in: other, comparedWith: party.name)
                if alike.isEmpty {
                    error(
                        "'\(Self.abbreviated(party.name))' is already the name of parties[\(first)]",
                        at: location(ofKey: key), key: key,
                        hint: "each party must have its own name, which the document uses to tell them apart")
                } else {
                    error(
                        "'\(Self.abbreviated(party.name))' looks the same as the name of parties[\(first)], '\(Self.abbreviated(other))'; they differ only by look-alike characters (\(alike.joined(separator: ", ")))",
                        at: location(ofKey: key), key: key,
                        hint: "type both names with the same letters; each party must have its own name, which the document uses to tell them apart")
                }
            } else {
                seen[skeleton] = index
            }
            if let mixed = Confusables.mixedScriptWord(in: party.name) {
                warning(
                    "the word '\(Self.abbreviated(mixed.word))' mixes Latin letters with \(CharacterRule.codePoint(mixed.letter.value)) \(mixed.letter.properties.name ?? "")",
                    at: location(ofKey: key), key: key,
                    hint: "retype the word in one alphabet; letters from another that look the same make the name hard to check")
            }
        }
    }

    private mutating func checkStatutory(_ request: Request) {
        let partnership = request.partnership
        guard request.framework == .statutory else {
            for key in ["statutory-type", "statutory-basis"] where locations["partnership.\(key)"] != nil {
                warning(
                    "applies only to the statutory framework, not \(request.framework.rawValue)",
                    at: location(ofKey: "partnership.\(key)"), key: "partnership.\(key)",
                    hint: "remove it, or use 'framework: statutory'")
            }
            return
        }
        guard let type = partnership.statutoryType else {
            warning(
                "a statutory partnership should say which statute it sits under",
                at: location(ofKey: "partnership"), key: "partnership.statutory-type",
                hint: "add 'statutory-type:' with one of \(StatutoryType.words.joined(separator: ", "))")
            return
        }
        if partnership.statutoryBasis == nil {
            warning(
                "a statutory partnership should cite its statutory basis",
                at: location(ofKey: "partnership"), key: "partnership.statutory-basis",
                hint: "for example 'statutory-basis: section 75 of the National Health Service Act 2006'")
        }
        if let home = type.nations, !home.contains(request.jurisdiction) {
            let places = home.map(\.rawValue).joined(separator: " or ")
            error(
                "'\(type.rawValue)' does not exist in \(request.jurisdiction.rawValue); it exists only in \(places)",
                at: location(ofKey: "partnership.statutory-type"), key: "partnership.statutory-type",
                hint: Self.alternative(for: request.jurisdiction, replacing: type))
            return
        }
        if !type.fits(request.document) {
            error(
                "a \(type.rawValue) body exists by law and has terms of reference only, not a \(request.document.rawValue): its members cannot sign it into being, leave it or wind it down",
                at: locations["document"] ?? location(ofKey: "partnership.statutory-type"), key: "document",
                hint: "compose 'document: terms-of-reference'; for a project the body oversees, use 'statutory-type: other' or another framework")
        }
        checkMembers(request, type: type)
        if type == .section75 || type == .section33 {
            if !request.parties.contains(where: { $0.has(.host) }) {
                warning(
                    "a pooled arrangement under \(type.rawValue) needs a host partner",
                    at: location(ofKey: "parties"), key: "parties",
                    hint: "give the party that hosts the pooled fund 'role: host'")
            }
            if request.governance.poolManager == nil {
                warning(
                    "a pooled arrangement under \(type.rawValue) needs a named pool manager",
                    at: locations["governance"] ?? location(ofKey: "partnership.statutory-type"),
                    key: "governance.pool-manager",
                    hint: "add 'pool-manager:' under governance, e.g. Head of Integrated Commissioning")
            }
        }
    }

    /// Who the law makes members: a community safety partnership's responsible authorities
    /// (section 5(1) of the Crime and Disorder Act 1998), a public services board's statutory
    /// members (section 29 of the Well-being of Future Generations (Wales) Act 2015), and a health
    /// and wellbeing board's members, who are people (section 194(2) of the Health and Social Care
    /// Act 2012). Missing ones are warnings: a draft may be written before every body has agreed.
    private mutating func checkMembers(_ request: Request, type: StatutoryType) {
        let roles = Set(request.parties.compactMap(\.statutoryRole))
        let required: [(StatutoryRole, String)] = switch type {
        case .communitySafety:
            [(.localAuthority, "the council"), (.police, "the chief officer of police"),
             (.fireAndRescue, "the fire and rescue authority"), (.probation, "a provider of probation services"),
             (.health, request.jurisdiction == .wales ? "the Local Health Board" : "the integrated care board")]
        case .publicServicesBoard:
            [(.localAuthority, "the local authority"), (.health, "the Local Health Board"),
             (.fireAndRescue, "the Welsh fire and rescue authority"), (.naturalResourcesWales, "Natural Resources Wales")]
        default: []
        }
        let missing = required.filter { !roles.contains($0.0) }
        if !missing.isEmpty {
            let names = missing.map(\.1)
            let list = names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
            warning(
                "a \(type.rawValue) body lacks \(list), which the law makes \(missing.count == 1 ? "a member" : "members")",
                at: location(ofKey: "parties"), key: "parties",
                hint: "add each as a party with 'statutory-role: \(missing.map(\.0.rawValue).joined(separator: "', '"))' (kebab-case words: \(StatutoryRole.words.joined(separator: ", ")))")
        }
        if type == .healthAndWellbeingBoard, request.document == .termsOfReference, request.governance.members.isEmpty {
            warning(
                "a health and wellbeing board's members are people, not organisations (section 194(2) of the Health and Social Care Act 2012)",
                at: locations["governance"] ?? location(ofKey: "partnership.statutory-type"), key: "governance.members",
                hint: "list them under governance.members, e.g. '- { role: Director of Public Health, party: Riverside City Council }'")
        }
        let names = Set(request.parties.map(\.name))
        for (index, member) in request.governance.members.enumerated() {
            if let party = member.party, !names.contains(party) {
                error(
                    "'\(Self.abbreviated(party))' is not the name of a party",
                    at: location(ofKey: "governance.members[\(index)].party"), key: "governance.members[\(index)].party",
                    hint: "use a name exactly as it appears under parties, or leave 'party' out")
            }
        }
    }

    private static func alternative(for jurisdiction: Jurisdiction, replacing type: StatutoryType) -> String? {
        switch (jurisdiction, type) {
        case (.wales, .section75): "pooled budgets in Wales are made under section 33 of the National Health Service (Wales) Act 2006: use section-33"
        case (.england, .section33): "pooled budgets in England are made under section 75 of the National Health Service Act 2006: use section-75"
        case (.scotland, .section75), (.scotland, .section33):
            "integration in Scotland is under the Public Bodies (Joint Working) (Scotland) Act 2014: use other and cite it in statutory-basis"
        case (.wales, .healthAndWellbeingBoard): "Wales has public services boards: use public-services-board"
        case (.england, .publicServicesBoard): "England has health and wellbeing boards: use health-and-wellbeing-board"
        case (.scotland, .communitySafety):
            "Scotland has no community safety partnerships under the Crime and Disorder Act 1998: use community-planning, or other with the statute in statutory-basis"
        case (.northernIreland, .communitySafety):
            "Northern Ireland has policing and community safety partnerships under the Justice Act (Northern Ireland) 2011: use other and cite it in statutory-basis, or community-planning"
        case (.scotland, _), (.northernIreland, _): "use community-planning, or other with the statute in statutory-basis"
        case (.england, .communityPlanning): "England has no statutory community planning: use health-and-wellbeing-board or community-safety if one fits, else other"
        case (.wales, .communityPlanning): "Wales has public services boards: use public-services-board"
        default: "use other and cite the statute in statutory-basis"
        }
    }

    func location(ofKey key: String) -> SourceLocation {
        locations[key] ?? SourceLocation(file: source)
    }
}
