/// Writes inline content as HTML phrasing content.
enum HTMLInlineWriter {
    /// The HTML for `inlines`.
    static func html(_ inlines: [Inline]) -> String {
        inlines.map(html).joined()
    }

    private static func html(_ inline: Inline) -> String {
        switch inline {
        case .text(let text):
            return isolated(HTMLEscaping.escape(text), text)
        case .emphasis(let inlines):
            return "<em>\(html(inlines))</em>"
        case .strong(let inlines):
            return "<strong>\(html(inlines))</strong>"
        case .definedTerm(let term, let display):
            return "<span class=\"term\" data-term=\"\(HTMLEscaping.escape(term))\">\(HTMLEscaping.escape(display))</span>"
        case .crossReference(let target, let label):
            let text = label.isEmpty ? target : label
            return "<a class=\"xref\" href=\"\(HTMLEscaping.escape(FragmentLink.href(to: target)))\">\(HTMLEscaping.escape(text))</a>"
        case .value(let path, let text):
            return "<span class=\"value\" data-path=\"\(HTMLEscaping.escape(path))\">\(isolated(HTMLEscaping.escape(text), text))</span>"
        case .blank(let path):
            return "<mark class=\"blank\" data-path=\"\(HTMLEscaping.escape(path))\">\(HTMLEscaping.escape(Inline.blankText(path)))</mark>"
        case .lineBreak:
            return "<br>"
        }
    }

    /// Right-to-left text in `<bdi>`, so it cannot reorder the words around it (``BidiIsolation``).
    private static func isolated(_ escaped: String, _ text: String) -> String {
        BidiIsolation.needsIsolation(text) ? "<bdi>\(escaped)</bdi>" : escaped
    }
}
