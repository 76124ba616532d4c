import Testing
@testable import Concordat

/// The one character rule: what it refuses and why, what it allows in context, and how messages
/// show what they quote.
@Suite struct CharacterRuleTests {
    private func kinds(_ text: String) -> [CharacterRule.Kind] { CharacterRule.findings(in: text).map(\.kind) }

    @Test func refusesEveryBidirectionalControl() {
        for value: UInt32 in [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            let text = "Riverside" + String(Unicode.Scalar(value)!) + " Council"
            #expect(kinds(text) == [.bidiControl], "U+\(String(value, radix: 16))")
        }
    }

    @Test func refusesInvisibleAndTagCharacters() {
        for value: UInt32 in [0x200B, 0x2060, 0x00AD, 0xFEFF, 0x3164, 0x115F, 0xFFA0, 0x034F, 0x2800, 0x180E] {
            #expect(kinds("a" + String(Unicode.Scalar(value)!) + "b") == [.invisible], "U+\(String(value, radix: 16))")
        }
        #expect(kinds("flag\u{E0067}\u{E0062}") == [.tag, .tag])
    }

    @Test func refusesControlsAndNonCharacters() {
        #expect(kinds("a\u{1B}[31m") == [.control])
        #expect(kinds("a\u{9B}b") == [.control])
        #expect(kinds("a\u{7F}b") == [.control])
        let nonCharacters = "a" + String(Unicode.Scalar(0xFDD0)!) + "b" + String(Unicode.Scalar(0x1FFFE)!)
        #expect(kinds(nonCharacters) == [.nonCharacter, .nonCharacter])
        #expect(kinds("tab\tand\nlines\r\n").isEmpty)
    }

    @Test func allowsJoinersWhereScriptsNeedThem() {
        // Persian: ZWNJ between two Arabic-script letters.
        #expect(kinds("\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645}").isEmpty)
        // Devanagari: ZWJ after a virama.
        #expect(kinds("\u{0915}\u{094D}\u{200D}\u{0937}").isEmpty)
        // Emoji sequence.
        #expect(kinds("\u{1F469}\u{200D}\u{1F4BB}").isEmpty)
        // Between Latin letters, at the start or the end, they are refused.
        #expect(kinds("Co\u{200D}op") == [.joiner])
        #expect(kinds("\u{200C}Riverside") == [.joiner])
        #expect(kinds("Riverside\u{200C}") == [.joiner])
    }

    @Test func allowsVariationSelectorsOnlyWhereTheyChangeSomething() {
        #expect(kinds("\u{2618}\u{FE0F}").isEmpty)
        #expect(kinds("\u{845B}\u{E0100}").isEmpty)
        #expect(kinds("Rive\u{FE0F}rside") == [.variationSelector])
        #expect(kinds("\u{FE00}Riverside") == [.variationSelector])
    }

    @Test func honestRightToLeftTextPasses() {
        #expect(kinds("\u{0634}\u{0631}\u{0643}\u{0629} \u{0627}\u{0644}\u{0645}\u{0627}\u{0621}").isEmpty)
        #expect(kinds("\u{05E2}\u{05DE}\u{05D5}\u{05EA}\u{05EA}").isEmpty)
    }

    @Test func findingsCarryLineAndColumn() {
        let found = CharacterRule.findings(in: "first line\nsecond \u{202E}line")
        #expect(found == [CharacterRule.Finding(value: 0x202E, kind: .bidiControl, line: 2, column: 8)])
        #expect(found.first?.described == "the bidirectional control character U+202E")
    }

    @Test func namesNeedAVisibleCharacter() {
        #expect(CharacterRule.hasVisibleCharacter("Riverside"))
        #expect(CharacterRule.hasVisibleCharacter("\u{0634}"))
        #expect(!CharacterRule.hasVisibleCharacter("\u{0301}\u{0301}"))
        #expect(!CharacterRule.hasVisibleCharacter("\u{2800}"))
        #expect(!CharacterRule.hasVisibleCharacter(" \u{00A0} "))
    }

    @Test func messagesNeverCarryRefusedCharactersRawAndAreCapped() {
        let diagnostic = Diagnostic(.error, "'Council\u{202E}' is already the name of parties[0]\u{1B}[2J",
                                    at: SourceLocation(file: "r\u{202E}.yaml", line: 1, column: 1))
        let shown = diagnostic.description
        #expect(!shown.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x1B })
        #expect(shown.contains("Council<U+202E>'"))
        #expect(shown.contains("r<U+202E>.yaml:1:1"))
        let long = Diagnostic(.error, String(repeating: "x", count: 100_000)).description
        #expect(long.count <= Diagnostic.maxLineLength + 60)
        #expect(long.hasSuffix("…"))
    }

    @Test func outputNamesLoseRefusedCharacters() {
        #expect(OutputName.cleaned("invoice\u{202E}fdp") == "invoice_fdp")
        #expect(OutputName.cleaned("a/b\\c\u{200B}d") == "a_b_c_d")
        #expect(OutputName.cleaned("\u{0634}\u{0631}\u{0643}\u{0629}") == "\u{0634}\u{0631}\u{0643}\u{0629}")
    }

    @Test func skeletonsMatchLookAlikes() {
        #expect(Confusables.skeleton("Riverside City Council") == Confusables.skeleton("Riv\u{0435}rside City Council"))
        #expect(Confusables.skeleton("RIVERSIDE") == Confusables.skeleton("riverside"))
        #expect(Confusables.skeleton("Riverside  City") == Confusables.skeleton("riverside city"))
        #expect(Confusables.skeleton("Riverside Trees CIC") == Confusables.skeleton("Riverside Trees \u{0421}\u{0406}\u{0421}"))
        #expect(Confusables.skeleton("Riverside") != Confusables.skeleton("Riversida"))
        #expect(Confusables.table.count > 50, "the data file is embedded and read")
    }
}
