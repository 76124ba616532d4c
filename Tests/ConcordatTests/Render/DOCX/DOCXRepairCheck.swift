import CZip
import Foundation
@testable import Concordat

/// Our own checks for the things known to make Word offer to repair a DOCX, which a schema
/// validator does not see. Each returns the problems it finds (empty when clean).
enum DOCXRepairCheck: String, CaseIterable, CustomStringConvertible {
    case orphanedComments, fieldsWithoutResults, apostropheEntity, themeAndWebSettings, zeroExternalAttributes
    case newlineInText, danglingNumbering, danglingRelationships, cellWithoutParagraph, bookmarks

    var description: String { rawValue }

    /// Every check's problems, each prefixed by the check's name.
    static func problems(in bytes: [UInt8]) -> [String] {
        allCases.flatMap { check in check.problems(in: bytes).map { "\(check): \($0)" } }
    }

    /// This check's problems.
    func problems(in bytes: [UInt8]) -> [String] {
        guard let package = try? ODTPackageContents(bytes) else { return ["not a zip"] }
        do {
            return try run(package)
        } catch {
            return ["cannot inspect the package: \(error)"]
        }
    }

    private static let wordParts = ["word/document.xml", "word/header1.xml", "word/footer1.xml", "word/comments.xml"]

    private func run(_ package: ODTPackageContents) throws -> [String] {
        switch self {
        case .orphanedComments: return try Self.orphanedComments(package)
        case .fieldsWithoutResults: return try Self.fieldsWithoutResults(package)
        case .apostropheEntity:
            return package.entries.compactMap { entry in
                String(decoding: entry.bytes, as: UTF8.self).contains("&apos;") ? "\(entry.name) holds &apos;" : nil
            }
        case .themeAndWebSettings: return try Self.themeAndWebSettings(package)
        case .zeroExternalAttributes:
            return try DOCXTestSupport.externalAttributes(package.bytes).compactMap { name, attributes in
                attributes == 0 ? "\(name) has external attributes 0" : nil
            }
        case .newlineInText:
            return try Self.trees(package).flatMap { name, tree in
                ["w:t", "w:delText", "w:instrText"].flatMap { tree.descendants($0) }
                    .filter { $0.text.contains("\n") || $0.text.contains("\r") }
                    .map { "\(name): a newline inside \($0.name) \"\($0.text)\"" }
            }
        case .danglingNumbering: return try Self.danglingNumbering(package)
        case .danglingRelationships: return try Self.danglingRelationships(package)
        case .cellWithoutParagraph:
            return try Self.trees(package).flatMap { name, tree in
                tree.descendants("w:tc").filter { $0.elements.last?.name != "w:p" }.map { _ in "\(name): a table cell does not end with a paragraph" }
            }
        case .bookmarks: return try Self.bookmarks(package)
        }
    }

    private static func trees(_ package: ODTPackageContents) throws -> [(String, XMLTree)] {
        try wordParts.filter { package[$0] != nil }.map { ($0, try package.tree($0)) }
    }

    private static func relationships(_ package: ODTPackageContents, of part: String) throws -> [(id: String, type: String, target: String, external: Bool)] {
        let folder = (part as NSString).deletingLastPathComponent
        let name = (part as NSString).lastPathComponent
        let rels = folder.isEmpty ? "_rels/.rels" : "\(folder)/_rels/\(name).rels"
        guard package[rels] != nil else { return [] }
        return try package.tree(rels).elements.map { element in
            (element.attributes["Id"] ?? "", element.attributes["Type"] ?? "", element.attributes["Target"] ?? "",
             element.attributes["TargetMode"] == "External")
        }
    }

