import ArgumentParser
import Foundation

/// Refuses an output that is one of the command's own request files: composing would replace
/// the request with the document made from it, and the request would be lost.
enum InputProtection {
    /// Throws if any output names the same file as any request, however either path is written
    /// (`./r.yaml`, a link to it, another hard link).
    static func refuseOverwriting(requests: [String], with outputs: [String]) throws {
        let inputs = requests.compactMap { request in identity(request).map { ($0, request) } }
        for output in outputs {
            guard let target = identity(output), let (_, request) = inputs.first(where: { $0.0 == target }) else { continue }
            throw ValidationError("the output '\(output)' is the request '\(request)'; writing it would replace the request")
        }
    }

    /// The device and inode a path names, if it names anything.
    private static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard path != "-", stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
