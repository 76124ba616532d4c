/// A composed document read back from a file, as it stands now: the record it carries, if any,
/// and its text cut into segments at the anchors the renderers write (a clause's id, a section's
/// `slot-…`, an annex's id), each segment a list of lines.
public struct ReadDocument: Sendable, Hashable {
    /// The formats that can be read back.
    public enum Format: String, Sendable, Hashable {
        case html, odt, docx

        /// The output format that writes documents of this format.
        public var outputFormat: OutputFormat {
            switch self {
            case .html: .html
            case .odt: .odt
            case .docx: .docx
            }
        }
    }

    /// The text from one anchor to the next.
    public struct Segment: Sendable, Hashable {
        /// The anchor the text follows (`front` before the first one).
        public var anchor: String
        /// The lines of text: paragraphs, headings, list items, table rows.
        public var lines: [String]

        /// Creates a segment.
        public init(anchor: String, lines: [String]) {
            self.anchor = anchor
            self.lines = lines
        }

        /// The words of the segment, for comparing.
        public var words: [Substring] { lines.flatMap { $0.split(whereSeparator: \.isWhitespace) } }
    }

    /// The file's format.
    public var format: Format
    /// The `concordat.embed/1` record's text, if the document carries one.
    public var embed: String?
    /// The segments in document order.
    public var segments: [Segment]

    /// Creates a read document.
    public init(format: Format, embed: String?, segments: [Segment]) {
        self.format = format
        self.embed = embed
        self.segments = segments
    }

    /// The segments with every anchor not in `known` merged into the one before it, so a
    /// bookmark someone added by hand does not split a clause.
    public func segments(keeping known: Set<String>) -> [Segment] {
        var out: [Segment] = []
        for segment in segments {
            if known.contains(segment.anchor) || out.isEmpty {
                if let last = out.last, last.anchor == segment.anchor {
                    out[out.count - 1].lines += segment.lines
                } else {
                    out.append(segment)
                }
            } else {
                out[out.count - 1].lines += segment.lines
            }
        }
        return out
    }
}

/// Collects lines of text into segments while walking a document.
struct SegmentBuilder {
    private(set) var segments: [ReadDocument.Segment] = [ReadDocument.Segment(anchor: "front", lines: [])]
    private var line = ""

    /// Adds text to the current line.
    mutating func append(_ text: String) { line += text }

    /// Ends the current line, keeping it if it holds any text; runs of white space become one space.
    mutating func flush() {
        let words = line.split(whereSeparator: \.isWhitespace)
        if !words.isEmpty { segments[segments.count - 1].lines.append(words.joined(separator: " ")) }
        line = ""
    }

    /// Starts a new segment at an anchor.
    mutating func start(_ anchor: String) {
        if segments[segments.count - 1].anchor == anchor { return }
        flush()
        if segments.count == 1 && segments[0].lines.isEmpty && segments[0].anchor == "front" {
            segments[0].anchor = anchor
        } else {
            segments.append(ReadDocument.Segment(anchor: anchor, lines: []))
        }
    }

    /// The segments, with the last line flushed.
    mutating func finish() -> [ReadDocument.Segment] {
        flush()
        return segments
    }
}
