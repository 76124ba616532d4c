/// A word-level comparison of two texts, for redlining reworded clauses.
package enum WordDiff {
    /// A run of words kept, deleted or inserted.
    package enum Run: Sendable, Hashable {
        case same(String)
        case deleted(String)
        case inserted(String)
    }

    /// The runs that turn `old` into `new`.
    package static func compare(_ old: String, _ new: String) -> [Run] {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
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

/// The edits that turn one sequence into another, from a longest common subsequence. Clauses and
/// documents are short, so the quadratic table stays small.
enum Alignment {
    enum Edit<T: Equatable>: Equatable {
        case same(T)
        case deleted(T)
        case inserted(T)
    }

    static func edits<T: Equatable>(_ a: [T], _ b: [T]) -> [Edit<T>] {
        let n = a.count, m = b.count
        var table = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
        }
        var out: [Edit<T>] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                out.append(.same(a[i])); i += 1; j += 1
            } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
                // Deletions first, as a redline reads: struck words, then their replacement.
                out.append(.deleted(a[i])); i += 1
            } else {
                out.append(.inserted(b[j])); j += 1
            }
        }
        return out
    }
}
