/// The comments `concordat init` writes beside each key, gathered by key path (`parties[].kind`)
/// so the schema describes each field in the same words as the example does.
enum InitComments {
    /// Descriptions for every key any example comments on, across documents and frameworks.
    static func descriptions() -> [String: String] {
        var found: [String: String] = [:]
        for document in DocumentKind.allCases {
            for framework in Framework.allCases {
                let text = ExampleRequest.yaml(document: document, framework: framework)
                for (path, comment) in comments(in: text) where found[path] == nil {
                    found[path] = comment
                }
            }
        }
        return found
    }

    /// Reads an example line by line: a comment after a key, its continuation lines, or a comment
    /// line directly above a key (where the line was too long for one beside it). A commented-out
    /// key (`# registration:  # charity or company number`) still describes its key.
    static func comments(in text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var stack: [(indent: Int, path: String)] = []
        var above: [String] = []
        var last: Int?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(raw)
            let indent = line.prefix { $0 == " " }.count
            line = line.dropFirst(indent)
            if line.isEmpty {
                above = []
                last = nil
                continue
            }
            if line.hasPrefix("#  "), indent > 0, let index = last {
                result[index].1 += " " + String(line.dropFirst(3)).trimmingWhitespace
                continue
            }
            var keyLine = line
            if line.hasPrefix("# ") {
                let inner = line.dropFirst(2)
                guard let colon = inner.firstIndex(of: ":"), isKey(inner[..<colon]), indent > 0 else {
                    if indent > 0 { above.append(String(inner)) }
                    last = nil
                    continue
                }
                keyLine = inner
            }
            var keyIndent = indent
            var item = false
            if keyLine.hasPrefix("- ") {
                keyLine = keyLine.dropFirst(2)
                keyIndent += 2
                item = true
            }
            guard let colon = keyLine.firstIndex(of: ":"), isKey(keyLine[..<colon]) else {
                above = []
                last = nil
                continue
            }
            let key = String(keyLine[..<colon])
            // A list item opens a container one column left of its keys, named `list[]`.
            let floor = item ? keyIndent - 1 : keyIndent
            while let top = stack.last, top.indent >= floor { stack.removeLast() }
            if item { stack.append((keyIndent - 1, (stack.last?.path ?? "") + "[]")) }
            let parent = stack.last?.path ?? ""
            let path = parent.isEmpty ? key : parent + "." + key
            stack.append((keyIndent, path))
            let rest = keyLine[keyLine.index(after: colon)...]
            var comment = above.joined(separator: " ")
            above = []
            if let hash = rest.range(of: "  # ") ?? (rest.hasPrefix(" # ") ? rest.range(of: " # ") : nil) {
                let beside = String(rest[hash.upperBound...]).trimmingWhitespace
                comment = comment.isEmpty ? beside : comment + "; " + beside
            }
            if comment.isEmpty {
                last = nil
            } else {
                result.append((path, comment))
                last = result.count - 1
            }
        }
        return result
    }

    private static func isKey(_ text: Substring) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
