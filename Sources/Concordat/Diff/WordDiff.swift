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
        // Words are gathered per run and joined once when the run ends: appending to the run's
        // text word by word would copy it each time, quadratic in a long unchanged paragraph.
        enum Kind { case same, deleted, inserted }
        var runs: [Run] = []
        var kind: Kind?
        var words: [String] = []
        func close() {
            guard let kind, !words.isEmpty else { return }
            let text = words.joined(separator: " ")
            switch kind {
            case .same: runs.append(.same(text))
            case .deleted: runs.append(.deleted(text))
            case .inserted: runs.append(.inserted(text))
            }
            words.removeAll(keepingCapacity: true)
        }
        for edit in Alignment.edits(a, b) {
            let (next, word): (Kind, String) = switch edit {
            case .same(let word): (.same, word)
            case .deleted(let word): (.deleted, word)
            case .inserted(let word): (.inserted, word)
            }
            if next != kind { close(); kind = next }
            words.append(word)
        }
        close()
        return runs
    }
}
