import Yams

extension RequestRows {
    /// One row's request, ready to compose, with its warnings placed on the row's cells.
    public struct MergedRow: Sendable {
        /// The row's number (the header is row 1).
        public var row: Int
        /// The base request with the row's values in place.
        public var request: Request
        /// Warnings found reading the row's request, each at its cell where it has one.
        public var warnings: [Diagnostic]
    }

    /// Builds one request per row: the base request with each non-empty cell's value set at its
    /// column's path. All or nothing: every row is read, and if any has an error, every error is
    /// thrown together, each at `FILE.csv:ROW:COLUMN` with the request path as its key.
    ///
    /// - Parameters:
    ///   - base: the base request's bytes; it must decode on its own.
    ///   - baseSource: the base request's name in messages.
    public func requests(
        base: [UInt8], baseSource: String, overrides: RequestOverrides = .init(), limits: RequestLimits = .default
    ) throws(ConcordatError) -> [MergedRow] {
        let decoder = RequestDecoder(limits: limits)
        // The base alone must be a valid request, so its own mistakes are reported once, at its lines.
        let (_, baseWarnings) = try decoder.decodeWithDiagnostics(base, source: baseSource, overrides: overrides)
        let root = try Self.tree(base, source: baseSource, limits: limits)
        let columns = header.enumerated().compactMap { index, name -> (column: Int, path: RequestPath)? in
            guard name != Self.fileColumn, case .success(let path) = RequestPath.parse(name) else { return nil }
            return (index + 1, path)
        }
        var merged: [MergedRow] = []
        var errors: [Diagnostic] = []
        let baseSeen = Set(baseWarnings.map(\.description))
        for row in rows {
            var tree = root
            var rowErrors: [Diagnostic] = []
            for (column, path) in columns {
                let cell = row.cells[column - 1]
                guard !cell.isEmpty else { continue }  // an empty cell keeps the base's value
                switch path.set(.scalar(Node.Scalar(cell, .implicit, .plain)), in: tree) {
                case .success(let updated): tree = updated
                case .failure(let problem):
                    rowErrors.append(Diagnostic(.error, problem.message, at: cellLocation(row, column), key: path.text,
                                                hint: "a row can change the base request's values and add one item at the end of a list"))
                }
            }
            errors += rowErrors
            let (request, findings) = decoder.decodeTree(tree, source: baseSource, overrides: overrides)
            let placed = findings.map { place($0, row: row, columns: columns) }
            errors += placed.filter { $0.severity == .error }
            if let request, !placed.hasErrors, rowErrors.isEmpty {
                let warnings = placed.filter { !baseSeen.contains($0.description) }
                merged.append(MergedRow(row: row.number, request: request, warnings: warnings))
            }
        }
        guard errors.isEmpty else { throw ConcordatError(.invalidData, errors) }
        return merged
    }

    /// Places a finding about a row's request: at the cell whose path it concerns, else left where
    /// it points in the base request.
    public func place(_ finding: Diagnostic, row: Int) -> Diagnostic {
        guard let found = rows.first(where: { $0.number == row }) else { return finding }
        let columns = header.enumerated().compactMap { index, name -> (column: Int, path: RequestPath)? in
            guard name != Self.fileColumn, case .success(let path) = RequestPath.parse(name) else { return nil }
            return (index + 1, path)
        }
        return place(finding, row: found, columns: columns)
    }

    private func place(_ finding: Diagnostic, row: Row, columns: [(column: Int, path: RequestPath)]) -> Diagnostic {
        let key = finding.key ?? ""
        // "unknown key 'nmae'" is reported against the mapping that holds it.
        let unknown = finding.message.hasPrefix("unknown key '")
            ? finding.message.dropFirst("unknown key '".count).prefix { $0 != "'" } : nil
        let named = unknown.map { key.isEmpty ? String($0) : key + "." + $0 }
        func concerns(_ path: String) -> Bool {
            for target in [key, named].compactMap({ $0 }) where !target.isEmpty {
                if target == path || target.hasPrefix(path + ".") || target.hasPrefix(path + "[") { return true }
            }
            return false
        }
        guard let match = columns.first(where: { concerns($0.path.text) && !row.cells[$0.column - 1].isEmpty }) else {
            return finding
        }
        var placed = finding
        placed.location = cellLocation(row, match.column)
        placed.key = finding.key ?? match.path.text
        if named != nil { placed.key = match.path.text }
        return placed
    }

    private func cellLocation(_ row: Row, _ column: Int) -> SourceLocation {
        SourceLocation(file: source, line: row.number, column: column)
    }

    /// The base request's tree, parsed as the decoder parses it.
    private static func tree(_ bytes: [UInt8], source: String, limits: RequestLimits) throws(ConcordatError) -> Node {
        let checked = try RequestText.check(bytes, source: source, limits: limits)
        do {
            let parser = try Parser(yaml: checked.text, resolver: .basic, constructor: .default, encoding: .utf8)
            if let root = try parser.nextRoot() { return root }
        } catch {
            throw ConcordatError(.invalidData, [RequestDecoder.syntaxDiagnostic(error, source: source, text: checked.text)])
        }
        throw ConcordatError(.invalidData, "the request is empty", at: SourceLocation(file: source))
    }
}

extension RequestDecoder {
    /// Reads a request from a tree built in memory (a base request with a row's values set in it).
    func decodeTree(_ root: Node, source: String, overrides: RequestOverrides) -> (Request?, [Diagnostic]) {
        var reader = RequestReader(source: source, limits: limits)
        let request = reader.readRequest(root, overrides: overrides)
        if let request, !reader.diagnostics.hasErrors { reader.check(request) }
        return (reader.diagnostics.hasErrors ? nil : request, reader.diagnostics)
    }
}
