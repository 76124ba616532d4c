/// House-style lengths and colours in the units WordprocessingML wants: twentieths of a point
/// (twips) for distances, half-points for font sizes, eighths of a point for borders, and
/// `RRGGBB` for colours.
///
/// Conversions are done in integers, rounding to the nearest unit, so every machine prints the
/// same numbers.
enum DOCXMeasure {
    /// Twips per unit as a fraction (numerator, denominator): 1 in = 1440 twips, 1 pt = 20.
    private static let twipsPerUnit: [String: (Int, Int)] = [
        "cm": (144_000, 254), "mm": (14_400, 254), "in": (1440, 1), "pt": (20, 1), "pc": (240, 1),
    ]

    /// A length in twips.
    static func twips(_ length: ODTLength) -> Int {
        let (numerator, denominator) = twipsPerUnit[length.unit] ?? (0, 1)
        return roundedDivision(length.thousandths * numerator, denominator * 1000)
    }

    /// A house-style length (already validated) in twips.
    static func twips(_ text: String) -> Int { ODTLength(text).map(twips) ?? 0 }

    /// A font size in half-points, at least 1.
    static func halfPoints(_ text: String) -> Int { max(1, roundedDivision(twips(text), 10)) }

    /// A line height percentage (`115%`) as 240ths of a line.
    static func lineSpacing(_ percentage: String) -> Int {
        (Int(percentage.dropLast()) ?? 100) * 240 / 100
    }

    /// `#1F3A5F` as `1F3A5F`.
    static func colour(_ hex: String) -> String { String(hex.dropFirst()).uppercased() }

    private static func roundedDivision(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? (value + divisor / 2) / divisor : -((-value + divisor / 2) / divisor)
    }
}
