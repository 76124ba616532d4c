import Foundation

/// The `concordat.embed/1` record a composed document carries: the request exactly as composed
/// (after flag overrides and defaults, with the date used), the compose options, and for every
/// clause used its id, version, text hash and source text, so the document can be composed again
/// exactly even after the catalogue has changed.
public struct EmbedRecord: Sendable, Hashable {
    /// The schema name written into the record.
    public static let schema = "concordat.embed/1"
    /// The most bytes of record a document may carry; larger records are refused when read.
    public static let maxBytes = 16 * 1_048_576

    /// One clause as it stood in the catalogue that composed the document.
    public struct ClauseSource: Sendable, Hashable {
        /// Its catalogue id.
        public var id: String
        /// Its version.
        public var version: Int
        /// The SHA-256 of its body text.
        public var hash: String
        /// The whole clause file: front matter and body.
        public var source: String
    }

    /// The canonical JSON of the request as composed.
    public var requestJSON: String
    /// The risk level the document was composed at.
    public var level: RiskLevel
    /// Whether the clauses were annotated.
    public var annotate: Bool
    /// A fingerprint of the whole catalogue that composed the document (ids, versions, hashes).
    public var catalogueFingerprint: String
    /// The clauses used, in document order.
    public var clauses: [ClauseSource]
    /// Clauses not in the document that define terms it uses, sorted by id: needed to write the
    /// definitions again, never selected.
    public var definitions: [ClauseSource]

    /// Creates a record.
    public init(
        requestJSON: String, level: RiskLevel, annotate: Bool, catalogueFingerprint: String, clauses: [ClauseSource],
        definitions: [ClauseSource] = []
    ) {
        self.requestJSON = requestJSON
        self.level = level
        self.annotate = annotate
        self.catalogueFingerprint = catalogueFingerprint
        self.clauses = clauses
        self.definitions = definitions
    }

    /// The record for a composition: what a renderer embeds.
    init(request: Request, level: RiskLevel, options: ComposeOptions, included: [CatalogueClause], catalogue: Catalogue) {
        var composed = request
        if composed.date == nil { composed.date = options.fallbackDate }
        let source = { (clause: CatalogueClause) in
            ClauseSource(id: clause.id, version: clause.version, hash: clause.textHash, source: clause.sourceText)
        }
        let includedIDs = Set(included.map(\.id))
        let definers = Self.termDefiners(included, catalogue: catalogue).subtracting(includedIDs).sorted()
        self.init(
            requestJSON: composed.canonicalJSON, level: level, annotate: options.annotate,
            catalogueFingerprint: Self.fingerprint(catalogue), clauses: included.map(source),
            definitions: definers.compactMap { catalogue.byID[$0].map(source) })
    }

