import Testing
@testable import Concordat

/// A request comes from outside Concordat's control: malformed, oversized, deeply nested or
/// booby-trapped input is refused with a clear message, quickly and without crashing.
@Suite struct RequestHostileInputTests {
    typealias Support = RequestTestSupport

    @Test func emptyInputIsRefused() throws {
        for text in ["", "   \n\n\t\r\n", "# only a comment\n", "---\n"] {
            let diagnostics = Support.failure(text)
            #expect(diagnostics.map(\.description) == ["concordat: error: request.yaml: the request is empty"], "\(text.debugDescription)")
        }
        #expect(Support.failure([0xEF, 0xBB, 0xBF]).first?.message == "the request is empty")
    }

    @Test func theRootMustBeAMapping() throws {
        let diagnostics = Support.failure("- document\n- framework\n")
        #expect(diagnostics.map(\.description) == ["request.yaml:1:1: error: expected a mapping of keys, found a list"])
    }

    @Test func bytesThatAreNotUTF8NameTheirLine() throws {
        var bytes = Array(Support.minimal.utf8)
        let offset = try #require(bytes.firstIndex(of: UInt8(ascii: "C")))  // "City", line 8
        bytes[offset] = 0xFF
        let diagnostics = Support.failure(bytes)
        #expect(diagnostics.map(\.description) == [
            "request.yaml:8:21: error: name: the request is not valid UTF-8 (byte 0xFF at offset \(offset))\n  hint: save the file as UTF-8",
        ])
        for invalid: [UInt8] in [[0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]] {
            let found = Support.failure(Array("risk: low\ndraft: ".utf8) + invalid + [0x0A])
            #expect(found.first?.message.hasPrefix("the request is not valid UTF-8") == true, "\(invalid)")
            #expect(found.first?.location == SourceLocation(file: "request.yaml", line: 2, column: 8))
            #expect(found.first?.key == "draft")
        }
    }

    @Test func encodedSurrogatesAreReportedAsCharacters() throws {
        let bytes = Array(Support.minimal.utf8.prefix(while: { $0 != UInt8(ascii: "\n") })) + [0xED, 0xA0, 0x80]
            + Array(Support.minimal.utf8.drop(while: { $0 != UInt8(ascii: "\n") }))
        let found = Support.failure(bytes)
        #expect(found.map(\.description) == [
            "request.yaml:1:38: error: document: contains the lone surrogate U+D800, which a document cannot hold\n  hint: delete it; such characters usually arrive when text is pasted from another program",
        ])
    }

    @Test func controlCharactersAreRefusedNamingKeyAndLine() throws {
        let text = Support.minimal(replacingLine: 8, with: "  - name: Riverside\u{7} City Council")
        let diagnostics = Support.failure(text)
        #expect(diagnostics.map(\.description) == [
            "request.yaml:8:20: error: parties[0].name: contains the control character U+0007, which a document cannot hold\n  hint: delete it; such characters usually arrive when text is pasted from another program",
        ])
        for scalar in ["\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}"] {
            let found = Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: Plant\(scalar) trees."))
            #expect(found.count == 1, "\(scalar.unicodeScalars.first!.value): \(found.printed)")
            #expect(found.first?.key == "partnership.purpose")
            #expect(found.first?.location == SourceLocation(file: "request.yaml", line: 6, column: 17))
        }
        #expect(Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: Plant\u{FFFF} trees.")).first?.message
            == "contains the non-character U+FFFF, which a document cannot hold")
        // Tabs, line breaks and ordinary non-ASCII text are fine.
        let fine = try Support.decode(Support.minimal(replacingLine: 6, with: "  purpose: \"Plant\\ttrees in Pont-y-pŵl — 5,000 of them 🌳\""))
        #expect(fine.partnership.purpose == "Plant\ttrees in Pont-y-pŵl — 5,000 of them 🌳")
    }

    @Test func controlCharactersAreNamedEvenWhenTheParserWouldChoke() throws {
        // The second line is not valid YAML, so the key comes from the raw line.
        let text = "document: memorandum-of-understanding\n  kind: char\u{1}ity: [\n"
        let diagnostics = Support.failure(text)
        let control = try #require(diagnostics.first { $0.message.contains("U+0001") })
        #expect(control.key == "kind")
        #expect(control.location == SourceLocation(file: "request.yaml", line: 2, column: 13))
        // The syntax error is reported too, at the line got wrong.
        #expect(diagnostics.contains { $0.location?.line == 2 && !$0.message.contains("U+0001") })
    }

    @Test func escapedControlCharactersAreRefusedToo() throws {
        let diagnostics = Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: \"Plant\\x07 trees\\0\""))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.description == "request.yaml:6:12: error: partnership.purpose: contains the control character U+0007 (written as an escape), which a document cannot hold\n  hint: remove the escape sequence")
        let json = Support.failure(#"{"document": "memorandum-of-understanding\u001b"}"#, source: "r.json")
        #expect(json.about("document")?.message.contains("U+001B") == true)
        #expect(json.about("document")?.location == SourceLocation(file: "r.json", line: 1, column: 14))
    }

    @Test func jsonSurrogatePairsAreReadAndLoneSurrogatesRefused() throws {
        let json = #"""
            {"document": "exit-strategy", "framework": "not-for-profit", "risk": "low",
             "partnership": {"name": "Riverside \ud83c\udf33 Partnership", "purpose": "Caf\u00e9 trees"},
             "parties": [{"name": "A", "kind": "charity"}, {"name": "B \ud800", "kind": "charity"}]}
            """#
        let diagnostics = Support.failure(json, source: "r.json")
        #expect(diagnostics.map(\.description) == [
            "r.json:3:60: error: parties[1].name: contains the lone surrogate U+D800, which a document cannot hold\n  hint: delete it; such characters usually arrive when text is pasted from another program",
        ])
        let request = try Support.decode(json.replacingOccurrences(of: #"B \ud800"#, with: "B"), source: "r.json")
        #expect(request.partnership.name == "Riverside 🌳 Partnership")
        #expect(request.partnership.purpose == "Café trees")
        // Escapes mean nothing outside double quotes.
        let single = try Support.decode(Support.minimal(appending: #"draft: 'a \ud83c\udf33'"# + "\n"))
        #expect(single.draft == #"a \ud83c\udf33"#)
    }

    @Test func anchorsAndAliasesAreRefused() throws {
        let text = Support.minimal(appending: "governance:\n  chair: &chair Riverside City Council\n  secretariat: *chair\n")
        let diagnostics = Support.failure(text)
        #expect(diagnostics.map(\.description) == [
            "request.yaml:13:10: error: anchors and aliases are not allowed in a request\n  hint: write each value out in full; to start text with & or *, put it in quotes",
            "request.yaml:14:16: error: anchors and aliases are not allowed in a request\n  hint: write each value out in full; to start text with & or *, put it in quotes",
        ])
    }

    @Test func ampersandsAndAsterisksInsideTextAreNotAnchors() throws {
        let text = Support.minimal(appending: """
            draft: Parks & Open Spaces *draft*
            governance:
              chair: "*Chair* of the board"
              secretariat: 'Parks & Trees'
              reserved-matters:
                - Budget & spending
                - '*Everything* else'
            data:
              sharing-agreement: |
                * a bullet, not an alias
                & not an anchor
            exit:
              successor: Riverside
                *Trees* CIC

            """)
        let request = try Support.decode(text)
        #expect(request.draft == "Parks & Open Spaces *draft*")
        #expect(request.governance.chair == "*Chair* of the board")
        #expect(request.governance.reservedMatters == ["Budget & spending", "*Everything* else"])
        #expect(request.data.sharingAgreement == "* a bullet, not an alias\n& not an anchor")
        #expect(request.exit.successor == "Riverside *Trees* CIC")
    }

    @Test func billionLaughsIsRefusedQuickly() throws {
        let bytes = try Support.fixture("billion-laughs.yaml")
        var diagnostics: [Diagnostic] = []
        let elapsed = ContinuousClock().measure { diagnostics = Support.failure(bytes) }
        #expect(elapsed < .seconds(2))
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.message == "anchors and aliases are not allowed in a request" })
        #expect(diagnostics.first?.location == SourceLocation(file: "request.yaml", line: 3, column: 7))
    }

    @Test(arguments: [
        ("[", String(repeating: "[", count: 100_000)),
        ("{", String(repeating: "{a: ", count: 100_000)),
        ("json", String(repeating: "{\"a\":", count: 100_000) + "1" + String(repeating: "}", count: 100_000)),
        ("- ", "parties:\n" + String(repeating: "- ", count: 100_000) + "x\n"),
        ("indent", (0..<1_000).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")),
    ])
    func deepNestingIsRefusedWithoutRecursing(label: String, text: String) throws {
        var diagnostics: [Diagnostic] = []
        let elapsed = ContinuousClock().measure { diagnostics = Support.failure(text) }
        #expect(elapsed < .seconds(2), "\(label)")
        #expect(diagnostics.first?.message == "nesting goes deeper than 32 levels", "\(label): \(diagnostics.printed)")
        #expect(diagnostics.first?.location?.line != nil)
    }

    @Test func nestingWithinTheLimitIsParsed() throws {
        // 30 levels of lists under a text key: deep enough to parse, then refused by type.
        let text = Support.minimal(appending: "draft: " + String(repeating: "[", count: 30) + String(repeating: "]", count: 30) + "\n")
        #expect(Support.failure(text).map(\.message) == ["expected text, found a list"])
        let limited = Support.failure(text, limits: RequestLimits(maxDepth: 8))
        #expect(limited.first?.message == "nesting goes deeper than 8 levels")
        #expect(limited.first?.location == SourceLocation(file: "request.yaml", line: 12, column: 15))
    }

    @Test func oversizedInputIsRefusedBeforeParsing() throws {
        let huge = [UInt8](repeating: UInt8(ascii: "["), count: (1 << 20) + 1)
        #expect(Support.failure(huge).map(\.description) == [
            "concordat: error: request.yaml: the request is 1048577 bytes; at most 1048576 are accepted",
        ])
        let small = Support.failure(Support.minimal, limits: RequestLimits(maxBytes: 100))
        #expect(small.first?.message == "the request is \(Support.minimal.utf8.count) bytes; at most 100 are accepted")
    }

    @Test func tooManyPartiesAreRefused() throws {
        let parties = (0..<201).map { "  - name: Party \($0)\n    kind: charity\n" }.joined()
        let text = "document: exit-strategy\nframework: not-for-profit\nrisk: low\npartnership:\n  name: P\n  purpose: Q\nparties:\n" + parties
        #expect(Support.failure(text).map(\.description) == ["request.yaml:7:1: error: parties: lists 201 parties; at most 200 are accepted"])
        #expect(try Support.decode(text, limits: RequestLimits(maxParties: 201)).parties.count == 201)
    }

    @Test func overlongValuesAreRefused() throws {
        let long = String(repeating: "tree ", count: 2_001)  // the parser drops the last space
        let diagnostics = Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: \(long)"))
        #expect(diagnostics.map(\.description) == ["request.yaml:6:12: error: partnership.purpose: is 10004 characters long; at most 10000 are accepted"])
        let fits = try Support.decode(Support.minimal(replacingLine: 6, with: "  purpose: " + String(repeating: "é", count: 10_000)))
        #expect(fits.partnership.purpose.count == 10_000)
    }

    @Test func syntaxErrorsGiveTheParsersPosition() throws {
        let yaml = Support.failure(Support.minimal(replacingLine: 6, with: "  purpose: [Plant trees"))
        #expect(yaml.count == 1)
        #expect(yaml.first?.message.hasPrefix("invalid YAML or JSON: ") == true)
        #expect(yaml.first?.location?.line != nil)

        let badIndent = Support.failure("document: exit-strategy\n  framework: statutory\n")
        #expect(badIndent.map(\.description) == [
            "request.yaml:2:3: error: framework: 'framework' on line 2 is indented further in than 'document' on line 1\n"
                + "  hint: keys of one mapping start in the same column: indent 'framework' by 0 spaces, like 'document'"
                + " (or by more, under a key that ends with ':' alone, to nest it)",
        ])

        let json = Support.failure("{\n  \"document\": \"exit-strategy\",\n  \"framework\" \"statutory\"\n}\n", source: "r.json")
        #expect(json.first?.location?.file == "r.json")
        #expect(json.first?.location?.line == 3)
        #expect(json.first?.location?.column == 15)
        #expect(json.first?.message == "invalid JSON: expected ':' after the key, found '\"'")
    }

    @Test func aSecondDocumentIsRefused() throws {
        let diagnostics = Support.failure(Support.minimal + "---\ndocument: exit-strategy\n")
        #expect(diagnostics.map(\.description) == [
            "request.yaml:13:1: error: a request holds one YAML document, but a second one starts here\n  hint: remove the '---' line and what follows, or split it into its own file",
        ])
    }

    @Test func theNumberOfFindingsIsCapped() throws {
        let text = Support.minimal(appending: (0..<150).map { "unknown-\($0): x\n" }.joined())
        let diagnostics = Support.failure(text)
        #expect(diagnostics.count == 101)
        #expect(diagnostics.last?.description == "concordat: error: 50 further problems are not shown")
    }

    @Test func keysAreNeverResolvedAsOtherTypes() throws {
        let diagnostics = Support.failure(Support.minimal(appending: "yes: 1\n2: x\n[a]: b\n"))
        #expect(diagnostics.map(\.message) == ["unknown key 'yes'", "unknown key '2'", "a key must be a plain word, found a list"])
    }
}

/// Damaged copies of a valid request — cut short anywhere, or with a byte replaced — are either
/// decoded or refused with located findings; none crashes or hangs.
@Suite struct RequestDamageTests {
    static let example = Array(ExampleRequest.yaml(document: .memorandumOfUnderstanding, framework: .statutory).utf8)

    @Test func truncatedRequestsAreHandled() {
        for length in stride(from: 0, to: Self.example.count, by: 29) {
            let bytes = Array(Self.example.prefix(length))
            do {
                _ = try RequestDecoder().decode(bytes, source: "cut.yaml")
            } catch {
                #expect(error.kind == .invalidData)
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics.allSatisfy { $0.location?.file == "cut.yaml" || $0.location == nil })
            }
        }
    }

    @Test func corruptedBytesAreHandled() {
        let replacements: [UInt8] = [0x00, 0x09, 0x22, 0x26, 0x27, 0x2A, 0x3A, 0x5B, 0x7B, 0x7C, 0x80, 0xFF]
        var position = 0
        var refused = 0
        for replacement in replacements {
            position = (position + 97) % Self.example.count
            for offset in stride(from: position, to: Self.example.count, by: 409) {
                var bytes = Self.example
                bytes[offset] = replacement
                do {
                    _ = try RequestDecoder().decode(bytes, source: "bad.yaml")
                } catch {
                    refused += 1
                    #expect(error.diagnostics.hasErrors)
                }
            }
        }
        #expect(refused > 0)
    }
}
