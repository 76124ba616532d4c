/// Checks a whole catalogue for problems no single file shows: unknown slots, dangling
/// requires, excludes and references, cycles, terms used but never defined or defined twice, and
/// value references the request schema does not have.
struct CatalogueValidator {
    let catalogue: Catalogue
    let templates: TemplateSet
    let allClauses: [CatalogueClause]

    func validate() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        problems += duplicateTerms()
        for clause in catalogue.clauses {
            problems += slots(clause)
            problems += links(clause)
            problems += bodyReferences(clause)
        }
        problems += cycles()
        return problems
    }

    private func duplicateTerms() -> [Diagnostic] {
        var first: [String: DefinedTerm] = [:]
        var problems: [Diagnostic] = []
        for clause in catalogue.clauses {
            for term in clause.defines {
                if let earlier = first[term.name] {
                    problems.append(Diagnostic(
                        .error, "the term '\(term.name)' is already defined by \(earlier.clauseID) (\(earlier.location))",
                        at: term.location, key: "defines.\(term.name)", hint: "define each term once; use it anywhere"))
                } else {
                    first[term.name] = term
                }
            }
        }
        return problems
    }

    private func slots(_ clause: CatalogueClause) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for document in DocumentKind.allCases where clause.documents.contains(document) {
            let template = templates.template(for: document)
            guard let slot = template.slot(clause.slot) else {
                let hint = Suggestion.closest(to: clause.slot, in: template.slots.map(\.id)).map { "did you mean '\($0)'?" }
                    ?? "slots of \(document.rawValue): \(template.slots.map(\.id).joined(separator: ", "))"
                problems.append(Diagnostic(
                    .error, "the \(document.rawValue) template has no slot '\(clause.slot)'",
                    at: clause.location(of: "slot"), key: "slot", hint: hint))
                continue
            }
            if slot.kind == .definitions {
                problems.append(Diagnostic(
                    .error, "the '\(slot.id)' slot is generated from defined terms and takes no clauses",
                    at: clause.location(of: "slot"), key: "slot"))
            }
        }
        return problems
    }

    private func links(_ clause: CatalogueClause) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (key, ids) in [("requires", clause.requires), ("excludes", clause.excludes)] {
            for id in ids {
                if id == clause.id {
                    problems.append(Diagnostic(.error, "a clause cannot \(key == "requires" ? "require" : "exclude") itself",
                                               at: clause.location(of: key), key: key))
                } else if catalogue.byID[id] == nil {
                    problems.append(Diagnostic(.error, "no clause has the id '\(id)'", at: clause.location(of: key), key: key,
                                               hint: Suggestion.closest(to: id, in: catalogue.byID.keys).map { "did you mean '\($0)'?" }))
                }
            }
        }
        for id in Set(clause.requires).intersection(clause.excludes).sorted() {
            problems.append(Diagnostic(.error, "'\(id)' is both required and excluded", at: clause.location(of: "excludes"), key: "excludes"))
        }
        return problems
    }

    private func bodyReferences(_ clause: CatalogueClause) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var inlines: [BodyInline] = []
        clause.body.forEach { $0.forEachInline { inlines.append($0) } }
        for term in clause.defines { term.definition.forEach { $0.forEach { inlines.append($0) } } }
        for inline in inlines {
            switch inline {
            case .value(let path, let at) where !ValuePath.all.contains(path):
                problems.append(Diagnostic(
                    .error, "'\(path)' is not a value a request has or Concordat derives", at: at, key: "body",
                    hint: Suggestion.closest(to: path, in: ValuePath.all).map { "did you mean '\($0)'?" }
                        ?? "see the list of values in Clauses/README.md"))
            case .reference(let id, let at) where catalogue.byID[id] == nil:
                problems.append(Diagnostic(
                    .error, "the reference names no clause: '\(id)'", at: at, key: "body",
                    hint: Suggestion.closest(to: id, in: catalogue.byID.keys).map { "did you mean '\($0)'?" }))
            case .term(let name, _, let at) where catalogue.terms[name] == nil:
                problems.append(Diagnostic(
                    .error, "the term '\(name)' is not defined by any clause", at: at, key: "body",
                    hint: Suggestion.closest(to: name, in: catalogue.terms.keys).map { "did you mean '\($0)'?" }
                        ?? "add it to some clause's defines"))
            default: break
            }
        }
        return problems
    }

    /// Cycles in `requires`, each reported once at the clause that closes it. A depth-first
    /// search with its own stack rather than recursion, so a chain of any length cannot overflow
    /// the call stack, and with one shared path rather than a copy per level, so memory grows
    /// linearly with the chain.
    private func cycles() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var state: [String: Int] = [:]  // 1 visiting (on the path), 2 done
        var reported = Set<String>()
        // The clauses being visited, outermost first, each with how many of its requirements
        // have been looked at.
        var path: [(clause: CatalogueClause, next: Int)] = []
        for root in catalogue.clauses where state[root.id] == nil {
            state[root.id] = 1
            path.append((root, 0))
            while let top = path.last {
                let clause = top.clause
                guard top.next < clause.requires.count else {
                    state[clause.id] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let next = clause.requires[top.next]
                if state[next] == 1 {
                    let ids = path.map(\.clause.id)
                    let cycle = Array(ids.drop { $0 != next }) + [next]
                    let key = Set(cycle).sorted().joined(separator: ",")
                    if reported.insert(key).inserted {
                        problems.append(Diagnostic(
                            .error, "requires makes a cycle: \(cycle.joined(separator: " → "))",
                            at: clause.location(of: "requires"), key: "requires"))
                    }
                } else if state[next] == nil, let target = catalogue.byID[next] {
                    state[next] = 1
                    path.append((target, 0))
                }
            }
        }
        return problems
    }
}
