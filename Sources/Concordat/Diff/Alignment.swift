/// The edits that turn one sequence into another: the common prefix and suffix are kept, and
/// the middle is aligned by Myers' O((n+m)·d) algorithm. Time and memory grow with the number of
/// differences d, not with n·m; past `maxDifferences` the middle is reported as replaced whole,
/// so a pathological pair of inputs costs linear time and bounded memory.
enum Alignment {
    enum Edit<T: Equatable>: Equatable {
        case same(T)
        case deleted(T)
        case inserted(T)
    }

    /// Beyond this many differences the middle is treated as one replacement; the trace kept
    /// for backtracking is at most about `maxDifferences²` integers (8 MB).
    static let maxDifferences = 1_000

    static func edits<T: Equatable>(_ a: [T], _ b: [T]) -> [Edit<T>] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var out: [Edit<T>] = a[..<prefix].map { .same($0) }
        let middleA = Array(a[prefix..<(a.count - suffix)]), middleB = Array(b[prefix..<(b.count - suffix)])
        out += middle(middleA, middleB)
        out += a[(a.count - suffix)...].map { .same($0) }
        return out
    }

    private static func middle<T: Equatable>(_ a: [T], _ b: [T]) -> [Edit<T>] {
        let n = a.count, m = b.count
        if n == 0 { return b.map { .inserted($0) } }
        if m == 0 { return a.map { .deleted($0) } }
        let maxD = min(n + m, maxDifferences)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...maxD {
            trace.append(Array(v[(offset - d)...(offset + d)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { found = true; break search }
            }
        }
        guard found else { return a.map { .deleted($0) } + b.map { .inserted($0) } }
        // Walk the trace back from (n, m); trace[d] holds v before step d, for k in -d...d.
        var edits: [Edit<T>] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let before = trace[d]
            func at(_ k: Int) -> Int { before[k + d] }
            let k = x - y
            let previousK: Int
            if d == 0 {
                previousK = 0
            } else if k == -d || (k != d && at(k - 1) < at(k + 1)) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = d == 0 ? 0 : at(previousK)
            let previousY = previousX - previousK
            while x > previousX && y > previousY {
                edits.append(.same(a[x - 1])); x -= 1; y -= 1
            }
            if d > 0 {
                if x == previousX { edits.append(.inserted(b[y - 1])); y -= 1 } else { edits.append(.deleted(a[x - 1])); x -= 1 }
            }
        }
        edits.reverse()
        return readable(edits)
    }

    /// Within each stretch of changes, deletions come before insertions, as a redline reads:
    /// struck words, then their replacement.
    private static func readable<T: Equatable>(_ edits: [Edit<T>]) -> [Edit<T>] {
        var out: [Edit<T>] = []
        var deleted: [Edit<T>] = [], inserted: [Edit<T>] = []
        for edit in edits {
            switch edit {
            case .same: out += deleted + inserted; deleted = []; inserted = []; out.append(edit)
            case .deleted: deleted.append(edit)
            case .inserted: inserted.append(edit)
            }
        }
        return out + deleted + inserted
    }
}
