import ArgumentParser
import Foundation

/// Refuses an output that is one of the files the command reads — a request, a clause file, a
/// template or house style, a reference document: writing it would replace the input with the
/// document made from it, and the input would be lost.
enum InputProtection {
    /// Throws (a usage error, exit 64) if any output names the same file as any input, however
    /// either path is written (`./r.yaml`, `a/../r.yaml`, a symbolic or hard link to it).
    ///
    /// - Parameters:
    ///   - inputs: single input files, each with what it is ("request", "reference document").
    ///   - folders: `--catalogue` and `--templates` folders, each with what its files are; every
    ///     file below them counts (links followed, as the loader follows them).
    static func refuseOverwriting(
        inputs: [(path: String, what: String)], folders: [(path: String, what: String)] = [], with outputs: [String]
    ) throws {
        let targets = outputs.compactMap { output in identity(output).map { ($0, output) } }
        guard !targets.isEmpty else { return }
        var read: [[UInt64]: (path: String, what: String)] = [:]
        for input in inputs {
            if let id = identity(input.path), read[id] == nil { read[id] = input }
        }
        for folder in folders {
            for file in files(below: folder.path) {
                if let id = identity(file), read[id] == nil { read[id] = (file, folder.what) }
            }
        }
        for (id, output) in targets {
            guard let input = read[id] else { continue }
            throw ValidationError("the output '\(output)' is the \(input.what) '\(input.path)', which this command reads; writing it would replace the \(input.what)")
        }
    }

    /// Compatibility spelling for the requests alone.
    static func refuseOverwriting(requests: [String], with outputs: [String]) throws {
        try refuseOverwriting(inputs: requests.map { ($0, "request") }, with: outputs)
    }

    /// The device and inode a path names (following links), if it names anything.
    private static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard path != "-", stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// Every regular file below `folder`, following links to folders once (a loop of links is
    /// walked no further than the folder it returns to).
    private static func files(below folder: String) -> [String] {
        var found: [String] = []
        var seen = Set<[UInt64]>()
        var pending = [folder]
        while let current = pending.popLast() {
            guard let id = identity(current), seen.insert(id).inserted else { continue }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: current) else {
                found.append(current)
                continue
            }
            for name in names {
                let path = (current as NSString).appendingPathComponent(name)
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR { pending.append(path) } else { found.append(path) }
            }
        }
        return found
    }
}
