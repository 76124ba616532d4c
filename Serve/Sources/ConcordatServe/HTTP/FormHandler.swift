import Concordat
import Hummingbird
import Yams

/// The form's own post (`POST /form`): what each button does — check, preview, download, save,
/// add or remove a party, load a file — and the script's live update. Stateless: everything the
/// next page needs travels in the post.
struct FormHandler: Sendable {
    let engine: ServeEngine

    /// What each level means for the document, from `Templates/risk-levels.yaml`.
    var levelMeanings: [RiskLevel: String] {
        guard let text = engine.composer.templates.text("risk-levels.yaml"),
              case .mapping(let mapping)? = try? Yams.compose(yaml: text) else { return [:] }
        var meanings: [RiskLevel: String] = [:]
        for (key, value) in mapping {
            if let level = key.string.flatMap(RiskLevel.init(rawValue:)), let text = value.string { meanings[level] = text }
        }
        return meanings
    }

    /// `GET /`: an empty form with two parties, or `?example=FRAMEWORK` filled from `init`'s example.
    func page(query example: String?) -> Response {
        if let example, let framework = Framework(rawValue: example) {
            let text = ExampleRequest.yaml(document: .memorandumOfUnderstanding, framework: framework)
            let loaded = RequestFileLoader.load(text, source: "example", catalogue: engine.catalogue)
            return render(loaded.values, showFindings: true, notice: "Filled from the \(framework.rawValue) example.")
        }
        let values = FormValues([("parties[0].name", ""), ("parties[1].name", "")])
        return render(values, showFindings: false)
    }

    func post(_ posted: FormValues) -> Response {
        let action = posted["action"] ?? "check"
        var values = FormValues(posted.pairs.filter { $0.name != "action" && $0.name != "request-text" })
        switch action {
        case "add-party":
            let next = (values.partyIndices.last ?? -1) + 1
            values.pairs.append(("parties[\(next)].name", ""))
            return render(values, showFindings: false, notice: "Party \(values.partyIndices.count) added.", status: .ok)
        case let remove where remove.hasPrefix("remove-party:"):
            let index = Int(remove.dropFirst("remove-party:".count))
            return render(values.renumberingParties(removing: index), showFindings: false, notice: "Party removed.")
        case "load":
            let loaded = RequestFileLoader.load(posted["request-text"] ?? "", source: "request file", catalogue: engine.catalogue)
            return render(loaded.values, showFindings: !loaded.findings.hasErrors, loadFindings: loaded.findings,
                          notice: loaded.findings.hasErrors ? nil : "The request file was loaded into the form.")
        case "live":
            return live(values)
        case "preview":
            return preview(values)
        case let save where save.hasPrefix("save:"):
            let tree = RequestTree.from(values, catalogue: engine.catalogue)
            let json = save == "save:json"
            return Responses.attachment(
                json ? tree.json : tree.yaml, type: json ? "application/json" : "application/yaml; charset=utf-8",
                fileName: DownloadName.requestFileName(partnership: values["partnership.name"], fileExtension: json ? "json" : "yaml"))
        case let compose where compose.hasPrefix("compose:"):
            guard let format = OutputFormat(rawValue: String(compose.dropFirst("compose:".count))) else {
                return render(values, showFindings: true, notice: "That format is not available.", status: .badRequest)
            }
            let yaml = RequestTree.from(values, catalogue: engine.catalogue).yaml
            do {
                return Responses.document(try engine.compose(Array(yaml.utf8), source: FormEvaluation.source, format: format),
                                          disposition: "attachment")
            } catch {
                return render(values, showFindings: true, status: .unprocessableContent)
            }
        default:
            let evaluation = FormEvaluation(values, engine: engine)
            let ok = evaluation.request != nil
            return render(values, showFindings: true, notice: ok ? "The form is complete: the document can be composed." : nil,
                          status: ok ? .ok : .unprocessableContent, evaluation: evaluation)
        }
    }

    private func render(
        _ values: FormValues, showFindings: Bool, loadFindings: [Diagnostic] = [], notice: String? = nil,
        status: HTTPResponse.Status = .ok, evaluation: FormEvaluation? = nil
    ) -> Response {
        let evaluation = evaluation ?? FormEvaluation(values, engine: engine)
        let panels = LivePanels(evaluation: evaluation, scoring: engine.composer.scoring, levelMeanings: levelMeanings)
        let page = FormPage(evaluation: evaluation, panels: panels, showFindings: showFindings, loadFindings: loadFindings, notice: notice)
        return Responses.page(page.html, status: status)
    }

    /// The script's update: the panels and each field's errors, as JSON.
    private func live(_ values: FormValues) -> Response {
        let evaluation = FormEvaluation(values, engine: engine)
        let panels = LivePanels(evaluation: evaluation, scoring: engine.composer.scoring, levelMeanings: levelMeanings)
        let level = evaluation.assessment.map { RequestTree.jsonString($0.level.rawValue) } ?? "null"
        let json = "{\"level\": \(level), \"complete\": \(evaluation.request != nil), "
            + "\"assessment\": \(RequestTree.jsonString(panels.assessmentHTML)), "
            + "\"explain\": \(RequestTree.jsonString(panels.explainHTML)), \"errors\": \(panels.errorsJSON)}\n"
        return Responses.bytes(Array(json.utf8), type: "application/json")
    }

    /// The document as HTML for the preview frame, or the findings when it cannot be composed.
    private func preview(_ values: FormValues) -> Response {
        let yaml = RequestTree.from(values, catalogue: engine.catalogue).yaml
        do {
            return Responses.document(try engine.compose(Array(yaml.utf8), source: FormEvaluation.source, format: .html),
                                      disposition: "inline")
        } catch {
            let items = error.diagnostics.filter { $0.severity == .error }.map {
                "<li>" + HTMLEscaping.escape(($0.key.map { "\($0): " } ?? "") + $0.message) + "</li>"
            }.joined()
            let body = "<p>The document cannot be composed yet. Put these right in the form:</p><ul>\(items)</ul>"
            return Responses.page(FormPage.shell(title: "Preview not ready", body: body), status: .unprocessableContent)
        }
    }
}
