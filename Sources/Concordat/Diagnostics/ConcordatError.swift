/// A failure that stops a command, carrying every finding that caused it and the exit code the
/// public contract gives it.
public struct ConcordatError: Error, Sendable, CustomStringConvertible {
    /// The classes of failure, each with its contract exit code.
    public enum Kind: Sendable, Hashable {
        /// Bad command-line use (exit 64).
        case usage
        /// An invalid request, catalogue or template, a `check` failure, or a warning under
        /// `--strict` (exit 65).
        case invalidData
        /// An input that does not exist or cannot be read (exit 66).
        case inputNotFound
        /// An output that cannot be created (exit 73).
        case cannotCreateOutput
        /// A fault in Concordat itself (exit 70).
        case `internal`

        /// The process exit code for this kind.
        public var exitCode: Int32 {
            switch self {
            case .usage: 64
            case .invalidData: 65
            case .inputNotFound: 66
            case .cannotCreateOutput: 73
            case .internal: 70
            }
        }
    }

    /// Which class of failure this is.
    public var kind: Kind
    /// The findings, errors first in place order.
    public var diagnostics: [Diagnostic]

    /// Creates a failure from findings.
    public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// Creates a failure from a single error finding.
    public init(
        _ kind: Kind, _ message: String, at location: SourceLocation? = nil, key: String? = nil,
        hint: String? = nil
    ) {
        self.init(kind, [Diagnostic(.error, message, at: location, key: key, hint: hint)])
    }

    /// The findings, one per line, as printed on standard error.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
