/// How each catalogue value is laid out in the compact form. Writer and reader keep the same
/// field order; a test checks that every clause reads back equal to the one written, so a field
/// added to a clause and not here fails that test.
extension CompactWriter {
    mutating func clause(_ clause: CatalogueClause) {
        string(clause.id)
        string(clause.title)
        int(clause.version)
        words(clause.documents)
        words(clause.frameworks)
        words(clause.riskLevels)
        words(clause.jurisdictions)
        string(clause.slot)
        int(clause.order)
        array(clause.requires) { $0.string($1) }
        array(clause.excludes) { $0.string($1) }
        array(clause.conditions) { $0.condition($1) }
        bool(clause.binding)
        array(clause.defines) { writer, term in
            writer.string(term.name)
            writer.array(term.definition) { $0.inline($1) }
            writer.location(term.location)
            writer.string(term.clauseID)
        }
        array(clause.body) { $0.block($1) }
        string(clause.bodyText)
        location(clause.location)
        // Sorted, so the same catalogue always compiles to the same bytes.
        array(clause.keyLocations.sorted { $0.key < $1.key }) { writer, entry in
            writer.string(entry.key)
            writer.location(entry.value)
        }
        string(clause.textHash)
        optional(clause.purpose) { $0.string($1) }
    }

    /// A set of words in a fixed order, so the output does not depend on hashing.
    private mutating func words<T: RawRepresentable<String> & CaseIterable>(_ values: Set<T>) {
        array(T.allCases.filter(values.contains)) { $0.string($1.rawValue) }
    }

    mutating func location(_ location: SourceLocation) {
        string(location.file)
        optional(location.line) { $0.int($1) }
        optional(location.column) { $0.int($1) }
    }

    mutating func diagnostic(_ diagnostic: Diagnostic) {
        string(diagnostic.severity.rawValue)
        string(diagnostic.message)
        optional(diagnostic.location) { $0.location($1) }
        optional(diagnostic.key) { $0.string($1) }
        optional(diagnostic.hint) { $0.string($1) }
    }

    mutating func condition(_ condition: Condition) {
        string(condition.path)
        switch condition.test {
        case .equals(let value):
            int(0)
            conditionValue(value)
        case .oneOf(let values):
            int(1)
            array(values) { $0.conditionValue($1) }
        case .present(let flag):
            int(2)
            bool(flag)
        case .atLeast(let number):
            int(3)
            int(number)
        case .atMost(let number):
            int(4)
            int(number)
        }
        location(condition.location)
    }

    private mutating func conditionValue(_ value: Condition.Value) {
        switch value {
        case .word(let word):
            int(0)
            string(word)
        case .number(let number):
            int(1)
            int(number)
        case .flag(let flag):
            int(2)
            bool(flag)
        }
    }

    mutating func block(_ block: BodyBlock) {
        switch block {
        case .paragraph(let inlines):
            int(0)
            array(inlines) { $0.inline($1) }
        case .orderedList(let items):
            int(1)
            array(items) { $0.array($1) { $0.block($1) } }
        case .bulletList(let items):
            int(2)
            array(items) { $0.array($1) { $0.block($1) } }
        case .table(let header, let rows):
            int(3)
            array(header) { $0.array($1) { $0.inline($1) } }
            array(rows) { $0.array($1) { $0.array($1) { $0.inline($1) } } }
        }
    }

    mutating func inline(_ inline: BodyInline) {
        switch inline {
        case .text(let text):
            int(0)
            string(text)
        case .emphasis(let children):
            int(1)
            array(children) { $0.inline($1) }
        case .strong(let children):
            int(2)
            array(children) { $0.inline($1) }
        case .lineBreak:
            int(3)
        case .value(let path, let location):
            int(4)
            string(path)
            self.location(location)
        case .reference(let clauseID, let location):
            int(5)
            string(clauseID)
            self.location(location)
        case .term(let name, let display, let location):
            int(6)
            string(name)
            string(display)
            self.location(location)
        }
    }
}

