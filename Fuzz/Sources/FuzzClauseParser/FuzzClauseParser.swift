@testable import Concordat
import LibFuzzer

/// Any bytes may be a clause file from an organisation's folder. The parser reads its front
/// matter and Markdown body; refusing the file is fine, crashing or hanging is not.
@main enum FuzzClauseParser {
    static func main() {
        exit(LibFuzzer.run { bytes in
            // Catalogue loading refuses files that are not UTF-8 before the parser sees them.
            guard let text = String(validating: bytes, as: UTF8.self) else { return }
            _ = ClauseParser.parse(text, file: "fuzz.md")
        })
    }
}
