/// A finding about the inputs, reported with others rather than stopping at the first.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How serious a finding is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// What is wrong, in one sentence without a trailing full stop.
    public var message: String
    /// Where it is, if it has a place.
    public var location: SourceLocation?
    /// The request key or clause field concerned, e.g. `parties[1].kind`.
    public var key: String?
    /// How to put it right, when that is not obvious from the message.
    public var hint: String?

    /// Creates a finding.
    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation? = nil,
        key: String? = nil, hint: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.key = key
        self.hint = hint
    }

    /// `FILE:LINE:COLUMN: error: key: message`, then `  hint: …` on its own line when there is one.
    /// A finding without a line reads `concordat: error: FILE: message`, as the contract says.
    public var description: String {
        let body = (key.map { "\($0): " } ?? "") + message
        var text: String
        if let location, location.line != nil {
            text = "\(location): \(severity.rawValue): \(body)"
        } else if let location {
            text = "concordat: \(severity.rawValue): \(location.file): \(body)"
        } else {
            text = "concordat: \(severity.rawValue): \(body)"
        }
        if let hint { text += "\n  hint: \(hint)" }
        // A message may quote input (a name, a path): characters that could reorder or hide
        // what the terminal shows are written as <U+202E>, and each line is capped.
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { CharacterRule.displayable(String($0), limit: Self.maxLineLength) }
            .joined(separator: "\n")
    }

    /// `text` as it may be printed to a terminal: characters the input rules refuse (controls,
    /// bidirectional controls, invisible characters) written as `<U+202E>`, each line cut at
    /// ``maxLineLength`` characters.
    public static func displayable(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { CharacterRule.displayable(String($0), limit: maxLineLength) }
            .joined(separator: "\n")
    }

    /// The longest line a message prints, in characters; longer ones end in "…".
    public static let maxLineLength = 1_000
}

extension Array where Element == Diagnostic {
    /// Whether any finding is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The findings sorted by place, then message, so reports are stable.
    public var sortedByLocation: [Diagnostic] {
        sorted {
            let l = $0.location ?? SourceLocation(file: ""), r = $1.location ?? SourceLocation(file: "")
            return l != r ? l < r : $0.description < $1.description
        }
    }
}
