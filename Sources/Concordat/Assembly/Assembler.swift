/// Builds the document model from a request, its selection and the document template: numbers
/// clauses, fills values, resolves cross-references and defined terms, and adds the parties,
/// signatures and annexes. Problems become diagnostics; nothing here escapes text.
struct Assembler {
    let request: Request
    let template: DocumentTemplate
    let catalogue: Catalogue
    let selection: Selection
    let options: ComposeOptions
    let wording: TemplateWording
    /// Every document's title, so one document can name another.
    var titles: [DocumentKind: String] = [:]

    private(set) var diagnostics: [Diagnostic] = []

    init(
        request: Request, template: DocumentTemplate, catalogue: Catalogue, selection: Selection, options: ComposeOptions,
        wording: TemplateWording
    ) {
        self.wording = wording
        self.request = request
        self.template = template
        self.catalogue = catalogue
        self.selection = selection
        self.options = options
    }

    mutating func assemble() -> Document {
        let clauses = selection.included
        let usedTerms = termsUsed(by: clauses)
        let numbering = Numbering(template: template, clauses: clauses, hasDefinitions: !usedTerms.isEmpty)
        // Binding clauses are listed by number and name, so a reader can find each one.
        let binding = numbering.sections.flatMap(\.clauses).filter { $0.clause.binding }
            .map { "\($0.number) (\($0.clause.title))" }
        let date = request.date ?? options.fallbackDate
        let annexes = annexes()
        var values = ValueResolver(
            request: request, template: template, level: selection.level, documentDate: date, bindingNumbers: binding,
            wording: wording)
        values.titles = titles
        for spec in template.annexes {
            values.annexMentions[spec.id] = annexes.first { $0.id == "annex-\(spec.id)" }
                .map { spec.mention.replacingOccurrences(of: "{letter}", with: $0.letter) } ?? spec.otherwise
        }
        var context = InlineContext(values: values, numbers: numbering.numbers)

        var front = partiesBlocks()
        for notice in numbering.notices {
            context.clauseID = notice.id
            front.append(.notice(title: notice.title, body: blocks(notice.body, depth: 1, parent: "", context: &context)))
        }
        var body: [Block] = []
        for placed in numbering.sections {
            if placed.slot.kind == .definitions {
                body.append(.section(Section(
                    id: placed.slot.id, number: placed.number, title: placed.slot.title,
                    blocks: definitionBlocks(usedTerms, context: &context))))
                continue
            }
            var sectionBlocks: [Block] = []
            for (clause, number) in placed.clauses {
                context.clauseID = clause.id
                sectionBlocks.append(.clause(Clause(
                    id: clause.id, number: number, title: clause.title,
                    blocks: blocks(clause.body, depth: 1, parent: number, context: &context),
                    annotation: options.annotate ? annotation(for: clause.id) : nil,
                    purpose: options.annotate ? clause.purpose : nil)))
            }
            body.append(.section(Section(id: placed.slot.id, number: placed.number, title: placed.slot.title, blocks: sectionBlocks)))
        }
        diagnostics += context.diagnostics
        for (path, clauseIDs) in context.blanks.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(Diagnostic(
                .warning, "the request gives no value; shown as \(Inline.blankText(path)) in \(Wording.list(clauseIDs))",
                at: SourceLocation(file: request.source), key: path, hint: "add \(path) to the request to fill it in"))
        }

