/// Writes a `DocumentDiff` as a review page: Markdown for reading anywhere, or one
/// self-contained HTML page with a redline. All document text is escaped.
package struct DiffRenderer: Sendable {
    /// Creates a renderer.
    package init() {}

    /// The diff as GitHub-flavoured Markdown; deletions are struck through, insertions bold.
    package func markdown(_ diff: DocumentDiff) -> String {
        let e = { (text: String) in MarkdownEscaping.escape(text) }
        var out = ["# Changes from \(e(diff.oldName)) to \(e(diff.newName))", "", summary(diff), ""]
        if !diff.added.isEmpty {
            out += ["## Added", ""] + diff.added.map { "- \($0.number) \(e($0.title)) (`\($0.id)`)" } + [""]
        }
        if !diff.removed.isEmpty {
            out += ["## Removed", ""] + diff.removed.map { "- \($0.number) \(e($0.title)) (`\($0.id)`)" } + [""]
        }
        if !diff.moved.isEmpty {
            out += ["## Moved", ""] + diff.moved.map { "- \(e($0.new.title)) (`\($0.new.id)`): \($0.old.number) → \($0.new.number)" } + [""]
        }
        if !diff.reworded.isEmpty {
            out += ["## Reworded", ""]
            for change in diff.reworded {
                out += ["### \(change.new.number) \(e(change.new.title)) (`\(change.new.id)`)", "", cause(change), ""]
                let redline = change.runs.map { run -> String in
                    switch run {
                    case .same(let text): e(text)
                    case .deleted(let text): "~~\(e(text))~~"
                    case .inserted(let text): "**\(e(text))**"
                    }
                }.joined(separator: " ")
                out += ["> " + redline, ""]
            }
        }
        if !diff.values.isEmpty {
            out += ["## Changed values", "", "| value | before | after |", "|---|---|---|"]
            let cell = { (text: String?) in text.map { e($0).replacingOccurrences(of: "\n", with: " ") } ?? "—" }
            out += diff.values.map { "| `\($0.path)` | \(cell($0.old)) | \(cell($0.new)) |" }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The diff as one HTML5 page with inline CSS and no scripts.
    package func html(_ diff: DocumentDiff) -> String {
        let e = HTMLEscaping.escape
        var body: [String] = ["<h1>Changes from \(e(diff.oldName)) to \(e(diff.newName))</h1>", "<p class=\"summary\">\(e(summary(diff)))</p>"]
        func list(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            body.append("<h2>\(title)</h2>\n<ul>\n" + items.map { "<li>\($0)</li>" }.joined(separator: "\n") + "\n</ul>")
        }
        list("Added", diff.added.map { "<ins>\($0.number) \(e($0.title))</ins> <code>\(e($0.id))</code>" })
        list("Removed", diff.removed.map { "<del>\($0.number) \(e($0.title))</del> <code>\(e($0.id))</code>" })
        list("Moved", diff.moved.map { "\(e($0.new.title)) <code>\(e($0.new.id))</code>: \($0.old.number) → \($0.new.number)" })
        if !diff.reworded.isEmpty {
            body.append("<h2>Reworded</h2>")
            for change in diff.reworded {
                let redline = change.runs.map { run -> String in
                    switch run {
                    case .same(let text): e(text)
                    case .deleted(let text): "<del>\(e(text))</del>"
                    case .inserted(let text): "<ins>\(e(text))</ins>"
                    }
                }.joined(separator: " ")
                body.append("""
                    <section class="change"><h3>\(change.new.number) \(e(change.new.title)) <code>\(e(change.new.id))</code></h3>
                    <p class="cause">\(e(cause(change)))</p>
                    <p class="redline">\(redline)</p></section>
                    """)
            }
        }
        if !diff.values.isEmpty {
            let rows = diff.values.map { "<tr><td><code>\(e($0.path))</code></td><td>\($0.old.map(e) ?? "—")</td><td>\($0.new.map(e) ?? "—")</td></tr>" }
            body.append("<h2>Changed values</h2>\n<table>\n<thead><tr><th>Value</th><th>Before</th><th>After</th></tr></thead>\n<tbody>\n"
                        + rows.joined(separator: "\n") + "\n</tbody>\n</table>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Changes from \(e(diff.oldName)) to \(e(diff.newName))</title>
            <style>
            body { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem; font: 1rem/1.6 Georgia, "DejaVu Serif", serif; color: #1f2328; }
            h1, h2, h3 { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: #1d4e89; line-height: 1.25; }
            ins { background: #dafbe1; text-decoration: none; border-bottom: 2px solid #1a7f37; }
            del { background: #ffebe9; color: #82071e; }
            code { font-size: 0.85em; color: #59636e; }
            .summary, .cause { color: #59636e; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #d1d9e0; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
            @media print { ins, del { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    private func summary(_ diff: DocumentDiff) -> String {
        if diff.isEmpty { return "The documents are the same clause for clause." }
        return "\(diff.added.count) added, \(diff.removed.count) removed, \(diff.moved.count) moved, \(diff.reworded.count) reworded; \(diff.values.count) values changed."
    }

    private func cause(_ change: DocumentDiff.Rewording) -> String {
        change.wordingChanged
            ? "The catalogue wording changed (version \(change.old.version) → \(change.new.version))."
            : "Same catalogue wording; filled-in values or numbers changed."
    }
}
