/// A character in the raw request that ``CharacterRule`` refuses.
struct ForbiddenCharacter: Sendable, Hashable {
    /// The 1-based line, counted as the YAML parser counts it.
    var line: Int
    /// The 1-based column, in Unicode scalars.
    var column: Int
    /// The offending scalar value.
    var value: UInt32
    /// Why it is refused.
    var kind: CharacterRule.Kind

    /// "the control character U+0007", for messages.
    var described: String { "\(kind.noun) \(CharacterRule.codePoint(value))" }
}

/// The request's bytes checked as text before any parser sees them: size, emptiness, byte order
/// mark, UTF-8 validity and characters a document cannot hold. Lines are counted the way the YAML
/// parser counts them (LF, CR, CRLF, U+2028 and U+2029 each end a line) so positions agree.
struct RequestText: Sendable {
    /// The text, with each forbidden character replaced by U+FFFD so the parser can still read it
    /// and every other problem can be reported in the same run.
    var text: String
    /// Forbidden characters, in order of appearance.
    var forbidden: [ForbiddenCharacter]

    /// Checks `bytes`; throws for problems that leave nothing to parse.
    static func check(
        _ bytes: [UInt8], source: String, limits: RequestLimits
    ) throws(ConcordatError) -> RequestText {
        let file = SourceLocation(file: source)
        guard bytes.count <= limits.maxBytes else {
            throw ConcordatError(
                .invalidData,
                "the request is \(bytes.count) bytes; at most \(limits.maxBytes) are accepted",
                at: file)
        }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = bytes.starts(with: bom) ? bom.count : 0
        guard bytes[start...].contains(where: { !isBlank($0) }) else {
            throw ConcordatError(.invalidData, "the request is empty", at: file)
        }

        // Most requests are printable ASCII, which holds nothing to refuse: one pass over the
        // bytes settles it.
        if !bytes[start...].contains(where: { $0 >= 0x7F || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) }) {
            return RequestText(text: String(decoding: bytes[start...], as: UTF8.self), forbidden: [])
        }
        // Decoded first, so the rule can see each character's neighbours (a joiner is allowed
        // between letters of a joining script only).
        var scalars: [(value: UInt32, offset: Int, length: Int)] = []
        scalars.reserveCapacity(bytes.count - start)
        var index = start
        var position = TextPosition(), lineStart = start
        while index < bytes.count {
            guard let (value, length) = decodeScalar(bytes, at: index) else {
                let byte = String(bytes[index], radix: 16, uppercase: true)
                let lineSoFar = String(decoding: bytes[lineStart..<index], as: UTF8.self)
                throw ConcordatError(
                    .invalidData,
                    "the request is not valid UTF-8 (byte 0x\(byte.count == 1 ? "0" : "")\(byte) at offset \(index))",
                    at: SourceLocation(file: source, line: position.line, column: position.column),
                    key: RequestDecoder.keyWritten(on: Substring(lineSoFar)),
                    hint: "save the file as UTF-8")
            }
            scalars.append((value, index, length))
            position.advance(past: value)
            index += length
            if position.column == 1 { lineStart = index }
        }

        var output: [UInt8] = []
        output.reserveCapacity(bytes.count - start)
        var forbidden: [ForbiddenCharacter] = []
        position = TextPosition()
        for (scalarIndex, scalar) in scalars.enumerated() {
            let value = scalar.value
            var kind: CharacterRule.Kind?
            if value >= 0x7F || value < 0x20 {
                kind = CharacterRule.contextFreeKind(value)
                if kind == nil, let here = Unicode.Scalar(value) {
                    let previous = scalarIndex > 0 ? Unicode.Scalar(scalars[scalarIndex - 1].value) : nil
                    let next = scalarIndex + 1 < scalars.count ? Unicode.Scalar(scalars[scalarIndex + 1].value) : nil
                    kind = CharacterRule.kind(of: here, after: previous, before: next)
                }
            }
            if let kind {
                if forbidden.count < limits.maxDiagnostics {
                    forbidden.append(ForbiddenCharacter(line: position.line, column: position.column, value: value, kind: kind))
                }
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                output.append(contentsOf: bytes[scalar.offset..<scalar.offset + scalar.length])
            }
            position.advance(past: value)
        }
        return RequestText(text: String(decoding: output, as: UTF8.self), forbidden: forbidden)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Strict UTF-8 (RFC 3629): no overlong forms and nothing above U+10FFFF. Encoded surrogates
    /// (as CESU-8 writes them) are decoded so they can be reported as characters no document can
    /// hold, with their key, rather than as undecodable bytes.
    private static func decodeScalar(_ bytes: [UInt8], at index: Int) -> (UInt32, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length: Int
        var value: UInt32
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0: length = 3; value = 0; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xED: length = 3; value = 0x0D
        case 0xF0: length = 4; value = 0; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
        case 0xF4: length = 4; value = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            let range: ClosedRange<UInt8> = offset == 1 ? secondRange : 0x80...0xBF
            guard range.contains(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }
}
