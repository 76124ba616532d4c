/// The tool's stand-in for the library's generated `EmbeddedFiles`: the same files, read from
/// the package's `Clauses/` and `Templates/` folders by the code `ConcordatEmbed` uses.
enum EmbeddedFiles {
    /// The package root; set before `all` is first read.
    nonisolated(unsafe) static var root = ""

    /// Every file as (path relative to the package root, text), sorted by path.
    static let all: [(path: String, text: String)] = EmbeddingSupport.files(
        in: ["Clauses", "Templates"].map { root + "/" + $0 }, tool: "ConcordatCompile")
}
