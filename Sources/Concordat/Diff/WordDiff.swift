/// A word-level comparison of two texts, for redlining reworded clauses.
public enum WordDiff {
    /// A run of words kept, deleted or inserted.
    public enum Run: Sendable, Hashable {
        case same(String)
        case deleted(String)
        case inserted(String)
    }

    /// The runs that turn `old` into `new`, from a longest common subsequence of words.
    /// Clauses are short, so the quadratic table is small.
    public static func compare(_ old: String, _ new: String) -> [Run] {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
        let n = a.count, m = b.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var runs: [Run] = []
        func append(_ kind: (String) -> Run, _ word: String) {
            if let last = runs.last {
                switch (last, kind(word)) {
                case (.same(let text), .same): runs[runs.count - 1] = .same(text + " " + word); return
                case (.deleted(let text), .deleted): runs[runs.count - 1] = .deleted(text + " " + word); return
                case (.inserted(let text), .inserted): runs[runs.count - 1] = .inserted(text + " " + word); return
                default: break
                }
            }
            runs.append(kind(word))
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                append(Run.same, a[i]); i += 1; j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                // Deletions first, as a redline reads: struck words, then their replacement.
                append(Run.deleted, a[i]); i += 1
            } else {
                append(Run.inserted, b[j]); j += 1
            }
        }
        return runs
    }
}
