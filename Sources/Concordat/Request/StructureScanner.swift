/// A single pass over the raw text, before the YAML parser runs, that finds what must never reach
/// it: nesting deeper than the limit (the parser's tree builder recurses, so 100,000 nested `[`
/// would overflow the stack) and anchors or aliases (which let a small file expand into an
/// enormous tree). It tracks only what it needs — quotes, comments, block scalars, flow brackets,
/// indentation and where a node may start — and never recurses.
struct StructureScanner {
    /// What the scan found.
    struct Findings: Sendable {
        /// Where nesting first went past the limit, if it did.
        var tooDeep: (line: Int, column: Int)?
        /// Where anchors (`&name`) and aliases (`*name`) appear.
        var anchors: [(line: Int, column: Int)] = []
        /// Surrogate escapes in double-quoted text, with what to write instead.
        var surrogateEscapes: [SurrogateEscape] = []
    }

    let bytes: [UInt8]
    private let maxDepth: Int
    private let maxFindings: Int

    var index = 0
    var line = 1
    private var lineStart = 0
    var findings = Findings()

    private var indents: [Int] = []
    private var flowDepth = 0
    private var quote: UInt8?
    private var nodeStart = true
    private var inPlain = false
    private var plainParentIndent = -1
    private var containerIndent = 0
    private var tokenColumn = 0
    private var blockScalarParent: Int?
    private var pendingCompactPush = false
    private var columnCache = (offset: 0, column: 0)

    /// Scans `text` for nesting beyond `maxDepth` and for anchors or aliases.
    static func scan(_ text: String, maxDepth: Int, maxFindings: Int) -> Findings {
        var scanner = StructureScanner(bytes: Array(text.utf8), maxDepth: maxDepth, maxFindings: maxFindings)
        scanner.run()
        return scanner.findings
    }

    private init(bytes: [UInt8], maxDepth: Int, maxFindings: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
        self.maxFindings = maxFindings
    }

    // MARK: Characters

    private func byte(at offset: Int) -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    /// The length of the line break at `offset`, or 0 if there is none.
    private func breakLength(at offset: Int) -> Int {
        guard let byte = byte(at: offset) else { return 0 }
        switch byte {
        case 0x0A: return 1
        case 0x0D: return self.byte(at: offset + 1) == 0x0A ? 2 : 1
        case 0xE2 where self.byte(at: offset + 1) == 0x80
            && (self.byte(at: offset + 2) == 0xA8 || self.byte(at: offset + 2) == 0xA9):
            return 3
        default: return 0
        }
    }

    private func isBreakOrEnd(_ offset: Int) -> Bool { offset >= bytes.count || breakLength(at: offset) > 0 }

    private func isSpace(_ byte: UInt8?) -> Bool { byte == 0x20 || byte == 0x09 }

    private func isFlowIndicator(_ byte: UInt8?) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    /// Whether the byte after `offset` ends a token as YAML indicators require.
    private func indicatorFollows(_ offset: Int) -> Bool {
        isBreakOrEnd(offset + 1) || isSpace(byte(at: offset + 1))
            || (flowDepth > 0 && isFlowIndicator(byte(at: offset + 1)))
    }

    /// The 0-based column of `offset`, in Unicode scalars. Offsets only move forward within a
    /// line, so counting on from the last answer keeps a long single-line request linear.
    mutating func column(of offset: Int) -> Int {
        if offset < columnCache.offset { columnCache = (lineStart, 0) }
        var (position, count) = columnCache
        while position < offset {
            if bytes[position] & 0xC0 != 0x80 { count += 1 }
            position += 1
        }
        columnCache = (position, count)
        return count
    }

    // MARK: Scanning

    private mutating func run() {
        while index < bytes.count, findings.tooDeep == nil {
            beginLine()
            scanRestOfLine()
            let length = breakLength(at: index)
            if length == 0 { break }
            index += length
            line += 1
            lineStart = index
            columnCache = (index, 0)
        }
    }

    /// Handles indentation and what the start of a line means in block context.
    private mutating func beginLine() {
        pendingCompactPush = false
        guard quote == nil, flowDepth == 0 else { return }
        var offset = index
        while byte(at: offset) == 0x20 { offset += 1 }
        let indent = offset - index
        var contentStart = offset
        while isSpace(byte(at: contentStart)) { contentStart += 1 }
        if isBreakOrEnd(contentStart) {
            index = contentStart
            return
        }
        if let parent = blockScalarParent {
            if indent > parent {
                skipToLineEnd()
                return
            }
            blockScalarParent = nil
        }
        index = offset
        if inPlain, indent > plainParentIndent {
            return
        }
        inPlain = false
        let first = bytes[offset]
        if first == UInt8(ascii: "#") || (indent == 0 && first == UInt8(ascii: "%")) {
            skipToLineEnd()
            return
        }
        if indent == 0, isDocumentMarker(at: offset) {
            indents.removeAll()
            index += 3
            nodeStart = true
            containerIndent = 0
            return
        }
        while let last = indents.last, last > indent { indents.removeLast() }
        if (indents.last ?? -1) < indent { push(indent) }
        nodeStart = true
        containerIndent = indent
    }

