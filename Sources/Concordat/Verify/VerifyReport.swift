/// `concordat verify`'s report for one or more documents, as text or `concordat.verify/1` JSON.
public struct VerifyReport: Sendable {
    /// The outcome for one document.
    public enum Outcome: Sendable {
        /// The document was read and compared.
        case verified(Verification)
        /// The document could not be verified (no record, unreadable); the error says why.
        case failed(source: String, error: ConcordatError)
    }

    /// The outcomes, in the order the documents were given.
    public var outcomes: [Outcome]

    /// Creates a report.
    public init(outcomes: [Outcome]) { self.outcomes = outcomes }

    /// 0 when every document is untouched, 1 when any was changed, or the highest error code
    /// (65 when a document carries no request).
    public var exitCode: Int32 {
        outcomes.map { outcome -> Int32 in
            switch outcome {
            case .verified(let verification): verification.isUntouched ? 0 : 1
            case .failed(_, let error): error.kind.exitCode
            }
        }.max() ?? 0
    }

    /// The report for people.
    public var text: String {
        var lines: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .failed(let source, let error):
                lines.append("\(source): not verified: \(error.diagnostics.first?.message ?? "cannot be read")")
            case .verified(let v):
                lines.append(v.isUntouched
                    ? "\(v.source): untouched — the text is exactly as composed."
                    : "\(v.source): changed after composing — \(v.changes.count) \(v.changes.count == 1 ? "part differs" : "parts differ") from what was composed:")
                for change in v.changes {
                    let clause = change.clauseID.map { " (`\($0)`)" } ?? ""
                    let what = change.kind == .deleted ? "deleted" : "edited"
                    lines.append("  - \(change.place)\(clause): \(what) by hand")
                    if !change.values.isEmpty { lines.append("    values changed: \(change.values.joined(separator: ", "))") }
                    lines.append("    " + WordDiff.plainRedline(change.runs, context: 8))
                }
                if v.catalogueDiffers {
                    let changed = v.catalogueChanges.map { change in
                        change.now.map { "\(change.id) (version \(change.used) in the document, \($0) now)" } ?? "\(change.id) (no longer in the catalogue)"
                    }
                    lines.append(changed.isEmpty
                        ? "  note: the catalogue has changed since the document was composed; none of the clauses it uses did."
                        : "  note: the catalogue has changed since the document was composed; its wording differs now for " + changed.joined(separator: ", ") + ". The check above uses the wording the document carries.")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    fileprivate struct JSONRun: Encodable { var op: String, text: String }

    private struct JSON: Encodable {
        struct Change: Encodable {
            var kind: String, anchor: String, clause: String?, number: String?, place: String, values: [String]
            var redline: [JSONRun]
        }
        struct CatalogueChange: Encodable {
            var clause: String, used: Int, now: Int?
        }
        struct Document: Encodable {
            var document: String, status: String, format: String?, error: String?
            var changes: [Change]?
            var catalogueChanged: Bool?
            var catalogueChanges: [CatalogueChange]?
            enum CodingKeys: String, CodingKey {
                case document, status, format, error, changes
                case catalogueChanged = "catalogue-changed", catalogueChanges = "catalogue-changes"
            }
        }
        var schema = "concordat.verify/1"
        var documents: [Document]
        var exitCode: Int32
        enum CodingKeys: String, CodingKey { case schema, documents, exitCode = "exit-code" }
    }

    /// The report as `concordat.verify/1` JSON.
    public var json: String {
        JSONReport.encode(JSON(documents: outcomes.map { outcome in
            switch outcome {
            case .failed(let source, let error):
                return .init(document: source, status: error.kind == .invalidData ? "no-request" : "unreadable", format: nil,
                             error: error.diagnostics.first?.message, changes: nil, catalogueChanged: nil, catalogueChanges: nil)
            case .verified(let v):
                return .init(
                    document: v.source, status: v.isUntouched ? "untouched" : "changed", format: v.format.rawValue, error: nil,
                    changes: v.changes.map { change in
                        .init(kind: change.kind.rawValue, anchor: change.anchor, clause: change.clauseID, number: change.number,
                              place: change.place, values: change.values, redline: change.runs.map(WordDiff.jsonRun))
                    },
                    catalogueChanged: v.catalogueDiffers,
                    catalogueChanges: v.catalogueChanges.map { .init(clause: $0.id, used: $0.used, now: $0.now) })
            }
        }, exitCode: exitCode))
    }
}

extension WordDiff {
    /// A redline in plain text: deletions as [-…-], insertions as {+…+}, as `git diff --word-diff` writes them.
    /// Unchanged stretches longer than `context` words each side are shortened with "…".
    public static func plainRedline(_ runs: [Run], context: Int = .max) -> String {
        runs.enumerated().map { index, run in
            switch run {
            case .same(let text): elide(text, keepStart: index == 0 ? 0 : context, keepEnd: index == runs.count - 1 ? 0 : context)
            case .deleted(let text): "[-\(text)-]"
            case .inserted(let text): "{+\(text)+}"
            }
        }.joined(separator: " ")
    }

    private static func elide(_ text: String, keepStart: Int, keepEnd: Int) -> String {
        let words = text.split(separator: " ")
        guard keepStart < .max / 2, keepEnd < .max / 2, words.count > keepStart + keepEnd + 1 else { return text }
        let head = words.prefix(keepStart).joined(separator: " "), tail = words.suffix(keepEnd).joined(separator: " ")
        return [head, "…", tail].filter { !$0.isEmpty }.joined(separator: " ")
    }

    fileprivate static func jsonRun(_ run: Run) -> VerifyReport.JSONRun {
        switch run {
        case .same(let text): .init(op: "same", text: text)
        case .deleted(let text): .init(op: "deleted", text: text)
        case .inserted(let text): .init(op: "inserted", text: text)
        }
    }
}
