import Foundation
import Testing
@testable import Concordat

/// The byte-level scans that make loading fast must give exactly what the character-level
/// operations they replace give, or hashes, line numbers and diagnostics would drift. Each is
/// checked against its reference on tricky text: carriage returns, combining marks, a prepended
/// mark, emoji, non-breaking and other Unicode spaces, control characters.
@Suite struct TextScanningTests {
    static let pieces = [
        "a", "z", "0", "-", ".", " ", "  ", "\t", "\n", "\r", "\r\n", "{", "{{", "[[", "}}", "]]", "|",
        "e\u{301}", " \u{301}", "\u{600}", "\u{200D}", "\u{1F600}", "\u{A0}", "\u{2028}", "\u{85}",
        "\u{1}", "\u{B}", "\u{7F}", "\u{FEFF}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "£", "ref:", "b\u{301}",
    ]

    /// Strings made of the pieces, the same ones on every run.
    static func samples(count: Int = 20_000) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(10)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func linesAreTheSameAsSplittingByCharacter() {
        for text in Self.samples() {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(text.lineSlices.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) })
        }
    }

    @Test func trimmingIsTheSameAsFoundation() {
        for text in Self.samples() {
            for set in [CharacterSet.whitespaces, .whitespacesAndNewlines] {
                let expected = text.trimmingCharacters(in: set)
                #expect(Array(text.trimming(set).unicodeScalars) == Array(expected.unicodeScalars))
            }
        }
    }

    @Test func forbiddenCharactersAreFoundByByteAsByScalar() {
        for text in Self.samples() {
            #expect(XMLCharacters.allAllowed(text) == text.unicodeScalars.allSatisfy(XMLCharacters.isAllowed))
        }
    }

    @Test func openingsAreFoundByByteAsByCharacter() {
        for text in Self.samples() where !text.containsByte(where: { $0 >= 0x80 }) {
            let slice = Substring(text)
            let byCharacter = BodyParser.nextOpening(in: slice, isASCII: false)
            let byByte = BodyParser.nextOpening(in: slice, isASCII: true)
            #expect(byByte?.0 == byCharacter?.0 && byByte?.1 == byCharacter?.1)
        }
    }

    @Test func pathsAreJudgedByByteAsByCharacter() {
        for text in Self.samples() {
            let byCharacter = !text.isEmpty && text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
                !part.isEmpty && part.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            }
            #expect(ValuePath.isWellFormed(text) == byCharacter)
        }
    }

    @Test func bodyHashIgnoresTrailingBlanksOnly() {
        let plain = CatalogueClause.hash(of: "The partners agree.\nThey meet monthly.")
        #expect(CatalogueClause.hash(of: "The partners agree.  \t\nThey meet monthly.\n\n") == plain)
        #expect(CatalogueClause.hash(of: "The partners agree.\n They meet monthly.") != plain)
        // A space that carries a combining mark is a character of its own, not a trailing blank.
        #expect(CatalogueClause.hash(of: "The partners agree. \u{301}\nThey meet monthly.") != plain)
        #expect(plain.count == 64 && plain.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }
}
