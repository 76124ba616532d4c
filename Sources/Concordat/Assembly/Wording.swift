/// How request values read in running text. Kept in one place so every clause says a value the
/// same way.
enum Wording {
    /// "A", "A and B", "A, B and C".
    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// "three" for up to ten, digits beyond.
    static func count(_ n: Int) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return n >= 0 && n < words.count ? words[n] : String(n)
    }

    static func kind(_ kind: PartyKind) -> String {
        switch kind {
        case .localAuthority: "local authority"
        case .nhsBody: "NHS body"
        case .centralGovernment: "central government body"
        case .devolvedGovernment: "devolved government"
        case .charity: "charity"
        case .communityInterestCompany: "community interest company"
        case .company: "company"
        case .university: "university"
        case .communityGroup: "community group"
        case .other: "organisation"
        }
    }

    static func role(_ role: PartyRole) -> String {
        switch role {
        case .leadPartner: "lead partner"
        case .accountableBody: "accountable body"
        case .host: "host"
        case .member: "member"
        case .observer: "observer"
        }
    }

    static func decisions(_ rule: DecisionRule) -> String {
        switch rule {
        case .consensus: "consensus"
        case .majority: "majority vote"
        }
    }

    static func controllerModel(_ model: ControllerModel) -> String {
        switch model {
        case .independent: "independent controllers"
        case .joint: "joint controllers"
        case .processor: "a controller and its processor"
        }
    }

    static func exitRoute(_ route: ExitRoute) -> String {
        switch route {
        case .handover: "handover to a successor body"
        case .mainstream: "mainstreaming into the partners' own services"
        case .successorFunding: "continuation with successor funding"
        case .windDown: "a managed wind-down"
        case .plannedEnd: "a planned end"
        }
    }

    static func statutoryType(_ type: StatutoryType) -> String {
        switch type {
        case .section75: "section 75 partnership arrangement"
        case .section33: "section 33 partnership arrangement"
        case .healthAndWellbeingBoard: "health and wellbeing board"
        case .communitySafety: "community safety partnership"
        case .publicServicesBoard: "public services board"
        case .communityPlanning: "community planning partnership"
        case .other: "statutory partnership"
        }
    }

    static func jurisdiction(_ j: Jurisdiction) -> String {
        switch j {
        case .england: "England"
        case .wales: "Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        }
    }

    static func law(_ j: Jurisdiction) -> String {
        switch j {
        case .england, .wales: "the law of England and Wales"
        case .scotland: "Scots law"
        case .northernIreland: "the law of Northern Ireland"
        }
    }

    static func courts(_ j: Jurisdiction) -> String {
        switch j {
        case .england, .wales: "the courts of England and Wales"
        case .scotland: "the Scottish courts"
        case .northernIreland: "the courts of Northern Ireland"
        }
    }

    static func charityRegulator(_ j: Jurisdiction) -> String {
        switch j {
        case .england, .wales: "the Charity Commission for England and Wales"
        case .scotland: "the Office of the Scottish Charity Regulator (OSCR)"
        case .northernIreland: "the Charity Commission for Northern Ireland"
        }
    }

    static func framework(_ f: Framework) -> String {
        switch f {
        case .notForProfit: "Not-for-profit"
        case .statutory: "Statutory"
        case .strategicAlliance: "Strategic alliance"
        }
    }
}
