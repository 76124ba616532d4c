import Foundation

/// One clause as the catalogue holds it: its metadata and its unfilled body.
public struct CatalogueClause: Sendable, Hashable {
    /// The unique id, `topic.name`.
    public var id: String
    /// The heading.
    public var title: String
    /// The wording's version, raised whenever the text changes.
    public var version: Int
    /// The documents it may appear in.
    public var documents: Set<DocumentKind>
    /// The frameworks it applies to.
    public var frameworks: Set<Framework>
    /// The risk levels it appears at.
    public var riskLevels: Set<RiskLevel>
    /// The jurisdictions it applies to.
    public var jurisdictions: Set<Jurisdiction>
    /// The template slot it fills.
    public var slot: String
    /// Its position within the slot.
    public var order: Int
    /// Clauses that must be present with it.
    public var requires: [String]
    /// Clauses that must not be present with it; it wins when both qualify.
    public var excludes: [String]
    /// Conditions on the request; all must hold.
    public var conditions: [Condition]
    /// Whether it is one of a memorandum's legally binding clauses.
    public var binding: Bool
    /// Terms it defines, by name.
    public var defines: [DefinedTerm]
    /// The body.
    public var body: [BodyBlock]
    /// The body's source text, as hashed.
    public var bodyText: String
    /// Where the clause file is (line 1), for messages.
    public var location: SourceLocation
    /// Where each front-matter key is, for messages about it.
    public var keyLocations: [String: SourceLocation]

    /// The SHA-256 of the body text, in hex, so a reviewer can tell which wording a draft used.
    public var textHash: String

    /// One plain sentence saying why a partnership document has the clause (`purpose:`), for
    /// partners reading `explain`, annotation notes and redline comments. Optional in an
    /// organisation's own files; every built-in clause has one (`check` enforces it).
    public var purpose: String? = nil

    /// Whether the clause comes from the built-in catalogue rather than an organisation's folder
    /// (a folder's clause with the same id replaces the built-in one, and is not built in).
    public internal(set) var isBuiltIn = false

    /// The whole clause file as read (front matter and body), which a composed document carries
    /// so it can be composed again after the catalogue changes.
    public var sourceText: String = ""

    /// The hash of a body: whitespace at line ends and around the text is ignored, so an editor
    /// trimming spaces does not change it.
    static func hash(of bodyText: String) -> String {
        let normalised = bodyText.lineSlices
            .map(withoutTrailingBlanks)
            .joined(separator: "\n")
            .trimming(TrimmingSets.whitespacesAndNewlines)
        return SHA256Hex.digest(Array(normalised.utf8))
    }

    /// The line without the spaces and tabs that end it. Compares whole characters, as a regular
    /// expression would, so a space carrying a combining mark stays.
    private static func withoutTrailingBlanks(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex {
            let before = line.index(before: end)
            guard line[before] == " " || line[before] == "\t" else { break }
            end = before
        }
        return line[..<end]
    }

    /// The location of a front-matter key, or of the file.
    func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }
}

/// A defined term and its definition.
public struct DefinedTerm: Sendable, Hashable {
    /// The term as written in `[[Term]]`.
    public var name: String
    /// The definition, which may itself use values and terms.
    public var definition: [BodyInline]
    /// Where it is defined.
    public var location: SourceLocation
    /// The clause that defines it.
    public var clauseID: String
}
