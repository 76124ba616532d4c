import Concordat

/// The panels beside the form that follow its values: the risk assessment (each factor's points
/// and floor, the band, the level and what it means for the document) and, per clause, why it is
/// in the document. Rendered by the server for the full page and for the script's live updates.
struct LivePanels {
    var evaluation: FormEvaluation
    var scoring: RiskScoring
    /// What each level means, from `Templates/risk-levels.yaml`.
    var levelMeanings: [RiskLevel: String]

    var assessmentHTML: String {
        guard let a = evaluation.assessment else {
            return "<h2 id=\"assessment-title\">Risk level</h2><p class=\"pending\">The assessment appears once the risk factors and parties can be read; see the errors beside the fields.</p>"
        }
        var html = "<h2 id=\"assessment-title\">Risk level: <span class=\"level level-\(a.level.rawValue)\" data-level=\"\(a.level.rawValue)\">\(a.level.rawValue)</span></h2>"
        if let meaning = levelMeanings[a.level] { html += "<p class=\"meaning\">\(HTMLEscaping.escape(meaning))</p>" }
        if let count = evaluation.clauseCounts[a.level] {
            let others = RiskLevel.allCases.filter { $0 != a.level }.compactMap { level in
                evaluation.clauseCounts[level].map { "\($0) at \(level.rawValue)" }
            }
            html += "<p>This document has <strong>\(count) clauses</strong> at this level (\(others.joined(separator: ", "))).</p>"
        }
        for (level, titles) in evaluation.additions.sorted(by: { $0.key < $1.key }) where !titles.isEmpty {
            html += "<details class=\"additions\"><summary>What \(level.rawValue) would add (\(titles.count))</summary><ul>"
                + titles.map { "<li>\(HTMLEscaping.escape($0))</li>" }.joined() + "</ul></details>"
        }
        guard let factors = a.factors else {
            return html + "<p>The level is stated in the request, so nothing is assessed. Choose “not set” for the risk level to assess it from the factors.</p>"
        }
        html += "<table class=\"factors\"><caption>How the level is worked out</caption><thead><tr><th scope=\"col\">Factor</th><th scope=\"col\">Value</th><th scope=\"col\">Points</th><th scope=\"col\">Floor</th></tr></thead><tbody>"
        for factor in factors {
            let value = factor.source == "request" ? factor.value : "\(factor.value) (\(factor.source))"
            html += "<tr data-factor=\"\(HTMLEscaping.escape(factor.name))\"><th scope=\"row\">\(HTMLEscaping.escape(factor.name))<span class=\"why\">\(HTMLEscaping.escape(factor.why))</span></th>"
                + "<td>\(HTMLEscaping.escape(value))</td><td>\(factor.points)</td><td>\(factor.floor?.rawValue ?? "—")</td></tr>"
        }
        let bands = RiskLevel.allCases.map { "\($0.rawValue) from \(scoring.bands[$0] ?? 0)" }.joined(separator: ", ")
        html += "</tbody></table><dl class=\"summary\">"
            + "<dt>Score</dt><dd>\(a.score) points → band <strong>\(a.band.rawValue)</strong> (\(bands))</dd>"
            + "<dt>Floor</dt><dd>\(a.floor?.rawValue ?? "none")</dd>"
            + "<dt>Assessed level</dt><dd>\(a.assessed?.rawValue ?? "none") (the higher of band and floor)</dd>"
        if let stated = a.stated {
            html += "<dt>Stated level</dt><dd>\(stated.rawValue)" + (a.isOverridden ? ", which overrides the assessed level" : ", the same as assessed") + "</dd>"
        }
        return html + "</dl>"
    }

    var explainHTML: String {
        guard let selection = evaluation.selection else {
            return "<h2 id=\"explain-title\">Clauses</h2><p class=\"pending\">The clauses are listed once the form has no errors.</p>"
        }
        var html = "<h2 id=\"explain-title\">Clauses: \(selection.included.count) of \(selection.decisions.count)</h2>"
            + "<p>Open a clause to see why it is in the document.</p><ul class=\"clauses\">"
        let included = selection.decisions.filter(\.included)
        for decision in included {
            html += "<li><details><summary>\(HTMLEscaping.escape(decision.title)) <span class=\"clause-id\">\(HTMLEscaping.escape(decision.clauseID))</span></summary>"
                + reasons(decision) + "<button type=\"button\" class=\"in-preview\" hidden data-clause=\"\(HTMLEscaping.escape(decision.clauseID))\">Show in the preview</button></details></li>"
        }
        html += "</ul>"
        let excluded = selection.decisions.filter { !$0.included }
        if !excluded.isEmpty {
            html += "<details class=\"excluded\"><summary>Clauses left out (\(excluded.count))</summary><ul class=\"clauses\">"
            for decision in excluded {
                html += "<li><details><summary>\(HTMLEscaping.escape(decision.title)) <span class=\"clause-id\">\(HTMLEscaping.escape(decision.clauseID))</span></summary>\(reasons(decision))</details></li>"
            }
            html += "</ul></details>"
        }
        return html
    }

    private func reasons(_ decision: Selection.Decision) -> String {
        let telling = decision.telling
        let verdict = decision.included ? "Included" : "Left out"
        guard !telling.isEmpty else { return "<p>\(verdict): it applies to every document of this kind.</p>" }
        return "<ul class=\"reasons\">" + telling.map { "<li>\(verdict): \(HTMLEscaping.escape($0.explanation))</li>" }.joined() + "</ul>"
    }

    /// The errors beside fields, for the script: field id, and the same HTML the page shows.
    var errorsJSON: String {
        let placed = evaluation.placedFindings
        let items = placed.byName.sorted { $0.key < $1.key }.map { name, findings in
            let errors = findings.map { FieldError(message: $0.message, hint: $0.hint) }
            let id = evaluation.catalogue.elementID(name)
            return "{\"id\": \(RequestTree.jsonString(id)), \"html\": \(RequestTree.jsonString(FieldError.html(errors, id: "e-" + id)))}"
        }
        return "[" + items.joined(separator: ", ") + "]"
    }
}
