/// Right-to-left text (an Arabic or Hebrew party name) set among left-to-right wording is
/// isolated, so the Unicode bidirectional algorithm cannot carry the punctuation or words around
/// it into its own direction ("Riverside, شركة الماء, and …" must not reorder the comma and the
/// words after the name). Inputs may not carry bidirectional controls of their own
/// (``CharacterRule``); the renderers add isolation where it is needed, each by its format's
/// means: HTML's `<bdi>`, and in ODT and Markdown the Unicode first-strong isolate (U+2068) and
/// pop directional isolate (U+2069), which LibreOffice, Word and browsers honour.
enum BidiIsolation {
    /// First strong isolate.
    static let open: Unicode.Scalar = "\u{2068}"
    /// Pop directional isolate.
    static let close: Unicode.Scalar = "\u{2069}"

    /// Whether `text` holds a letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana,
    /// N'Ko, Samaritan, Mandaic and their presentation forms; the historic right-to-left scripts
    /// above U+10800). Decided by byte for ASCII text, which never does.
    static func needsIsolation(_ text: String) -> Bool {
        guard text.utf8.contains(where: { $0 >= 0xD6 }) else { return false }
        return text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
            default: false
            }
        }
    }

    /// `text` between isolate marks if it needs them, else unchanged.
    static func isolated(_ text: String) -> String {
        guard needsIsolation(text) else { return text }
        var out = String(open)
        out += text
        out.unicodeScalars.append(close)
        return out
    }
}
