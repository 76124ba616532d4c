/// Which documents a partnership's pack holds. Most partnerships get all three; a body that exists
/// by law (a health and wellbeing board, a community safety partnership, a public services board,
/// a community planning partnership) has no memorandum or exit strategy of that kind, only its
/// terms of reference.
///
/// The rule itself belongs to the law: `StatutoryType.documents` says which documents fit each
/// statutory arrangement, and the pack follows it, so a change there changes every pack.
public enum PackRule {
    /// The documents of the pack for a request, in the order they are written.
    public static func documents(for request: Request) -> [DocumentKind] {
        guard request.framework == .statutory, let type = request.partnership.statutoryType else {
            return DocumentKind.allCases
        }
        return DocumentKind.allCases.filter(type.fits)
    }
}
