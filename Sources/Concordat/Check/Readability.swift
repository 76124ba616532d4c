/// Plain-English measures of a text: mean sentence length and Flesch–Kincaid grade.
package struct Readability: Sendable, Hashable {
    /// Sentences counted (a sub-clause ending in ";" counts as one).
    package var sentences: Int
    /// Words counted.
    package var words: Int
    /// Syllables counted, estimated from vowel groups.
    package var syllables: Int

    /// Words per sentence.
    package var meanSentenceLength: Double { sentences == 0 ? 0 : Double(words) / Double(sentences) }

    /// The Flesch–Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    package var grade: Double {
        guard sentences > 0, words > 0 else { return 0 }
        return 0.39 * meanSentenceLength + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// Measures a text.
    package init(_ text: String) {
        var sentences = 0, words = 0, syllables = 0
        var pendingWords = 0
        for token in text.split(whereSeparator: { $0.isWhitespace }) {
            let letters = token.filter(\.isLetter)
            if !letters.isEmpty {
                words += 1
                pendingWords += 1
                syllables += Self.syllables(in: letters.lowercased())
            }
            if let last = token.last(where: { !"\"')”’]".contains($0) }), ".!?;:".contains(last), pendingWords > 0,
               !Self.isAbbreviation(token) {
                sentences += 1
                pendingWords = 0
            }
        }
        if pendingWords > 0 { sentences += 1 }
        self.sentences = sentences
        self.words = words
        self.syllables = syllables
    }

    /// Tokens like "e.g." or "No." end in a full stop without ending a sentence.
    private static func isAbbreviation(_ token: Substring) -> Bool {
        ["e.g.", "i.e.", "etc.", "no.", "mr.", "mrs.", "ms.", "dr."].contains(token.lowercased())
    }

    /// Vowel groups, less a silent final "e", at least one.
    static func syllables(in word: String) -> Int {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var count = 0
        var previousWasVowel = false
        for character in word {
            let isVowel = vowels.contains(character)
            if isVowel && !previousWasVowel { count += 1 }
            previousWasVowel = isVowel
        }
        if word.hasSuffix("e") && !word.hasSuffix("le") && count > 1 { count -= 1 }
        return max(count, 1)
    }
}
