/// Refuses, at composition, a statutory type in a nation where it does not exist or a document that
/// a body in law does not have. The request reader reports the same with a hint; this catches
/// requests built in code, which never pass through the reader.
enum StatutoryFit {
    static func errors(_ request: Request) -> [Diagnostic] {
        guard request.framework == .statutory, let type = request.partnership.statutoryType else { return [] }
        var errors: [Diagnostic] = []
        if let nations = type.nations, !nations.contains(request.jurisdiction) {
            errors.append(Diagnostic(
                .error,
                "'\(type.rawValue)' does not exist in \(request.jurisdiction.rawValue); it exists only in \(nations.map(\.rawValue).joined(separator: " or "))",
                at: request.location(of: "partnership.statutory-type"), key: "partnership.statutory-type"))
        } else if !type.fits(request.document) {
            errors.append(Diagnostic(
                .error,
                "a \(type.rawValue) body exists by law and has terms of reference only, not a \(request.document.rawValue)",
                at: request.location(of: "document"), key: "document"))
        }
        return errors
    }
}
