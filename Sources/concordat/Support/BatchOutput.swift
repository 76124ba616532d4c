import Concordat
import Foundation

/// The folder a batch writes into. Each request's documents (one, or a pack's three) are staged
/// (written to temporary files beside their targets and flushed) on the core that composed
/// them, so the slow part of a safe write runs in parallel; only the renames wait for the whole
/// batch, keeping all or nothing.
struct BatchOutput: Sendable {
    /// One request's staged documents, or why they could not be staged.
    typealias Staging = Result<[AtomicFile.Staged], ConcordatError>

    /// The output folder.
    let folder: String
    /// The extension of every output.
    let fileExtension: String
    /// Whether documents are staged as they are composed. Only into a folder that already
    /// exists: a batch whose requests fail must not leave a new, empty folder behind.
    let stagesWhileComposing: Bool

    init(folder: String, fileExtension: String) {
        self.folder = folder
        self.fileExtension = fileExtension
        var isDirectory: ObjCBool = false
        stagesWhileComposing = FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Where a document for `request` goes; `suffix` names the document within a pack.
    func path(for request: String, suffix: String?) -> String {
        let name = Compose.fileName(stem: BatchNaming.outputStem(for: request), suffix: suffix, fileExtension: fileExtension)
        return (folder as NSString).appendingPathComponent(name)
    }

    /// Stages one request's documents; if one cannot be staged, those already staged are removed.
    func stage(_ outputs: [Compose.Output], for request: String) -> Staging {
        var staged: [AtomicFile.Staged] = []
        do throws(ConcordatError) {
            for output in outputs {
                staged.append(try AtomicFile.Staged(output.bytes, at: path(for: request, suffix: output.suffix)))
            }
            return .success(staged)
        } catch {
            AtomicFile.Staged.discard(staged)
            return .failure(error)
        }
    }

    /// Writes the documents: stages those not staged yet (on every core), then, if every one
    /// staged, renames them all into place. If any could not be staged (a full disk, say), every
    /// temporary file is removed and the documents are written one by one in request order, as
    /// a batch always was, so the failure reported is the same whichever core ran out first.
    func write(_ documents: [(request: String, outputs: [Compose.Output], staged: Staging?)]) throws(ConcordatError) {
        try BatchNaming.ensureFolder(folder)
        let staged = OrderedResults<Staging>.map(count: documents.count) { index in
            documents[index].staged ?? stage(documents[index].outputs, for: documents[index].request)
        }
        var ready: [AtomicFile.Staged] = []
        var complete = true
        for outcome in staged {
            switch outcome {
            case .success(let items)?: ready += items
            case .failure?, nil: complete = false
            }
        }
        guard complete else {
            AtomicFile.Staged.discard(ready)
            try AtomicFile.write(documents.flatMap { document in
                document.outputs.map { ($0.bytes, path(for: document.request, suffix: $0.suffix)) }
            })
            return
        }
        try AtomicFile.Staged.commit(ready)
    }

    /// Removes the temporary files of documents that will not be written.
    static func discard(_ staged: [Staging?]) {
        for case .success(let items)? in staged { AtomicFile.Staged.discard(items) }
    }
}
