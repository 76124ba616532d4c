/// One `when` condition of a clause: a request path and what must hold of it.
public struct Condition: Sendable, Hashable, CustomStringConvertible {
    /// A value a condition compares with.
    public enum Value: Sendable, Hashable, CustomStringConvertible {
        case word(String)
        case number(Int)
        case flag(Bool)

        public var description: String {
            switch self {
            case .word(let word): word
            case .number(let number): String(number)
            case .flag(let flag): String(flag)
            }
        }
    }

    /// What must hold.
    public enum Test: Sendable, Hashable {
        /// The value equals this.
        case equals(Value)
        /// The value is one of these.
        case oneOf([Value])
        /// The request gives (true) or does not give (false) the value.
        case present(Bool)
        /// A number is at least this.
        case atLeast(Int)
        /// A number is at most this.
        case atMost(Int)
    }

    /// The request path, e.g. `parties.any.kind`.
    public var path: String
    /// What must hold.
    public var test: Test
    /// Where the condition is written.
    public var location: SourceLocation

    /// Creates a condition.
    public init(path: String, test: Test, location: SourceLocation) {
        self.path = path
        self.test = test
        self.location = location
    }

    /// The condition as a reader would say it: "parties.any.kind is one of charity, company".
    public var description: String {
        switch test {
        case .equals(let value): "\(path) is \(value)"
        case .oneOf(let values): "\(path) is one of \(values.map(\.description).joined(separator: ", "))"
        case .present(true): "\(path) is given"
        case .present(false): "\(path) is not given"
        case .atLeast(let n): "\(path) is at least \(n)"
        case .atMost(let n): "\(path) is at most \(n)"
        }
    }
}
