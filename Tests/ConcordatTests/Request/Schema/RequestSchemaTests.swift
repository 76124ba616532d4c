import Foundation
import Testing
@testable import Concordat

/// The schema is generated from the decoder's own vocabulary; these tests fail if the two drift.
@Suite struct RequestSchemaTests {
    @Test func everyKeyTheDecoderAllowsHasAShapeAndNoOtherKeyDoes() {
        for section in RequestSection.allCases {
            let described = Set(section.types.keys)
            for key in section.keys {
                #expect(described.contains(key), "'\(key)' in \(section) is allowed by the decoder but has no shape in RequestFieldType")
            }
            for key in described {
                #expect(section.keys.contains(key), "'\(key)' in \(section) has a shape but the decoder does not allow it")
            }
        }
    }

    /// Every leaf key, with its path as the decoder names it (the first party stands for all).
    static func leaves(_ section: RequestSection = .root, path: String = "") -> [(path: String, type: RequestFieldType)] {
        section.keys.flatMap { key -> [(path: String, type: RequestFieldType)] in
            let keyPath = path.isEmpty ? key : path + "." + key
            switch section.types[key] {
            case .section(let inner)?: return leaves(inner, path: keyPath)
            case .list(let inner, _)?: return leaves(inner, path: keyPath + "[0]")
            case let type?: return [(keyPath, type)]
            case nil: return []
            }
        }
    }

    /// Values the schema allows and values it refuses, for a shape.
    static func samples(_ type: RequestFieldType, path: String) -> (good: [Any], bad: [Any]) {
        switch type {
        case .text: return (["Plain words", 1187654, true], [["a", "list"], ["a": "mapping"]])
        case .email: return (["a.person@example.org"], ["Tom Reed", "tom@localhost", "tom reed@example.org", 5])
        case .texts: return (["One matter", ["One", "Two"]], [["a": "mapping"]])
        case .date: return ([path.hasSuffix("end-date") ? "2031-03-31" : "2026-04-01"], ["01/03/2026", 20260301])
        case .integer(let range):
            return ([range.lowerBound, range.upperBound], [range.lowerBound - 1, range.upperBound + 1, "3", 2.5])
        case .flag: return ([true, false], ["yes", "true", 1])
        case .money: return ([0, 25000, 1250.5], [-1, "25000", "£25,000"])
        case .word(let words): return (words, ["not-a-word", 3])
        case .words(let words): return (words + [[words[0]]], ["not-a-word", [] as [String]])
        case .section, .list: return ([], [])
        }
    }

    static func set(_ value: Any, at path: String, in object: inout [String: Any]) {
        var steps = path.split(separator: ".").map(String.init)
        let first = steps.removeFirst()
        let (key, index) = first.hasSuffix("[0]") ? (String(first.dropLast(3)), 0) : (first, nil as Int?)
        if steps.isEmpty, index == nil {
            object[key] = value
            return
        }
        if let index {
            var list = object[key] as? [[String: Any]] ?? []
            if steps.isEmpty { return }
            // A new item gets its required key (only governance members are absent from the example).
            while list.count <= index { list.append(["role": "Board member"]) }
            set(value, at: steps.joined(separator: "."), in: &list[index])
            object[key] = list
        } else {
            var inner = object[key] as? [String: Any] ?? [:]
            set(value, at: steps.joined(separator: "."), in: &inner)
            object[key] = inner
        }
    }

    /// The decoder's errors at `path` for the example with `value` set there.
    static func errors(setting value: Any, at path: String) throws -> [Diagnostic] {
        let example = ExampleRequest.json(document: .memorandumOfUnderstanding, framework: .statutory)
        var object = try #require(JSONSerialization.jsonObject(with: Data(example.utf8)) as? [String: Any])
        set(value, at: path, in: &object)
        let bytes = Array(try JSONSerialization.data(withJSONObject: object))
        do {
            _ = try RequestDecoder().decode(bytes, source: "r.json")
            return []
        } catch {
            // Only shape errors count: a word that exists but not in this jurisdiction is a matter
            // of sense, which no schema can say.
            let shape = ["expected ", "unknown value", "must name at least one", "is out of range", "is not an email address",
                         "must not be negative", "has more than two decimal places", "is not a day", "required key is missing"]
            return error.diagnostics.filter { finding in
                finding.severity == .error && (finding.key == path || finding.key?.hasPrefix(path + "[") == true)
                    && shape.contains { finding.message.hasPrefix($0) || finding.message.contains(" " + $0) }
            }
        }
    }

