/// The one rule for which characters may appear in text that reaches a document: request values,
/// clause bodies and titles, templates and house styles. It is applied to text as the reader
/// will see it — after YAML escapes and Markdown character references are decoded — so no
/// spelling of a character gets past it.
///
/// Refused, and why:
/// - controls (C0 other than tab, line feed and carriage return; DEL; C1): XML cannot hold most
///   of them, and ESC or CSI would reach a terminal through Markdown on standard output;
/// - non-characters and lone surrogates: no document format can hold them;
/// - bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069): they reorder
///   what a reader sees without changing what is written (Trojan Source, CVE-2021-42574), so a
///   party name could make the sentence after it display reversed;
/// - other default-ignorable characters (zero-width space, U+3164, soft hyphen, word joiner,
///   U+FEFF inside text, tag characters): they are invisible, so two names that look the same
///   could differ, or a name could print as nothing;
/// - variation selectors that change nothing: allowed only after a character they can select a
///   form of (an emoji, an ideograph, a symbol);
/// - zero-width joiner and non-joiner out of context: allowed, as UTS #39 and IDNA's contextual
///   rules (RFC 5892, appendix A) allow them, after a virama, between two letters of a script
///   that joins or conjoins (Arabic, Syriac, N'Ko, Mongolian, the Indic scripts), and the joiner
///   between emoji.
///
/// Honest right-to-left text (an Arabic or Hebrew name) needs none of these characters: the
/// renderers isolate it with each format's own means instead.
enum CharacterRule {
    /// Why a character is refused.
    enum Kind: Sendable, Hashable {
        case control, nonCharacter, surrogate, bidiControl, invisible, tag, variationSelector, joiner

        /// "the bidirectional control character", for messages.
        var noun: String {
            switch self {
            case .control: "the control character"
            case .nonCharacter: "the non-character"
            case .surrogate: "the lone surrogate"
            case .bidiControl: "the bidirectional control character"
            case .invisible: "the invisible character"
            case .tag: "the tag character"
            case .variationSelector: "the variation selector"
            case .joiner: "the zero-width joiner character"
            }
        }

        /// Why it matters, ending the message: "which a document cannot hold".
        var consequence: String {
            switch self {
            case .control, .nonCharacter, .surrogate: "which a document cannot hold"
            default: "which could make the document read differently from what it says"
            }
        }

        /// How to put it right.
        var hint: String {
            switch self {
            case .control, .nonCharacter, .surrogate:
                "delete it; such characters usually arrive when text is pasted from another program"
            case .bidiControl:
                "delete it: it changes the order in which text is displayed without changing the text (right-to-left names need no control characters; Concordat isolates them itself)"
            case .invisible, .tag:
                "delete it: it is invisible, so text holding it looks the same as text without it"
            case .variationSelector:
                "delete it: a variation selector belongs only after an emoji, ideograph or symbol it changes"
            case .joiner:
                "delete it: a zero-width joiner or non-joiner belongs only between letters of a script that joins them (such as Arabic, Persian or the Indic scripts)"
            }
        }
    }

    /// One refused character in a text.
    struct Finding: Sendable, Hashable {
        /// The scalar value.
        var value: UInt32
        var kind: Kind
        /// 1-based line and column (in Unicode scalars) within the text checked.
        var line: Int
        var column: Int

        /// "the bidirectional control character U+202E".
        var described: String { "\(kind.noun) \(CharacterRule.codePoint(value))" }
    }

    /// "U+202E".
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Why `value` is refused regardless of its neighbours, or nil if that depends on them (the
    /// joiners and variation selectors) or it is allowed.
    static func contextFreeKind(_ value: UInt32) -> Kind? {
        switch value {
        case 0x09, 0x0A, 0x0D: return nil
        case 0x00...0x1F, 0x7F...0x9F: return .control
        case 0xD800...0xDFFF: return .surrogate
        case 0xFDD0...0xFDEF: return .nonCharacter
        case _ where value & 0xFFFE == 0xFFFE: return .nonCharacter
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return .bidiControl
        case 0xE0000...0xE007F: return .tag
        case 0x200C, 0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x180B...0x180D, 0x180F: return nil
        case 0x20...0x7E: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return .surrogate }
            if scalar.properties.isDefaultIgnorableCodePoint { return .invisible }
            // Blank-looking characters that Unicode does not class as ignorable but that print as
            // nothing: the Braille blank and the Hangul fillers' half-width form.
            if value == 0x2800 { return .invisible }
            return nil
        }
    }

