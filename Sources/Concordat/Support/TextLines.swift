extension String {
    /// The text split at each `"\n"` character, keeping empty lines: the same slices as
    /// `split(separator: "\n", omittingEmptySubsequences: false)`, found by scanning bytes
    /// instead of grapheme clusters, which is many times faster. A line feed byte is the
    /// character `"\n"` unless a carriage return comes just before it, making the single
    /// character `"\r\n"`, which does not split.
    var lineSlices: [Substring] {
        var lines: [Substring] = []
        var lineStart = startIndex
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
                lines.append(self[lineStart..<index])
                lineStart = utf8.index(after: index)
            }
            previous = byte
            utf8.formIndex(after: &index)
        }
        lines.append(self[lineStart...])
        return lines
    }
}
