import Foundation
import Testing
@testable import Concordat

/// Writes the sample document as .odt files into the folder named by `CONCORDAT_ODT_SAMPLES`, for
/// opening in LibreOffice (`Scripts/render-check`); does nothing when the variable is unset.
@Suite struct ODTSampleFilesTests {
    static let folder = ProcessInfo.processInfo.environment["CONCORDAT_ODT_SAMPLES"]

    @Test(.enabled(if: folder != nil, "CONCORDAT_ODT_SAMPLES names the output folder"))
    func writeSampleFiles() throws {
        let folder = URL(fileURLWithPath: try #require(Self.folder))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var undated = SampleDocument.make()
        undated.metadata.date = nil
        undated.metadata.isoDate = nil
        undated.metadata.draftLabel = nil
        let samples = [
            ("sample", SampleDocument.make()),
            ("sample-annotated", SampleDocument.make(annotated: true)),
            ("sample-undated", undated),
        ]
        for (name, document) in samples {
            let bytes = try ODTRenderer(houseStyle: .default).render(document)
            try Data(bytes).write(to: folder.appending(path: "\(name).odt"))
            #expect(try Data(contentsOf: folder.appending(path: "\(name).odt")) == Data(bytes))
        }
    }
}
