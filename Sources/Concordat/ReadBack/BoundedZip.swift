/// The named entries of a zip that came from outside, read at once through `BoundedZipReader`
/// (caps on the archive, the entries, each entry as it really inflates, and the ratio), for
/// readers that want a few parts by name.
struct BoundedZip {
    private let entries: [String: [UInt8]]

    /// Opens the archive and reads the entries wanted (absent ones are simply missing).
    init(_ bytes: [UInt8], wanted: Set<String>, source: String) throws(ConcordatError) {
        var reader = try BoundedZipReader(bytes, file: source)
        var found: [String: [UInt8]] = [:]
        for name in wanted.sorted() {
            if let content = try reader.entry(name) { found[name] = content }
        }
        entries = found
    }

    /// An entry's bytes, if the archive has it.
    subscript(name: String) -> [UInt8]? { entries[name] }
}
