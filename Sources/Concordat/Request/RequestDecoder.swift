import Yams

/// Turns a request file — YAML, or the same structure in JSON — into a validated `Request`.
///
/// A request comes from outside Concordat's control, so the bytes are checked before any parser
/// sees them (size, encoding, characters no document can hold, nesting depth, anchors), and then
/// the tree is read key by key with positions kept. Every problem found is reported together, each
/// naming its key and `FILE:LINE:COLUMN`.
public struct RequestDecoder: Sendable {
    /// The bounds applied to every request.
    public var limits: RequestLimits

    /// Creates a decoder with the given bounds.
    public init(limits: RequestLimits = .default) {
        self.limits = limits
    }

    /// Decodes and validates a request, ignoring warnings.
    ///
    /// - Parameters:
    ///   - bytes: the file's contents.
    ///   - source: the file's name as the user gave it (`<stdin>` for standard input), used in
    ///     every location.
    ///   - overrides: command-line values that win over the request's own.
    /// - Throws: `ConcordatError` of kind `.invalidData` carrying every error (and warning) found.
    public func decode(
        _ bytes: [UInt8], source: String, overrides: RequestOverrides = .init()
    ) throws(ConcordatError) -> Request {
        try decodeWithDiagnostics(bytes, source: source, overrides: overrides).request
    }

    /// Decodes and validates a request, returning it with the warnings found (for example a
    /// statutory type that does not fit the jurisdiction), sorted by position.
    ///
    /// - Throws: `ConcordatError` of kind `.invalidData` when there is any error; its diagnostics
    ///   list the errors in place order, then the warnings.
    public func decodeWithDiagnostics(
        _ bytes: [UInt8], source: String, overrides: RequestOverrides = .init()
    ) throws(ConcordatError) -> (request: Request, warnings: [Diagnostic]) {
        var checked = try RequestText.check(bytes, source: source, limits: limits)
        var early: [Diagnostic] = []
        // Strict JSON is checked on the text as written, before escapes are rewritten for YAML.
        if StrictJSON.applies(source: source, text: checked.text), let problem = StrictJSON.firstProblem(in: checked.text) {
            throw failure([Diagnostic(
                .error, "invalid JSON: \(problem.message)",
                at: SourceLocation(file: source, line: problem.line, column: problem.column),
                hint: "a .json request (or standard input starting with '{') is read as strict JSON; write YAML in a .yaml file for a looser syntax")]
                + forbiddenByLine(checked, source: source))
        }


        let structure = StructureScanner.scan(checked.text, maxDepth: limits.maxDepth, maxFindings: limits.maxDiagnostics)
        checked.text = SurrogateEscape.rewrite(checked.text, structure.surrogateEscapes)
        checked.forbidden += structure.surrogateEscapes.compactMap(\.lone)
        if let deep = structure.tooDeep {
            early.append(Diagnostic(
                .error, "nesting goes deeper than \(limits.maxDepth) levels",
                at: SourceLocation(file: source, line: deep.line, column: deep.column),
                hint: "a request needs only a few levels of lists and mappings"))
        }
        for anchor in structure.anchors {
            early.append(Diagnostic(
                .error, "anchors and aliases are not allowed in a request",
                at: SourceLocation(file: source, line: anchor.line, column: anchor.column),
                hint: "write each value out in full; to start text with & or *, put it in quotes"))
        }
        guard early.isEmpty else {
            throw failure(early + forbiddenByLine(checked, source: source))
        }

        var reader = RequestReader(source: source, limits: limits)
        let request: Request?
        switch parse(checked.text, source: source) {
        case .failed(let problem):
            throw failure([problem] + forbiddenByLine(checked, source: source))
        case .empty:
            throw failure([Diagnostic(.error, "the request is empty", at: SourceLocation(file: source))]
                + forbiddenByLine(checked, source: source))
        case .document(let parser, let root):
            request = withExtendedLifetime(parser) { reader.readRequest(root, overrides: overrides) }
        }
        if let request, !reader.diagnostics.hasErrors {
            reader.check(request)
        }
        // A value holding a forbidden character is reported for that alone: the stand-in the
        // parser read in its place would otherwise make the value look wrong in other ways too.
        let characters = forbidden(checked, attributedBy: reader)
        let spoiled = Set(characters.compactMap(\.key))
        let diagnostics = reader.diagnostics.filter { !spoiled.contains($0.key ?? "") } + characters
        guard let request, !diagnostics.hasErrors, reader.unreported == 0 else {
            throw failure(diagnostics.isEmpty && reader.unreported == 0
                ? [Diagnostic(.error, "the request could not be read", at: SourceLocation(file: source))]
                : diagnostics, unreported: reader.unreported)
        }
        return (request, diagnostics.sortedByLocation)
    }

    // MARK: Parsing

    private enum ParseOutcome {
        case document(Parser, Node)
        case empty
        case failed(Diagnostic)
    }

