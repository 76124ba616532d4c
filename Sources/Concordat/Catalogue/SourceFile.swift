import Foundation

/// A text file from the embedded defaults or a user's folder.
public struct SourceFile: Sendable, Hashable {
    /// The path relative to its folder, e.g. `disputes/disputes.tiered.md` or `terms-of-reference.yaml`.
    public var relativePath: String
    /// The name used in messages: the user's path, or `Clauses/…` for a built-in file.
    public var displayPath: String
    /// The file's text.
    public var text: String

    /// Creates a source file.
    public init(relativePath: String, displayPath: String, text: String) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.text = text
    }

    /// The built-in files under a top-level folder (`Clauses` or `Templates`).
    static func embedded(under folder: String) -> [SourceFile] {
        EmbeddedFiles.all.compactMap { entry in
            guard entry.path.hasPrefix(folder + "/") else { return nil }
            return SourceFile(relativePath: String(entry.path.dropFirst(folder.count + 1)), displayPath: entry.path, text: entry.text)
        }
    }

    /// Every regular file below a folder, sorted by path; hidden files are skipped.
    static func read(folder: String) throws(ConcordatError) -> [SourceFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw ConcordatError(.inputNotFound, "no such folder", at: SourceLocation(file: folder))
        }
        guard isDirectory.boolValue else {
            throw ConcordatError(.inputNotFound, "not a folder", at: SourceLocation(file: folder))
        }
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey], options: [.skipsHiddenFiles])
        else { throw ConcordatError(.inputNotFound, "cannot read the folder", at: SourceLocation(file: folder)) }
        var files: [SourceFile] = []
        var problems: [Diagnostic] = []
        let rootPath = root.path
        for case let url as URL in enumerator {
            let path = url.path
            // lstat, as Foundation's isRegularFile resource value does (a symbolic link is not a
            // regular file), without its per-file cost, which dominated reading a large folder.
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(rootPath.count + 1))
            let display = (folder.hasSuffix("/") ? folder : folder + "/") + relative
            // Checked before reading, so a huge file never fills memory.
            guard status.st_size <= 1_048_576 else {
                problems.append(Diagnostic(.error, "the file is larger than 1 MiB", at: SourceLocation(file: display)))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(Diagnostic(.error, "cannot read the file", at: SourceLocation(file: display)))
                continue
            }
            guard data.count <= 1_048_576 else {
                problems.append(Diagnostic(.error, "the file is larger than 1 MiB", at: SourceLocation(file: display)))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(.error, "the file is not UTF-8 text", at: SourceLocation(file: display)))
                continue
            }
            files.append(SourceFile(relativePath: relative, displayPath: display, text: text))
        }
        if !problems.isEmpty { throw ConcordatError(.invalidData, problems) }
        return files.sorted { $0.relativePath < $1.relativePath }
    }
}
