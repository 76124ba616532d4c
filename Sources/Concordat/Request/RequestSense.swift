/// Checks that a request makes sense as a whole, beyond each value being well formed: a quorum
/// the seats can reach, office-holders that are parties or people, and money with someone to
/// hold it. A quorum that can never be met is an error; the rest are warnings, because a
/// drafter may mean them, and `--strict` turns them into failure.
extension RequestReader {
    mutating func checkSense(_ request: Request) {
        checkQuorumAgainstSeats(request)
        for key in ["chair", "vice-chair", "secretariat"] {
            checkOfficeHolder(request, key: key)
        }
        checkMoneyHolder(request)
    }

    /// The voting seats: as stated; else, on a board whose members are people, its voting
    /// members; else one for each party that is not only an observer.
    static func votingSeats(_ request: Request) -> Int {
        if let seats = request.governance.seats { return seats }
        let members = request.governance.members.filter(\.voting)
        return members.isEmpty ? request.parties.filter { !$0.isObserverOnly }.count : members.count
    }

    private mutating func checkQuorumAgainstSeats(_ request: Request) {
        guard let quorum = request.governance.quorum else { return }
        let seats = Self.votingSeats(request)
        guard quorum > seats else { return }
        let basis = request.governance.seats != nil ? "governance.seats gives \(seats)"
            : request.governance.members.contains(where: \.voting) ? "governance.members lists \(seats) voting members"
            : "there are \(seats) parties that are not observers"
        error(
            "a quorum of \(quorum) can never be met: \(basis)", at: location(ofKey: "governance.quorum"),
            key: "governance.quorum",
            hint: "lower the quorum to at most \(seats), or give the number of voting seats as 'seats:' under governance")
    }

    /// Words that mark a name as an organisation's rather than a person's.
    static let organisationWords: Set<String> = [
        "council", "councils", "trust", "nhs", "board", "university", "agency", "department",
        "ltd", "limited", "plc", "cic", "llp", "authority", "partnership", "service", "services",
        "police", "constabulary", "commission", "office", "ministry", "government", "college",
        "school", "foundation", "association", "society", "charity", "company", "group", "forum",
        "network", "alliance", "centre", "center", "institute", "executive", "icb", "team",
        "directorate", "committee", "cooperative", "co-operative", "housing", "water", "fire",
    ]

    /// Whether text reads as the name of an organisation.
    static func readsAsOrganisation(_ text: String) -> Bool {
        let words = text.lowercased().split { !$0.isLetter && $0 != "-" }.map(String.init)
        return words.contains { organisationWords.contains($0) }
    }

    /// Whether text names one of the parties, with or without "the", ignoring case and spacing.
    static func namesParty(_ text: String, _ parties: [Party]) -> Bool {
        func fold(_ s: String) -> String {
            var words = s.lowercased().split(whereSeparator: \.isWhitespace)
            if words.first == "the" { words.removeFirst() }
            return words.joined(separator: " ")
        }
        let folded = fold(text)
        return parties.contains { fold($0.name) == folded }
    }

    private mutating func checkOfficeHolder(_ request: Request, key: String) {
        let g = request.governance
        let value: String? = switch key {
        case "chair": g.chair
        case "vice-chair": g.viceChair
        default: g.secretariat
        }
        guard let value, !value.isEmpty, !Self.namesParty(value, request.parties),
              Self.readsAsOrganisation(value)
        else { return }
        let names = request.parties.map { "'\(Self.abbreviated($0.name))'" }.joined(separator: ", ")
        warning(
            "'\(Self.abbreviated(value))' reads as an organisation but is not one of the parties",
            at: location(ofKey: "governance.\(key)"), key: "governance.\(key)",
            hint: "use a party's name exactly (\(names)), or a person's name or post")
    }

    /// Money paid in by the partners needs a party that receives and accounts for it.
    private mutating func checkMoneyHolder(_ request: Request) {
        guard !request.parties.contains(where: { $0.has(.accountableBody) || $0.has(.host) }) else { return }
        let factors = request.riskFactors
        let reason: (String, String)?
        if factors?.pooledBudget == true {
            reason = ("risk-factors.pooled-budget", "the partners pool a budget")
        } else if factors?.accountableBody == true {
            reason = ("risk-factors.accountable-body", "the risk factors say a partner holds money for the others")
        } else if let index = request.parties.firstIndex(where: { ($0.contribution?.cash?.pence ?? 0) > 0 }) {
            reason = ("parties[\(index)].contribution.cash", "partners contribute cash")
        } else {
            reason = nil
        }
        guard let (key, why) = reason else { return }
        warning(
            "\(why), but no party is the accountable body that receives, holds and pays it out",
            at: location(ofKey: key), key: key,
            hint: "give the party that holds the money 'role: accountable-body' (or 'role: host' for a pooled fund)")
    }
}

extension Party {
    /// An observer that holds no other role: it attends but does not vote or sign as a member.
    public var isObserverOnly: Bool {
        has(.observer) && !roles.contains { $0 != .observer }
    }
}
