import Concordat

/// The built-in catalogue as compiled when this binary was built (see `ConcordatCompile`).
package enum CompiledDefaults {
    /// The compiled catalogue, read in place from the binary; nil only if it cannot be read,
    /// in which case the built-in clauses are parsed as they would be without it.
    package static let catalogue: CompiledCatalogue? = compiledCatalogueText.withUTF8Buffer {
        CompiledCatalogue(decoding: $0)
    }
}
