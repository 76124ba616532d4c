import Foundation

/// UTS #39 skeletons for telling whether two names would look the same to a reader, from the
/// look-alike table `Templates/security/confusables.txt` (a subset of Unicode's confusables data
/// for Latin, Cyrillic and Greek). The table is read from the built-in copy only: it guards
/// requests, so a `--templates` folder does not replace it.
enum Confusables {
    /// Each look-alike scalar and what it is drawn like.
    static let table: [UInt32: String] = {
        guard let text = EmbeddedFiles.all.first(where: { $0.path == "Templates/security/confusables.txt" })?.text else {
            return [:]
        }
        return parse(text)
    }()

    /// Reads lines `SOURCE ; TARGET ; TYPE # comment`, each field hexadecimal code points.
    static func parse(_ text: String) -> [UInt32: String] {
        var table: [UInt32: String] = [:]
        for line in text.split(separator: "\n") {
            let data = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = data.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, let source = UInt32(fields[0], radix: 16) else { continue }
            var target = ""
            for code in fields[1].split(separator: " ") {
                guard let value = UInt32(code, radix: 16), let scalar = Unicode.Scalar(value) else { continue }
                target.unicodeScalars.append(scalar)
            }
            table[source] = target
        }
        return table
    }

    /// The skeleton: case folded, decomposed, default-ignorable characters dropped, each
    /// look-alike replaced by its prototype, decomposed again, and spaces collapsed — so names
    /// a reader cannot tell apart have equal skeletons.
    static func skeleton(_ text: String) -> String {
        var mapped = ""
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isDefaultIgnorableCodePoint { continue }
            if scalar.properties.isWhitespace {
                if !mapped.isEmpty && mapped.unicodeScalars.last != " " { mapped += " " }
                continue
            }
            if let prototype = table[scalar.value] { mapped += prototype } else { mapped.unicodeScalars.append(scalar) }
        }
        while mapped.hasSuffix(" ") { mapped.removeLast() }
        return mapped.lowercased().decomposedStringWithCanonicalMapping
    }

    /// The look-alike characters in `text`, as "U+0435 CYRILLIC SMALL LETTER IE", for messages.
    static func lookAlikes(in text: String, comparedWith other: String) -> [String] {
        let theirs = Set(other.unicodeScalars.map(\.value))
        return text.unicodeScalars.filter { table[$0.value] != nil && !theirs.contains($0.value) && $0.value > 0x7F }
            .map { "\(CharacterRule.codePoint($0.value)) \($0.properties.name ?? "")" }
    }

    /// A word that mixes Latin letters with Cyrillic or Greek ones, which honest text never does
    /// (UTS #39's mixed-script detection, restricted to the scripts whose letters pass for each
    /// other), with the first letter from the other script.
    static func mixedScriptWord(in text: String) -> (word: String, letter: Unicode.Scalar)? {
        for word in text.split(whereSeparator: { $0.isWhitespace }) {
            var latin = false
            var foreign: Unicode.Scalar?
            for scalar in word.unicodeScalars where scalar.properties.isAlphabetic {
                switch scalar.value {
                case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin = true
                case 0x370...0x3FF, 0x400...0x52F, 0x1F00...0x1FFF: if foreign == nil { foreign = scalar }
                default: break
                }
            }
            if latin, let foreign { return (String(word), foreign) }
        }
        return nil
    }
}