    private func isDocumentMarker(at offset: Int) -> Bool {
        let dash = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
        guard let first = byte(at: offset), first == dash || first == dot,
              byte(at: offset + 1) == first, byte(at: offset + 2) == first
        else { return false }
        return isBreakOrEnd(offset + 3) || isSpace(byte(at: offset + 3))
    }

    private mutating func push(_ indent: Int) {
        indents.append(indent)
        checkDepth()
    }

    private mutating func checkDepth() {
        if indents.count + flowDepth > maxDepth, findings.tooDeep == nil {
            findings.tooDeep = (line, column(of: index) + 1)
        }
    }

    private mutating func skipToLineEnd() {
        while !isBreakOrEnd(index) { index += 1 }
    }

    private mutating func scanRestOfLine() {
        var previousIsSpace = true
        while !isBreakOrEnd(index), findings.tooDeep == nil {
            let character = bytes[index]
            if let open = quote {
                scanQuoted(open, character)
                previousIsSpace = false
                continue
            }
            if isSpace(character) {
                index += 1
                previousIsSpace = true
                continue
            }
            if character == UInt8(ascii: "#"), previousIsSpace {
                skipToLineEnd()
                return
            }
            previousIsSpace = false
            if pendingCompactPush, flowDepth == 0 {
                pendingCompactPush = false
                let position = column(of: index)
                if (indents.last ?? -1) < position { push(position) }
            }
            if nodeStart {
                scanNodeStart(character)
            } else {
                scanInsideNode(character)
            }
        }
    }

    private mutating func scanQuoted(_ open: UInt8, _ character: UInt8) {
        if open == UInt8(ascii: "\"") {
            if character == UInt8(ascii: "\\") {
                if byte(at: index + 1) == UInt8(ascii: "u"), scanSurrogateEscape() { return }
                index += isBreakOrEnd(index + 1) ? 1 : 2
                return
            }
            if character == open { quote = nil }
        } else if character == open {
            if byte(at: index + 1) == open {
                index += 2
                return
            }
            quote = nil
        }
        index += 1
    }

    private mutating func scanNodeStart(_ character: UInt8) {
        switch character {
        case UInt8(ascii: "&"), UInt8(ascii: "*"):
            if findings.anchors.count < maxFindings {
                findings.anchors.append((line, column(of: index) + 1))
            }
            index += 1
            while !isBreakOrEnd(index), !isSpace(bytes[index]),
                  !(flowDepth > 0 && isFlowIndicator(bytes[index])) { index += 1 }
            nodeStart = character == UInt8(ascii: "&")
        case UInt8(ascii: "!"):
            while !isBreakOrEnd(index), !isSpace(bytes[index]) { index += 1 }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            quote = character
            tokenColumn = column(of: index)
            nodeStart = false
            index += 1
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            flowDepth += 1
            checkDepth()
            index += 1
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            closeFlow()
        case UInt8(ascii: ",") where flowDepth > 0:
            index += 1
        case UInt8(ascii: "-") where flowDepth == 0 && indicatorFollows(index),
             UInt8(ascii: "?") where indicatorFollows(index):
            if flowDepth == 0 {
                containerIndent = column(of: index)
                pendingCompactPush = true
            }
            index += 1
        case UInt8(ascii: ":") where indicatorFollows(index):
            index += 1
        case UInt8(ascii: "|") where flowDepth == 0, UInt8(ascii: ">") where flowDepth == 0:
            blockScalarParent = containerIndent
            nodeStart = false
            skipToLineEnd()
        default:
            inPlain = flowDepth == 0
            plainParentIndent = containerIndent
            tokenColumn = column(of: index)
            nodeStart = false
            index += 1
        }
    }

    private mutating func scanInsideNode(_ character: UInt8) {
        if character == UInt8(ascii: ":"), indicatorFollows(index) || flowDepth > 0 {
            if flowDepth == 0 { containerIndent = tokenColumn }
            inPlain = false
            nodeStart = true
            index += 1
            return
        }
        if flowDepth > 0 {
            switch character {
            case UInt8(ascii: ","):
                nodeStart = true
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                closeFlow()
                return
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                nodeStart = true
                checkDepth()
            default:
                break
            }
        }
        index += 1
    }

    private mutating func closeFlow() {
        if flowDepth > 0 { flowDepth -= 1 }
        nodeStart = false
        inPlain = false
        index += 1
    }
}