    /// A rels target resolved against the folder of the part that names it.
    private static func resolve(_ target: String, from part: String) -> String {
        var components = (part as NSString).deletingLastPathComponent.split(separator: "/").map(String.init)
        if target.hasPrefix("/") { components = [] }
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = components.popLast() } else if piece != "." { components.append(String(piece)) }
        }
        return components.joined(separator: "/")
    }

    private static func orphanedComments(_ package: ODTPackageContents) throws -> [String] {
        let document = try package.tree("word/document.xml")
        let referenced = Set(document.descendants("w:commentReference").compactMap { $0.attributes["w:id"] })
        let ranged = Set(document.descendants("w:commentRangeStart").compactMap { $0.attributes["w:id"] })
        let related = try relationships(package, of: "word/document.xml").contains { $0.type.hasSuffix("/comments") }
        let typed = try package.tree("[Content_Types].xml").elements.contains { $0.attributes["PartName"] == "/word/comments.xml" }
        var problems: [String] = []
        guard package["word/comments.xml"] != nil else {
            if !referenced.isEmpty { problems.append("the document references comments but has no comments part") }
            if related || typed { problems.append("a relationship or content type names a comments part that is missing") }
            return problems
        }
        if !related { problems.append("the comments part is not related from the document") }
        if !typed { problems.append("the comments part has no content type") }
        let defined = Set(try package.tree("word/comments.xml").elements.compactMap { $0.attributes["w:id"] })
        if defined.isEmpty { problems.append("the comments part is empty") }
        if defined != referenced { problems.append("comments defined \(defined.sorted()) but referenced \(referenced.sorted())") }
        if !ranged.isSubset(of: defined) { problems.append("comment ranges \(ranged.subtracting(defined).sorted()) have no comment") }
        return problems
    }

    /// Every `begin` has a `separate` and some result text before its `end`.
    private static func fieldsWithoutResults(_ package: ODTPackageContents) throws -> [String] {
        var problems: [String] = []
        for (name, tree) in try trees(package) {
            var state: [(separated: Bool, result: String)] = []
            func walk(_ node: XMLTree) {
                if node.name == "w:fldChar" {
                    switch node.attributes["w:fldCharType"] {
                    case "begin": state.append((false, ""))
                    case "separate": if !state.isEmpty { state[state.count - 1].separated = true }
                    case "end":
                        if let field = state.popLast(), !field.separated || field.result.isEmpty {
                            problems.append("\(name): a field has no stored result")
                        }
                    default: break
                    }
                } else if node.name == "w:t", let last = state.indices.last, state[last].separated {
                    state[last].result += node.text
                }
                node.elements.forEach(walk)
            }
            walk(tree)
            if !state.isEmpty { problems.append("\(name): a field is not closed") }
            for simple in tree.descendants("w:fldSimple") where simple.descendants("w:t").isEmpty {
                problems.append("\(name): a simple field has no stored result")
            }
        }
        return problems
    }

    private static func themeAndWebSettings(_ package: ODTPackageContents) throws -> [String] {
        let rels = try relationships(package, of: "word/document.xml")
        let overrides = Set(try package.tree("[Content_Types].xml").elements.compactMap { $0.attributes["PartName"] })
        return [("word/theme/theme1.xml", "/theme"), ("word/webSettings.xml", "/webSettings")].flatMap { part, type in
            var problems: [String] = []
            if package[part] == nil { problems.append("\(part) is missing") }
            if !rels.contains(where: { $0.type.hasSuffix(type) && resolve($0.target, from: "word/document.xml") == part }) {
                problems.append("\(part) is not related from the document")
            }
            if !overrides.contains("/" + part) { problems.append("\(part) has no content type") }
            return problems
        }
    }

    private static func danglingNumbering(_ package: ODTPackageContents) throws -> [String] {
        let numbering = try package.tree("word/numbering.xml")
        let abstracts = Set(numbering.descendants("w:abstractNum").compactMap { $0.attributes["w:abstractNumId"] })
        var nums: Set<String> = []
        var problems: [String] = []
        for num in numbering.descendants("w:num") {
            let id = num.attributes["w:numId"] ?? ""
            if !nums.insert(id).inserted { problems.append("numId \(id) is defined twice") }
            let abstract = num.descendants("w:abstractNumId").first?.attributes["w:val"] ?? ""
            if !abstracts.contains(abstract) { problems.append("numId \(id) names missing abstractNumId \(abstract)") }
        }
        for part in ["word/document.xml", "word/styles.xml"] {
            for use in try package.tree(part).descendants("w:numId") {
                let id = use.attributes["w:val"] ?? ""
                if !nums.contains(id) { problems.append("\(part) names numId \(id), which numbering.xml does not define") }
            }
        }
        return problems
    }

    private static func danglingRelationships(_ package: ODTPackageContents) throws -> [String] {
        var problems: [String] = []
        let names = Set(package.entries.map(\.name))
        let types = try package.tree("[Content_Types].xml").elements
        let defaults = Set(types.filter { $0.name == "Default" }.compactMap { $0.attributes["Extension"]?.lowercased() })
        let overrides = Set(types.filter { $0.name == "Override" }.compactMap { $0.attributes["PartName"] })
        for name in names where name != "[Content_Types].xml" {
            let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
            if !overrides.contains("/" + name) && !defaults.contains(ext) { problems.append("\(name) has no content type") }
        }
        for override in overrides where !names.contains(String(override.dropFirst())) {
            problems.append("content type for missing part \(override)")
        }
        for part in names.sorted() where !part.hasSuffix(".rels") && part != "[Content_Types].xml" {
            let rels = try relationships(package, of: part)
            for rel in rels where !rel.external && !names.contains(resolve(rel.target, from: part)) {
                problems.append("\(part): relationship \(rel.id) targets missing \(rel.target)")
            }
            if Set(rels.map(\.id)).count != rels.count { problems.append("\(part): relationship ids repeat") }
            guard part.hasPrefix("word/"), part.hasSuffix(".xml") else { continue }
            let ids = Set(rels.map(\.id))
            func walk(_ node: XMLTree) {
                for (key, value) in node.attributes where key.hasPrefix("r:") && !ids.contains(value) {
                    problems.append("\(part): \(node.name) names relationship \(value), which does not exist")
                }
                node.elements.forEach(walk)
            }
            walk(try package.tree(part))
        }
        let packageRelationships = try relationships(package, of: "")
        if packageRelationships.isEmpty { problems.append("the package has no relationships") }
        for rel in packageRelationships where !names.contains(resolve(rel.target, from: "")) {
            problems.append("package relationship \(rel.id) targets missing \(rel.target)")
        }
        return problems
    }

    private static func bookmarks(_ package: ODTPackageContents) throws -> [String] {
        let document = try package.tree("word/document.xml")
        var problems: [String] = []
        let starts = document.descendants("w:bookmarkStart")
        let names = starts.compactMap { $0.attributes["w:name"] }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
        for name in names where name.count > 40 || !name.allSatisfy(allowed.contains) || !(name.first?.isLetter ?? false) {
            problems.append("bookmark name \"\(name)\" is not 1–40 letters, digits and underscores starting with a letter")
        }
        if Set(names).count != names.count { problems.append("bookmark names repeat") }
        let startIDs = starts.compactMap { $0.attributes["w:id"] }
        let endIDs = document.descendants("w:bookmarkEnd").compactMap { $0.attributes["w:id"] }
        if Set(startIDs).count != startIDs.count { problems.append("bookmark ids repeat") }
        if Set(startIDs) != Set(endIDs) { problems.append("bookmark starts and ends do not pair up") }
        let known = Set(names)
        for instruction in document.descendants("w:instrText").map(\.text) {
            let words = instruction.split(separator: " ")
            if words.first == "REF", words.count > 1, !known.contains(String(words[1])) {
                problems.append("REF field names missing bookmark \(words[1])")
            }
        }
        for anchor in document.descendants("w:hyperlink").compactMap({ $0.attributes["w:anchor"] }) where !known.contains(anchor) {
            problems.append("hyperlink to missing bookmark \(anchor)")
        }
        return problems
    }
}
