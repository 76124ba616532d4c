import Concordat

/// The form page: every request field by section, parties added and removed, the live panels,
/// downloads in every format, loading and saving a request file, and the preview. Works as plain
/// HTML forms; the script only makes the panels and preview follow the fields as they change.
struct FormPage {
    var evaluation: FormEvaluation
    var panels: LivePanels
    /// Whether to show the CLI's findings (not on a fresh, empty form).
    var showFindings: Bool
    /// Findings from loading a request file, shown above the form.
    var loadFindings: [Diagnostic] = []
    /// A short message after loading, adding or removing.
    var notice: String?

    static let sectionTitles: [String: String] = [
        "document": "Document", "partnership": "Partnership", "parties": "Parties",
        "governance": "Governance", "data": "Data", "risk-factors": "Risk factors", "exit": "Exit",
    ]

    var html: String {
        let catalogue = evaluation.catalogue
        let placed: (byName: [String: [Diagnostic]], unplaced: [Diagnostic]) = showFindings ? evaluation.placedFindings : ([:], [])
        var body = summary(placed.byName, placed.unplaced)
        body += "<form id=\"request-form\" method=\"post\" action=\"/form\" novalidate data-complete=\"\(evaluation.request != nil)\"><div class=\"layout\"><div class=\"fields\">"
        for section in catalogue.sections {
            let title = Self.sectionTitles[section] ?? section.prefix(1).uppercased() + section.dropFirst().replacingOccurrences(of: "-", with: " ")
            let sectionErrors = section == "document" ? [] : placed.byName[section] ?? []
            body += "<fieldset class=\"section\" id=\"section-\(section)\"><legend><h2>\(HTMLEscaping.escape(title))</h2></legend>"
            body += FieldError.html(sectionErrors.map { FieldError(message: $0.message, hint: $0.hint) }, id: "e-section-" + section)
            if section == "parties" {
                body += parties(catalogue, placed.byName)
            } else {
                for field in catalogue.fields where field.section == section {
                    body += FieldHTML(field: field, name: field.pattern, values: evaluation.values.all(field.pattern),
                                      errors: errors(placed.byName[field.pattern])).html
                }
            }
            body += "</fieldset>"
        }
        body += "</div><aside class=\"live\" aria-label=\"Assessment and clauses\">"
        body += "<section id=\"assessment\" class=\"panel\" aria-live=\"polite\" aria-labelledby=\"assessment-title\">\(panels.assessmentHTML)</section>"
        body += actions
        body += "<section id=\"explain\" class=\"panel\" aria-labelledby=\"explain-title\">\(panels.explainHTML)</section>"
        body += "</aside></div></form>"
        body += loadForm
        body += "<section class=\"preview\" aria-labelledby=\"preview-title\"><h2 id=\"preview-title\">Preview</h2>"
            + "<p>Choose “Show preview” to see the document here; with scripts on it follows the form.</p>"
            + "<iframe name=\"preview\" id=\"preview\" title=\"Preview of the document\" src=\"about:blank\"></iframe></section>"
        return Self.shell(title: "Concordat: compose a partnership document", body: body)
    }

    private func errors(_ findings: [Diagnostic]?) -> [FieldError] {
        (findings ?? []).map { FieldError(message: ($0.severity == .warning ? "Warning: " : "") + $0.message, hint: $0.hint) }
    }

    private func parties(_ catalogue: FormCatalogue, _ byName: [String: [Diagnostic]]) -> String {
        var indices = evaluation.values.partyIndices
        while indices.count < 2 { indices.append((indices.last ?? -1) + 1) }
        var html = "<div id=\"party-list\">"
        for (position, index) in indices.enumerated() {
            let prefix = "parties[\(index)]"
            html += "<fieldset class=\"party\" id=\"\(HTML.id(prefix))\" data-party=\"\(index)\"><legend><h3>Party \(position + 1)</h3></legend>"
            html += FieldError.html(errors(byName[prefix]), id: "e-" + HTML.id(prefix))
            for field in catalogue.fields where field.isPerParty {
                let name = field.name(party: index)
                html += FieldHTML(field: field, name: name, values: evaluation.values.all(name), errors: errors(byName[name])).html
            }
            html += "<button type=\"submit\" class=\"secondary remove-party\" name=\"action\" value=\"remove-party:\(index)\">Remove party \(position + 1)</button></fieldset>"
        }
        return html + "</div><button type=\"submit\" class=\"secondary\" id=\"add-party\" name=\"action\" value=\"add-party\">Add a party</button>"
    }

