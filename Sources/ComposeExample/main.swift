// A complete program using the library: ComposeExample REQUEST.yaml OUTPUT.odt
import Concordat
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fatalError("usage: ComposeExample REQUEST.yaml OUTPUT.odt") }
do throws(ConcordatError) {
    let output = try Concordat.compose(request: .file(arguments[1]), options: .init(format: .odt))
    for finding in output.findings { print(finding) }
    try output.write(to: arguments[2])
} catch {
    print(error)
    exit(error.kind.exitCode)
}
