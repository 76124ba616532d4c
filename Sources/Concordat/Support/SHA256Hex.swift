import CCrypto

/// SHA-256 digests as lowercase hex, through OpenSSL's libcrypto (already linked by libzip).
enum SHA256Hex {
    /// The SHA-256 of `bytes`, as 64 lowercase hex digits.
    static func digest(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBufferPointer { input in
            _ = digest.withUnsafeMutableBufferPointer { output in
                SHA256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
