import Concordat

/// The `concordat.errors/1` body of a refused request: each error's key, line, column, message
/// and hint, `null` where a finding has none, in the order the CLI prints them.
public enum ErrorReport {
    /// The JSON body for a failure.
    public static func json(_ error: ConcordatError) -> String {
        json(error.diagnostics.filter { $0.severity == .error })
    }

    /// The JSON body for findings.
    public static func json(_ findings: [Diagnostic]) -> String {
        let entries = findings.map { finding in
            let fields = [
                ("key", finding.key.map(RequestTree.jsonString) ?? "null"),
                ("line", finding.location?.line.map(String.init) ?? "null"),
                ("column", finding.location?.column.map(String.init) ?? "null"),
                ("message", RequestTree.jsonString(finding.message)),
                ("hint", finding.hint.map(RequestTree.jsonString) ?? "null"),
            ]
            return "    {" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
        return "{\n  \"schema\": \"concordat.errors/1\",\n  \"errors\": [\n" + entries.joined(separator: ",\n") + "\n  ]\n}\n"
    }
}
