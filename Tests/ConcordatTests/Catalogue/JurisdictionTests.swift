import Testing
@testable import Concordat

extension ChecklistTests {
    /// The checklist rows for Scotland, Northern Ireland, and England or Wales: governing law,
    /// courts, the charity regulator and the statutes that differ.
    @Suite("Checklist: jurisdictions") struct Jurisdictions {
        /// What a reader of a document for one jurisdiction must see, and must not.
        struct Expected {
            var law: String
            var courts: String
            var regulator: String
            var foreignLaw: [String]
            var foreignRegulators: [String]
        }

        static func expected(_ jurisdiction: Jurisdiction) -> Expected {
            let englandAndWales = ["law of England and Wales", "courts of England and Wales"]
            let scotland = ["Scots law", "Scottish courts"]
            let northernIreland = ["law of Northern Ireland", "courts of Northern Ireland"]
            let commission = "Charity Commission for England and Wales"
            let oscr = "Office of the Scottish Charity Regulator (OSCR)"
            let ccni = "Charity Commission for Northern Ireland"
            return switch jurisdiction {
            case .england, .wales:
                Expected(law: "The law of England and Wales governs", courts: "courts of England and Wales", regulator: commission,
                         foreignLaw: scotland + northernIreland, foreignRegulators: [oscr, ccni])
            case .scotland:
                Expected(law: "Scots law governs", courts: "Scottish courts", regulator: oscr,
                         foreignLaw: englandAndWales + northernIreland, foreignRegulators: [commission, ccni])
            case .northernIreland:
                Expected(law: "The law of Northern Ireland governs", courts: "courts of Northern Ireland", regulator: ccni,
                         foreignLaw: englandAndWales + scotland, foreignRegulators: [commission, oscr])
            }
        }

        @Test("Scotland, Northern Ireland, England or Wales: its own law, courts and charity regulator, and no other's",
              arguments: Combination.all())
        func lawCourtsAndCharityRegulator(_ combination: Combination) throws {
            var request = Checklist.request(combination.document, combination.framework, combination.jurisdiction, risk: combination.level)
            if !request.parties.contains(where: { $0.kind == .charity }) {
                request.parties.append(Checklist.party("Riverside Wildlife Trust", .charity, registration: "1234567"))
            }
            let document = try Checklist.compose(request)
            let expected = Self.expected(combination.jurisdiction)

            let law = try #require(document.section("law")).body
            // The memorandum's law "governs"; a non-contractual document's law "applies to" it.
            #expect(law.lowercased().contains(expected.law.replacingOccurrences(of: " governs", with: "").lowercased()))
            if combination.document == .memorandumOfUnderstanding {
                #expect(law.contains(expected.courts))
            } else {
                // Terms of reference and exit strategies are not contracts: no court's jurisdiction.
                #expect(law.contains("not a contract") && !law.contains("exclusive jurisdiction"))
            }
            #expect(document.says(expected.regulator), "a charity party brings its regulator")
            for foreign in expected.foreignLaw + expected.foreignRegulators {
                #expect(!document.says(foreign), "\(foreign) does not belong in a document for \(combination.jurisdiction.rawValue)")
            }
        }

        @Test("Scotland: Scottish public bodies under FOISA, health and care statutes that apply in Scotland",
              arguments: Combination.all(jurisdictions: [.scotland]))
        func scotland(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            #expect(document.says("Freedom of Information (Scotland) Act 2002"))
            #expect(!document.says("Freedom of Information Act 2000"))
            #expect(!document.says("National Health Service Act 2006"))
            if combination.framework == .statutory {
                #expect(document.says("Community Empowerment (Scotland) Act 2015"))
            }
            if combination.level == .high {
                #expect(try #require(document.section("disputes")).body.contains("Scottish Mediation"))
            }
        }

        @Test("Northern Ireland: its public bodies under FOIA 2000, its own statutes",
              arguments: Combination.all(jurisdictions: [.northernIreland]))
        func northernIreland(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            #expect(document.says("Freedom of Information Act 2000"))
            #expect(!document.says("(Scotland) Act"))
            #expect(!document.says("National Health Service Act 2006"))
            if combination.framework == .statutory {
                #expect(document.says("Local Government Act (Northern Ireland) 2014"))
            }
        }

        @Test("Wales: section 33 for pooled health and care budgets, never section 75",
              arguments: Combination.all(frameworks: [.statutory], jurisdictions: [.wales]))
        func walesPooledBudgets(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            #expect(document.says("section 33 of the National Health Service (Wales) Act 2006"))
            #expect(!document.says("section 75"))
            #expect(document.says("Freedom of Information Act 2000"))
        }

        @Test("England: integrated care boards, never clinical commissioning groups",
              arguments: Combination.all(frameworks: [.statutory], jurisdictions: [.england]))
        func englandHealthBodies(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            #expect(document.says("integrated care board"))
            #expect(!document.says("clinical commissioning group"))
            #expect(document.says("section 75 of the National Health Service Act 2006"))
        }

        @Test("High-risk statutory ToR: England and Scotland differ in law, courts, freedom of information and statute")
        func statutoryTermsOfReferenceEnglandAndScotland() throws {
            let england = try Checklist.compose(Checklist.request(.termsOfReference, .statutory, .england, risk: .high))
            let scotland = try Checklist.compose(Checklist.request(.termsOfReference, .statutory, .scotland, risk: .high))

            let englishLaw = try #require(england.section("law")).body
            let scotsLaw = try #require(scotland.section("law")).body
            #expect(englishLaw.contains("The law of England and Wales applies to these terms of reference"))
            #expect(scotsLaw.contains("Scots law applies to these terms of reference"))
            #expect(englishLaw != scotsLaw)

            let englishFOI = try #require(england.clauses.first { $0.title.hasPrefix("Freedom of information") })
            let scottishFOI = try #require(scotland.clauses.first { $0.title.hasPrefix("Freedom of information") })
            #expect(englishFOI.body.contains("Freedom of Information Act 2000 and the Environmental Information Regulations 2004"))
            #expect(scottishFOI.body.contains("Freedom of Information (Scotland) Act 2002 and the Environmental Information (Scotland) Regulations 2004"))
            #expect(scottishFOI.body.contains("Scottish Information Commissioner"))
            #expect(!england.says("(Scotland)"))
            #expect(!scotland.says("Freedom of Information Act 2000"))

            #expect(england.says("section 75 of the National Health Service Act 2006"))
            #expect(scotland.says("Part 2 of the Community Empowerment (Scotland) Act 2015"))
            #expect(scotland.says("local outcomes improvement plan"))
            #expect(!england.says("Community Empowerment"))
            #expect(!scotland.says("Pooled Fund"))
            #expect(england.says("Centre for Effective Dispute Resolution"))
            #expect(scotland.says("Scottish Mediation"))

            // Both are full, high-risk documents: same notice, same core sections.
            for document in [england, scotland] {
                #expect(document.notices.map(\.title) == ["A legally binding agreement is advisable"])
                for slot in ["name", "statutory", "purpose", "membership", "chair", "meetings", "decisions", "conduct", "review", "law"] {
                    #expect(document.section(slot) != nil, "the \(slot) section is missing")
                }
            }
        }
    }
}
