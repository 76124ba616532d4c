import CLibXML2

/// Writes one XML part of an OpenDocument package through libxml2's `xmlTextWriter`.
///
/// libxml2 escapes markup characters but passes control characters through untouched, which
/// would make the part ill-formed; so every name, attribute value and text run is checked here
/// first, and a character XML 1.0 cannot hold stops the render with a message naming what was
/// being written.
final class ODTXMLWriter {
    /// The part being written, e.g. `content.xml`, for error messages.
    let part: String
    /// What the renderer is writing at the moment (e.g. `clause meetings.quorum`), for error
    /// messages; the renderer keeps it current.
    var subject: String
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var openElements: [String] = []

    /// libxml2 sets up its global state once, before any thread uses it.
    private static let libraryReady: Void = xmlInitParser()

    /// Starts a part with its XML declaration.
    init(part: String) throws(ConcordatError) {
        Self.libraryReady
        self.part = part
        self.subject = part
        guard let buffer = xmlBufferCreate() else {
            throw ConcordatError(.internal, "cannot allocate an XML buffer for \(part)")
        }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else {
            xmlBufferFree(buffer)
            throw ConcordatError(.internal, "cannot create an XML writer for \(part)")
        }
        self.buffer = buffer
        self.writer = writer
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "the XML declaration")
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// Opens an element with its attributes in the given order.
    func start(_ name: String, _ attributes: [(String, String)] = []) throws(ConcordatError) {
        try refuseForbiddenCharacters(in: name, what: "element name \(name)")
        try check(Self.withXMLString(name) { xmlTextWriterStartElement(writer, $0) }, "element \(name)")
        openElements.append(name)
        for (attributeName, value) in attributes { try attribute(attributeName, value) }
    }

    /// Adds an attribute to the element just opened.
    func attribute(_ name: String, _ value: String) throws(ConcordatError) {
        let element = openElements.last ?? "?"
        try refuseForbiddenCharacters(in: name, what: "attribute name \(name) of \(element)")
        try refuseForbiddenCharacters(in: value, what: "attribute \(name) of \(element)")
        let result = Self.withXMLString(name) { namePointer in
            Self.withXMLString(value) { xmlTextWriterWriteAttribute(writer, namePointer, $0) }
        }
        try check(result, "attribute \(name) of \(element)")
    }

    /// Writes character data, escaped by libxml2.
    func text(_ content: String) throws(ConcordatError) {
        guard !content.isEmpty else { return }
        let element = openElements.last ?? "?"
        try refuseForbiddenCharacters(in: content, what: "text of \(element)")
        try check(Self.withXMLString(content) { xmlTextWriterWriteString(writer, $0) }, "text of \(element)")
    }

    /// Closes the innermost open element (as an empty element when nothing was written in it).
    func end() throws(ConcordatError) {
        let name = openElements.popLast() ?? "?"
        try check(xmlTextWriterEndElement(writer), "the end of \(name)")
    }

    /// Writes an element around whatever `body` writes.
    func element(
        _ name: String, _ attributes: [(String, String)] = [],
        _ body: () throws(ConcordatError) -> Void = {}
    ) throws(ConcordatError) {
        try start(name, attributes)
        try body()
        try end()
    }

    /// Writes an element holding only text.
    func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) throws(ConcordatError) {
        try start(name, attributes)
        try text(content)
        try end()
    }

    /// Closes the document and returns its UTF-8 bytes.
    func finish() throws(ConcordatError) -> [UInt8] {
        try check(xmlTextWriterEndDocument(writer), "the end of the document")
        try check(xmlTextWriterFlush(writer), "the end of the document")
        let count = Int(xmlBufferLength(buffer))
        guard let content = xmlBufferContent(buffer) else { return [] }
        return Array(UnsafeBufferPointer(start: content, count: count))
    }

    /// `what` is a closure so that the words of the message are put together only on failure.
    private func refuseForbiddenCharacters(in value: String, what: @autoclosure () -> String) throws(ConcordatError) {
        guard !XMLCharacters.allAllowed(value),
              let bad = value.unicodeScalars.first(where: { !XMLCharacters.isAllowed($0) })
        else { return }
        let hex = String(bad.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        throw ConcordatError(
            .invalidData,
            "cannot write \(subject) into \(part): the \(what()) contains \(code), a character XML cannot hold",
            hint: "remove the control character from the input")
    }

    private func check(_ result: Int32, _ what: @autoclosure () -> String) throws(ConcordatError) {
        if result < 0 {
            throw ConcordatError(.internal, "libxml2 could not write \(what()) of \(subject) into \(part)")
        }
    }

    private static func withXMLString<Result>(
        _ string: String, _ body: (UnsafePointer<xmlChar>) -> Result
    ) -> Result {
        string.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }
}
