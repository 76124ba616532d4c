import CCrypto

/// SHA-256 digests as lowercase hex, through OpenSSL's libcrypto (already linked by libzip).
enum SHA256Hex {
    /// The SHA-256 of `bytes`, as 32 bytes.
    static func raw(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBufferPointer { input in
            _ = digest.withUnsafeMutableBufferPointer { output in
                SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return digest
    }

    /// The SHA-256 of `bytes` in base64 (RFC 4648, with padding), as a Content-Security-Policy
    /// hash source writes it.
    static func base64Digest(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        let digest = raw(bytes)
        var out: [UInt8] = []
        var index = 0
        while index < digest.count {
            let chunk = digest[index..<min(index + 3, digest.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? alphabet[Int(value >> (18 - 6 * UInt32(position)) & 0x3F)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The SHA-256 of `bytes`, as 64 lowercase hex digits.
    static func digest(_ bytes: [UInt8]) -> String {
        let digest = raw(bytes)
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
