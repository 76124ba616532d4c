import Concordat
import LibFuzzer

/// Any bytes may be a request. Refusing them is fine; crashing, hanging or using unbounded memory
/// is not. Every request that decodes is composed and rendered in every format, so the whole
/// pipeline behind the decoder is fuzzed too.
@main enum FuzzRequestDecoder {
    static func main() {
        let composer: Composer
        do {
            composer = try Composer.load(CatalogueOptions()).0
        } catch {
            fatalError("the built-in catalogue does not load: \(error)")
        }
        exit(LibFuzzer.run { bytes in
            guard let request = try? RequestDecoder().decode(Array(bytes), source: "fuzz.yaml"),
                  let composition = try? composer.compose(request)
            else { return }
            for format in OutputFormat.allCases {
                _ = try? format.render(composition.document, templates: composer.templates)
            }
        })
    }
}
