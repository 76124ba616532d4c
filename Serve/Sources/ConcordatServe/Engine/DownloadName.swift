import Concordat

/// The file name offered for a download: `STEM.DOCUMENT.EXT`, as the CLI names a pack's files,
/// with the stem made from the partnership's name in lower-case ASCII letters, digits and hyphens
/// (so the name is safe in a `Content-Disposition` header and on every file system).
public enum DownloadName {
    /// The longest stem kept.
    static let maxStem = 60

    /// The file name for a composed document.
    public static func fileName(partnership: String, document: DocumentKind, format: OutputFormat) -> String {
        "\(stem(partnership)).\(document.rawValue).\(format.fileExtension)"
    }

    /// The file name for a saved request (`riverside-urban-forest-partnership.yaml`).
    public static func requestFileName(partnership: String?, fileExtension: String) -> String {
        "\(stem(partnership ?? "")).\(fileExtension)"
    }

    /// `Riverside Urban Forest Partnership` → `riverside-urban-forest-partnership`; a name with
    /// no ASCII letters or digits gives `partnership`.
    static func stem(_ name: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingHyphen && !out.isEmpty { out += "-" }
                pendingHyphen = false
                out += String(scalar).lowercased()
                if out.count >= maxStem { break }
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "partnership" : out
    }
}
