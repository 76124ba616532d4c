import Foundation

/// The one-call entry point for programs: compose a request into document bytes, with the same
/// rules the `concordat` command applies — input size limits, the `SOURCE_DATE_EPOCH` date
/// fallback, and `strict` mode turning warnings into failure.
///
/// ```swift
/// import Concordat
///
/// let output = try Concordat.compose(request: .file("riverside.yaml"), options: .init(format: .odt))
/// try output.write(to: "riverside.odt")
/// ```
///
/// Composing many requests? Load the catalogue once with ``loadCatalogue(_:)`` and call
/// ``Composer/compose(request:options:)`` on the result: loading parses and validates every
/// clause, which costs far more than composing one document.
public enum Concordat {
    /// Composes one request with the built-in catalogue and templates.
    ///
    /// The built-in catalogue is loaded on first use and kept for the life of the process.
    /// - Throws: `ConcordatError` carrying every finding, with the exit code the command line
    ///   would use (`.inputNotFound` for a missing file, `.invalidData` for a bad request or,
    ///   under `strict`, any warning).
    public static func compose(request: RequestSource, options: Options = .init()) throws(ConcordatError) -> Output {
        try BuiltInCatalogue.composer().compose(request: request, options: options)
    }

    /// Loads and validates a catalogue and templates to reuse across many composes.
    ///
    /// Warnings about the catalogue itself (an unused defined term, say) are returned in
    /// ``LoadedCatalogue/warnings``; errors are thrown.
    public static func loadCatalogue(_ options: CatalogueOptions = .init()) throws(ConcordatError) -> LoadedCatalogue {
        let (composer, warnings) = try Composer.load(options)
        return LoadedCatalogue(composer: composer, warnings: warnings)
    }

    /// A catalogue and templates loaded once, with what loading found.
    public struct LoadedCatalogue: Sendable {
        /// Composes requests against the loaded catalogue.
        public var composer: Composer
        /// Warnings found while loading the catalogue and templates.
        public var warnings: [Diagnostic]

        /// Composes one request; see ``Concordat/compose(request:options:)``.
        public func compose(request: RequestSource, options: Options = .init()) throws(ConcordatError) -> Output {
            try composer.compose(request: request, options: options)
        }
    }
}

/// The built-in catalogue, loaded once per process on first use.
private enum BuiltInCatalogue {
    private static let loaded: Result<Composer, ConcordatError> = Result { () throws(ConcordatError) in
        try Composer.load().0
    }

    static func composer() throws(ConcordatError) -> Composer {
        try loaded.get()
    }
}