extension CompactReader {
    mutating func clause() throws(Malformed) -> CatalogueClause {
        CatalogueClause(
            id: try string(), title: try string(), version: try int(),
            documents: try words(), frameworks: try words(), riskLevels: try words(), jurisdictions: try words(),
            slot: try string(), order: try int(),
            requires: try array { reader throws(Malformed) in try reader.string() },
            excludes: try array { reader throws(Malformed) in try reader.string() },
            conditions: try array { reader throws(Malformed) in try reader.condition() },
            binding: try bool(),
            defines: try array { reader throws(Malformed) in
                DefinedTerm(
                    name: try reader.string(),
                    definition: try reader.array { reader throws(Malformed) in try reader.inline() },
                    location: try reader.location(), clauseID: try reader.string())
            },
            body: try array { reader throws(Malformed) in try reader.block() },
            bodyText: try string(), location: try location(),
            keyLocations: try keyLocations(),
            textHash: try string(),
            purpose: try optional { reader throws(Malformed) in try reader.string() })
    }

    private mutating func words<T: RawRepresentable<String> & Hashable>() throws(Malformed) -> Set<T> {
        Set(try array { reader throws(Malformed) in try reader.word(T.self) })
    }

    private mutating func keyLocations() throws(Malformed) -> [String: SourceLocation] {
        let count = try int()
        guard count >= 0 else { throw Malformed() }
        var locations: [String: SourceLocation] = [:]
        locations.reserveCapacity(count)
        for _ in 0..<count { locations[try string()] = try location() }
        return locations
    }

    mutating func location() throws(Malformed) -> SourceLocation {
        SourceLocation(
            file: try string(),
            line: try optional { reader throws(Malformed) in try reader.int() },
            column: try optional { reader throws(Malformed) in try reader.int() })
    }

    mutating func diagnostic() throws(Malformed) -> Diagnostic {
        Diagnostic(
            try word(Diagnostic.Severity.self), try string(),
            at: try optional { reader throws(Malformed) in try reader.location() },
            key: try optional { reader throws(Malformed) in try reader.string() },
            hint: try optional { reader throws(Malformed) in try reader.string() })
    }

    mutating func condition() throws(Malformed) -> Condition {
        let path = try string()
        let test: Condition.Test
        switch try int() {
        case 0: test = .equals(try conditionValue())
        case 1: test = .oneOf(try array { reader throws(Malformed) in try reader.conditionValue() })
        case 2: test = .present(try bool())
        case 3: test = .atLeast(try int())
        case 4: test = .atMost(try int())
        default: throw Malformed()
        }
        return Condition(path: path, test: test, location: try location())
    }

    private mutating func conditionValue() throws(Malformed) -> Condition.Value {
        switch try int() {
        case 0: .word(try string())
        case 1: .number(try int())
        case 2: .flag(try bool())
        default: throw Malformed()
        }
    }

    mutating func block() throws(Malformed) -> BodyBlock {
        switch try int() {
        case 0: return .paragraph(try inlines())
        case 1: return .orderedList(try array { reader throws(Malformed) in try reader.blocks() })
        case 2: return .bulletList(try array { reader throws(Malformed) in try reader.blocks() })
        case 3:
            return .table(
                header: try array { reader throws(Malformed) in try reader.inlines() },
                rows: try array { reader throws(Malformed) in try reader.array { reader throws(Malformed) in try reader.inlines() } })
        default: throw Malformed()
        }
    }

    private mutating func blocks() throws(Malformed) -> [BodyBlock] {
        try array { reader throws(Malformed) in try reader.block() }
    }

    private mutating func inlines() throws(Malformed) -> [BodyInline] {
        try array { reader throws(Malformed) in try reader.inline() }
    }

    mutating func inline() throws(Malformed) -> BodyInline {
        switch try int() {
        case 0: return .text(try string())
        case 1: return .emphasis(try inlines())
        case 2: return .strong(try inlines())
        case 3: return .lineBreak
        case 4: return .value(path: try string(), at: try location())
        case 5: return .reference(clauseID: try string(), at: try location())
        case 6: return .term(name: try string(), display: try string(), at: try location())
        default: throw Malformed()
        }
    }
}
