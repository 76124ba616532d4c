import CCmark
import Foundation

/// Parses a clause body with cmark-gfm (CommonMark plus tables) into `BodyBlock`s, then finds
/// `{{ value }}`, `{{ ref: id }}` and `[[Term]]` in its text.
struct BodyParser {
    let file: String
    /// The file line on which the body starts, to turn cmark's lines into file lines.
    let firstLine: Int
    private(set) var diagnostics: [Diagnostic] = []

    /// The deepest nesting of sub-clause lists a body may use: a clause's own sub-clauses and
    /// three levels below them ((a), (i), then one more), far beyond what drafting needs. The
    /// bound also keeps the recursive walk's stack small whatever a clause file holds.
    static let maxListDepth = 4
    /// The deepest nesting of emphasis and strong emphasis within one another.
    static let maxEmphasisDepth = 3

    init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
    }

    /// Registering the extensions is not thread-safe, so it happens once, under Swift's lazy
    /// global initialisation.
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// The most `|` characters one line of a body may hold: a table of this many columns is
    /// already unreadable on a page, and cmark-gfm's table extension takes time that grows with
    /// columns times rows, so a row of tens of thousands of cells would take seconds. Checked by
    /// one pass over the bytes before cmark sees them.
    static let maxTableColumns = 64

    /// The first line holding more `|` than ``maxTableColumns`` allows, with its 1-based number.
    static func overwideLine(in markdown: String) -> Int? {
        var line = 1, pipes = 0
        for byte in markdown.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                pipes = 0
            } else if byte == UInt8(ascii: "|") {
                pipes += 1
                if pipes > maxTableColumns { return line }
            }
        }
        return nil
    }

    mutating func parse(_ markdown: String) -> [BodyBlock] {
        if let line = Self.overwideLine(in: markdown) {
            diagnostics.append(Diagnostic(
                .error, "a line holds more than \(Self.maxTableColumns) '|' characters; a table may have at most \(Self.maxTableColumns) columns",
                at: SourceLocation(file: file, line: firstLine + line - 1), key: "body",
                hint: "split the table, or put the material in an annex"))
            return []
        }
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return [] }
        defer { cmark_parser_free(parser) }
        if Self.extensionsRegistered, let table = cmark_find_syntax_extension("table") {
            cmark_parser_attach_syntax_extension(parser, table)
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parser_feed(parser, $0, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(root) }
        return blocks(in: root, listDepth: 0)
    }

    private func type(_ node: OpaquePointer) -> String {
        String(cString: cmark_node_get_type_string(node))
    }

    private func location(_ node: OpaquePointer) -> SourceLocation {
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        return SourceLocation(file: file, line: firstLine + max(line, 1) - 1, column: max(column, 1))
    }

    private func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            out.append(current)
            child = cmark_node_next(current)
        }
        return out
    }

    private mutating func blocks(in container: OpaquePointer, listDepth: Int) -> [BodyBlock] {
        var out: [BodyBlock] = []
        for node in children(container) {
            switch type(node) {
            case "paragraph":
                out.append(.paragraph(inlines(in: node)))
            case "list":
                guard listDepth < Self.maxListDepth else {
                    report("sub-clauses are nested more than \(Self.maxListDepth) levels deep", node,
                           hint: "split the text into separate clauses, or flatten the list")
                    continue
                }
                let items = children(node).map { blocks(in: $0, listDepth: listDepth + 1) }
                out.append(cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? .orderedList(items) : .bulletList(items))
            case "table":
                var header: [[BodyInline]] = []
                var rows: [[[BodyInline]]] = []
                for row in children(node) {
                    let cells = children(row).map { inlines(in: $0) }
                    if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header = cells } else { rows.append(cells) }
                }
                out.append(.table(header: header, rows: rows))
            case "heading":
                report("headings are not allowed in a clause body; the clause title is its heading", node,
                       hint: "split the text into separate clauses, or use a sub-clause list")
            case "html_block":
                report("raw HTML is not allowed in a clause body", node)
            case "code_block":
                report("code blocks are not allowed in a clause body", node)
            case "block_quote":
                report("block quotes are not allowed in a clause body", node)
            case "thematic_break":
                report("horizontal rules are not allowed in a clause body", node)
            default:
                report("'\(type(node))' is not allowed in a clause body", node)
            }
        }
        return out
    }

    private mutating func report(_ message: String, _ node: OpaquePointer, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, at: location(node), key: "body", hint: hint))
    }

    /// Inline content, with adjacent text joined first: cmark splits text at `[` and `{`, so a
    /// `[[Term]]` may arrive in several pieces.
    private mutating func inlines(in container: OpaquePointer, emphasisDepth: Int = 0) -> [BodyInline] {
        var out: [BodyInline] = []
        var pending = ""
        var pendingLocation: SourceLocation?
        func flush(_ parser: inout BodyParser) {
            // The raw file passed the character rule, so a refused character here was written as
            // a character reference (`&#x202E;`, `&#27;`), which cmark has decoded.
            if !pending.isEmpty, let at = pendingLocation, let bad = CharacterRule.firstFinding(in: pending) {
                parser.diagnostics.append(Diagnostic(
                    .error, "contains \(bad.described) (written as a character reference), \(bad.kind.consequence)",
                    at: at, key: "body", hint: bad.kind.hint))
                pending = ""
                pendingLocation = nil
                return
            }
            if !pending.isEmpty, let at = pendingLocation { out += parser.tokens(in: pending, at: at) }
            pending = ""
            pendingLocation = nil
        }
        for node in children(container) {
            switch type(node) {
            case "text", "code":
                if pendingLocation == nil { pendingLocation = location(node) }
                pending += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            case "softbreak":
                pending += " "
            case "linebreak":
                flush(&self)
                out.append(.lineBreak)
            case "emph", "strong":
                flush(&self)
                guard emphasisDepth < Self.maxEmphasisDepth else {
                    report("emphasis is nested more than \(Self.maxEmphasisDepth) levels deep", node)
                    continue
                }
                let inner = inlines(in: node, emphasisDepth: emphasisDepth + 1)
                out.append(type(node) == "emph" ? .emphasis(inner) : .strong(inner))
            case "link", "image":
                flush(&self)
                report("links and images are not allowed in a clause body; write addresses as text", node)
            case "html_inline":
                flush(&self)
                report("raw HTML is not allowed in a clause body", node)
            default:
                flush(&self)
                report("'\(type(node))' is not allowed in a clause body", node)
            }
        }
        flush(&self)
        return out
    }

    /// Splits text into literal runs, values, references and terms.
    mutating func tokens(in text: String, at location: SourceLocation) -> [BodyInline] {
        var out: [BodyInline] = []
        var literal = ""
        var rest = Substring(text)
        let isASCII = !text.containsByte { $0 >= 0x80 }
        while let (opening, isValue) = Self.nextOpening(in: rest, isASCII: isASCII) {
            let closer = isValue ? "}}" : "]]"
            literal += rest[rest.startIndex..<opening.lowerBound]
            let afterOpening = rest[opening.upperBound...]
            let closing = isASCII
                ? Self.firstDoubledByte(in: afterOpening) { $0 == closer.utf8.first }
                : afterOpening.firstRange(of: closer)
            guard let closing else {
                diagnostics.append(Diagnostic(
                    .error, "'\(isValue ? "{{" : "[[")' is not closed by '\(closer)'", at: location, key: "body"))
                literal += rest[opening.lowerBound...]
                rest = ""
                break
            }
            if !literal.isEmpty { out.append(.text(literal)); literal = "" }
            let inner = afterOpening[afterOpening.startIndex..<closing.lowerBound].trimming(TrimmingSets.whitespaces)
            out.append(contentsOf: token(inner, isValue: isValue, at: location))
            rest = afterOpening[closing.upperBound...]
        }
        literal += rest
        if !literal.isEmpty { out.append(.text(literal)) }
        return out
    }

    /// The earliest `{{` or `[[`, and whether it opens a value. In ASCII text every byte is a
    /// whole character, so scanning bytes finds what a search by character finds, many times
    /// faster; other text is searched by character, where a brace may carry a combining mark.
    /// Closing `}}` and `]]` are found the same way.
    static func nextOpening(in text: Substring, isASCII: Bool) -> (Range<Substring.Index>, Bool)? {
        guard isASCII else {
            let value = text.firstRange(of: "{{"), term = text.firstRange(of: "[[")
            switch (value, term) {
            case let (v?, t?): return v.lowerBound <= t.lowerBound ? (v, true) : (t, false)
            case let (v?, nil): return (v, true)
            case let (nil, t?): return (t, false)
            case (nil, nil): return nil
            }
        }
        guard let opening = firstDoubledByte(in: text, { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) else {
            return nil
        }
        return (opening, text.utf8[opening.lowerBound] == UInt8(ascii: "{"))
    }

    /// The first two equal bytes side by side that `wanted` accepts: for ASCII text, where
    /// every byte is a whole character.
    private static func firstDoubledByte(in text: Substring, _ wanted: (UInt8) -> Bool) -> Range<Substring.Index>? {
        let bytes = text.utf8
        var index = bytes.startIndex
        var previous: UInt8 = 0
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == previous && wanted(byte) { return bytes.index(before: index)..<bytes.index(after: index) }
            previous = byte
            bytes.formIndex(after: &index)
        }
        return nil
    }

    private mutating func token(_ inner: String, isValue: Bool, at location: SourceLocation) -> [BodyInline] {
        if isValue {
            if inner.hasPrefix("ref:") {
                let id = inner.dropFirst(4).trimming(TrimmingSets.whitespaces)
                guard ClauseID.isValid(id) else {
                    diagnostics.append(Diagnostic(.error, "'\(id)' is not a clause id", at: location, key: "body"))
                    return []
                }
                return [.reference(clauseID: id, at: location)]
            }
            guard ValuePath.isWellFormed(inner) else {
                diagnostics.append(Diagnostic(.error, "'{{ \(inner) }}' is not a value reference", at: location, key: "body",
                                              hint: "write {{ partnership.name }} or {{ ref: clause-id }}"))
                return []
            }
            return [.value(path: inner, at: location)]
        }
        let parts = inner.split(separator: "|", maxSplits: 1).map { $0.trimming(TrimmingSets.whitespaces) }
        guard let name = parts.first, !name.isEmpty else {
            diagnostics.append(Diagnostic(.error, "empty defined term '[[]]'", at: location, key: "body"))
            return []
        }
        return [.term(name: name, display: parts.count > 1 && !parts[1].isEmpty ? parts[1] : name, at: location)]
    }
}
