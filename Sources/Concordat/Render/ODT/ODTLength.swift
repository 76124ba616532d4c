/// A length from the house style (`2.5cm`, `11pt`), kept exact in thousandths of its unit so
/// that sums and multiples print the same on every machine.
struct ODTLength: Hashable {
    /// The units ODF lengths may use, with their size in thousandths of a millimetre.
    private static let units: [(name: String, micrometres: Int)] = [
        ("cm", 10_000), ("mm", 1_000), ("in", 25_400), ("pt", 25_400 / 72), ("pc", 25_400 / 6),
    ]

    /// The length in thousandths of `unit`.
    var thousandths: Int
    /// The unit as written, e.g. `cm`.
    var unit: String

    /// Parses `digits[.digits]unit`; nil for anything else (no sign, no exponent, no space).
    init?(_ text: String) {
        guard let unit = Self.units.map(\.name).first(where: { text.hasSuffix($0) }) else { return nil }
        let number = text.dropLast(unit.count)
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { ("0"..."9").contains($0) } }),
              parts.count == 1 || (1...3).contains(parts[1].count),
              let whole = Int(parts[0]), whole < 100_000
        else { return nil }
        // "25" after the point is 250 thousandths.
        let fraction = parts.count == 2 ? Int(parts[1] + String(repeating: "0", count: 3 - parts[1].count)) ?? 0 : 0
        self.thousandths = whole * 1000 + fraction
        self.unit = unit
    }

    init(thousandths: Int, unit: String) {
        self.thousandths = thousandths
        self.unit = unit
    }

    /// The length in centimetres, rounded to thousandths, for sums across units.
    var inCentimetres: ODTLength {
        let micrometresPerUnit = Self.units.first { $0.name == unit }!.micrometres
        let micrometres = thousandths * micrometresPerUnit / 1000
        return ODTLength(thousandths: micrometres / 10, unit: "cm")
    }

    /// This length times `factor`.
    func times(_ factor: Int) -> ODTLength { ODTLength(thousandths: thousandths * factor, unit: unit) }

    /// This length plus `other`, in centimetres unless both share a unit.
    func plus(_ other: ODTLength) -> ODTLength {
        if unit == other.unit { return ODTLength(thousandths: thousandths + other.thousandths, unit: unit) }
        return ODTLength(thousandths: inCentimetres.thousandths + other.inCentimetres.thousandths, unit: "cm")
    }

    /// This length minus `other`.
    func minus(_ other: ODTLength) -> ODTLength { plus(ODTLength(thousandths: -other.thousandths, unit: other.unit)) }

    /// The ODF form, e.g. `1.25cm`, without trailing zeros.
    var text: String {
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = abs(thousandths)
        var fraction = String(magnitude % 1000)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(magnitude / 1000) + (fraction.isEmpty ? "" : "." + fraction) + unit
    }
}
