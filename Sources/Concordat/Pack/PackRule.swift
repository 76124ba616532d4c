/// Which documents a partnership's pack holds. Most partnerships get all three; a body that exists
/// by law and cannot be left or wound down by its members (a health and wellbeing board, a
/// community safety partnership, a public services board, a community planning partnership) has
/// no memorandum or exit strategy of that kind, only its terms of reference.
///
/// This is the one place the rule lives, so a change in what the law allows changes every pack.
public enum PackRule {
    /// The documents of the pack for a request, in the order they are written.
    public static func documents(for request: Request) -> [DocumentKind] {
        guard request.framework == .statutory, let type = request.partnership.statutoryType else {
            return DocumentKind.allCases
        }
        switch type {
        case .healthAndWellbeingBoard, .communitySafety, .publicServicesBoard, .communityPlanning:
            return [.termsOfReference]
        case .section75, .section33, .other:
            return DocumentKind.allCases
        }
    }
}
