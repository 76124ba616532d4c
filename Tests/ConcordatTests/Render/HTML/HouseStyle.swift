import Foundation

/// The house stylesheet from the package's `Templates/`, as the CLI passes it to the renderer.
enum HouseStyle {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // HTML
        .deletingLastPathComponent()  // Render
        .deletingLastPathComponent()  // ConcordatTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("Templates/house-style.css")

    static func load() throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }
}
