/// Builds same-document links (`#meetings.quorum`) that every reader resolves to the element whose
/// `id` is the anchor.
enum FragmentLink {
    /// `#` followed by `anchor`, percent-encoding everything outside the URL's unreserved set so
    /// the link is a valid URL and a Markdown link destination without further quoting. Browsers
    /// decode the fragment before matching it against ids.
    static func href(to anchor: String) -> String {
        var result = "#"
        for byte in anchor.utf8 {
            if isUnreserved(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + hexDigits(byte)
            }
        }
        return result
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
