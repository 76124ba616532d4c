import Foundation

/// Reads the keys of `concordat init`'s commented example and the comment beside each.
///
/// The example is the request format's documentation for people, so the form takes its help text
/// from there rather than keeping a second copy. The layout is `init`'s own: `key: value` with the
/// comment from column 40 (continued on following lines at that column), or the comment on the
/// line above when the key is too long, and optional keys commented out as `# key: value`.
enum InitCommentReader {
    private struct Entry {
        var indent: Int
        var path: String
        var value: String
        var help: String
        var commentedOut: Bool
        /// A list of inline mappings (`- { role: …, party: … }`), which the form has no control for.
        var complex = false
    }

    static func fields(in text: String) -> [FormField] {
        let entries = read(text)
        var fields: [FormField] = []
        for (index, entry) in entries.enumerated() {
            let next = index + 1 < entries.count ? entries[index + 1] : nil
            let isParent = entry.value.isEmpty && (next.map { $0.indent > entry.indent && $0.path.hasPrefix(entry.path) } ?? false)
            guard !isParent, !entry.complex, !fields.contains(where: { $0.pattern == entry.path }) else { continue }
            let help = entry.help.trimmingCharacters(in: .whitespaces)
            fields.append(FormField(
                pattern: entry.path,
                control: FormCatalogue.control(pattern: entry.path, example: entry.value, help: help),
                help: help))
        }
        return fields
    }

    private static func read(_ text: String) -> [Entry] {
        var entries: [Entry] = []
        var stack: [(indent: Int, name: String)] = []
        var above = ""
        var seenKey = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let indent = line.prefix { $0 == " " }.count
            var body = Substring(line.dropFirst(indent))
            if body.isEmpty { above = ""; continue }
            var commentedOut = false
            if body.hasPrefix("#") {
                let after = body.dropFirst().drop { $0 == " " }
                if isKeyLine(after), seenKey {
                    commentedOut = true
                    body = after
                } else if after.hasPrefix("- "), seenKey, !entries.isEmpty {
                    // `#   - { role: …, party: … }`: an example item of a list of mappings.
                    entries[entries.count - 1].complex = true
                    continue
                } else {
                    guard seenKey else { continue }
                    let words = String(after)
                    if indent >= 38, !entries.isEmpty, above.isEmpty {
                        entries[entries.count - 1].help += " " + words
                    } else {
                        above += (above.isEmpty ? "" : " ") + words
                    }
                    continue
                }
            }
            var keyIndent = indent
            if body.hasPrefix("- ") {
                body = body.dropFirst(2)
                keyIndent += 2
                if let parent = stack.last, !parent.name.hasSuffix("[]") {
                    stack[stack.count - 1].name += "[]"
                }
            }
            guard isKeyLine(body), let colon = body.firstIndex(of: ":") else {
                if keyIndent > indent, !entries.isEmpty { entries[entries.count - 1].complex = true }
                continue
            }
            seenKey = true
            let key = String(body[..<colon])
            var rest = body[body.index(after: colon)...]
            var help = ""
            if let hash = rest.range(of: " #") {
                help = String(rest[hash.upperBound...])
                rest = rest[..<hash.lowerBound]
            }
            while let last = stack.last, last.indent >= keyIndent { stack.removeLast() }
            let path = (stack.map(\.name) + [key]).joined(separator: ".")
            stack.append((keyIndent, key))
            if help.isEmpty { help = above }
            above = ""
            entries.append(Entry(
                indent: keyIndent, path: path, value: rest.trimmingCharacters(in: .whitespaces), help: help,
                commentedOut: commentedOut))
        }
        return entries
    }

    /// `name: …`, `review-months: 12`, `- name: …`: a lower-case kebab-case key and a colon.
    private static func isKeyLine(_ body: Substring) -> Bool {
        var text = body
        if text.hasPrefix("- ") { text = text.dropFirst(2) }
        guard let first = text.first, first.isLowercase, let colon = text.firstIndex(of: ":") else { return false }
        let key = text[..<colon]
        guard key.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else { return false }
        let after = text[text.index(after: colon)...]
        return after.isEmpty || after.hasPrefix(" ")
    }
}
