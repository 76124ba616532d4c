import Foundation
@testable import Concordat

/// A request as a JSON tree, and the changes that can be made to each of its fields, by the
/// shapes the decoder's own field table gives (`RequestSection.types`).
struct JSONTree {
    /// One step of a path: a key or a list index.
    enum Step: CustomStringConvertible {
        case key(String), index(Int)
        var description: String {
            switch self {
            case .key(let key): ".\(key)"
            case .index(let index): "[\(index)]"
            }
        }
    }

    /// A field set to a new value, or removed (`value` nil).
    struct Mutation: CustomStringConvertible {
        var steps: [Step]
        /// `section.key`, e.g. `party.name`: the field whatever its list index.
        var field: String
        var value: Any?
        var path: String { steps.map(\.description).joined() }
        var description: String { value.map { "\(path) = \($0)" } ?? "\(path) removed" }
    }

    var value: Any

    init(_ value: Any) { self.value = value }

    /// Every field whose value is a scalar or a list of scalars, as `section.key`.
    static var allFields: Set<String> {
        var fields = Set<String>()
        for section in RequestSection.allCases {
            for (key, type) in section.types {
                switch type {
                case .section, .list: continue
                default: fields.insert("\(section.rawValue).\(key)")
                }
            }
        }
        return fields
    }

    /// Every change worth trying: each field present changed (and removed where it may be), and
    /// each field absent from a section present set.
    static func mutations(of tree: JSONTree) -> [Mutation] {
        var out: [Mutation] = []
        func walk(_ node: Any, _ section: RequestSection, _ steps: [Step]) {
            guard let object = node as? [String: Any] else { return }
            for key in section.keys {
                guard let type = section.types[key] else { continue }
                let here = steps + [.key(key)]
                let current = object[key]
                switch type {
                case .section(let inner):
                    if let current { walk(current, inner, here) }
                case .list(let inner, _):
                    // The first two entries: every field of a party is in each, and a third
                    // party's fields would only repeat them at twice the cost.
                    for (index, item) in (current as? [Any] ?? []).prefix(2).enumerated() { walk(item, inner, here + [.index(index)]) }
                default:
                    let field = "\(section.rawValue).\(key)"
                    for candidate in candidates(type, current, everyWord: section == .root) {
                        out.append(Mutation(steps: here, field: field, value: candidate))
                    }
                    if current != nil, !section.required.contains(key) {
                        out.append(Mutation(steps: here, field: field, value: nil))
                    }
                }
            }
        }
        walk(tree.value, .root, [])
        return out
    }

    /// New values for a field of a shape, given what it holds now.
    static func candidates(_ type: RequestFieldType, _ current: Any?, everyWord: Bool = false) -> [Any] {
        switch type {
        case .text:
            return [(current as? String).map { $0 + " and partners" } ?? "Added wording"]
        case .email:
            return ["changed.address@example.org"]
        case .texts:
            let list = (current as? [Any]) ?? (current.map { [$0] } ?? [])
            return [list + ["Approval of the annual report"]]
        case .date:
            guard let text = current as? String, let day = Int(text.suffix(2)) else { return ["2026-05-01"] }
            return [text.dropLast(2) + String(format: "%02d", day < 28 ? day + 1 : day - 1)]
        case .integer(let range):
            guard let number = (current as? NSNumber)?.intValue else { return [min(max(range.lowerBound, 2), range.upperBound)] }
            return [range.contains(number + 1) ? number + 1 : number - 1]
        case .flag:
            return [!((current as? NSNumber)?.boolValue ?? false)]
        case .money:
            return [((current as? NSNumber)?.doubleValue ?? 0) + 1000]
        case .word(let words):
            let now = current as? String
            // The document's own settings (document, framework, risk, nation) try every word.
            if everyWord { return words.filter { $0 != now } }
            let index = now.flatMap { words.firstIndex(of: $0) } ?? -1
            return [words[(index + 1) % words.count]]
        case .words(let words):
            let now = (current as? [Any])?.first as? String ?? current as? String
            let index = now.flatMap { words.firstIndex(of: $0) } ?? -1
            return [[words[(index + 1) % words.count]]]
        case .section, .list:
            return []
        }
    }

    /// The tree with each mutation made in turn.
    func applying(_ mutations: [Mutation]) -> JSONTree {
        var result = value
        for mutation in mutations { result = Self.set(result, mutation.steps[...], mutation.value) }
        return JSONTree(result)
    }

    private static func set(_ node: Any, _ steps: ArraySlice<Step>, _ new: Any?) -> Any {
        guard let step = steps.first else { return new as Any }
        let rest = steps.dropFirst()
        switch step {
        case .key(let key):
            var object = node as? [String: Any] ?? [:]
            if rest.isEmpty, new == nil {
                object.removeValue(forKey: key)
            } else {
                object[key] = set(object[key] ?? [String: Any](), rest, new)
            }
            return object
        case .index(let index):
            var list = node as? [Any] ?? []
            guard list.indices.contains(index) else { return list }
            list[index] = set(list[index], rest, new)
            return list
        }
    }
}
