import Concordat
import Foundation

/// What the server does with a request, over the library: decode, assess, explain, compose. Loaded
/// once at start-up (catalogue, templates, scoring) and shared by every connection; each call is a
/// pure function of its input, so nothing is kept between requests.
public struct ServeEngine: Sendable {
    /// The loaded catalogue, templates and scoring.
    public let composer: Composer
    /// The form's fields.
    public let catalogue: FormCatalogue
    /// Options for every composition (the document-date fallback from `SOURCE_DATE_EPOCH`).
    public let options: ComposeOptions
    /// The largest request accepted, as the CLI's.
    public let limits: RequestLimits

    /// Creates an engine from a loaded composer.
    public init(composer: Composer, catalogue: FormCatalogue = .standard, options: ComposeOptions = .init(),
                limits: RequestLimits = .default) {
        self.composer = composer
        self.catalogue = catalogue
        self.options = options
        self.limits = limits
    }

    /// Loads the built-in catalogue and templates, with the document-date fallback the CLI uses.
    public static func load(
        _ options: CatalogueOptions = .init(), environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConcordatError) -> ServeEngine {
        let composer = try Concordat.loadCatalogue(options).composer
        return ServeEngine(composer: composer, options: ComposeOptions(
            fallbackDate: ComposeOptions.date(fromSourceDateEpoch: environment["SOURCE_DATE_EPOCH"])))
    }

    /// A decoded request and the warnings found reading it.
    public struct Decoded: Sendable {
        /// The request.
        public var request: Request
        /// Warnings (never errors) found while reading it.
        public var warnings: [Diagnostic]
    }

    /// Decodes a request exactly as the CLI does.
    public func decode(_ bytes: [UInt8], source: String) throws(ConcordatError) -> Decoded {
        let (request, warnings) = try RequestDecoder(limits: limits).decodeWithDiagnostics(bytes, source: source)
        return Decoded(request: request, warnings: warnings)
    }

    /// A composed document, ready to send.
    public struct Composed: Sendable {
        /// The document's bytes.
        public var bytes: [UInt8]
        /// The format.
        public var format: OutputFormat
        /// The composition (request, assessment, selection, findings).
        public var composition: Composition
        /// Warnings from reading the request and composing it.
        public var findings: [Diagnostic]
        /// The file name to offer: `STEM.DOCUMENT.EXT`, the stem from the partnership's name.
        public var fileName: String
    }

    /// Composes a request into a format through the library's one-call facade, so the rules are
    /// the CLI's (limits, date fallback); throws with the CLI's findings when the CLI would refuse.
    public func compose(_ bytes: [UInt8], source: String, format: OutputFormat) throws(ConcordatError) -> Composed {
        var options = facadeOptions
        options.format = format
        let output = try composer.compose(request: .bytes(bytes, source: source), options: options)
        let request = output.composition.request
        return Composed(
            bytes: output.bytes, format: format, composition: output.composition, findings: output.findings,
            fileName: DownloadName.fileName(partnership: request.partnership.name, document: request.document, format: format))
    }

    /// The facade's options for every composition: the CLI's defaults, this engine's limits and date.
    private var facadeOptions: Concordat.Options {
        Concordat.Options(dateFallback: options.fallbackDate.map { .date($0) } ?? .none, limits: limits)
    }

    /// `concordat assess --json` for a request.
    public func assessJSON(_ bytes: [UInt8], source: String) throws(ConcordatError) -> String {
        let request = try decode(bytes, source: source).request
        return AssessReport(assessment: composer.assess(request), source: source, scoring: composer.scoring).json
    }

    /// `concordat explain --json` for a request.
    public func explainJSON(_ bytes: [UInt8], source: String) throws(ConcordatError) -> String {
        let request = try decode(bytes, source: source).request
        let (assessment, selection) = composer.select(request)
        return ExplainReport(selection: selection, assessment: assessment, source: source).json
    }
}
