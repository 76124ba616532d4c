import Yams

extension ExampleRequest {
    /// The example as JSON (`concordat init --format json`): the same values as the YAML, typed as
    /// the schema types them, with a `$schema` key that editors follow to `concordat schema`'s
    /// output saved beside the request. JSON has no comments; the schema carries the descriptions.
    package static func json(
        document: DocumentKind, framework: Framework, jurisdiction: Jurisdiction = .england,
        schemaReference: String = "concordat.schema.json"
    ) -> String {
        let text = yaml(document: document, framework: framework, jurisdiction: jurisdiction)
        // The example is Concordat's own text, decoded by the tests for every combination.
        guard let root = try? Yams.compose(yaml: text), case .object(let pairs) = convert(root, type: .section(.root))
        else { return "{}\n" }
        return OrderedJSON.object([("$schema", .string(schemaReference))] + pairs).text
    }

    private static func convert(_ node: Node, type: RequestFieldType) -> OrderedJSON {
        switch (node, type) {
        case (.mapping(let mapping), .section(let section)):
            let types = section.types
            return .object(mapping.compactMap { key, value in
                guard let name = key.scalar?.string else { return nil }
                return (name, convert(value, type: types[name] ?? .text))
            })
        case (.sequence(let sequence), .list(let section, _)):
            return .array(sequence.map { convert($0, type: .section(section)) })
        case (.sequence(let sequence), _):
            return .array(sequence.map { convert($0, type: .text) })
        case (.scalar(let scalar), .integer):
            return Int(scalar.string).map(OrderedJSON.integer) ?? .string(scalar.string)
        case (.scalar(let scalar), .money):
            return .number(scalar.string)
        case (.scalar(let scalar), .flag):
            return .bool(scalar.string == "true")
        case (.scalar(let scalar), _):
            return .string(scalar.string)
        default:
            return .null
        }
    }
}
