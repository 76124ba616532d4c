import Concordat
import Foundation
import LibFuzzer

/// Any bytes may be an organisation's catalogue and templates. The input is cut at NUL bytes into
/// files: a clause (`a.md`), the memorandum skeleton, the house stylesheet, the ODT house style,
/// the scoring policy, then further clauses. They are written to a catalogue folder and a
/// templates folder and loaded as `--no-default-catalogue --catalogue … --templates …` would
/// load them; whatever loads is composed from the complete example request and rendered in every
/// format. Refusing the files is fine; crashing, hanging or using unbounded memory is not.
@main enum FuzzCatalogueLoader {
    static let templateNames = ["memorandum-of-understanding.yaml", "house-style.css", "odt/house-style.yaml", "risk-scoring.yaml"]

    static func main() {
        let root = NSTemporaryDirectory() + "concordat-fuzz-catalogue-\(getpid())"
        let clauses = root + "/clauses", templates = root + "/templates"
        let request = ExampleRequest.request(document: .memorandumOfUnderstanding, framework: .strategicAlliance)
        exit(LibFuzzer.run { bytes in
            let manager = FileManager.default
            try? manager.removeItem(atPath: root)
            try? manager.createDirectory(atPath: clauses, withIntermediateDirectories: true)
            try? manager.createDirectory(atPath: templates + "/odt", withIntermediateDirectories: true)
            let parts = Array(bytes).split(separator: 0, omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() where !part.isEmpty {
                let path: String
                switch index {
                case 0: path = clauses + "/a.md"
                case 1...4: path = templates + "/" + templateNames[index - 1]
                default: path = clauses + "/c\(index).md"
                }
                manager.createFile(atPath: path, contents: Data(part))
            }
            let options = CatalogueOptions(catalogueFolders: [clauses], noDefaultCatalogue: true, templateFolders: [templates])
            guard let composer = try? Composer.load(options).0,
                  let composition = try? composer.compose(request)
            else { return }
            for format in OutputFormat.allCases {
                _ = try? format.render(composition.document, templates: composer.templates)
            }
        })
    }
}
