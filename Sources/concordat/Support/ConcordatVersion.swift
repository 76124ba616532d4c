/// The tool's version, printed by `concordat --version`.
enum ConcordatVersion {
    static let current = "0.1.0"
}
