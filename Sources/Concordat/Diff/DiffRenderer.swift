/// Writes a `DocumentDiff` as a review page: Markdown for reading anywhere, or one
/// self-contained HTML page with a redline. All document text is escaped.
package struct DiffRenderer: Sendable {
    /// Creates a renderer.
    package init() {}

    /// One section of the review, format-neutral: a heading and entries, each a line and an
    /// optional redline.
    private struct Entry {
        var line: [Piece]
        var note: String?
        var redline: [WordDiff.Run]?
    }

    private enum Piece {
        case text(String), code(String), inserted(String), deleted(String)
    }

    private func sections(_ diff: DocumentDiff) -> [(title: String, entries: [Entry])] {
        func clause(_ c: DocumentDiff.ClauseSnapshot) -> [Piece] { [.text("\(c.number) \(c.title) "), .code(c.id)] }
        var out: [(String, [Entry])] = []
        func add(_ title: String, _ entries: [Entry]) { if !entries.isEmpty { out.append((title, entries)) } }
        add("Document settings", diff.settings.map { s in
            Entry(line: [.text("\(s.name.prefix(1).uppercased() + s.name.dropFirst()): "), .deleted(s.old), .text(" → "), .inserted(s.new)],
                  note: "Because \(s.cause).")
        })
        add("Added", diff.added.map { Entry(line: clause($0), note: nil) })
        add("Removed", diff.removed.map { Entry(line: clause($0), note: nil) })
        add("Swapped for a variant", diff.swapped.map { swap in
            Entry(line: [.text("\(swap.new.number) \(swap.new.title): "), .code(swap.old.id), .text(" → "), .code(swap.new.id)],
                  note: nil, redline: WordDiff.compare(swap.old.text, swap.new.text))
        })
        add("Moved", diff.moved.map { Entry(line: [.text("\($0.new.title) "), .code($0.new.id), .text(": \($0.old.number) → \($0.new.number)")], note: nil) })
        add("Renumbered", diff.renumbered.map { Entry(line: [.text("\($0.new.title) "), .code($0.new.id), .text(": \($0.old.number) → \($0.new.number)")], note: nil) })
        add("Reworded", diff.reworded.map { change in
            Entry(line: clause(change.new), note: cause(change), redline: change.runs)
        })
        add("Other text", diff.parts.map { part in
            Entry(line: [.text(part.name)], note: part.handEdited ? "Edited by hand after the document was composed." : nil, redline: part.runs)
        })
        return out
    }

    /// The diff as GitHub-flavoured Markdown; deletions are struck through, insertions bold.
    package func markdown(_ diff: DocumentDiff) -> String {
        let e = { (text: String) in MarkdownEscaping.escape(text) }
        func render(_ pieces: [Piece]) -> String {
            pieces.map { piece in
                switch piece {
                case .text(let text): e(text)
                case .code(let id): "`\(id)`"
                case .inserted(let text): "**\(e(text))**"
                case .deleted(let text): "~~\(e(text))~~"
                }
            }.joined()
        }
        func redline(_ runs: [WordDiff.Run]) -> String {
            runs.map { run -> String in
                switch run {
                case .same(let text): e(text)
                case .deleted(let text): "~~\(e(text))~~"
                case .inserted(let text): "**\(e(text))**"
                }
            }.joined(separator: " ").replacingOccurrences(of: "\n", with: " ")
        }
        var out = ["# Changes from \(e(diff.oldName)) to \(e(diff.newName))", "", summary(diff), ""]
        for (title, entries) in sections(diff) {
            out += ["## \(title)", ""]
            for entry in entries {
                if entry.redline == nil {
                    out.append("- " + render(entry.line) + (entry.note.map { " — " + e($0) } ?? ""))
                } else {
                    out += ["### " + render(entry.line), ""]
                    if let note = entry.note { out += [e(note), ""] }
                    if let runs = entry.redline { out += ["> " + redline(runs), ""] }
                }
            }
            if entries.last?.redline == nil { out.append("") }
        }
        if !diff.values.isEmpty {
            out += ["## Changed values", "", "| value | before | after |", "|---|---|---|"]
            let cell = { (text: String?) in text.map { e($0).replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "|", with: "\\|") } ?? "*(not in this document)*" }
            out += diff.values.map { "| `\($0.path)` | \(cell($0.old)) | \(cell($0.new)) |" }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    /// The diff as one HTML5 page with inline CSS and no scripts.
    package func html(_ diff: DocumentDiff) -> String {
        let e = HTMLEscaping.escape
        func render(_ pieces: [Piece]) -> String {
            pieces.map { piece in
                switch piece {
                case .text(let text): e(text)
                case .code(let id): "<code>\(e(id))</code>"
                case .inserted(let text): "<ins>\(e(text))</ins>"
                case .deleted(let text): "<del>\(e(text))</del>"
                }
            }.joined()
        }
        var body: [String] = ["<h1>Changes from \(e(diff.oldName)) to \(e(diff.newName))</h1>", "<p class=\"summary\">\(e(summary(diff)))</p>"]
        for (title, entries) in sections(diff) {
            body.append("<h2>\(e(title))</h2>")
            if entries.allSatisfy({ $0.redline == nil }) {
                body.append("<ul>\n" + entries.map { "<li>\(render($0.line))\($0.note.map { " <span class=\"cause\">\(e($0))</span>" } ?? "")</li>" }.joined(separator: "\n") + "\n</ul>")
                continue
            }
            for entry in entries {
                let redline = (entry.redline ?? []).map { run -> String in
                    switch run {
                    case .same(let text): e(text)
                    case .deleted(let text): "<del>\(e(text))</del>"
                    case .inserted(let text): "<ins>\(e(text))</ins>"
                    }
                }.joined(separator: " ")
                body.append("<section class=\"change\"><h3>\(render(entry.line))</h3>"
                            + (entry.note.map { "\n<p class=\"cause\">\(e($0))</p>" } ?? "")
                            + "\n<p class=\"redline\">\(redline)</p></section>")
            }
        }
        if !diff.values.isEmpty {
            let rows = diff.values.map { "<tr><td><code>\(e($0.path))</code></td><td>\($0.old.map(e) ?? "<em>(not in this document)</em>")</td><td>\($0.new.map(e) ?? "<em>(not in this document)</em>")</td></tr>" }
            body.append("<h2>Changed values</h2>\n<table>\n<thead><tr><th>Value</th><th>Before</th><th>After</th></tr></thead>\n<tbody>\n"
                        + rows.joined(separator: "\n") + "\n</tbody>\n</table>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>Changes from \(e(diff.oldName)) to \(e(diff.newName))</title>
            <style>
            body { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem; font: 1rem/1.6 Georgia, "DejaVu Serif", serif; color: #1f2328; }
            h1, h2, h3 { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: #1d4e89; line-height: 1.25; }
            ins { background: #dafbe1; text-decoration: none; border-bottom: 2px solid #1a7f37; }
            del { background: #ffebe9; color: #82071e; }
            code { font-size: 0.85em; color: #59636e; }
            .summary, .cause { color: #59636e; }
            .redline { white-space: pre-line; }
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
        if diff.isEmpty {
            let settings = diff.settings.count
            return "The documents are the same clause for clause"
                + (settings == 0 ? "." : ", although \(settings) \(settings == 1 ? "setting" : "settings") changed.")
        }
        var parts: [String] = []
        func count(_ n: Int, _ what: String) { if n > 0 { parts.append("\(n) \(what)") } }
        count(diff.settings.count, diff.settings.count == 1 ? "setting changed" : "settings changed")
        count(diff.added.count, "added")
        count(diff.removed.count, "removed")
        count(diff.swapped.count, "swapped")
        count(diff.moved.count, "moved")
        count(diff.renumbered.count, "renumbered")
        count(diff.reworded.count, "reworded")
        count(diff.parts.count, diff.parts.count == 1 ? "other part changed" : "other parts changed")
        count(diff.values.count, diff.values.count == 1 ? "value changed" : "values changed")
        let hand = diff.reworded.contains(where: \.handEdited) || diff.parts.contains(where: \.handEdited)
        return parts.joined(separator: ", ") + "." + (hand ? " Some text was edited by hand after composing." : "")
    }

    /// Why a clause's text changed, in plain words.
    func cause(_ change: DocumentDiff.Rewording) -> String {
        if change.handEdited { return "Edited by hand after the document was composed." }
        return change.wordingChanged
            ? "The catalogue wording changed (version \(change.old.version) → \(change.new.version))."
            : "Same catalogue wording; filled-in values or numbers changed."
    }
}
