import Concordat

/// The HTML of one form field: its label, help, any error in the CLI's words, and a real control
/// for its kind of value (a select for a vocabulary, check boxes for roles, a date input…).
struct FieldHTML {
    /// The field.
    var field: FormField
    /// The concrete name (`parties[1].kind`).
    var name: String
    /// The values given for it.
    var values: [String]
    /// The errors that name it.
    var errors: [FieldError]

    var html: String {
        let id = HTML.id(name)
        let helpID = "h-" + id, errorID = "e-" + id
        let described = (field.help.isEmpty ? [] : [helpID]) + (errors.isEmpty ? [] : [errorID])
        let aria = (described.isEmpty ? "" : " aria-describedby=\"\(described.joined(separator: " "))\"")
            + (errors.isEmpty ? "" : " aria-invalid=\"true\"")
        let help = field.help.isEmpty ? "" : "<p class=\"help\" id=\"\(helpID)\">\(HTMLEscaping.escape(field.help))</p>"
        let error = FieldError.html(errors, id: errorID)
        let value = values.first ?? ""
        let escapedName = HTMLEscaping.escape(name)
        let classes = "field" + (errors.isEmpty ? "" : " field-error")
        switch field.control {
        case .checkbox:
            let checked = values.contains { ["true", "on", "yes"].contains($0.lowercased()) } ? " checked" : ""
            return """
                <div class="\(classes) checkbox" data-field="\(escapedName)">\(error)\
                <input type="checkbox" id="\(id)" name="\(escapedName)" value="true"\(checked)\(aria)>\
                <label for="\(id)">\(HTMLEscaping.escape(field.label))</label>\(help)</div>
                """
        case .choices(let words):
            let boxes = words.enumerated().map { index, word in
                let checked = values.contains(word) ? " checked" : ""
                return "<span class=\"choice\"><input type=\"checkbox\" id=\"\(id)-\(index)\" name=\"\(escapedName)\" value=\"\(HTMLEscaping.escape(word))\"\(checked)>"
                    + "<label for=\"\(id)-\(index)\">\(HTMLEscaping.escape(word))</label></span>"
            }.joined()
            let unknown = values.filter { !words.contains($0) }.map {
                "<input type=\"hidden\" name=\"\(escapedName)\" value=\"\(HTMLEscaping.escape($0))\">"
            }.joined()
            return """
                <fieldset class="\(classes) choices" id="\(id)" data-field="\(escapedName)"\(aria)>\
                <legend>\(HTMLEscaping.escape(field.label))</legend>\(help)\(error)\(boxes)\(unknown)</fieldset>
                """
        default:
            return """
                <div class="\(classes)" data-field="\(escapedName)"><label for="\(id)">\(HTMLEscaping.escape(field.label))</label>\
                \(help)\(error)\(control(id: id, name: escapedName, value: value, aria: aria))</div>
                """
        }
    }

    private func control(id: String, name: String, value: String, aria: String) -> String {
        let escaped = HTMLEscaping.escape(value)
        switch field.control {
        case .text:
            let type = name.hasSuffix(".email") ? "email" : "text"
            return "<input type=\"\(type)\" id=\"\(id)\" name=\"\(name)\" value=\"\(escaped)\"\(aria)>"
        case .longText:
            return "<textarea id=\"\(id)\" name=\"\(name)\" rows=\"3\"\(aria)>\(escaped)</textarea>"
        case .lines:
            return "<textarea id=\"\(id)\" name=\"\(name)\" rows=\"3\"\(aria)>\(escaped)</textarea>"
        case .number:
            // Text with a numeric keyboard rather than type=number, so that whatever is typed
            // reaches the server and is refused there in the CLI's words.
            return "<input type=\"text\" inputmode=\"decimal\" id=\"\(id)\" name=\"\(name)\" value=\"\(escaped)\"\(aria)>"
        case .date:
            return "<input type=\"date\" id=\"\(id)\" name=\"\(name)\" value=\"\(escaped)\"\(aria)>"
        case .choice(let words, let optional):
            return select(id: id, name: name, aria: aria, value: value, options:
                (optional ? [("", "— not set —")] : []) + words.map { ($0, $0) })
        case .yesNoDefault:
            return select(id: id, name: name, aria: aria, value: value,
                          options: [("", "— default —"), ("true", "yes"), ("false", "no")])
        case .checkbox, .choices:
            return ""
        }
    }

    private func select(id: String, name: String, aria: String, value: String, options: [(String, String)]) -> String {
        var options = options
        // A value loaded from a file that is not among the choices stays, so the server can name it.
        if !value.isEmpty, !options.contains(where: { $0.0 == value }) { options.append((value, value)) }
        let items = options.map { option in
            let selected = option.0 == value ? " selected" : ""
            return "<option value=\"\(HTMLEscaping.escape(option.0))\"\(selected)>\(HTMLEscaping.escape(option.1))</option>"
        }.joined()
        return "<select id=\"\(id)\" name=\"\(name)\"\(aria)>\(items)</select>"
    }
}

/// An error shown beside a field: the CLI's message and hint for the key it names.
struct FieldError: Sendable, Hashable {
    /// The message, as the CLI prints it.
    var message: String
    /// The hint, if any.
    var hint: String?

    static func html(_ errors: [FieldError], id: String) -> String {
        guard !errors.isEmpty else { return "" }
        let items = errors.map { error in
            "<span class=\"error-message\"><span class=\"visually-hidden\">Error: </span>\(HTMLEscaping.escape(error.message))"
                + (error.hint.map { "<span class=\"error-hint\">\(HTMLEscaping.escape($0))</span>" } ?? "") + "</span>"
        }.joined()
        return "<p class=\"error\" id=\"\(id)\">\(items)</p>"
    }
}
