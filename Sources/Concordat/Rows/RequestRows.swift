import CSV
import Foundation

/// A mail-merge table: a CSV file whose header names request paths (`partnership.name`,
/// `parties[1].name`) and whose rows each give values that override a base request.
///
/// Rows are numbered as a spreadsheet shows them — the header is row 1 — and columns from 1,
/// so `rows.csv:3:2` is the second cell of the second partnership.
public struct RequestRows: Sendable {
    /// One row of values, numbered as in messages.
    public struct Row: Sendable {
        /// The row's number; the header is row 1.
        public var number: Int
        /// The cells, one per header column.
        public var cells: [String]
    }

    /// The CSV file's name as given, used in every location.
    public var source: String
    /// The header's request paths (and the optional `file` column), one per column.
    public var header: [String]
    /// The rows after the header.
    public var rows: [Row]

    /// The column naming each row's output file, if the header has one.
    public static let fileColumn = "file"
    /// The most rows accepted, so a runaway file cannot compose without end.
    public static let maxRows = 10_000

    /// Reads a CSV table (RFC 4180: quoted cells, doubled quotes, CRLF or LF, an optional
    /// UTF-8 byte-order mark) and checks its shape: a header, no blank or repeated column names,
    /// and every row as wide as the header.
    ///
    /// - Throws: `.invalidData` with every problem found, each at `FILE:ROW` or `FILE:ROW:COLUMN`.
    public static func read(_ bytes: [UInt8], source: String) throws(ConcordatError) -> RequestRows {
        let table: [[String]]
        do {
            table = try parse(bytes)
        } catch {
            throw ConcordatError(.invalidData, "is not UTF-8 text", at: SourceLocation(file: source),
                                 hint: "save the spreadsheet as 'CSV UTF-8'")
        }
        guard let header = table.first, header != [""] else {
            throw ConcordatError(.invalidData, "has no header row", at: SourceLocation(file: source),
                                 hint: "the first row names the request paths the columns fill, e.g. partnership.name,parties[1].name")
        }
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            let at = SourceLocation(file: source, line: 1, column: index + 1)
            let path = name.trimmingWhitespace
            if path.isEmpty {
                problems.append(Diagnostic(.error, "column \(index + 1) has no name", at: at,
                                           hint: "name the request path it fills, e.g. partnership.name, or delete the column"))
            } else if let first = seen[path] {
                problems.append(Diagnostic(.error, "'\(RequestReader.abbreviated(path))' is already column \(first)", at: at,
                                           hint: "each request path may have only one column"))
            } else {
                seen[path] = index + 1
                if path != fileColumn, case .failure(let problem) = RequestPath.parse(path) {
                    problems.append(Diagnostic(.error, problem.message, at: at, key: path,
                                               hint: "write a request path as in error messages: governance.quorum, parties[0].name"))
                }
            }
        }
        var rows: [Row] = []
        for (offset, cells) in table.dropFirst().enumerated() {
            let number = offset + 2
            if cells == [""] { continue }  // a blank line, as spreadsheets leave at the end
            if cells.count != header.count {
                problems.append(Diagnostic(
                    .error, "the row has \(cells.count) \(cells.count == 1 ? "cell" : "cells") but the header has \(header.count)",
                    at: SourceLocation(file: source, line: number),
                    hint: cells.count < header.count
                        ? "a quote opened in this row may not be closed; a cell holding a comma or a line break must be in double quotes"
                        : "a cell holding a comma must be in double quotes: \"Deputy Director, Local Energy\""))
                continue
            }
            rows.append(Row(number: number, cells: cells.map(\.trimmingWhitespace)))
        }
        if rows.count > maxRows {
            problems.append(Diagnostic(.error, "has \(rows.count) rows; at most \(maxRows) are accepted", at: SourceLocation(file: source)))
        }
        if rows.isEmpty, problems.isEmpty {
            problems.append(Diagnostic(.error, "has a header but no rows", at: SourceLocation(file: source),
                                       hint: "add one row per document to compose"))
        }
        guard problems.isEmpty else { throw ConcordatError(.invalidData, problems) }
        return RequestRows(source: source, header: header.map(\.trimmingWhitespace), rows: rows)
    }

    /// Parses with the CSV package; a decoding error (bytes that are not UTF-8) is rethrown.
    private static func parse(_ bytes: [UInt8]) throws -> [[String]] {
        let reader = try CSVReader(stream: InputStream(data: Data(bytes)), codecType: UTF8.self)
        var table: [[String]] = []
        while let row = reader.next() {
            table.append(row)
            if table.count > maxRows + 1 { break }
        }
        if let error = reader.error { throw error }
        return table
    }

    /// Each row's output file stem: the `file` column's cell cleaned to a safe name, else
    /// `fallback-ROW`.
    ///
    /// - Throws: `.usage` when two rows would write the same file (nothing is composed), and
    ///   `.invalidData` for a `file` cell that cleans to nothing.
    public func outputStems(fallback: String) throws(ConcordatError) -> [String] {
        let column = header.firstIndex(of: Self.fileColumn)
        var stems: [String] = []
        var firstRow: [String: Int] = [:]
        var problems: [Diagnostic] = []
        for row in rows {
            var stem = "\(fallback)-\(row.number)"
            if let column, !row.cells[column].isEmpty {
                stem = Self.cleanStem(row.cells[column])
                let at = SourceLocation(file: source, line: row.number, column: column + 1)
                if stem.isEmpty {
                    problems.append(Diagnostic(.error, "'\(RequestReader.abbreviated(row.cells[column]))' leaves no usable file name", at: at,
                                               key: Self.fileColumn, hint: "use letters, digits, '-' or '_'"))
                    continue
                }
                if let first = firstRow[stem] {
                    throw ConcordatError(.usage, "rows \(first) and \(row.number) would both be written as \(stem)", at: at,
                                         key: Self.fileColumn, hint: "give each row its own file name")
                }
            }
            firstRow[stem] = row.number
            stems.append(stem)
        }
        guard problems.isEmpty else { throw ConcordatError(.invalidData, problems) }
        return stems
    }

    /// A file stem from free text: letters, digits, `-`, `_` and `.` kept, spaces made `-`,
    /// everything else dropped, with no leading dot and no extension given by the user.
    static func cleanStem(_ text: String) -> String {
        var stem = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" || scalar == "." {
                stem.unicodeScalars.append(scalar)
            } else if scalar == " ", !stem.hasSuffix("-") {
                stem += "-"
            }
        }
        while stem.hasPrefix(".") || stem.hasPrefix("-") { stem.removeFirst() }
        while stem.hasSuffix(".") || stem.hasSuffix("-") { stem.removeLast() }
        return String(stem.prefix(120))
    }
}
