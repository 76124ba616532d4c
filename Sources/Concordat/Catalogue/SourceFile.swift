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
    ///
    /// Symbolic links are followed — the folder itself, files and folders inside it — once
    /// what they lead to is checked: a regular file is read, a folder is walked (each folder
    /// once, so a loop of links ends), and anything else (a dangling link, a device, a pipe) is
    /// an error naming it. Nothing is skipped in silence, so no clause goes missing unseen.
    static func read(folder: String) throws(ConcordatError) -> [SourceFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw ConcordatError(.inputNotFound, "no such folder", at: SourceLocation(file: folder))
        }
        guard isDirectory.boolValue else {
            throw ConcordatError(.inputNotFound, "not a folder", at: SourceLocation(file: folder))
        }
        var files: [SourceFile] = []
        var problems: [Diagnostic] = []
        var seenFolders = Set<[UInt64]>()
        // (path on disk, path relative to the folder) of each folder still to walk.
        var pending: [(String, String)] = [(folder, "")]
        while let (current, relativeFolder) = pending.popLast() {
            var folderStatus = stat()
            guard stat(current, &folderStatus) == 0,
                  seenFolders.insert([UInt64(folderStatus.st_dev), UInt64(folderStatus.st_ino)]).inserted
            else { continue }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else {
                problems.append(Diagnostic(.error, "cannot read the folder", at: SourceLocation(file: display(folder, relativeFolder))))
                continue
            }
            for name in names where !name.hasPrefix(".") {
                let path = (current as NSString).appendingPathComponent(name)
                let relative = relativeFolder.isEmpty ? name : relativeFolder + "/" + name
                let shown = display(folder, relative)
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFLNK {
                    // Follow the link, then judge what it leads to.
                    guard stat(path, &status) == 0 else {
                        problems.append(Diagnostic(.error, "is a symbolic link to nothing", at: SourceLocation(file: shown),
                                                   hint: "remove the link or point it at a file"))
                        continue
                    }
                }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append((path, relative))
                case S_IFREG:
                    if let file = readFile(path, relative: relative, shown: shown, size: Int64(status.st_size), problems: &problems) {
                        files.append(file)
                    }
                default:
                    problems.append(Diagnostic(.error, "is not a regular file or folder", at: SourceLocation(file: shown),
                                               hint: "a catalogue or template folder holds only text files and folders"))
                }
            }
        }
        if !problems.isEmpty { throw ConcordatError(.invalidData, problems.sortedByLocation) }
        return files.sorted { $0.relativePath < $1.relativePath }
    }

    private static func display(_ folder: String, _ relative: String) -> String {
        relative.isEmpty ? folder : (folder.hasSuffix("/") ? folder : folder + "/") + relative
    }

    /// One file's text, or nil with a problem recorded. The size is checked before reading, so
    /// a huge file never fills memory.
    private static func readFile(
        _ path: String, relative: String, shown: String, size: Int64, problems: inout [Diagnostic]
    ) -> SourceFile? {
        guard size <= 1_048_576 else {
            problems.append(Diagnostic(.error, "the file is larger than 1 MiB", at: SourceLocation(file: shown)))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(Diagnostic(.error, "cannot read the file", at: SourceLocation(file: shown)))
            return nil
        }
        guard data.count <= 1_048_576 else {
            problems.append(Diagnostic(.error, "the file is larger than 1 MiB", at: SourceLocation(file: shown)))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(Diagnostic(.error, "the file is not UTF-8 text", at: SourceLocation(file: shown)))
            return nil
        }
        return SourceFile(relativePath: relative, displayPath: shown, text: text)
    }
}
