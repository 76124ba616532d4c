/// A word-level comparison of two texts, for redlining reworded clauses.
public enum WordDiff {
    /// A run of words kept, deleted or inserted.
    public enum Run: Sendable, Hashable {
        case same(String)
        case deleted(String)
        case inserted(String)
    }

    /// The runs that turn `old` into `new`.
    public static func compare(_ old: String, _ new: String) -> [Run] {
        compare(words: old.split(whereSeparator: \.isWhitespace).map(String.init),
                new.split(whereSeparator: \.isWhitespace).map(String.init))
    }

    /// The runs that turn one list of words into another.
    public static func compare(words a: [String], _ b: [String]) -> [Run] {
        var runs: [Run] = []
        for edit in Alignment.edits(a, b) {
            switch (runs.last, edit) {
            case (.same(let text)?, .same(let word)): runs[runs.count - 1] = .same(text + " " + word)
            case (.deleted(let text)?, .deleted(let word)): runs[runs.count - 1] = .deleted(text + " " + word)
            case (.inserted(let text)?, .inserted(let word)): runs[runs.count - 1] = .inserted(text + " " + word)
            case (_, .same(let word)): runs.append(.same(word))
            case (_, .deleted(let word)): runs.append(.deleted(word))
            case (_, .inserted(let word)): runs.append(.inserted(word))
            }
        }
        return runs
    }
}
