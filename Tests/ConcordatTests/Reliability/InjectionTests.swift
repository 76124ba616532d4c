import Foundation
import Testing

/// A request whose every free-text value tries HTML, XML, CDATA, Markdown, link and template
/// injection at once, composed through the binary into every format. Each value must appear
/// literally wherever an ordinary value would, and the documents must have exactly the structure
/// the same request with ordinary values gives.
@Suite struct InjectionTests {
    /// A request with every free-text field filled by `value(n)`, numbered in order.
    static func request(document: String, value: (Int, Bool) -> String) -> (json: [UInt8], values: [String]) {
        var values: [String] = []
        func next(spaced: Bool = true) -> String {
            values.append(value(values.count + 1, spaced))
            return values[values.count - 1]
        }
        func party(_ kind: String, _ roles: [String]) -> [String: Any] {
            [
                "name": next(), "kind": kind, "legal-form": next(), "role": roles, "registration": next(),
                "signatory": ["name": next(), "title": next()],
                "contact": ["name": next(), "title": next(), "email": next(spaced: false), "phone": next()],
                "contribution": ["cash": 25_000, "in-kind": next()],
            ]
        }
        let lead = party("local-authority", ["lead-partner", "accountable-body", "host"])
        let member = party("nhs-body", ["member"])
        let request: [String: Any] = [
            "document": document, "framework": "statutory", "risk": "high", "date": "2026-03-01", "draft": next(),
            "partnership": [
                "name": next(), "purpose": next(), "area": next(), "start-date": "2026-04-01", "end-date": "2031-03-31",
                "review-months": 12, "body-name": next(), "statutory-type": "section-75", "statutory-basis": next(),
            ],
            "parties": [lead, member],
            "governance": [
                "chair": lead["name"]!, "vice-chair": next(), "quorum": 2, "meetings-per-year": 6, "notice-days": 10,
                "decisions": "consensus", "secretariat": next(), "reserved-matters": [next(), next()], "pool-manager": next(),
            ],
            "data": ["controller-model": "joint", "sharing-agreement": next()],
            "risk-factors": ["total-funding": 1_200_000, "pooled-budget": true, "personal-data": "special-category"],
            "exit": ["route": "handover", "successor": next(), "stewardship-years": 10],
        ]
        let json = (try? JSONSerialization.data(withJSONObject: request, options: [.sortedKeys, .prettyPrinted])) ?? Data()
        return (Array(json), values)
    }

    /// Every trick at once; emails have no spaces, so they still read as addresses.
    static func hostile(_ n: Int, spaced: Bool) -> String {
        spaced
            ? "<script>alert(\(n))</script> & </text:p> ]]> *x* _y_ # | [x](javascript:alert(\(n))) {{ partnership.name }} [[Partner]] \\ `t` <!-- \(n) -->"
            : "<script>alert(\(n))</script>&amp;]]>*x*_\(n)_@e.example"
    }

    static func benign(_ n: Int, spaced: Bool) -> String {
        spaced ? "Ordinary value \(100 + n)" : "person\(100 + n)@example.org"
    }

    /// The document in one format, composed by the binary from `json`.
    static func compose(_ json: [UInt8], format: String) throws -> [UInt8] {
        let folder = TemporaryFolder()
        let request = folder.write("request.json", bytes: json)
        let result = try CLIRunner.run(["compose", request, "--format", format, "--output", folder.file("out")])
        #expect(result.status == 0, "\(result.stderr)")
        return try Array(Data(contentsOf: URL(fileURLWithPath: folder.file("out"))))
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    static let documents = ["memorandum-of-understanding", "terms-of-reference", "exit-strategy"]

    @Test(arguments: documents)
    func markdownShowsEveryValueLiterallyAndKeepsItsStructure(_ document: String) throws {
        let (hostileJSON, hostile) = Self.request(document: document, value: Self.hostile)
        let (benignJSON, benign) = Self.request(document: document, value: Self.benign)
        let attacked = CommonMarkProbe(String(decoding: try Self.compose(hostileJSON, format: "markdown"), as: UTF8.self))
        let plain = CommonMarkProbe(String(decoding: try Self.compose(benignJSON, format: "markdown"), as: UTF8.self))

        // Inline nodes differ harmlessly (escapes split text); blocks must not differ at all.
        let inline: Set<String> = ["text", "softbreak", "linebreak", "link", "emph", "strong", "code", "html_inline"]
        #expect(attacked.nodes.map(\.type).filter { !inline.contains($0) } == plain.nodes.map(\.type).filter { !inline.contains($0) })
        // The only raw HTML is the renderer's own anchors, the same for any values; emphasis is
        // never written as tags (where `**` beside punctuation would not hold, the words go plain).
        for type in ["html_inline", "html_block"] {
            #expect(attacked.nodes(type).map(\.literal) == plain.nodes(type).map(\.literal), "raw HTML reached the Markdown")
            #expect(!attacked.nodes(type).contains { ["<strong>", "<em>"].contains($0.literal) })
        }
        #expect(attacked.nodes("code").isEmpty && attacked.nodes("code_block").isEmpty)
        // A hostile value may stop `*` from marking the emphasis around it, never add emphasis.
        #expect(attacked.nodes("emph").count <= plain.nodes("emph").count)
        #expect(attacked.nodes("strong").count <= plain.nodes("strong").count)
        #expect(!attacked.nodes("link").contains { $0.url?.lowercased().contains("javascript") == true })
        #expect(attacked.nodes("link").filter { $0.url?.hasPrefix("#") == true }.count
            == plain.nodes("link").filter { $0.url?.hasPrefix("#") == true }.count)
        #expect(!attacked.html.contains("<script"))

        let shown = zip(hostile, benign).filter { Self.occurrences(of: $1, in: plain.visibleText) > 0 }.count
        #expect(shown >= 15, "most values appear in a \(document)")
        for (attack, ordinary) in zip(hostile, benign) {
            #expect(Self.occurrences(of: attack, in: attacked.visibleText) == Self.occurrences(of: ordinary, in: plain.visibleText), "\(attack)")
        }
    }

