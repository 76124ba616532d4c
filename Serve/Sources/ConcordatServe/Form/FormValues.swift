import Foundation

/// The values of a filled-in form: field names (`parties[1].kind`) with their values, in the order
/// posted. A name may repeat (a party's roles).
public struct FormValues: Sendable, Hashable {
    /// Name–value pairs in order.
    public var pairs: [(name: String, value: String)]

    /// Creates values from pairs.
    public init(_ pairs: [(name: String, value: String)] = []) {
        self.pairs = pairs
    }

    public static func == (lhs: FormValues, rhs: FormValues) -> Bool {
        lhs.pairs.map(\.name) == rhs.pairs.map(\.name) && lhs.pairs.map(\.value) == rhs.pairs.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        for pair in pairs { hasher.combine(pair.name); hasher.combine(pair.value) }
    }

    /// Every value given for a name.
    public func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The first value given for a name, if any.
    public subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Sets one value for a name, replacing any others.
    public mutating func set(_ name: String, _ value: String) {
        pairs.removeAll { $0.name == name }
        pairs.append((name, value))
    }

    /// The party numbers that appear in the names, in order (`parties[0]…`, `parties[2]…`).
    public var partyIndices: [Int] {
        var seen = Set<Int>()
        for pair in pairs {
            if let index = Self.partyIndex(of: pair.name) { seen.insert(index) }
        }
        return seen.sorted()
    }

    /// The party number in a name like `parties[3].kind`.
    public static func partyIndex(of name: String) -> Int? {
        guard name.hasPrefix("parties["), let close = name.firstIndex(of: "]") else { return nil }
        return Int(name[name.index(name.startIndex, offsetBy: 8)..<close])
    }

    /// The values with parties numbered 0, 1, 2… in their order, leaving out one party if asked.
    public func renumberingParties(removing removed: Int? = nil) -> FormValues {
        let order = partyIndices.filter { $0 != removed }
        var mapping: [Int: Int] = [:]
        for (new, old) in order.enumerated() { mapping[old] = new }
        var result: [(name: String, value: String)] = []
        for pair in pairs {
            guard let index = Self.partyIndex(of: pair.name) else { result.append(pair); continue }
            guard let new = mapping[index], let close = pair.name.firstIndex(of: "]") else { continue }
            result.append(("parties[\(new)" + pair.name[close...], pair.value))
        }
        return FormValues(result)
    }

    /// Decodes an `application/x-www-form-urlencoded` body. Bytes that are not UTF-8 after
    /// percent-decoding become U+FFFD, which the request decoder then refuses by key.
    public static func urlEncoded(_ bytes: [UInt8]) -> FormValues {
        var pairs: [(name: String, value: String)] = []
        for part in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let pieces = part.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = decodeComponent(pieces[0])
            let value = pieces.count > 1 ? decodeComponent(pieces[1]) : ""
            pairs.append((name, value))
        }
        return FormValues(pairs)
    }

    private static func decodeComponent(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.endIndex,
                      let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                out.append(high << 4 | low)
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        // Browsers send line ends in text areas as CRLF; requests use LF.
        return String(decoding: out, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