    /// The ids of the clauses defining the terms the clauses use, following definitions that use
    /// further terms.
    private static func termDefiners(_ clauses: [CatalogueClause], catalogue: Catalogue) -> Set<String> {
        var pending: [String] = []
        for clause in clauses {
            clause.body.forEach { $0.forEachInline { if case .term(let name, _, _) = $0 { pending.append(name) } } }
        }
        var seen: Set<String> = [], definers: Set<String> = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let term = catalogue.terms[name] else { continue }
            definers.insert(term.clauseID)
            term.definition.forEach { $0.forEach { if case .term(let inner, _, _) = $0 { pending.append(inner) } } }
        }
        return definers
    }

    /// A short fingerprint of a catalogue: two catalogues with the same clause ids, versions and
    /// wording have the same one.
    public static func fingerprint(_ catalogue: Catalogue) -> String {
        let lines = catalogue.clauses.map { "\($0.id) \($0.version) \($0.textHash)\n" }.joined()
        return String(SHA256Hex.digest(Array(lines.utf8)).prefix(16))
    }

    /// The record as compact JSON with sorted keys: one line, so it survives being stored as a
    /// document property. `<`, `>` and `&` are written as `\u` escapes so the text can sit in an
    /// HTML data block or XML without ever closing it.
    public var json: String {
        // One encoder for every string: making one costs more than encoding a clause's text.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let quote = { (text: String) in Self.quote(text, with: encoder) }
        var out = "{\"catalogue\":" + quote(catalogueFingerprint)
        out += ",\"clauses\":["
        let entry = { (clause: ClauseSource) in
            "{\"hash\":\(quote(clause.hash)),\"id\":\(quote(clause.id)),\"source\":\(quote(clause.source)),\"version\":\(clause.version)}"
        }
        out += clauses.map(entry).joined(separator: ",")
        out += "],\"definitions\":[" + definitions.map(entry).joined(separator: ",")
        out += "],\"options\":{\"annotate\":\(annotate),\"level\":\(quote(level.rawValue))}"
        out += ",\"request\":" + requestJSON
        out += ",\"schema\":" + quote(Self.schema) + "}"
        return Self.shielded(out)
    }

    private static func quote(_ text: String, with encoder: JSONEncoder) -> String {
        guard let data = try? encoder.encode(text) else { return "\"\"" }
        return String(decoding: data, as: UTF8.self)
    }

    /// `<`, `>` and `&` occur in JSON only inside strings, where `\u003c` means the same.
    /// All three are ASCII, so the UTF-8 bytes are rewritten directly; a record carries the text
    /// of every clause, so this runs over tens of kilobytes for each document.
    private static func shielded(_ json: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(json.utf8.count + 256)
        for byte in json.utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: #"\u003c"#.utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: #"\u003e"#.utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: #"\u0026"#.utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Reads a record found in a document. The text is untrusted: anything but a well-formed
    /// `concordat.embed/1` record is `invalidData` naming `source`.
    public static func parse(_ text: String, source: String) throws(ConcordatError) -> EmbedRecord {
        func bad(_ message: String) -> ConcordatError {
            ConcordatError(.invalidData, "the embedded request record \(message)", at: SourceLocation(file: source),
                           hint: "compose the document again with concordat compose")
        }
        guard text.utf8.count <= maxBytes else { throw bad("is larger than \(maxBytes) bytes") }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)), let root = object as? [String: Any] else {
            throw bad("is not valid JSON")
        }
        guard root["schema"] as? String == schema else {
            throw bad("has schema \(String(describing: root["schema"] ?? "none")), not \(schema)")
        }
        guard let request = root["request"] as? [String: Any],
              let requestData = try? JSONSerialization.data(withJSONObject: request, options: [.sortedKeys, .withoutEscapingSlashes])
        else { throw bad("has no request") }
        guard let options = root["options"] as? [String: Any],
              let levelWord = options["level"] as? String, let level = RiskLevel(rawValue: levelWord)
        else { throw bad("has no risk level among its options") }
        guard let clauseList = root["clauses"] as? [[String: Any]] else { throw bad("has no clause list") }
        func sources(_ list: [[String: Any]], _ what: String) throws(ConcordatError) -> [ClauseSource] {
            var out: [ClauseSource] = []
            for (index, entry) in list.enumerated() {
                guard let id = entry["id"] as? String, let version = entry["version"] as? Int,
                      let hash = entry["hash"] as? String, let source = entry["source"] as? String
                else { throw bad("has an incomplete \(what) at position \(index + 1)") }
                out.append(ClauseSource(id: id, version: version, hash: hash, source: source))
            }
            return out
        }
        let clauses = try sources(clauseList, "clause")
        let definitions = try sources(root["definitions"] as? [[String: Any]] ?? [], "definition")
        return EmbedRecord(
            requestJSON: String(decoding: requestData, as: UTF8.self), level: level,
            annotate: options["annotate"] as? Bool ?? false,
            catalogueFingerprint: root["catalogue"] as? String ?? "", clauses: clauses, definitions: definitions)
    }
}