    /// Parses exactly one document, keeping the parser alive with the tree so anchors stay
    /// visible to the reader.
    private func parse(_ text: String, source: String) -> ParseOutcome {
        do {
            // The reader looks only at each scalar's text and style, never at a resolved tag, so
            // the basic resolver spares compiling and running the default one's regular expressions.
            let parser = try Parser(yaml: text, resolver: .basic, constructor: .default, encoding: .utf8)
            guard let root = try parser.nextRoot(), !RequestReader.isNull(root) else { return .empty }
            if let second = try parser.nextRoot() {
                return .failed(Diagnostic(
                    .error, "a request holds one YAML document, but a second one starts here",
                    at: SourceLocation(file: source, line: second.mark?.line, column: second.mark?.column),
                    hint: "remove the '---' line and what follows, or split it into its own file"))
            }
            return .document(parser, root)
        } catch {
            return .failed(Self.syntaxDiagnostic(error, source: source, text: text))
        }
    }

    static func syntaxDiagnostic(_ error: any Error, source: String, text: String? = nil) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: source, line: mark.line, column: mark.column) }
        func context(_ context: YamlError.Context?) -> String? {
            context.map { "\($0.text) that starts at line \($0.mark.line), column \($0.mark.column)" }
        }
        switch error as? YamlError {
        case .scanner(let ctx, let problem, let mark, _), .parser(let ctx, let problem, let mark, _),
             .composer(let ctx, let problem, let mark, _):
            // The common slips get plain words at the line the user got wrong.
            let report = YAMLSlips.Report(
                problem: problem, line: mark.line, column: mark.column, context: ctx?.text,
                contextLine: ctx?.mark.line, contextColumn: ctx?.mark.column)
            if let text, let explained = YAMLSlips.explain(report, text: text, source: source) { return explained }
            return Diagnostic(.error, "invalid YAML or JSON: \(problem)", at: at(mark), hint: context(ctx))
        case .duplicatedKeysInMapping(let duplicates, let ctx):
            let names = duplicates.map { "'\(RequestReader.abbreviated($0))'" }.joined(separator: ", ")
            return Diagnostic(
                .error, "key \(names) appears more than once in the same mapping", at: at(ctx.mark),
                hint: "each key may be given only once")
        default:
            return Diagnostic(.error, "cannot parse the request: \(error)", at: SourceLocation(file: source))
        }
    }

    // MARK: Findings

    /// Forbidden characters tied to the key whose key or value they sit in, as found by the
    /// reader's record of scalar positions.
    private func forbidden(_ checked: RequestText, attributedBy reader: RequestReader) -> [Diagnostic] {
        guard !checked.forbidden.isEmpty else { return [] }
        let positions = reader.scalarPaths.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        return checked.forbidden.map { character in
            let owner = positions.last { ($0.line, $0.column) <= (character.line, character.column) }
            return forbiddenDiagnostic(character, key: owner?.path, source: reader.source)
        }
    }

    /// Forbidden characters when the tree could not be built: the key is taken from the line.
    private func forbiddenByLine(_ checked: RequestText, source: String) -> [Diagnostic] {
        guard !checked.forbidden.isEmpty else { return [] }
        let lines = Self.lines(of: checked.text)
        return checked.forbidden.map { character in
            let line = character.line <= lines.count ? lines[character.line - 1] : ""
            return forbiddenDiagnostic(character, key: Self.keyWritten(on: line), source: source)
        }
    }

    private func forbiddenDiagnostic(_ character: ForbiddenCharacter, key: String?, source: String) -> Diagnostic {
        Diagnostic(
            .error, "contains \(character.described), \(character.kind.consequence)",
            at: SourceLocation(file: source, line: character.line, column: character.column), key: key,
            hint: character.kind.hint)
    }

    /// Lines split as the YAML parser splits them.
    static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { "\n\r\u{2028}\u{2029}".contains($0) }
    }

    /// The key a line starts with (`  - kind: charity` gives `kind`), if it looks like one.
    static func keyWritten(on line: Substring) -> String? {
        var rest = line.drop { $0 == " " || $0 == "\t" }
        while rest.hasPrefix("- ") { rest = rest.dropFirst(2).drop { $0 == " " } }
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let key = rest[..<colon]
        let allowed = key.unicodeScalars.allSatisfy { $0 == "-" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        return allowed && !key.isEmpty ? String(key) : nil
    }

    /// The failure thrown: errors in place order, then warnings, capped at the diagnostics limit.
    private func failure(_ diagnostics: [Diagnostic], unreported: Int = 0) -> ConcordatError {
        let errors = diagnostics.filter { $0.severity == .error }.sortedByLocation
        let others = diagnostics.filter { $0.severity != .error }.sortedByLocation
        var shown = Array((errors + others).prefix(limits.maxDiagnostics))
        let hidden = errors.count + others.count - shown.count + unreported
        if hidden > 0 {
            shown.append(Diagnostic(.error, "\(hidden) further problems are not shown"))
        }
        return ConcordatError(.invalidData, shown)
    }
}
