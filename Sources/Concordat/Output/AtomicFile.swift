import Foundation

/// Writes files so a reader never sees a half-written one and a failure changes nothing: the
/// bytes go to a temporary file in the target folder, which is then renamed into place.
public enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any existing file only once the new one is complete.
    public static func write(_ bytes: [UInt8], to path: String) throws(ConcordatError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ConcordatError(.cannotCreateOutput, "the folder does not exist", at: SourceLocation(file: path),
                                 hint: "create \(folder) first")
        }
        var template = Array((folder + "/.\(url.lastPathComponent).XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw ConcordatError(.cannotCreateOutput, "cannot create a file here: \(String(cString: strerror(errno)))",
                                 at: SourceLocation(file: path), hint: "check the folder exists and is writable")
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var failure: String?
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = String(cString: strerror(errno))
                break
            }
            offset += written
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        // Files are created 0600 by mkstemp; give them the usual permissions for a document.
        if failure == nil { fchmod(descriptor, 0o644) }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw ConcordatError(.cannotCreateOutput, "cannot write the file: \(failure)", at: SourceLocation(file: path))
        }
    }
}
