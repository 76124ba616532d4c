import Testing
@testable import Concordat

extension ChecklistTests {
    /// The checklist rows for the three levels of red-tape flex.
    @Suite("Checklist: risk levels") struct RiskLevels {
        @Test("Low risk: short, no indemnities, audit or remediation, informal escalation",
              arguments: Combination.all(levels: [.low]))
        func low(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            // Audit Scotland is the public scrutiny body a community planning partnership answers
            // to; naming it is not an audit clause.
            let text = document.text.lowercased().replacing("audit scotland", with: "")
            for word in ["indemn", "remediat", "audit"] {
                #expect(!text.contains(word), "a light document carries no \(word) terms")
            }
            let disputes = try #require(document.section("disputes")).body
            #expect(disputes.contains("settle any disagreement informally"))
            #expect(!disputes.contains("mediat"))
            #expect(!disputes.contains("working days"))
            #expect(document.notices.allSatisfy { !$0.title.contains("binding agreement") })

            var full = document.request
            full.risk = .high
            let high = try Checklist.compose(full)
            #expect(document.clauses.count < high.clauses.count)
            #expect(document.wordCount * 10 < high.wordCount * 8, "a low-risk document must be clearly shorter than a high-risk one")
        }

        @Test("Medium risk: tiered disputes with time limits, conflicts register, controller roles, success measures",
              arguments: Combination.all(levels: [.medium]))
        func medium(_ combination: Combination) throws {
            var request = Checklist.request(combination.document, combination.framework, combination.jurisdiction, risk: .medium)
            request.riskFactors?.personalData = .personal
            request.data.controllerModel = .independent
            let document = try Checklist.compose(request)

            let disputes = try #require(document.section("disputes")).body
            #expect(disputes.contains("within ten working days of the notice"))
            #expect(disputes.contains("senior manager"))
            #expect(disputes.contains("chief executives"))

            switch combination.document {
            case .memorandumOfUnderstanding:
                #expect(try #require(document.section("governance")).body.contains("register of declared interests"))
                let data = try #require(document.section("information")).body
                #expect(data.contains("Each Partner is a separate controller of the personal data it holds."))
                #expect(try #require(document.section("performance")).body.contains("schedule of success measures"))
                #expect(try #require(document.section("ending")).body.localizedCaseInsensitiveContains("exit"))
            case .termsOfReference:
                #expect(try #require(document.section("conduct")).body.contains("register of interests"))
                let data = try #require(document.section("information")).body
                #expect(data.contains("Each Member is the controller of the personal data it brings."))
                #expect(try #require(document.section("performance")).body.contains("success measures"))
            case .exitStrategy:
                #expect(try #require(document.section("evaluation")).body.contains("success measures"))
            }
        }

        @Test("Medium risk MoU: the data protection clause follows the controller model",
              arguments: ControllerModel.allCases)
        func controllerRoles(_ model: ControllerModel) throws {
            var request = Checklist.request(.memorandumOfUnderstanding, .strategicAlliance, risk: .medium)
            request.riskFactors?.personalData = .personal
            request.data.controllerModel = model
            let data = try #require(Checklist.compose(request).section("information")).body
            switch model {
            case .independent: #expect(data.contains("separate controller"))
            case .joint: #expect(data.contains("joint controllers under Article 26"))
            case .processor: #expect(data.contains("Article 28") && data.contains("processor"))
            }
        }

        @Test("High risk: finance and audit, liability and indemnity, remediation, mediation, detailed exit, visible notice",
              arguments: Combination.all(levels: [.high]))
        func high(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            let notice = try #require(document.notices.first, "a high-risk document opens with a notice")
            #expect(notice.title == "A legally binding agreement is advisable")
            #expect(notice.text.contains("Nothing in the \(shortTitle(combination.document)) replaces a legally binding agreement."))
            let markdown = document.markdown
            let noticeAt = try #require(markdown.range(of: "> **A legally binding agreement is advisable**"))
            let firstSection = try #require(markdown.range(of: "\n## 1 "))
            #expect(noticeAt.lowerBound < firstSection.lowerBound, "the notice must come before the first section")

            let disputes = try #require(document.section("disputes")).body
            #expect(disputes.contains("refer the disagreement to mediation"))

            let money: String, liability: String
            switch combination.document {
            case .memorandumOfUnderstanding:
                money = try #require(document.section("finance")).body
                liability = try #require(document.section("risk")).body
                #expect(try #require(document.section("ending")).body.contains("detailed Exit Strategy"))
            case .termsOfReference:
                money = try #require(document.section("finance")).body
                liability = money
                #expect(document.section("dissolution") != nil)
            case .exitStrategy:
                money = try #require(document.section("money")).body
                liability = money
                #expect(try #require(document.clause("exit.plan")).body.contains("detailed exit plan"))
            }
            #expect(money.contains("auditors") || money.contains("audit"))
            #expect(liability.contains("indemnif") || liability.contains("indemnit"))
            #expect(liability.contains("remediation"))
        }

        private func shortTitle(_ kind: DocumentKind) -> String {
            switch kind {
            case .memorandumOfUnderstanding: "memorandum"
            case .termsOfReference: "terms of reference"
            case .exitStrategy: "exit strategy"
            }
        }
    }
}
