/// A syntax check of JSON as RFC 8259 defines it, run before a JSON request is read. The request
/// reader parses JSON with the YAML parser (JSON is nearly a subset of YAML, and the YAML tree
/// keeps positions), but YAML forgives what JSON forbids — a trailing comma, single quotes,
/// comments, unquoted words — so a JSON request that another program would reject could pass.
/// Foundation's JSONSerialization on Linux accepts trailing commas too and reports no position,
/// hence this small checker: one pass, an explicit stack (no recursion), line and column of the
/// first error.
struct StrictJSON {
    /// The first syntax error: 1-based line, column in Unicode scalars, and what is wrong.
    struct Problem: Sendable, Hashable {
        var line: Int
        var column: Int
        var message: String
    }

    /// Whether a request is read as JSON: a `.json` file, or standard input starting with `{`.
    static func applies(source: String, text: String) -> Bool {
        if source.lowercased().hasSuffix(".json") { return true }
        guard source == "<stdin>" else { return false }
        let first = text.unicodeScalars.first { !" \t\r\n\u{FEFF}".unicodeScalars.contains($0) }
        return first == "{"
    }

    private enum Expect { case value, keyOrClose, key, colon, commaOrClose, valueOrClose, end }

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    private init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The first error in `text`, or nil if it is one JSON value.
    static func firstProblem(in text: String) -> Problem? {
        var checker = StrictJSON(text)
        return checker.run()
    }

    private func problem(_ message: String) -> Problem { Problem(line: line, column: column, message: message) }

    private mutating func advance() {
        let scalar = scalars[index]
        index += 1
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
    }

    private mutating func skipSpace() {
        while index < scalars.count, [" ", "\t", "\n", "\r"].contains(scalars[index]) { advance() }
    }

    private func describe(_ scalar: Unicode.Scalar) -> String {
        scalar.value < 0x20 || scalar.value > 0x7E ? CharacterRule.codePoint(scalar.value) : "'\(scalar)'"
    }

    private mutating func run() -> Problem? {
        if index < scalars.count, scalars[index] == "\u{FEFF}" { advance() }
        var stack: [Unicode.Scalar] = []  // "{" or "["
        var expect = Expect.value
        while true {
            skipSpace()
            guard index < scalars.count else {
                return expect == .end ? nil : problem(stack.isEmpty ? "the JSON text ends before its value" : "the JSON text ends before '\(stack.last == "{" ? "}" : "]")'")
            }
            let scalar = scalars[index]
            switch expect {
            case .end:
                return problem("unexpected \(describe(scalar)) after the JSON value")
            case .colon:
                guard scalar == ":" else { return problem("expected ':' after the key, found \(describe(scalar))") }
                advance()
                expect = .value
            case .commaOrClose:
                if scalar == "," {
                    advance()
                    expect = stack.last == "{" ? .key : .value
                } else if (scalar == "}" && stack.last == "{") || (scalar == "]" && stack.last == "[") {
                    advance()
                    stack.removeLast()
                    expect = stack.isEmpty ? .end : .commaOrClose
                } else {
                    return problem("expected ',' or '\(stack.last == "{" ? "}" : "]")', found \(describe(scalar))")
                }
            case .key, .keyOrClose:
                if scalar == "}" {
                    guard expect == .keyOrClose else { return problem("a trailing comma is not allowed in JSON") }
                    advance()
                    stack.removeLast()
                    expect = stack.isEmpty ? .end : .commaOrClose
                } else if scalar == "\"" {
                    if let error = string() { return error }
                    expect = .colon
                } else {
                    return problem("expected a key in double quotes, found \(describe(scalar))")
                }
            case .value, .valueOrClose:
                if scalar == "]" {
                    guard expect == .valueOrClose else {
                        return problem(stack.last == "[" ? "a trailing comma is not allowed in JSON" : "expected a value, found ']'")
                    }
                    advance()
                    stack.removeLast()
                    expect = stack.isEmpty ? .end : .commaOrClose
                    continue
                }
                switch scalar {
                case "{":
                    advance()
                    stack.append("{")
                    expect = .keyOrClose
                case "[":
                    advance()
                    stack.append("[")
                    expect = .valueOrClose
                case "\"":
                    if let error = string() { return error }
                    expect = stack.isEmpty ? .end : .commaOrClose
                case "-", "0"..."9":
                    if let error = number() { return error }
                    expect = stack.isEmpty ? .end : .commaOrClose
                case "t", "f", "n":
                    if let error = word() { return error }
                    expect = stack.isEmpty ? .end : .commaOrClose
                default:
                    return problem("expected a JSON value, found \(describe(scalar))")
                }
            }
        }
    }

    /// A string in double quotes with JSON's escapes; no raw control characters.
    private mutating func string() -> Problem? {
        advance()  // the opening quote
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "\"":
                advance()
                return nil
            case "\\":
                advance()
                guard index < scalars.count else { break }
                let escape = scalars[index]
                if escape == "u" {
                    advance()
                    for _ in 0..<4 {
                        guard index < scalars.count, scalars[index].properties.isASCIIHexDigit else {
                            return problem("'\\u' must be followed by four hexadecimal digits")
                        }
                        advance()
                    }
                } else if "\"\\/bfnrt".unicodeScalars.contains(escape) {
                    advance()
                } else {
                    return problem("'\\\(escape)' is not a JSON escape")
                }
            case "\n":
                return problem("a JSON string cannot span lines; close the quote or write \\n")
            default:
                if scalar.value < 0x20 { return problem("\(describe(scalar)) must be escaped inside a JSON string") }
                advance()
            }
        }
        return problem("the string is not closed by '\"'")
    }

    /// A number: optional minus, integer without leading zeros, optional fraction and exponent.
    private mutating func number() -> Problem? {
        func digits(_ checker: inout StrictJSON) -> Int {
            var count = 0
            while checker.index < checker.scalars.count, ("0"..."9").contains(checker.scalars[checker.index]) {
                checker.advance()
                count += 1
            }
            return count
        }
        if scalars[index] == "-" { advance() }
        guard index < scalars.count, ("0"..."9").contains(scalars[index]) else { return problem("expected a digit after '-'") }
        if scalars[index] == "0" {
            advance()
            if index < scalars.count, ("0"..."9").contains(scalars[index]) { return problem("a JSON number cannot start with 0") }
        } else {
            _ = digits(&self)
        }
        if index < scalars.count, scalars[index] == "." {
            advance()
            guard digits(&self) > 0 else { return problem("expected a digit after '.'") }
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            advance()
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { advance() }
            guard digits(&self) > 0 else { return problem("expected a digit in the exponent") }
        }
        return nil
    }

    /// `true`, `false` or `null`.
    private mutating func word() -> Problem? {
        let start = (line: line, column: column)
        var letters = ""
        while index < scalars.count, ("a"..."z").contains(scalars[index]) {
            letters.unicodeScalars.append(scalars[index])
            advance()
        }
        guard ["true", "false", "null"].contains(letters) else {
            return Problem(line: start.line, column: start.column,
                           message: "'\(RequestReader.abbreviated(letters))' is not a JSON value; text needs double quotes")
        }
        return nil
    }
}
