import Foundation

/// Compares the documents of one pack, as a reader holding all three would: the notice a partner
/// gives to leave, the review cycle, the route for disagreements, the parties, every value they
/// share (the partnership's and the board's names among them), and the wording of every defined
/// term they share. Each disagreement is a sentence naming the fact and what each document says.
struct PackComparison {
    private(set) var disagreements: [String] = []

    init(_ compositions: [Composition], templates: TemplateSet) {
        guard compositions.count > 1 else { return }
        let readings = compositions.map { (kind: $0.request.document, title: templates.template(for: $0.request.document).title,
                                           reading: DocumentReading($0.document),
                                           vocabulary: templates.template(for: $0.request.document).vocabulary) }
        compare("the notice a partner gives to leave", readings.map { ($0.title, Self.withdrawalNotices($0.reading)) })
        compare("the review cycle", readings.map { ($0.title, Self.reviewCycles($0.reading)) })
        compare("the route for disagreements", readings.map { ($0.title, Self.disputeRoute($0.reading)) })
        compare("the parties", readings.map { ($0.title, Set([$0.reading.parties.joined(separator: "; ")])) })

        // Values that name the partnership, its board, people and periods must read alike; values
        // about the document itself (its title, its annexes) differ by design.
        let shared = readings.map { Set($0.reading.values.keys) }.reduce(into: Set<String>()) { $0.formUnion($1) }
        for path in shared.sorted() where !["document.", "documents.", "annex."].contains(where: path.hasPrefix) {
            compare("the value \(path)", readings.map { ($0.title, $0.reading.values[path] ?? []) })
        }
        // A term two documents define must mean the same, read with each document's own words
        // turned back (a terms of reference says Member where a memorandum says Partner).
        let terms = readings.map { Set($0.reading.definitions.keys) }.reduce(into: Set<String>()) { $0.formUnion($1) }
        for term in terms.sorted() {
            compare("the definition of \(term)", readings.map { item in
                let template = templates.template(for: item.kind)
                return (item.title, item.reading.definitions[term].map { definition in
                    // A definition may name its own document ("a party to the memorandum"): that differs by design.
                    let neutral = definition.replacingOccurrences(of: template.selfReference, with: "this document")
                        .replacingOccurrences(of: template.shortTitle, with: "document")
                    return Set([Self.unspeaking(neutral, item.vocabulary)])
                } ?? [])
            })
        }
    }

    /// Records a disagreement when the documents that state a fact do not all state it alike.
    private mutating func compare(_ fact: String, _ statements: [(document: String, says: Set<String>)]) {
        let stating = statements.filter { !$0.says.isEmpty }
        guard let first = stating.first, stating.contains(where: { $0.says != first.says }) else { return }
        let described = stating.map { "the \($0.document) says \($0.says.sorted().joined(separator: " and "))" }
        disagreements.append("\(fact) differs: " + described.joined(separator: "; "))
    }

    // MARK: Facts read from the text

    private static let duration = #"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:day|week|month|year)s?"#
    private static let noticePatterns = [
        #"notice of (?:at least )?("# + duration + ")",
        "(" + duration + #")(?:'s|'|’s|’)? (?:written )?notice"#,
        #"notice period is (?:at least )?("# + duration + ")",
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
    private static let reviewPattern = try! NSRegularExpression(
        pattern: #"review[^.]*? every ((?:"# + duration + #")|month|year)"#, options: [.caseInsensitive])

    /// The notice periods stated where a paragraph is about a partner leaving.
    static func withdrawalNotices(_ reading: DocumentReading) -> Set<String> {
        var found = Set<String>()
        for paragraph in reading.paragraphs {
            let text = paragraph.text
            let lowered = text.lowercased()
            guard ["leave", "withdraw", "end its part"].contains(where: lowered.contains) else { continue }
            for pattern in noticePatterns { found.formUnion(matches(pattern, in: text)) }
        }
        return found
    }

    /// The review cycles stated: "every twelve months".
    static func reviewCycles(_ reading: DocumentReading) -> Set<String> {
        Set(reading.paragraphs.flatMap { matches(reviewPattern, in: $0.text) })
    }

    /// The steps a disagreement goes through, as the disputes section names them.
    static func disputeRoute(_ reading: DocumentReading) -> Set<String> {
        let text = reading.paragraphs.filter { $0.slot == "disputes" }.map(\.text).joined(separator: " ").lowercased()
        guard !text.isEmpty else { return [] }
        var steps: [String] = []
        if text.contains("senior manager") || text.contains("senior officer") { steps.append("escalation to senior managers") }
        if text.contains("mediat") { steps.append("mediation") }
        if text.contains("arbitrat") { steps.append("arbitration") }
        if text.contains("expert determin") { steps.append("expert determination") }
        return [steps.isEmpty ? "informal discussion only" : steps.joined(separator: ", then ")]
    }

    private static func matches(_ pattern: NSRegularExpression, in text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { text[$0].lowercased() }
        }
    }

    /// Text with a document's vocabulary turned back into the catalogue's own words.
    static func unspeaking(_ text: String, _ vocabulary: [(word: String, replacement: String)]) -> String {
        var out = text
        for (word, replacement) in vocabulary.sorted(by: { $0.replacement.count > $1.replacement.count }) {
            out = Assembler.replacingWholeWords(replacement, with: word, in: out)
        }
        return out
    }
}
