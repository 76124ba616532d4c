/// The words around a signature space, shared so every format asks signatories the same things.
enum SignatureWording {
    /// The line naming the organisation a signatory signs for.
    static func signedFor(_ party: String) -> String { "Signed for and on behalf of \(party)" }
    /// The label of the line to sign on.
    static let signature = "Signature"
    /// The label of the signatory's name.
    static let name = "Name"
    /// The label of the signatory's job title.
    static let position = "Position"
    /// The label of the date of signing.
    static let date = "Date"
    /// A line to fill in by hand, for plain-text formats.
    static let fillInLine = "______________________"
}
