/// A compact serial form for data parsed at build time. It is text: numbers in decimal ended by
/// `,`, strings as their UTF-8 length, `:`, then their bytes. Being valid UTF-8, it can sit in a
/// Swift string literal, which the compiler handles quickly and the binary reads in place,
/// without copying it; large byte-array literals compile slowly.
struct CompactWriter {
    /// The encoded bytes so far.
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
        bytes.append(UInt8(ascii: ","))
    }

    mutating func bool(_ value: Bool) { int(value ? 1 : 0) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CompactWriter, T) -> Void) {
        if let value {
            bool(true)
            write(&self, value)
        } else {
            bool(false)
        }
    }

    mutating func array<T>(_ values: some Collection<T>, _ write: (inout CompactWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what `CompactWriter` wrote. Every read checks bounds; a malformed input makes the
/// reader fail, never crash.
struct CompactReader {
    struct Malformed: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func int() throws(Malformed) -> Int {
        var negative = false
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        var value = 0
        var digits = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ",") {
                guard digits > 0 else { throw Malformed() }
                return negative ? -value : value
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 18 else { throw Malformed() }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
        }
        throw Malformed()
    }

    mutating func bool() throws(Malformed) -> Bool {
        switch try int() {
        case 0: false
        case 1: true
        default: throw Malformed()
        }
    }

    mutating func string() throws(Malformed) -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + count]), as: UTF8.self)
        position += count
        return text
    }

    mutating func optional<T>(_ read: (inout CompactReader) throws(Malformed) -> T) throws(Malformed) -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout CompactReader) throws(Malformed) -> T) throws(Malformed) -> [T] {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func word<T: RawRepresentable<String>>(_: T.Type = T.self) throws(Malformed) -> T {
        guard let value = T(rawValue: try string()) else { throw Malformed() }
        return value
    }
}
