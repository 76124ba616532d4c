/// Checks that span several keys, run once the request has been read: dates in order, party names
/// unique, and a statutory arrangement that exists in the jurisdiction. Mismatches that a
/// lawyer might still mean on purpose are warnings, which `--strict` turns into failure.
extension RequestReader {
    mutating func check(_ request: Request) {
        checkDates(request.partnership)
        checkPartyNames(request.parties)
        checkStatutory(request)
        checkQuorum(request)
        checkDerivedDuration(request)
    }

    /// A quorum larger than the membership could never be met, and the document would say so
    /// ("at least 99 of the Members" of three). A warning, which `--strict` makes an error: a
    /// board may count representatives rather than organisations, so a quorum of three with two
    /// partner organisations can be meant.
    private mutating func checkQuorum(_ request: Request) {
        guard let quorum = request.governance.quorum else { return }
        let members = request.parties.filter { !$0.has(.observer) }.count
        guard quorum > members else { return }
        warning(
            "\(quorum) is more than the \(members) members who could attend (parties that are not observers)",
            at: location(ofKey: "governance.quorum"), key: "governance.quorum",
            hint: "a quorum is at most the number of members; \(max(1, members / 2 + 1)) is a simple majority")
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
        if let home = Self.homeJurisdictions(of: type), !home.contains(request.jurisdiction) {
            let places = home.map(\.rawValue).joined(separator: " or ")
            warning(
                "'\(type.rawValue)' does not fit the jurisdiction \(request.jurisdiction.rawValue); it applies in \(places)",
                at: location(ofKey: "partnership.statutory-type"), key: "partnership.statutory-type",
                hint: Self.alternative(for: request.jurisdiction, replacing: type))
        }
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

    /// Where each statutory arrangement exists; nil where it is not tied to one jurisdiction.
    static func homeJurisdictions(of type: StatutoryType) -> [Jurisdiction]? {
        switch type {
        case .section75, .healthAndWellbeingBoard: [.england]
        case .section33, .publicServicesBoard: [.wales]
        case .communityPlanning: [.scotland, .northernIreland]
        case .communitySafety, .other: nil
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
        case (.scotland, _), (.northernIreland, _): "use community-planning, or other with the statute in statutory-basis"
        default: "use other and cite the statute in statutory-basis"
        }
    }

    func location(ofKey key: String) -> SourceLocation {
        locations[key] ?? SourceLocation(file: source)
    }
}