    /// Why `scalar` is refused where it stands between `previous` and `next`, or nil if allowed.
    static func kind(of scalar: Unicode.Scalar, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Kind? {
        let value = scalar.value
        if let kind = contextFreeKind(value) { return kind }
        switch value {
        case 0x200C, 0x200D:
            return joinerAllowed(value, after: previous, before: next) ? nil : .joiner
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x180B...0x180D, 0x180F:
            return selectorAllowed(value, after: previous) ? nil : .variationSelector
        default:
            return nil
        }
    }

    /// IDNA CONTEXTJ, simplified to what Swift's Unicode properties expose: after a virama, or
    /// between two letters of a joining or conjoining script; the joiner also between emoji, for
    /// emoji sequences.
    private static func joinerAllowed(_ value: UInt32, after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        guard let previous else { return false }
        if previous.properties.canonicalCombiningClass == .virama { return true }
        guard let next else { return false }
        if value == 0x200D, isEmoji(previous), isEmoji(next) { return true }
        return isJoiningLetter(previous) && isJoiningLetter(next)
    }

    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x7F && scalar.properties.isEmoji
    }

    /// A letter or mark of a script whose letters join (Arabic, Syriac, N'Ko, Mongolian, …) or
    /// form conjuncts (the Brahmic scripts of South and South-East Asia).
    private static func isJoiningLetter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark else { return false }
        switch scalar.value {
        case 0x0600...0x08FF,  // Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, Arabic Extended
             0x0900...0x0DFF,  // Devanagari to Sinhala
             0x0F00...0x0FFF,  // Tibetan
             0x1000...0x109F,  // Myanmar
             0x1780...0x18AF,  // Khmer, Mongolian
             0xA840...0xA87F,  // Phags-pa
             0xA8E0...0xA8FF,  // Devanagari Extended
             0xFB50...0xFDFF, 0xFE70...0xFEFE,  // Arabic presentation forms
             0x10AC0...0x10AFF, 0x10D00...0x10D3F,  // Manichaean, Hanifi Rohingya
             0x11000...0x111FF:  // Brahmi, Kaithi, Sora Sompeng, Chakma, Mahajani, Sharada
            return true
        default:
            return false
        }
    }

    /// A variation selector changes something only after a character that has variants: an emoji
    /// (text or emoji presentation), a CJK ideograph, a symbol or a Mongolian letter.
    private static func selectorAllowed(_ value: UInt32, after previous: Unicode.Scalar?) -> Bool {
        guard let previous, previous.value > 0x20 else { return false }
        let properties = previous.properties
        switch value {
        case 0xFE0E, 0xFE0F:
            return properties.isEmoji
        case 0x180B...0x180D, 0x180F:
            return (0x1800...0x18AF).contains(previous.value)
        default:
            if properties.isIdeographic { return true }
            switch properties.generalCategory {
            case .mathSymbol, .otherSymbol: return true
            default: return false
            }
        }
    }

    /// Every refused character in `text`, with its line and column, up to `limit`. Lines end at
    /// LF, CR, CRLF, U+2028 and U+2029, as the YAML parser counts them.
    static func findings(in text: String, limit: Int = .max) -> [Finding] {
        if isPlainASCII(text) { return [] }
        var found: [Finding] = []
        var position = TextPosition()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if let kind = kind(of: scalar, after: previous, before: next) {
                found.append(Finding(value: scalar.value, kind: kind, line: position.line, column: position.column))
                if found.count >= limit { break }
            }
            position.advance(past: scalar.value)
        }
        return found
    }

    /// The first refused character in `text`, if any.
    static func firstFinding(in text: String) -> Finding? { findings(in: text, limit: 1).first }

    /// Whether `text` is printable ASCII with tabs and line breaks, decided by byte: most text is,
    /// and it needs no further look.
    static func isPlainASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) {
                return false
            }
            return true
        }
    }

    /// Whether `text` holds something a reader can see: a letter, digit, punctuation mark or
    /// symbol. Names need one, so that no name prints as blank.
    static func hasVisibleCharacter(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            if scalar.properties.isWhitespace || scalar.value == 0x2800 { return false }
            if contextFreeKind(scalar.value) != nil { return false }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber,
                 .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation,
                 .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
                return true
            default:
                return false
            }
        }
    }

    /// `text` safe to print in a message: every refused character, and every character outside
    /// printable ASCII that a terminal might act on, written as `<U+202E>`; cut to `limit`
    /// characters with an ellipsis so no message line is unbounded.
    static func displayable(_ text: String, limit: Int = 200) -> String {
        var out = ""
        var count = 0
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if count >= limit {
                out += "…"
                break
            }
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar.value == 0x0A || scalar.value == 0x09 {
                out.unicodeScalars.append(scalar)
            } else if kind(of: scalar, after: previous, before: next) != nil || scalar.value == 0x0D {
                out += "<\(codePoint(scalar.value))>"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }

    /// Errors for each refused character in a file's text (at most 20), with line and column.
    static func diagnostics(in text: String, file: String) -> [Diagnostic] {
        findings(in: text, limit: 20).map { bad in
            Diagnostic(
                .error, "contains \(bad.described), \(bad.kind.consequence)",
                at: SourceLocation(file: file, line: bad.line, column: bad.column), hint: bad.kind.hint)
        }
    }
}
