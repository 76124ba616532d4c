import Foundation

extension AtomicFile {
    /// One output written in full to a temporary file beside its target and flushed to disk,
    /// waiting to be renamed into place. Staging is the slow part of a safe write (creating the
    /// file, writing, `fsync`), so a batch stages each document on the core that composed it and
    /// leaves only the renames, which are quick, to the end: all or nothing still holds, since
    /// nothing is renamed until every document has composed and staged.
    package struct Staged: Sendable {
        /// Where the output goes.
        package let path: String
        /// The temporary file, or nil for a character device or pipe, written at commit.
        let temporary: String?
        /// The bytes, kept only for a device or pipe.
        let streamBytes: [UInt8]

        /// Stages `bytes` for `path`; throws (leaving nothing behind) when it cannot be written.
        package init(_ bytes: [UInt8], at path: String) throws(ConcordatError) {
            self.path = path
            switch try AtomicFile.target(path) {
            case .stream:
                temporary = nil
                streamBytes = bytes
            case .file(let mode):
                temporary = try AtomicFile.stage(bytes, beside: path, mode: mode)
                streamBytes = []
            }
        }

        /// Removes the temporary file; the target is left as it was.
        package func discard() {
            if let temporary {
                unlink(temporary)
                TemporaryFiles.forget(temporary)
            }
        }

        /// Removes every temporary file; the targets are left as they were.
        package static func discard(_ staged: [Staged]) {
            for item in staged { item.discard() }
        }

        /// Renames every staged file into place, in order, then flushes each folder once so the
        /// renames survive a power cut. If a rename fails, the files not yet renamed are discarded.
        package static func commit(_ staged: [Staged]) throws(ConcordatError) {
            var folders: [String] = []
            defer { for folder in folders { syncFolder(folder) } }
            for (index, item) in staged.enumerated() {
                do throws(ConcordatError) {
                    if let temporary = item.temporary {
                        guard rename(temporary, item.path) == 0 else {
                            throw ConcordatError(
                                .cannotCreateOutput, "cannot write the file: \(String(cString: strerror(errno)))",
                                at: SourceLocation(file: item.path))
                        }
                        TemporaryFiles.forget(temporary)
                        let folder = URL(fileURLWithPath: item.path).deletingLastPathComponent().path
                        if folders.last != folder, !folders.contains(folder) { folders.append(folder) }
                    } else {
                        try AtomicFile.stream(item.streamBytes, to: item.path)
                    }
                } catch {
                    discard(Array(staged[(index + 1)...]))
                    item.discard()
                    throw error
                }
            }
        }

        /// Flushes a folder so renames in it survive a power cut; a failure here loses nothing.
        private static func syncFolder(_ folder: String) {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
            guard descriptor >= 0 else { return }
            fsync(descriptor)
            close(descriptor)
        }
    }
}
