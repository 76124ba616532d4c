/// How the parsed built-in templates — the three document skeletons, the wording and the risk
/// scoring policy — are laid out in the compact form. Dictionaries are written sorted by key, so
/// the same templates always compile to the same bytes; a test reads every value back and
/// compares it with the one parsed from the files.
extension CompactWriter {
    mutating func template(_ template: DocumentTemplate) {
        string(template.document.rawValue)
        string(template.title)
        string(template.shortTitle)
        string(template.selfReference)
        string(template.subClauses.rawValue)
        string(template.partiesIntro)
        array(template.slots) { writer, slot in
            writer.string(slot.id)
            writer.string(slot.title)
            writer.string(slot.kind.rawValue)
        }
        string(template.signaturesTitle)
        string(template.signaturesIntro)
        array(template.annexes) { writer, annex in
            writer.string(annex.id)
            writer.string(annex.title)
            writer.string(annex.content.rawValue)
            writer.string(annex.mention)
            writer.string(annex.otherwise)
        }
        array(template.vocabulary) { writer, pair in
            writer.string(pair.word)
            writer.string(pair.replacement)
        }
        string(template.observersIntro)
    }

    mutating func wording(_ wording: TemplateWording) {
        array(wording.numbers) { $0.string($1) }
        strings(wording.entries)
        array(wording.phrases.sorted { $0.key < $1.key }) { writer, table in
            writer.string(table.key)
            writer.strings(table.value)
        }
    }

    mutating func scoring(_ scoring: RiskScoring) {
        array(RiskLevel.allCases.compactMap { level in scoring.bands[level].map { (level, $0) } }) { writer, band in
            writer.string(band.0.rawValue)
            writer.int(band.1)
        }
        array(scoring.factors) { writer, factor in
            writer.string(factor.name)
            writer.string(factor.why)
            writer.optional(factor.whenTrue) { $0.effect($1) }
            writer.array(factor.steps) { writer, step in
                writer.string(String(step.from))
                writer.effect(step.effect)
            }
            writer.array(factor.values.sorted { $0.key < $1.key }) { writer, entry in
                writer.string(entry.key)
                writer.effect(entry.value)
            }
        }
    }

    private mutating func effect(_ effect: RiskScoring.Effect) {
        int(effect.points)
        optional(effect.floor) { $0.string($1.rawValue) }
    }

    private mutating func strings(_ table: [String: String]) {
        array(table.sorted { $0.key < $1.key }) { writer, entry in
            writer.string(entry.key)
            writer.string(entry.value)
        }
    }
}

extension CompactReader {
    mutating func template() throws(Malformed) -> DocumentTemplate {
        DocumentTemplate(
            document: try word(), title: try string(), shortTitle: try string(), selfReference: try string(),
            subClauses: try word(), partiesIntro: try string(),
            slots: try array { reader throws(Malformed) in
                DocumentTemplate.Slot(id: try reader.string(), title: try reader.string(), kind: try reader.word())
            },
            signaturesTitle: try string(), signaturesIntro: try string(),
            annexes: try array { reader throws(Malformed) in
                DocumentTemplate.AnnexSpec(
                    id: try reader.string(), title: try reader.string(), content: try reader.word(),
                    mention: try reader.string(), otherwise: try reader.string())
            },
            vocabulary: try array { reader throws(Malformed) in (word: try reader.string(), replacement: try reader.string()) },
            observersIntro: try string())
    }

    mutating func wording() throws(Malformed) -> TemplateWording {
        TemplateWording(
            numbers: try array { reader throws(Malformed) in try reader.string() },
            entries: try strings(),
            phrases: try keyed { reader throws(Malformed) in try reader.strings() })
    }

    mutating func scoring() throws(Malformed) -> RiskScoring {
        let bands = try array { reader throws(Malformed) in (try reader.word(RiskLevel.self), try reader.int()) }
        let factors = try array { reader throws(Malformed) in
            RiskScoring.Factor(
                name: try reader.string(), why: try reader.string(),
                whenTrue: try reader.optional { reader throws(Malformed) in try reader.effect() },
                steps: try reader.array { reader throws(Malformed) in
                    guard let from = Int64(try reader.string()) else { throw Malformed() }
                    return (from: from, effect: try reader.effect())
                },
                values: try reader.keyed { reader throws(Malformed) in try reader.effect() })
        }
        return RiskScoring(bands: Dictionary(bands, uniquingKeysWith: { first, _ in first }), factors: factors)
    }

    private mutating func effect() throws(Malformed) -> RiskScoring.Effect {
        RiskScoring.Effect(points: try int(), floor: try optional { reader throws(Malformed) in try reader.word(RiskLevel.self) })
    }

    private mutating func strings() throws(Malformed) -> [String: String] {
        try keyed { reader throws(Malformed) in try reader.string() }
    }

    /// A dictionary written as (key, value) pairs sorted by key.
    private mutating func keyed<Value>(_ read: (inout CompactReader) throws(Malformed) -> Value) throws(Malformed) -> [String: Value] {
        let pairs = try array { reader throws(Malformed) in (try reader.string(), try read(&reader)) }
        return Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
}
