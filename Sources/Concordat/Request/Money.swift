/// A sum in pounds sterling, held in pence so arithmetic is exact.
public struct Money: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The amount in pence.
    public var pence: Int64

    /// Creates a sum from pence.
    public init(pence: Int64) { self.pence = pence }

    /// Creates a sum from whole pounds.
    public init(pounds: Int64) { self.pence = pounds * 100 }

    /// "£25,000", or "£1,250.50" when there are pence.
    public var formatted: String {
        let negative = pence < 0
        let magnitude = pence.magnitude
        let pounds = String(magnitude / 100)
        var grouped = ""
        for (index, character) in pounds.enumerated() {
            if index > 0, (pounds.count - index) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        let remainder = magnitude % 100
        let fraction = remainder == 0 ? "" : "." + (remainder < 10 ? "0" : "") + String(remainder)
        return (negative ? "-" : "") + "£" + grouped + fraction
    }

    public var description: String { formatted }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }
    public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }
}
