/// `concordat schema`: a JSON Schema (draft 2020-12) of the request format, generated from the
/// keys the decoder allows, the vocabularies it reads, and the comments `concordat init` writes
/// beside each key, so editors can complete and check a request as it is typed.
public enum RequestSchema {
    /// The schema's `$id`: a name, not a place fetched from.
    public static let id = "urn:concordat:request:1"

    /// The schema as JSON text.
    public static var text: String { json.text }

    /// The schema as a JSON value.
    public static var json: OrderedJSON {
        let descriptions = InitComments.descriptions()
        var root = object(.root, path: "", descriptions: descriptions)
        guard case .object(var pairs) = root else { return root }
        // An editor's link to this schema, which the decoder accepts and ignores.
        if let index = pairs.firstIndex(where: { $0.0 == "properties" }), case .object(var properties) = pairs[index].1 {
            properties.insert(("$schema", .object([
                ("description", .string("the schema this request follows, for editors; ignored by Concordat")),
                ("type", .string("string")),
            ])), at: 0)
            pairs[index].1 = .object(properties)
        }
        pairs.append(("anyOf", .array([
            .object([("required", .array([.string("risk")]))]),
            .object([("required", .array([.string("risk-factors")]))]),
        ])))
        root = .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(id)),
            ("title", .string("Concordat request")),
            ("description", .string("A request for a partnership governance document; YAML or JSON. Keys are kebab-case and unknown keys are errors.")),
        ] + pairs)
        return root
    }

    static func object(_ section: RequestSection, path: String, descriptions: [String: String]) -> OrderedJSON {
        let types = section.types
        var properties: [(String, OrderedJSON)] = []
        for key in section.keys {
            let keyPath = path.isEmpty ? key : path + "." + key
            // A key the table does not describe yet is still allowed; a test insists it be described.
            var property = types[key].map { schema(for: $0, path: keyPath, descriptions: descriptions) } ?? .object([])
            if let description = descriptions[keyPath], case .object(let pairs) = property {
                property = .object([("description", .string(description))] + pairs)
            }
            properties.append((key, property))
        }
        var pairs: [(String, OrderedJSON)] = [("type", .string("object"))]
        pairs.append(("properties", .object(properties)))
        if !section.required.isEmpty {
            pairs.append(("required", .array(section.required.map { .string($0) })))
        }
        pairs.append(("additionalProperties", .bool(false)))
        return .object(pairs)
    }

    static func schema(for type: RequestFieldType, path: String, descriptions: [String: String]) -> OrderedJSON {
        switch type {
        case .text:
            // The decoder reads any scalar as text (`registration: 1187654`), so numbers and
            // booleans are text here too.
            return .object([("type", .array([.string("string"), .string("number"), .string("boolean")]))])
        case .email:
            // As the decoder's check: something before one @, a dot inside the domain, no spaces.
            return .object([("type", .string("string")), ("pattern", .string("^[^@\\s]+@[^@\\s.][^@\\s]*\\.[^@\\s]*[^@\\s.]$"))])
        case .texts:
            let one = OrderedJSON.object([("type", .array([.string("string"), .string("number"), .string("boolean")]))])
            return .object([("anyOf", .array([one, .object([("type", .string("array")), ("items", one)])]))])
        case .date:
            return .object([
                ("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")),
                ("format", .string("date")),
            ])
        case .integer(let range):
            return .object([
                ("type", .string("integer")), ("minimum", .integer(range.lowerBound)), ("maximum", .integer(range.upperBound)),
            ])
        case .flag:
            return .object([("type", .string("boolean"))])
        case .money:
            return .object([("type", .string("number")), ("minimum", .integer(0))])
        case .word(let words):
            return .object([("enum", .array(words.map { .string($0) }))])
        case .words(let words):
            let word = OrderedJSON.object([("enum", .array(words.map { .string($0) }))])
            return .object([("anyOf", .array([
                word, .object([("type", .string("array")), ("items", word), ("minItems", .integer(1))]),
            ]))])
        case .section(let section):
            return object(section, path: path, descriptions: descriptions)
        case .list(let section, let minItems):
            return .object([
                ("type", .string("array")), ("minItems", .integer(minItems)),
                ("items", object(section, path: path + "[]", descriptions: descriptions)),
            ])
        }
    }
}
