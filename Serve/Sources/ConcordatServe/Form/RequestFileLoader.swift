import Concordat
import Yams

/// Turns a request file into the form's values, so a saved or hand-written request can be carried
/// on in the form. The file is read as a YAML tree only (the decoder's checks run when the form is
/// composed, and its findings then appear beside the fields); keys the form has no field for are
/// reported, never silently dropped.
public enum RequestFileLoader {
    /// The result of loading: the values, and findings about keys the form cannot show.
    public struct Loaded: Sendable {
        /// The form's values.
        public var values: FormValues
        /// Findings: a file that cannot be read as YAML, or keys left out of the form.
        public var findings: [Diagnostic]
    }

    /// Loads request text (YAML or JSON) into form values.
    public static func load(_ text: String, source: String, catalogue: FormCatalogue) -> Loaded {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return Loaded(values: FormValues(), findings: [Diagnostic(.error, "not readable as YAML or JSON: \(describe(error))", at: SourceLocation(file: source))])
        } catch {
            return Loaded(values: FormValues(), findings: [Diagnostic(.error, "not readable as YAML or JSON", at: SourceLocation(file: source))])
        }
        guard let root, case .mapping = root else {
            return Loaded(values: FormValues(), findings: [Diagnostic(.error, "a request is a mapping of keys to values", at: SourceLocation(file: source))])
        }
        var walker = Walker(catalogue: catalogue, source: source)
        walker.walk(root, path: "")
        return Loaded(values: walker.values, findings: walker.findings)
    }

    private static func describe(_ error: YamlError) -> String {
        let text = "\(error)"
        return String(text.prefix(200))
    }

    private struct Walker {
        let catalogue: FormCatalogue
        let source: String
        var values = FormValues()
        var findings: [Diagnostic] = []

        mutating func walk(_ node: Node, path: String) {
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    guard let name = key.string else { continue }
                    if path.isEmpty && name == "$schema" { continue }
                    walk(value, path: path.isEmpty ? name : path + "." + name)
                }
            case .sequence(let sequence):
                if path == "parties" {
                    for (index, party) in sequence.enumerated() { walk(party, path: "parties[\(index)]") }
                    return
                }
                guard let field = catalogue.field(named: path) else { return leftOut(path, node) }
                let items = sequence.compactMap(\.string)
                guard items.count == sequence.count else { return leftOut(path, node) }
                switch field.control {
                case .choices: for item in items { values.pairs.append((path, item)) }
                case .lines: values.pairs.append((path, items.joined(separator: "\n")))
                default: values.pairs.append((path, items.joined(separator: ", ")))
                }
            case .scalar(let scalar):
                guard let field = catalogue.field(named: path) else { return leftOut(path, node) }
                values.pairs.append((path, Self.formValue(scalar.string, for: field.control)))
            case .alias:
                leftOut(path, node)
            }
        }

        /// YAML 1.1's spellings of true and false become the form's; other text stays as written.
        static func formValue(_ text: String, for control: FormField.Control) -> String {
            switch control {
            case .checkbox, .yesNoDefault:
                switch text.lowercased() {
                case "true", "yes", "on", "y": return "true"
                case "false", "no", "off", "n": return "false"
                default: return text
                }
            default:
                return text
            }
        }

        mutating func leftOut(_ path: String, _ node: Node) {
            let location = node.mark.map { SourceLocation(file: source, line: $0.line, column: $0.column) } ?? SourceLocation(file: source)
            findings.append(Diagnostic(
                .warning, "the form has no field for this value, so it was left out", at: location, key: path,
                hint: "compose this request with the concordat command to keep it"))
        }
    }
}
