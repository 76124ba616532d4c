import Concordat
import Foundation

/// Names batch outputs after their requests, inside the output folder and nowhere else.
enum BatchNaming {
    /// The request file's name without folders or its last extension; never empty, never a path.
    static func outputStem(for request: String) -> String {
        let name = (request as NSString).lastPathComponent
        var stem = (name as NSString).deletingPathExtension
        // A name of dots alone would mean a folder, and a leading dot would hide the file.
        while stem.hasPrefix(".") { stem.removeFirst() }
        stem = OutputName.cleaned(stem)
        return stem.isEmpty ? "request" : stem
    }

    static func ensureFolder(_ path: String) throws(ConcordatError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ConcordatError(.cannotCreateOutput, "exists and is not a folder", at: SourceLocation(file: path))
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ConcordatError(.cannotCreateOutput, "cannot create the folder", at: SourceLocation(file: path),
                                 hint: "check the parent folder exists and is writable")
        }
    }
}
