/// Renders a ``Document`` as one self-contained HTML5 file: the house stylesheet inline, no
/// scripts and no external resources, a table of contents, and every section, clause and annex
/// anchored by its id so reviewers can link to it.
///
/// All model text goes through ``HTMLEscaping/escape(_:)``, in element content and attribute
/// values alike.
public struct HTMLRenderer: Sendable {
    /// The CSS copied into the document's `<style>` element.
    private let stylesheet: String

    /// Creates a renderer that inlines `stylesheet` (normally `Templates/house-style.css`).
    public init(stylesheet: String) {
        self.stylesheet = stylesheet
    }

    /// The HTML text of `document`, ending with one newline.
    public func render(_ document: Document) -> String {
        let metadata = document.metadata
        var html = HTMLOutput()
        html.line("<!DOCTYPE html>")
        html.line("<html lang=\"\(HTMLEscaping.escape(metadata.language.isEmpty ? "en-GB" : metadata.language))\">")
        html.line("<head>")
        html.line("<meta charset=\"utf-8\">")
        html.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        html.line("<title>\(HTMLEscaping.escape(pageTitle(metadata)))</title>")
        if !metadata.description.isEmpty {
            html.line("<meta name=\"description\" content=\"\(HTMLEscaping.escape(metadata.description))\">")
        }
        if !metadata.keywords.isEmpty {
            html.line("<meta name=\"keywords\" content=\"\(HTMLEscaping.escape(metadata.keywords.joined(separator: ", ")))\">")
        }
        // The policy allows this one stylesheet, by its hash, and nothing else: no script, image,
        // font, frame or connection, so even text that slipped past escaping could load nothing.
        let css = inlineStylesheet
        html.line("<meta http-equiv=\"Content-Security-Policy\" content=\"\(Self.contentSecurityPolicy(styleElementText: "\n" + css + "\n"))\">")
        html.line("<style>")
        html.line(css)
        html.line("</style>")
        if let embed = document.embed {
            // A data block, never run; `<` is escaped so no text in it can end the element.
            html.line("<script type=\"application/json\" id=\"\(HTMLRenderer.embedID)\">"
                      + embed.replacingOccurrences(of: "<", with: "\\u003c") + "</script>")
        }
        html.line("</head>")
        html.line(Self.isAnnotated(document) ? "<body class=\"annotated\">" : "<body>")
        titleBlock(metadata, into: &html)
        HTMLContents(document: document).write(into: &html)
        html.line("<main>")
        var blocks = HTMLBlockWriter()
        blocks.write(document.front + document.body + document.back, headingLevel: 2)
        for annex in document.annexes {
            blocks.annex(annex)
        }
        html.append(blocks.output.text)
        html.line("</main>")
        html.line("</body>")
        html.line("</html>")
        return html.text
    }

    /// The `id` of the data block carrying the `concordat.embed/1` record.
    public static let embedID = "concordat-embed"

    /// `default-src 'none'` with the style element allowed by the SHA-256 of its text (CSP
    /// level 2 hash source), so no other style, script or resource is permitted.
    static func contentSecurityPolicy(styleElementText: String) -> String {
        "default-src 'none'; style-src 'sha256-\(SHA256Hex.base64Digest(Array(styleElementText.utf8)))'; base-uri 'none'; form-action 'none'"
    }

    /// "Title — Subject"; never empty, which HTML forbids for `<title>`.
    private func pageTitle(_ metadata: Document.Metadata) -> String {
        let parts = [metadata.title, metadata.subject].filter { $0.contains { !$0.isWhitespace } }
        return parts.isEmpty ? "Untitled document" : parts.joined(separator: " — ")
    }

    /// The stylesheet, unable to close its `<style>` element early: inside CSS, `<\/style` means
    /// the same characters wherever it can legally appear (strings and comments).
    private var inlineStylesheet: String {
        var css = stylesheet
        while css.last?.isNewline == true { css.removeLast() }
        var result = ""
        var rest = Substring(css)
        while let range = rest.range(ofCaseInsensitive: "</style") {
            result += rest[..<range.lowerBound] + "<\\/"
            rest = rest[rest.index(range.lowerBound, offsetBy: 2)...]
        }
        return result + rest
    }

    private func titleBlock(_ metadata: Document.Metadata, into html: inout HTMLOutput) {
        html.line("<header class=\"title-block\">")
        html.line("<h1>\(HTMLEscaping.escape(metadata.title))</h1>")
        if !metadata.subject.isEmpty {
            html.line("<p class=\"subject\">\(HTMLEscaping.escape(metadata.subject))</p>")
        }
        if let draft = metadata.draftLabel, !draft.isEmpty {
            html.line("<p class=\"draft\">\(HTMLEscaping.escape(draft))</p>")
        }
        let label = HTMLEscaping.escape(SignatureWording.date)
        if let date = metadata.date, !date.isEmpty {
            let text = HTMLEscaping.escape(date)
            if let iso = metadata.isoDate, Self.isISODate(iso) {
                html.line("<p class=\"date\">\(label): <time datetime=\"\(iso)\">\(text)</time></p>")
            } else {
                html.line("<p class=\"date\">\(label): \(text)</p>")
            }
        } else {
            html.line("<p class=\"date\">\(label): <span class=\"fill-in\"></span></p>")
        }
        html.line("</header>")
    }

    /// `YYYY-MM-DD`, the only form `<time datetime>` is given.
    private static func isISODate(_ text: String) -> Bool {
        let shape = Array(text.utf8)
        guard shape.count == 10, shape[4] == UInt8(ascii: "-"), shape[7] == UInt8(ascii: "-") else { return false }
        return shape.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
    }

    private static func isAnnotated(_ document: Document) -> Bool {
        func annotated(_ blocks: [Block]) -> Bool {
            blocks.contains { block in
                switch block {
                case .clause(let clause): clause.note != nil || annotated(clause.blocks)
                case .section(let section): annotated(section.blocks)
                default: false
                }
            }
        }
        return annotated(document.front + document.body + document.back + document.annexes.flatMap(\.blocks))
    }
}

fileprivate extension Substring {
    /// The first range of `needle` compared without regard to ASCII case.
    func range(ofCaseInsensitive needle: String) -> Range<Index>? {
        if !utf8.contains(where: { $0 >= 0x80 }) && !needle.utf8.contains(where: { $0 >= 0x80 }) {
            return asciiRange(ofCaseInsensitive: needle)
        }
        let target = needle.lowercased()
        var start = startIndex
        while start < endIndex {
            var end = start
            var matched = true
            for expected in target {
                guard end < endIndex, self[end].lowercased() == String(expected) else {
                    matched = false
                    break
                }
                end = index(after: end)
            }
            if matched { return start..<end }
            start = index(after: start)
        }
        return nil
    }

    /// The same search by byte, for ASCII text, where every byte is a character and lowercasing
    /// is ASCII's: comparing characters as lowercased strings cost a stylesheet's worth of
    /// allocations for every document.
    private func asciiRange(ofCaseInsensitive needle: String) -> Range<Index>? {
        func lowercased(_ byte: UInt8) -> UInt8 {
            (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
        }
        let target = needle.utf8.map(lowercased)
        let bytes = utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            var end = start
            var matched = true
            for expected in target {
                guard end < bytes.endIndex, lowercased(bytes[end]) == expected else {
                    matched = false
                    break
                }
                end = bytes.index(after: end)
            }
            if matched { return start..<end }
            start = bytes.index(after: start)
        }
        return nil
    }
}
