/// A BCP 47 language tag (`en-GB`, `cy`) split into the ODF text properties that carry it.
struct ODTLanguage {
    /// The whole tag, as `dc:language` holds it.
    let tag: String
    /// Whether the tag has the shape XML Schema's `language` type requires.
    let isValid: Bool
    /// `fo:language`, `fo:script` and `fo:country` for a text-properties element.
    let attributes: [(String, String)]

    init(_ tag: String) {
        self.tag = tag
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
        let isAlphanumeric: (Substring) -> Bool = { $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        isValid = !subtags.isEmpty && subtags.allSatisfy { (1...8).contains($0.count) && isAlphanumeric($0) }
            && subtags[0].allSatisfy(\.isLetter)
        guard isValid else {
            attributes = []
            return
        }
        var attributes = [("fo:language", String(subtags[0]))]
        for subtag in subtags.dropFirst() {
            if subtag.count == 4, subtag.allSatisfy(\.isLetter) {
                attributes.append(("fo:script", String(subtag)))
            } else if (subtag.count == 2 && subtag.allSatisfy(\.isLetter)) || (subtag.count == 3 && subtag.allSatisfy(\.isNumber)) {
                attributes.append(("fo:country", String(subtag)))
                break
            }
        }
        self.attributes = attributes
    }
}
