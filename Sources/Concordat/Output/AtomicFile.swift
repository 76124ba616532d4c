import Foundation

/// Writes files so a reader never sees a half-written one and a failure changes nothing: the
/// bytes go to a temporary file in the target folder, which is then renamed into place.
///
/// An existing file keeps its permissions; a new one gets the usual permissions less the umask. A
/// symbolic link at the target is refused rather than written through, so a link planted in an
/// output folder cannot send a document elsewhere, and renaming over it cannot destroy what it
/// points to. Character devices and pipes (`/dev/stdout`, `/dev/null`, a named pipe) cannot be
/// replaced, so they are written to directly.
package enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any existing file only once the new one is complete.
    package static func write(_ bytes: [UInt8], to path: String) throws(ConcordatError) {
        try write([(bytes, path)])
    }

    /// Writes several files as nearly as one step as a file system allows: each goes to a
    /// temporary file beside its target, and only when every one is complete are they renamed
    /// into place. If any cannot be written, none is renamed and every existing file is as it was.
    package static func write(_ files: [(bytes: [UInt8], path: String)]) throws(ConcordatError) {
        var staged: [Staged] = []
        do throws(ConcordatError) {
            for file in files { staged.append(try Staged(file.bytes, at: file.path)) }
        } catch {
            Staged.discard(staged)
            throw error
        }
        try Staged.commit(staged)
    }

    // MARK: Targets

    enum Target {
        /// A regular file, existing or not, replaced by renaming; new files get `mode`.
        case file(mode: mode_t)
        /// A character device or pipe, written in place.
        case stream
    }

    static func target(_ path: String) throws(ConcordatError) -> Target {
        let location = SourceLocation(file: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw ConcordatError(.cannotCreateOutput, "the folder does not exist", at: location, hint: "create \(folder) first")
        }
        guard isDirectory.boolValue else {
            throw ConcordatError(.cannotCreateOutput, "\(folder) is not a folder", at: location)
        }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw failure(path, "cannot write the file") }
            let mask = umask(0)
            umask(mask)
            return .file(mode: 0o666 & ~mask)
        }
        if isStream(info) { return .stream }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            return .file(mode: info.st_mode & 0o7777)
        case S_IFDIR:
            throw ConcordatError(.cannotCreateOutput, "is a folder", at: location, hint: "name a file inside it, or use --output-dir")
        case S_IFLNK:
            var followed = stat()
            if stat(path, &followed) == 0, isStream(followed) { return .stream }
            throw ConcordatError(
                .cannotCreateOutput, "is a symbolic link; outputs replace files whole and are never written through links",
                at: location, hint: "name the file it points to instead; for standard output, leave out --output")
        default:
            throw ConcordatError(.cannotCreateOutput, "is not a regular file", at: location)
        }
    }

    private static func isStream(_ info: stat) -> Bool {
        let type = info.st_mode & S_IFMT
        return type == S_IFCHR || type == S_IFIFO
    }

    // MARK: Writing

    /// The longest file name most file systems allow, in bytes.
    static let maxNameBytes = 255

    /// The file name a temporary name is made from: the target's own, cut (at a character
    /// boundary) so that "." + stem + ".XXXXXX" stays within ``maxNameBytes``.
    static func temporaryStem(_ name: String) -> String {
        let room = maxNameBytes - 8
        guard name.utf8.count > room else { return name }
        var stem = ""
        for character in name.unicodeScalars {
            if stem.utf8.count + String(character).utf8.count > room { break }
            stem.unicodeScalars.append(character)
        }
        return stem
    }

    /// Writes the bytes to a new temporary file beside `path`, flushed to disk; returns its path.
    static func stage(_ bytes: [UInt8], beside path: String, mode: mode_t) throws(ConcordatError) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        guard name.utf8.count <= Self.maxNameBytes else {
            throw ConcordatError(.cannotCreateOutput, "the file name is \(name.utf8.count) bytes long; at most \(Self.maxNameBytes) are allowed",
                                 at: SourceLocation(file: path), hint: "choose a shorter name")
        }
        guard let (descriptor, temporary) = TemporaryFiles.create(template: folder + "/." + Self.temporaryStem(name) + ".XXXXXX") else {
            let reason = String(cString: strerror(errno))
            throw ConcordatError(.cannotCreateOutput, "cannot create a file here: \(reason)",
                                 at: SourceLocation(file: path), hint: "check the folder exists and is writable")
        }
        var reason = writeAll(bytes, to: descriptor)
        if reason == nil, fsync(descriptor) != 0 { reason = String(cString: strerror(errno)) }
        // mkstemp creates files 0600; a document gets the permissions of the file it replaces.
        if reason == nil, fchmod(descriptor, mode) != 0 { reason = String(cString: strerror(errno)) }
        if close(descriptor) != 0, reason == nil { reason = String(cString: strerror(errno)) }
        if let reason {
            unlink(temporary)
            TemporaryFiles.forget(temporary)
            throw ConcordatError(.cannotCreateOutput, "cannot write the file: \(reason)", at: SourceLocation(file: path))
        }
        return temporary
    }

    static func stream(_ bytes: [UInt8], to path: String) throws(ConcordatError) {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw failure(path, "cannot write the file") }
        var reason = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0, reason == nil { reason = String(cString: strerror(errno)) }
        if let reason {
            throw ConcordatError(.cannotCreateOutput, "cannot write the file: \(reason)", at: SourceLocation(file: path))
        }
    }

    /// Writes every byte, retrying short and interrupted writes; returns the reason it failed.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += written
        }
        return nil
    }

    private static func failure(_ path: String, _ message: String) -> ConcordatError {
        ConcordatError(.cannotCreateOutput, "\(message): \(String(cString: strerror(errno)))", at: SourceLocation(file: path))
    }
}
