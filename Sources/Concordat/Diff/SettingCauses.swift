/// Changes of document, framework, jurisdiction and risk level between two compositions, each
/// with its cause in words: for the risk level, the factor or stated value that moved it and the
/// floor or score band it crossed.
enum SettingCauses {
    static func changes(old: Composition, new: Composition) -> [DocumentDiff.SettingChange] {
        var out: [DocumentDiff.SettingChange] = []
        let a = old.request, b = new.request
        if a.document != b.document {
            out.append(.init(name: "document", old: a.document.rawValue, new: b.document.rawValue,
                             cause: "the request asks for a different document"))
        }
        if a.framework != b.framework {
            out.append(.init(name: "framework", old: a.framework.rawValue, new: b.framework.rawValue,
                             cause: "the request states a different framework"))
        }
        if a.jurisdiction != b.jurisdiction {
            out.append(.init(name: "jurisdiction", old: a.jurisdiction.rawValue, new: b.jurisdiction.rawValue,
                             cause: "the request states a different jurisdiction"))
        }
        let before = old.selection.level, after = new.selection.level
        if before != after {
            out.append(.init(name: "risk level", old: before.rawValue, new: after.rawValue,
                             cause: levelCause(old.assessment, new.assessment)))
        }
        return out
    }

    /// Why the level moved: a stated level, a factor's floor, or the score crossing a band.
    static func levelCause(_ old: Assessment, _ new: Assessment) -> String {
        let direction = new.level > old.level ? "rose" : "fell"
        if let stated = new.stated, stated != old.stated {
            return "the request now states risk \(stated.rawValue)" + (old.stated.map { " (it stated \($0.rawValue))" } ?? "")
        }
        if old.stated != nil, new.stated == nil {
            return "the request no longer states a level, so it is assessed from the risk factors"
        }
        let oldFactors = Dictionary((old.factors ?? []).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let moved = (new.factors ?? []).filter { factor in
            guard let previous = oldFactors[factor.name] else { return true }
            return previous.value != factor.value
        }
        let movedWords = moved.map { factor -> String in
            let from = oldFactors[factor.name].map { " from \($0.value)" } ?? ""
            return "\(factor.name)\(from) to \(factor.value)"
        }
        if new.level > old.level, let floor = new.floor, floor == new.level, floor > (old.floor ?? .low) {
            let setters = (new.factors ?? []).filter { $0.floor == floor }.map(\.name)
            return "the level \(direction) to \(new.level.rawValue) because \(setters.joined(separator: ", ")) sets a floor of \(floor.rawValue)"
                + (movedWords.isEmpty ? "" : " (\(movedWords.joined(separator: "; ")))")
        }
        if new.level < old.level, let floor = old.floor, floor == old.level, (new.floor ?? .low) < floor {
            return "the level \(direction) to \(new.level.rawValue) because the floor of \(floor.rawValue) no longer applies"
                + (movedWords.isEmpty ? "" : " (\(movedWords.joined(separator: "; ")))")
        }
        let band = "the score went from \(old.score) to \(new.score), crossing into the \(new.band.rawValue) band"
        return "the level \(direction) to \(new.level.rawValue) because " + band
            + (movedWords.isEmpty ? "" : " (\(movedWords.joined(separator: "; ")))")
    }
}
