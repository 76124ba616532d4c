import Testing
@testable import Concordat

extension ChecklistTests {
    /// What a reviewer checks on every document and on the two documents the catalogue is judged
    /// by: the low-risk strategic-alliance MoU and the high-risk statutory one.
    @Suite("Checklist: reviewer examples") struct ReviewerExamples {
        @Test("Every combination composes with no blanks, warnings, \"shall\" or outdated NHS bodies",
              arguments: Combination.all())
        func everyCombination(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            #expect(document.blanks.isEmpty, "values left blank: \(document.blanks)")
            #expect(!document.text.contains("[blank:"))
            #expect(!document.markdown.contains("blank:"))
            // Every level is composed on purpose, so a level below the example's risk floor is expected.
            let warnings = document.composition.diagnostics.filter { $0.severity != .note && $0.key != "risk" }
            #expect(warnings.isEmpty, "\(warnings.map(\.description))")
            #expect(!document.text.containsWord("shall"))
            #expect(!document.says("clinical commissioning group"))
            #expect(!document.says("Local Nature Partnership"), "no example is a Local Nature Partnership")
            #expect(document.composition.assessment.level == combination.level)
        }

        @Test("No clause in the catalogue says \"shall\" or names a clinical commissioning group, or calls a Local Nature Partnership statutory")
        func catalogueWording() throws {
            let catalogue = try Checklist.composer().catalogue
            for clause in catalogue.clauses {
                let text = clause.bodyText + " " + clause.title
                #expect(!text.containsWord("shall"), "\(clause.id) says shall")
                #expect(!text.localizedCaseInsensitiveContains("clinical commissioning group"), "\(clause.id)")
                if text.localizedCaseInsensitiveContains("Local Nature Partnership") {
                    #expect(!text.localizedCaseInsensitiveContains("statutory Local Nature Partnership"), "\(clause.id)")
                }
            }
        }

        @Test("Clauses treat \"terms of reference\" as plural", arguments: Combination.all(documents: [.termsOfReference], levels: [.low, .high]))
        func termsOfReferenceArePlural(_ combination: Combination) throws {
            let document = try Checklist.compose(combination)
            let article = /(?i)\b(this|a) terms of reference\b/
            // "The rule in these terms of reference is met" is plural-safe: the verb belongs to
            // "rule". Only a verb right after the terms themselves, as their subject, is wrong.
            let verb = /(?i)\b(\w+) (?:the|these) terms of reference (?:is|does|allows|has|says|sets|governs|covers)\b/
            let prepositions: Set<String> = ["in", "of", "under", "by", "with", "to", "from", "within"]
            for clause in document.clauses {
                let subjects = clause.body.matches(of: verb).filter { !prepositions.contains($0.output.1.lowercased()) }
                #expect(clause.body.firstMatch(of: article) == nil && subjects.isEmpty,
                        "\(clause.id) treats the terms of reference as singular")
            }
        }

        @Test("The low-risk strategic-alliance MoU is clearly lighter than the high-risk statutory MoU", arguments: Jurisdiction.allCases)
        func lightAndFullMemoranda(_ jurisdiction: Jurisdiction) throws {
            let light = try Checklist.compose(Checklist.request(.memorandumOfUnderstanding, .strategicAlliance, jurisdiction, risk: .low))
            let full = try Checklist.compose(Checklist.request(.memorandumOfUnderstanding, .statutory, jurisdiction, risk: .high))

            #expect(light.clauses.count * 3 < full.clauses.count * 2, "\(light.clauses.count) clauses against \(full.clauses.count)")
            #expect(light.wordCount * 3 < full.wordCount * 2, "\(light.wordCount) words against \(full.wordCount)")
            #expect(light.bindingIDs.count < full.bindingIDs.count)

            #expect(light.notices.isEmpty)
            #expect(full.notices.contains { $0.title == "A legally binding agreement is advisable" })
            #expect(light.section("statutory") == nil)
            #expect(full.section("statutory") != nil)
            #expect(light.says("It pools effort and knowledge, not decision-making or money."))
            let law = try #require(light.clauses(startingWith: "law.").first)
            #expect(!law.body.contains("\n"), "a light document's governing law is one short paragraph")
            for word in ["indemnify", "remediation", "mediation", "audit"] {
                #expect(!light.says(word))
                #expect(full.says(word))
            }
        }

        @Test("Light, standard and full documents grow with the level", arguments: Combination.all(levels: [.low]))
        func documentsGrowWithLevel(_ low: Combination) throws {
            var sizes: [Int] = []
            for level in RiskLevel.allCases {
                var combination = low
                combination.level = level
                sizes.append(try Checklist.compose(combination).wordCount)
            }
            #expect(sizes == sizes.sorted() && Set(sizes).count == 3, "words at low, medium, high: \(sizes)")
        }
    }
}
