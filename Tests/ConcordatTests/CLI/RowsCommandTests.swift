import Foundation
import Testing

/// `compose BASE --rows FILE.csv`: a mail merge, one document per row, all or nothing.
@Suite struct RowsCommandTests {
    static func base(_ folder: TemporaryFolder) throws -> String {
        folder.write("base.yaml", try CLIRunner.run(["init", "terms-of-reference", "--framework", "not-for-profit"]).out)
    }

    /// A CSV with a header and one line per row, written with CRLF as spreadsheets save it.
    static func csv(_ folder: TemporaryFolder, _ lines: [String], name: String = "rows.csv") -> String {
        folder.write(name, bytes: [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8) + Array("\r\n".utf8))
    }

    @Test func fortyRowsComposeToFortyDocumentsInOneCall() throws {
        let folder = TemporaryFolder()
        let base = try Self.base(folder)
        var lines = ["file,partnership.name,parties[1].name,governance.quorum,parties[0].signatory.title"]
        for board in 1...40 {
            let title = board == 7 ? "\"Deputy Director, Local Energy\"" : ""
            lines.append("ward-\(board),Ward \(board) Neighbourhood Board,\"Friends of Ward \(board), Riverside\",\(2 + board % 3),\(title)")
        }
        let rows = Self.csv(folder, lines)
        let run = try CLIRunner.run(["compose", base, "--rows", rows, "--output-dir", folder.file("out"), "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.file("out")).sorted()
        #expect(written.count == 40)
        #expect(written == (1...40).map { "ward-\($0).md" }.sorted())
        let seventh = try #require(folder.contents("out/ward-7.md"))
        #expect(seventh.contains("Ward 7 Neighbourhood Board"))
        #expect(seventh.contains("Friends of Ward 7, Riverside"))
        #expect(seventh.contains("Deputy Director, Local Energy"))
        // An empty cell keeps the base request's value.
        let eighth = try #require(folder.contents("out/ward-8.md"))
        #expect(eighth.contains("Position: Director of Environment"))
        #expect(!eighth.contains("Local Energy"))
    }

    @Test func aBadCellNamesItsRowColumnAndPathAndNothingIsWritten() throws {
        let folder = TemporaryFolder()
        let base = try Self.base(folder)
        let rows = Self.csv(folder, [
            "partnership.name,governance.quorum",
            "North Board,3",
            "South Board,three",
            "East Board,",
        ])
        let run = try CLIRunner.run(["compose", base, "--rows", rows, "--output-dir", folder.file("out")])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(rows):3:2: error: governance.quorum: expected a whole number, found 'three'"), "\(run.stderr)")
        #expect(!folder.exists("out/base-2.md"))
        #expect(!folder.exists("out"))
    }

    @Test func rowsAreNamedByRowNumberWithoutAFileColumn() throws {
        let folder = TemporaryFolder()
        let base = try Self.base(folder)
        let rows = Self.csv(folder, ["partnership.name", "North Board", "South Board"])
        let run = try CLIRunner.run(["compose", base, "--rows", rows, "--output-dir", folder.file("out"), "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(folder.contents("out/base-2.html")?.contains("North Board") == true)
        #expect(folder.contents("out/base-3.html")?.contains("South Board") == true)
    }

    @Test func duplicateFileNamesAreAUsageErrorBeforeComposing() throws {
        let folder = TemporaryFolder()
        let base = try Self.base(folder)
        let rows = Self.csv(folder, ["file,partnership.name", "north,North Board", "North,South Board", "north,East Board"])
        let run = try CLIRunner.run(["compose", base, "--rows", rows, "--output-dir", folder.file("out")])
        #expect(run.status == 64)
        #expect(run.stderr.contains("\(rows):4:1: error: file: rows 2 and 4 would both be written as north"), "\(run.stderr)")
        #expect(!folder.exists("out"))
    }

    @Test func unknownPathsAndGapsAreReportedTogetherAtTheirCells() throws {
        let folder = TemporaryFolder()
        let base = try Self.base(folder)
        let rows = Self.csv(folder, ["partnership.nam,parties[7].name,governance.quorum", "North,Friends,3"])
        let run = try CLIRunner.run(["compose", base, "--rows", rows, "--output-dir", folder.file("out")])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(rows):2:1: error: partnership.nam: unknown key 'nam'"), "\(run.stderr)")
        #expect(run.stderr.contains("hint: did you mean 'name'?"))
        #expect(run.stderr.contains("\(rows):2:2: error: parties[7].name: parties has"))
    }

    @Test func aRowWiderOrNarrowerThanTheHeaderIsReportedWithAHint() throws {
        let folder = TemporaryFolder()
        let base = try Self.base(folder)
        let rows = Self.csv(folder, ["partnership.name,governance.quorum", "North,3", "South, Riverside,3", "\"East,3", "West,4"])
        let run = try CLIRunner.run(["compose", base, "--rows", rows, "--output-dir", folder.file("out")])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(rows):3: error: the row has 3 cells but the header has 2"), "\(run.stderr)")
        #expect(run.stderr.contains("must be in double quotes: \"Deputy Director, Local Energy\""))
        #expect(run.stderr.contains("\(rows):4: error: the row has 1 cell but the header has 2"))
        #expect(run.stderr.contains("a quote opened in this row may not be closed"))
        #expect(!folder.exists("out"))
    }

    @Test func rowsNeedOneBaseRequestAndAnOutputFolder() throws {
        let folder = TemporaryFolder()
        let base = try Self.base(folder)
        let rows = Self.csv(folder, ["partnership.name", "North"])
        for arguments in [[base, "--rows", rows], [base, base, "--rows", rows, "--output-dir", folder.file("o")]] {
            let run = try CLIRunner.run(["compose"] + arguments)
            #expect(run.status == 64)
            #expect(run.stderr.contains("--rows composes one base request into --output-dir DIR"))
        }
    }

    @Test func jsonListsEachRowWithItsOutput() throws {
        let folder = TemporaryFolder()
        let base = try Self.base(folder)
        let rows = Self.csv(folder, ["file,partnership.name", "north,North Board", "south,South Board"])
        let run = try CLIRunner.run(["compose", base, "--rows", rows, "--output-dir", folder.file("out"), "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(run.stdout)) as? [String: Any])
        let requests = try #require(report["requests"] as? [[String: Any]])
        #expect(requests.map { $0["request"] as? String } == ["\(rows):2", "\(rows):3"])
        #expect(requests.map { $0["outputs"] as? [String] } == [[folder.file("out/north.md")], [folder.file("out/south.md")]])
    }
}