    private var actions: String {
        let downloads = OutputFormat.allCases.map { format in
            "<button type=\"submit\" name=\"action\" value=\"compose:\(format.rawValue)\">Download \(Self.formatName(format))</button>"
        }.joined()
        return """
            <section id="actions" class="panel" aria-labelledby="actions-title"><h2 id="actions-title">Documents</h2>\
            <div class="buttons"><button type="submit" name="action" value="preview" formtarget="preview" id="show-preview">Show preview</button>\
            <button type="submit" name="action" value="check" class="secondary">Check the form</button></div>\
            <div class="buttons downloads">\(downloads)</div>\
            <h3>Request file</h3><div class="buttons"><button type="submit" name="action" value="save:yaml" class="secondary">Save as YAML</button>\
            <button type="submit" name="action" value="save:json" class="secondary">Save as JSON</button></div></section>
            """
    }

    private var loadForm: String {
        """
        <section class="load panel" aria-labelledby="load-title"><h2 id="load-title">Load a request file</h2>\
        <form method="post" action="/form" id="load-form"><div class="field">\
        <label for="load-file" class="js-only" hidden>Choose a request file (YAML or JSON)</label>\
        <input type="file" id="load-file" accept=".yaml,.yml,.json,application/json,text/yaml" class="js-only" hidden>\
        <label for="request-text">Or paste its text</label>\
        <p class="help" id="h-request-text">The form is filled from the file; keys it has no field for are named.</p>\
        <textarea id="request-text" name="request-text" rows="6" aria-describedby="h-request-text"></textarea></div>\
        <button type="submit" name="action" value="load" class="secondary">Load into the form</button></form></section>
        """
    }

    private func summary(_ byName: [String: [Diagnostic]], _ unplaced: [Diagnostic]) -> String {
        var html = notice.map { "<div class=\"notice\" role=\"status\"><p>\(HTMLEscaping.escape($0))</p></div>" } ?? ""
        if !loadFindings.isEmpty {
            html += "<div class=\"load-findings\" role=\"status\"><h2>From the file</h2><ul>"
                + loadFindings.map { "<li>\(HTMLEscaping.escape($0.description))</li>" }.joined() + "</ul></div>"
        }
        let errors = byName.sorted { $0.key < $1.key }.flatMap { name, findings in
            findings.filter { $0.severity == .error }.map { (evaluation.catalogue.elementID(name), name, $0) }
        }
        let loose = unplaced.filter { $0.severity == .error }
        guard !errors.isEmpty || !loose.isEmpty else { return html }
        html += "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"error-summary\"><h2>There is a problem</h2><ul>"
        for (id, name, finding) in errors {
            html += "<li><a href=\"#\(id)\">\(HTMLEscaping.escape(name)): \(HTMLEscaping.escape(finding.message))</a></li>"
        }
        for finding in loose { html += "<li>\(HTMLEscaping.escape(finding.message))</li>" }
        return html + "</ul></div>"
    }

    static func formatName(_ format: OutputFormat) -> String {
        switch format.rawValue {
        case "markdown": "Markdown"
        case "html": "HTML"
        default: format.rawValue.uppercased()
        }
    }

    /// The page around a body: the stylesheet and script are the server's own files.
    static func shell(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(title))</title><link rel="stylesheet" href="/assets/form.css"><script src="/assets/form.js" defer></script></head>
        <body><a class="skip-link" href="#main">Skip to the form</a>
        <header class="masthead"><p class="brand">Concordat</p><p>Compose a first draft of a partnership’s memorandum of understanding, terms of reference or exit strategy. Nothing you type is stored: the form and its documents stay on this computer.</p></header>
        <main id="main" tabindex="-1"><h1>\(HTMLEscaping.escape(title))</h1>\(body)</main></body></html>

        """
    }
}