    @Test func theDecoderAcceptsWhatTheSchemaAllowsAndRefusesWhatItDoesNot() throws {
        let leaves = Self.leaves()
        #expect(leaves.count > 40)
        for (path, type) in leaves {
            let (good, bad) = Self.samples(type, path: path)
            for value in good {
                let found = try Self.errors(setting: value, at: path)
                #expect(found.isEmpty, "\(path) = \(value): the schema allows it but the decoder says \(found)")
            }
            for value in bad {
                let found = try Self.errors(setting: value, at: path)
                #expect(!found.isEmpty, "\(path) = \(value): the schema refuses it but the decoder accepts it")
            }
        }
    }

    @Test func theSchemaListsEveryKeyWithTheCommentsInitWrites() throws {
        let schema = RequestSchema.json
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        let properties = try #require(schema["properties"])
        #expect(properties["framework"]?["enum"] == .array(Framework.words.map { .string($0) }))
        #expect(properties["risk"]?["description"] == .string("low | medium | high; if absent, assessed from risk-factors"))
        let party = try #require(properties["parties"]?["items"]?["properties"])
        guard case .string(let kind)? = party["kind"]?["description"] else {
            Issue.record("parties[].kind has no description")
            return
        }
        #expect(kind.hasPrefix("local-authority | nhs-body"))
        #expect(party["public-authority"]?["description"] == .string("default from kind; required for kind other"))
        guard case .string(let basis)? = properties["partnership"]?["properties"]?["statutory-basis"]?["description"] else {
            Issue.record("statutory-basis has no description")
            return
        }
        #expect(basis == "statutory only: the statute in words")
        #expect(properties["governance"]?["properties"]?["quorum"]?["minimum"] == .integer(1))
        // The text parses as JSON.
        #expect(try JSONSerialization.jsonObject(with: Data(RequestSchema.text.utf8)) is [String: Any])
    }

    @Test func aTopLevelSchemaKeyIsAcceptedAndIgnoredButNotElsewhere() throws {
        let yaml = "$schema: concordat.schema.json\n" + ExampleRequest.yaml(document: .termsOfReference, framework: .notForProfit)
        _ = try RequestDecoder().decode(Array(yaml.utf8), source: "r.yaml")
        let nested = ExampleRequest.yaml(document: .termsOfReference, framework: .notForProfit)
            .replacingOccurrences(of: "partnership:\n", with: "partnership:\n  $schema: x\n")
        let error = #expect(throws: ConcordatError.self) { try RequestDecoder().decode(Array(nested.utf8), source: "r.yaml") }
        #expect(error?.diagnostics.contains { $0.message == "unknown key '$schema'" } == true)
    }

    @Test func theJSONExampleComposesTheSameDocumentAsTheYAML() throws {
        for framework in Framework.allCases {
            let yaml = ExampleRequest.yaml(document: .exitStrategy, framework: framework)
            let json = ExampleRequest.json(document: .exitStrategy, framework: framework)
            #expect(json.hasPrefix("{\n  \"$schema\": \"concordat.schema.json\",\n  \"document\": \"exit-strategy\""))
            let a = try Concordat.compose(request: .bytes(Array(yaml.utf8), source: "r"), options: .init(dateFallback: .none))
            let b = try Concordat.compose(request: .bytes(Array(json.utf8), source: "r"), options: .init(dateFallback: .none))
            #expect(a.bytes == b.bytes)
        }
    }
}