    @Test(arguments: documents)
    func htmlShowsEveryValueLiterallyWithNoActiveContent(_ document: String) throws {
        let (hostileJSON, hostile) = Self.request(document: document, value: Self.hostile)
        let (benignJSON, benign) = Self.request(document: document, value: Self.benign)
        let attacked = HTMLProbe(String(decoding: try Self.compose(hostileJSON, format: "html"), as: UTF8.self))
        let plain = HTMLProbe(String(decoding: try Self.compose(benignJSON, format: "html"), as: UTF8.self))

        func shape(_ probe: HTMLProbe) -> [String] {
            probe.elements.map { element in
                ([element.name, element.attribute("class") ?? "", element.attribute("id") ?? ""] + element.attributes.map(\.name).sorted())
                    .joined(separator: " ")
            }
        }
        #expect(shape(attacked) == shape(plain))
        // The only script element is the embedded request: a JSON data block, which never runs.
        #expect(attacked.elements("script").map { $0.attribute("type") } == ["application/json"])
        #expect(attacked.elements("script").map { $0.attribute("id") } == ["concordat-embed"])
        for element in attacked.elements {
            #expect(!element.attributes.contains { $0.name.hasPrefix("on") }, "\(element.name) has an event handler")
            for name in ["href", "src", "action", "formaction"] {
                guard let target = element.attribute(name) else { continue }
                #expect(name == "href" && (target.hasPrefix("#") || target.hasPrefix("mailto:")), "\(element.name) \(name)=\(target)")
                #expect(!target.lowercased().contains("javascript"))
            }
        }
        let title = attacked.elements("title").first?.text ?? ""
        #expect(hostile.contains { title.contains($0) }, "the title names the partnership or its board literally")
        let attackedBody = attacked.elements("body").first?.text ?? ""
        let plainBody = plain.elements("body").first?.text ?? ""
        for (attack, ordinary) in zip(hostile, benign) {
            #expect(Self.occurrences(of: attack, in: attackedBody) == Self.occurrences(of: ordinary, in: plainBody), "\(attack)")
        }
    }

    @Test(arguments: documents)
    func odtShowsEveryValueLiterallyAndStillValidates(_ document: String) throws {
        let (hostileJSON, hostile) = Self.request(document: document, value: Self.hostile)
        let (benignJSON, benign) = Self.request(document: document, value: Self.benign)
        let attacked = try ZipEntries.read(try Self.compose(hostileJSON, format: "odt"))
        let plain = try ZipEntries.read(try Self.compose(benignJSON, format: "odt"))

        for (name, part) in attacked where name != "mimetype" {
            let problems = ODFSchema.validate(part: part, manifest: name == "META-INF/manifest.xml")
            #expect(problems.isEmpty, "\(name): \(problems.prefix(5))")
        }
        let attackedContent = try XMLTree.parse(try #require(attacked["content.xml"]))
        let plainContent = try XMLTree.parse(try #require(plain["content.xml"]))
        func names(_ tree: XMLTree) -> [String] { [tree.name] + tree.elements.flatMap(names) }
        #expect(names(attackedContent) == names(plainContent))
        for (attack, ordinary) in zip(hostile, benign) {
            #expect(Self.occurrences(of: attack, in: attackedContent.text) == Self.occurrences(of: ordinary, in: plainContent.text), "\(attack)")
        }
        let meta = try XMLTree.parse(try #require(attacked["meta.xml"]))
        #expect(meta.descendants("dc:subject").allSatisfy { hostile.contains($0.text) })
    }
}
