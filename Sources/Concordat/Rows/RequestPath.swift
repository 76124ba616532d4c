import Yams

/// A request path as error messages write it — `governance.quorum`, `parties[1].signatory.name`
/// — parsed into steps, and set into a request tree.
struct RequestPath: Sendable, Hashable {
    /// Why a path cannot be read or set, in words.
    struct PathProblem: Error {
        var message: String
    }

    enum Step: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    var steps: [Step]
    var text: String

    /// Parses a path; keys are kebab-case words, indexes 0-based in brackets after a key.
    static func parse(_ text: String) -> Result<RequestPath, PathProblem> {
        var steps: [Step] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var rest = Substring(part)
            let keyEnd = rest.firstIndex(of: "[") ?? rest.endIndex
            let key = rest[..<keyEnd]
            guard !key.isEmpty, key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) else {
                return .failure(PathProblem(message: "'\(RequestReader.abbreviated(text))' is not a request path"))
            }
            steps.append(.key(String(key)))
            rest = rest[keyEnd...]
            while rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                      index >= 0, index < 10_000
                else { return .failure(PathProblem(message: "'\(RequestReader.abbreviated(text))' has an index that is not a whole number from 0")) }
                steps.append(.index(index))
                rest = rest[rest.index(after: close)...]
            }
            guard rest.isEmpty else { return .failure(PathProblem(message: "'\(RequestReader.abbreviated(text))' is not a request path")) }
        }
        return .success(RequestPath(steps: steps, text: text))
    }

    /// Sets `value` at this path inside `node`, creating mappings on the way, and appending an
    /// item when an index is one past a list's end.
    /// - Returns: the new tree, or a problem in words (`parties has 2 items; …`).
    func set(_ value: Node, in node: Node) -> Result<Node, PathProblem> {
        Self.set(value, at: steps[...], in: node, walked: "")
    }

    private static func set(_ value: Node, at steps: ArraySlice<Step>, in node: Node, walked: String) -> Result<Node, PathProblem> {
        guard let step = steps.first else { return .success(value) }
        let rest = steps.dropFirst()
        switch step {
        case .key(let key):
            let here = walked.isEmpty ? key : walked + "." + key
            var pairs: [(Node, Node)] = []
            var style = Node.Mapping.Style.block
            if case .mapping(let mapping) = node {
                pairs = mapping.map { ($0.key, $0.value) }
                style = mapping.style
            } else if !RequestReader.isNull(node) {
                return .failure(PathProblem(message: "\(walked.isEmpty ? "the request" : walked) is not a mapping, so it has no '\(key)'"))
            }
            let existing = pairs.firstIndex { $0.0.scalar?.string == key }
            let child = existing.map { pairs[$0].1 } ?? Node("")
            switch set(value, at: rest, in: child, walked: here) {
            case .failure(let problem): return .failure(problem)
            case .success(let updated):
                if let existing { pairs[existing].1 = updated } else { pairs.append((Node(key), updated)) }
                return .success(.mapping(Node.Mapping(pairs, .implicit, style)))
            }
        case .index(let index):
            let here = "\(walked)[\(index)]"
            var items: [Node] = []
            if case .sequence(let sequence) = node {
                items = Array(sequence)
            } else if !RequestReader.isNull(node) {
                return .failure(PathProblem(message: "\(walked) is not a list"))
            }
            guard index <= items.count else {
                return .failure(PathProblem(message: "\(walked) has \(items.count) items (0 to \(max(0, items.count - 1))), so \(here) would leave a gap"))
            }
            let child = index < items.count ? items[index] : Node("")
            switch set(value, at: rest, in: child, walked: here) {
            case .failure(let problem): return .failure(problem)
            case .success(let updated):
                if index < items.count { items[index] = updated } else { items.append(updated) }
                return .success(.sequence(Node.Sequence(items, .implicit, .block)))
            }
        }
    }
}
