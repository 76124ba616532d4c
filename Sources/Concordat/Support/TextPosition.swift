/// A line and column that follow text one scalar at a time, counting lines as editors do:
/// CR LF is one line break, and a lone CR, LF, U+2028 or U+2029 is one each.
struct TextPosition {
    /// The 1-based line of the next scalar.
    var line = 1
    /// The 1-based column (in scalars) of the next scalar.
    var column = 1
    private var previousWasCR = false

    /// Moves past the scalar `value`.
    mutating func advance(past value: UInt32) {
        switch value {
        case 0x0A:
            if !previousWasCR { line += 1 }
            column = 1
        case 0x0D, 0x2028, 0x2029:
            line += 1
            column = 1
        default:
            column += 1
        }
        previousWasCR = value == 0x0D
    }
}
