/// One partnership's documents composed together: the memorandum, the terms of reference and the
/// exit strategy (or those of them that fit, by `PackRule`), with the checks that they agree.
public struct Pack: Sendable {
    /// Each document's composition, in `PackRule` order.
    public var compositions: [Composition]
    /// Where the documents disagree with each other: each a sentence naming the fact and what
    /// each document says. Empty for a sound catalogue.
    public var disagreements: [String]
}

extension Composer {
    /// Composes every document of the pack for a request, whatever document the request names.
    /// Throws, with every finding of every document, when any document fails.
    public func composePack(_ request: Request, options: ComposeOptions = .init()) throws(ConcordatError) -> Pack {
        var compositions: [Composition] = []
        var failures: [Diagnostic] = []
        for document in PackRule.documents(for: request) {
            var single = request
            single.document = document
            do {
                compositions.append(try compose(single, options: options))
            } catch {
                failures += error.diagnostics
            }
        }
        if !failures.isEmpty { throw ConcordatError(.invalidData, Pack.unique(failures)) }
        return Pack(compositions: compositions, disagreements: PackComparison(compositions, templates: templates).disagreements)
    }
}

extension Pack {
    /// The findings of all documents, each reported once (a request's warning is found by each
    /// document composed from it).
    public var diagnostics: [Diagnostic] {
        Self.unique(compositions.flatMap(\.diagnostics))
    }

    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<String>()
        return diagnostics.filter { seen.insert($0.description).inserted }
    }
}
