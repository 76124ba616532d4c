import Foundation

extension Concordat {
    /// How to compose: the output format, strictness, the date to fall back on, and the values
    /// that override the request's own.
    public struct Options: Sendable, Hashable {
        /// Where the document date comes from when the request has no `date`.
        public enum DateFallback: Sendable, Hashable {
            /// The `SOURCE_DATE_EPOCH` environment variable, if set (as the command line does);
            /// otherwise the date is left as a line to fill in at signing.
            case sourceDateEpoch
            /// This date.
            case date(CalendarDate)
            /// No fallback: a request without a date leaves it to be filled in at signing.
            case none
        }

        /// The format of the bytes returned.
        public var format: OutputFormat
        /// Treat warnings (a value left blank, say) as errors, as `--strict` does.
        public var strict: Bool
        /// Add each clause's id and the reason it is included.
        public var annotate: Bool
        /// The document date to use when the request gives none. The clock is never read.
        public var dateFallback: DateFallback
        /// Values that win over the request's own, as the command line's flags do.
        public var overrides: RequestOverrides
        /// Bounds on the request's size and shape.
        public var limits: RequestLimits
        /// An organisation's document (DOCX or ODT, the output's format) whose look the output takes.
        public var referenceDocument: ReferenceDocument?
        /// Whether HTML, ODT and DOCX output carries its request (`concordat.embed/1`), as it
        /// does unless `--no-embed` is given.
        public var embed: Bool = true

        /// Creates options; the defaults give Markdown, as `concordat compose` does.
        public init(
            format: OutputFormat = .markdown, strict: Bool = false, annotate: Bool = false,
            dateFallback: DateFallback = .sourceDateEpoch, overrides: RequestOverrides = .init(),
            limits: RequestLimits = .default, referenceDocument: ReferenceDocument? = nil
        ) {
            self.referenceDocument = referenceDocument
            self.format = format
            self.strict = strict
            self.annotate = annotate
            self.dateFallback = dateFallback
            self.overrides = overrides
            self.limits = limits
        }

        /// The fallback date this resolves to now (reading `SOURCE_DATE_EPOCH` for `.sourceDateEpoch`).
        public var resolvedFallbackDate: CalendarDate? {
            switch dateFallback {
            case .sourceDateEpoch:
                ComposeOptions.date(fromSourceDateEpoch: ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"])
            case .date(let date): date
            case .none: nil
            }
        }
    }

    /// One composed document and everything found on the way.
    public struct Output: Sendable {
        /// The document, in the requested format.
        public var bytes: [UInt8]
        /// The format of ``bytes``.
        public var format: OutputFormat
        /// The pipeline's result: the request as composed, the assessment, the selection and the
        /// document model.
        public var composition: Composition
        /// Warnings and notes about the request and the composition, in the order found.
        public var findings: [Diagnostic]

        /// The risk level the document was composed at.
        public var level: RiskLevel { composition.assessment.level }

        /// Writes the bytes to `path` atomically: the file appears whole or not at all.
        /// - Throws: `.cannotCreateOutput` when the file cannot be written.
        public func write(to path: String) throws(ConcordatError) {
            try AtomicFile.write(bytes, to: path)
        }
    }
}

extension Composer {
    /// Composes one request into document bytes with the command line's rules; see
    /// ``Concordat/compose(request:options:)``.
    public func compose(
        request source: Concordat.RequestSource, options: Concordat.Options = .init()
    ) throws(ConcordatError) -> Concordat.Output {
        let request: Request
        var findings: [Diagnostic] = []
        if case .request(let given) = source {
            request = given
        } else {
            let bytes = try source.read(limit: options.limits.maxBytes)
            (request, findings) = try RequestDecoder(limits: options.limits)
                .decodeWithDiagnostics(bytes, source: source.name, overrides: options.overrides)
        }
        let composition: Composition
        do {
            composition = try compose(
                request, options: ComposeOptions(annotate: options.annotate, fallbackDate: options.resolvedFallbackDate, embed: options.embed))
        } catch {
            throw ConcordatError(error.kind, findings + error.diagnostics)
        }
        findings += composition.diagnostics
        if options.strict, findings.contains(where: { $0.severity == .warning }) {
            throw ConcordatError(.invalidData, Self.strict(findings))
        }
        return Concordat.Output(
            bytes: try options.format.render(composition.document, templates: templates, reference: options.referenceDocument),
            format: options.format, composition: composition, findings: findings)
    }

    /// Findings under strict mode: every warning becomes an error that says why.
    public static func strict(_ findings: [Diagnostic]) -> [Diagnostic] {
        findings.map { finding in
            var finding = finding
            if finding.severity == .warning {
                finding.severity = .error
                finding.hint = (finding.hint.map { $0 + "; " } ?? "") + "this is an error under --strict"
            }
            return finding
        }
    }
}