        let subject = request.document == .termsOfReference
            ? (values.text(for: "partnership.body-name") ?? request.partnership.name) : request.partnership.name
        let metadata = Document.Metadata(
            title: template.title, subject: subject, draftLabel: request.draft.flatMap { $0.isEmpty ? nil : $0 },
            date: date?.formatted, isoDate: date?.iso,
            description: "\(Wording.framework(request.framework)) partnership · \(selection.level.rawValue) risk · \(Wording.jurisdiction(request.jurisdiction))",
            keywords: [request.document.rawValue, request.framework.rawValue, selection.level.rawValue, request.jurisdiction.rawValue])
        return Document(metadata: metadata, front: front, body: body, back: signatureBlocks(), annexes: annexes)
    }

    // MARK: Terms

    /// Terms used by the clauses, and by the definitions of those terms, transitively.
    private func termsUsed(by clauses: [CatalogueClause]) -> [DefinedTerm] {
        var pending: [String] = []
        for clause in clauses {
            clause.body.forEach { $0.forEachInline { if case .term(let name, _, _) = $0 { pending.append(name) } } }
        }
        var found: [String: DefinedTerm] = [:]
        while let name = pending.popLast() {
            let name = renamed(name)
            guard found[name] == nil, let term = catalogue.terms[name] else { continue }
            found[name] = term
            term.definition.forEach { $0.forEach { if case .term(let inner, _, _) = $0 { pending.append(inner) } } }
        }
        return found.values.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    private func definitionBlocks(_ terms: [DefinedTerm], context: inout InlineContext) -> [Block] {
        var out: [Block] = [.paragraph([.text(wording["definitions-intro"].replacingOccurrences(of: "{document}", with: template.selfReference))])]
        for term in terms {
            context.clauseID = term.clauseID
            var definition = inlines(term.definition, context: &context)
            if case .text(let last)? = definition.last, last.hasSuffix(".") {
                definition[definition.count - 1] = .text(String(last.dropLast()))
            }
            out.append(.paragraph([.strong([.text(term.name)]), .text(wording["means"])] + definition + [.text(".")]))
        }
        return out
    }

    // MARK: Bodies

    struct InlineContext {
        let values: ValueResolver
        let numbers: [String: String]
        var clauseID = ""
        var diagnostics: [Diagnostic] = []
        /// Missing values by path, with the clauses that wanted them, so each is reported once.
        var blanks: [String: [String]] = [:]
    }

    private func blocks(_ body: [BodyBlock], depth: Int, parent: String, context: inout InlineContext) -> [Block] {
        body.map { block in
            switch block {
            case .paragraph(let content):
                return .paragraph(Self.capitalisingSentenceStarts(inlines(content, context: &context)))
            case .bulletList(let items):
                return .bulletList(items.map { blocks($0, depth: depth, parent: parent, context: &context) })
            case .orderedList(let items):
                let style = Numbering.listStyle(depth: depth, house: template.subClauses)
                let listItems = items.enumerated().map { index, item in
                    let number = Numbering.subClause(index, depth: depth, style: template.subClauses, parent: parent)
                    return NumberedList.Item(number: number, blocks: blocks(item, depth: depth + 1, parent: number, context: &context))
                }
                return .numberedList(NumberedList(style: style, depth: depth, items: listItems))
            case .table(let header, let rows):
                return .table(Table(
                    header: header.map { inlines($0, context: &context) },
                    rows: rows.map { $0.map { inlines($0, context: &context) } }))
            }
        }
    }

    private func inlines(_ content: [BodyInline], context: inout InlineContext) -> [Inline] {
        content.compactMap { inline -> Inline? in
            switch inline {
            case .text(let text): return .text(speaking(text))
            case .lineBreak: return .lineBreak
            case .emphasis(let children): return .emphasis(inlines(children, context: &context))
            case .strong(let children): return .strong(inlines(children, context: &context))
            case .term(let name, let display, _): return .definedTerm(term: renamed(name), display: speaking(display))
            case .value(let path, _):
                if let text = context.values.text(for: path) { return .value(path: path, text: text) }
                if !(context.blanks[path]?.contains(context.clauseID) ?? false) {
                    context.blanks[path, default: []].append(context.clauseID)
                }
                return .blank(path: path)
            case .reference(let id, let at):
                guard let number = context.numbers[id] else {
                    context.diagnostics.append(Diagnostic(
                        .error, "\(context.clauseID) refers to \(id), which is not in this document", at: at, key: "body",
                        hint: "list \(id) in requires, or refer to it only where it is always present"))
                    return .text("[missing clause: \(id)]")
                }
                return .crossReference(target: id, label: "clause \(number)")
            }
        }
    }

    // MARK: Vocabulary

    /// A defined term under this document's vocabulary: "Member" for "Partner" in terms of reference.
    private func renamed(_ term: String) -> String {
        template.vocabulary.first { $0.word == term }?.replacement ?? term
    }

    /// Text with the document's vocabulary applied, whole words only, longest first.
    private func speaking(_ text: String) -> String {
        guard !template.vocabulary.isEmpty else { return text }
        var out = text
        for (word, replacement) in template.vocabulary.sorted(by: { $0.word.count > $1.word.count }) {
            out = Self.replacingWholeWords(word, with: replacement, in: out)
        }
        return out
    }

    static func replacingWholeWords(_ word: String, with replacement: String, in text: String) -> String {
        guard text.contains(word) else { return text }
        var result = ""
        var rest = text[...]
        while let found = rest.range(of: word) {
            let before = found.lowerBound == rest.startIndex ? result.last : rest[rest.index(before: found.lowerBound)]
            let after = found.upperBound == rest.endIndex ? nil : rest[found.upperBound]
            let whole = !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
            result += rest[..<found.lowerBound]
            result += whole ? replacement : String(rest[found])
            rest = rest[found.upperBound...]
        }
        return result + rest
    }

    /// A value that begins a sentence ("the Environment Agency chairs…", "budget approval is…")
    /// starts with a capital.
    static func capitalisingSentenceStarts(_ inlines: [Inline]) -> [Inline] {
        var out = inlines
        for index in out.indices {
            guard case .value(let path, let text) = out[index], let first = text.first, first.isLowercase else { continue }
            let startsSentence: Bool
            if index == 0 {
                startsSentence = true
            } else if case .text(let before) = out[index - 1] {
                let trimmed = before.trimmingCharacters(in: .whitespaces)
                startsSentence = before.last == " " && (trimmed.hasSuffix(".") || trimmed.hasSuffix("?") || trimmed.hasSuffix("!") || trimmed.isEmpty && index == 1)
            } else {
                startsSentence = false
            }
            if startsSentence { out[index] = .value(path: path, text: first.uppercased() + text.dropFirst()) }
        }
        return out
    }

    private func annotation(for clauseID: String) -> String? {
        guard let decision = selection.decisions.first(where: { $0.clauseID == clauseID }) else { return nil }
        let telling = decision.telling
        let reasons = telling.isEmpty ? ["it applies to every document of this kind"] : telling.map(\.explanation)
        return "\(clauseID) v\(decision.version): included because " + reasons.joined(separator: "; ") + "."
    }

    // MARK: Parties, signatures and annexes

    private func partiesBlocks() -> [Block] {
        let observers = request.parties.filter(\.isObserverOnly)
        let members = request.parties.filter { !$0.isObserverOnly }
        let items = members.enumerated().map { index, party -> NumberedList.Item in
            var description = party.legalForm.flatMap { $0.isEmpty ? nil : $0 } ?? wording.phrase("kinds", party.kind.rawValue)
            description = description.isEmpty ? "" : ", " + description
            if let registration = party.registration, !registration.isEmpty {
                description += wording[party.kind == .charity ? "registered-charity" : "registered-number"]
                    .replacingOccurrences(of: "{n}", with: registration)
            }
            let roles = party.roles.filter { $0 != .member }.map { wording.phrase("roles", $0.rawValue) }
            if !roles.isEmpty { description += " (\(wording.list(roles)))" }
            return NumberedList.Item(number: "(\(index + 1))", blocks: [.paragraph([.strong([.text(party.name)]), .text(description)])])
        }
        var blocks: [Block] = [
            .heading(level: 1, text: [.text("Parties")], anchor: "parties"),
            .paragraph([.text(template.partiesIntro)]),
            .numberedList(NumberedList(style: .decimal, depth: 1, items: items)),
        ]
        // An observer takes part but is not a member: it is named apart and does not sign.
        if !observers.isEmpty {
            if !template.observersIntro.isEmpty { blocks.append(.paragraph([.text(template.observersIntro)])) }
            blocks.append(.bulletList(observers.map { [.paragraph([.strong([.text($0.name)])])] }))
        }
        return blocks
    }

    private func signatureBlocks() -> [Block] {
        // A body that exists in law is not signed into being by its members: its terms of
        // reference are adopted by the body or the council, as a clause of the document says.
        if request.partnership.statutoryType?.isBodyInLaw == true, request.framework == .statutory { return [] }
        return [
            .pageBreak,
            .heading(level: 1, text: [.text(template.signaturesTitle)], anchor: "signatures"),
            .paragraph([.text(template.signaturesIntro)]),
            .signatures(request.parties.filter { !$0.isObserverOnly }.map {
                Signatory(party: $0.name, name: $0.signatory?.name, title: $0.signatory?.title)
            }),
        ]
    }

    private func annexes() -> [Annex] {
        var out: [Annex] = []
        for spec in template.annexes {
            let blocks: [Block]
            switch spec.content {
            case .contacts:
                let rows = request.parties.compactMap { party -> [[Inline]]? in
                    guard let contact = party.contact else { return nil }
                    let name = [contact.name, contact.title].compactMap { $0 }.joined(separator: ", ")
                    let reach = [contact.email, contact.phone].compactMap { $0 }.joined(separator: ", ")
                    return [[.text(party.name)], [.text(name)], [.text(reach)]]
                }
                guard !rows.isEmpty else { continue }
                blocks = [.table(Table(header: [[.text("Party")], [.text("Contact")], [.text("Email and telephone")]], rows: rows))]
            case .contributions:
                let contributing = request.parties.filter { $0.contribution != nil }
                guard !contributing.isEmpty else { continue }
                var rows: [[[Inline]]] = contributing.map { party in
                    [[.text(party.name)], [.text(party.contribution?.cash?.formatted ?? "—")], [.text(party.contribution?.inKind ?? "—")]]
                }
                let total = contributing.compactMap { $0.contribution?.cash }.reduce(Money(pence: 0), +)
                // A total of £0 is no contribution at all: the row is left out rather than state one.
                if total.pence > 0 {
                    rows.append([[.strong([.text("Total cash")])], [.strong([.text(total.formatted)])], [.text("")]])
                }
                blocks = [.table(Table(header: [[.text("Party")], [.text("Cash")], [.text("In kind")]], rows: rows,
                                       alignments: [.leading, .trailing, .leading]))]
            }
            let letter = String(Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")[out.count % 26])
            out.append(Annex(id: "annex-\(spec.id)", letter: letter, title: spec.title, blocks: blocks))
        }
        return out
    }
}
