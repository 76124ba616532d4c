import CLibXML2
import Foundation
import Testing
@testable import Concordat

/// Right-to-left names are isolated in every format, and the HTML's security policy allows its
/// own stylesheet and nothing else.
@Suite struct HostileTextRenderTests {
    static let arabic = "\u{0634}\u{0631}\u{0643}\u{0629} \u{0627}\u{0644}\u{0645}\u{0627}\u{0621}"

    static func document() -> Document {
        var document = SampleDocument.make()
        document.body.append(.paragraph([
            .text("The partners are "), .value(path: "parties.names", text: arabic), .text(", and Riverside City Council."),
        ]))
        return document
    }

    @Test func htmlIsolatesRightToLeftValuesInBdi() {
        let html = HTMLRenderer(stylesheet: "body { color: #000; }").render(Self.document())
        #expect(html.contains("<bdi>\(Self.arabic)</bdi></span>, and Riverside City Council."))
        #expect(!HTMLRenderer(stylesheet: "").render(SampleDocument.make()).contains("<bdi>"), "left-to-right text is left alone")
    }

    @Test func markdownAndODTIsolateWithFirstStrongIsolates() throws {
        let isolated = "\u{2068}\(Self.arabic)\u{2069}, and Riverside City Council."
        #expect(MarkdownRenderer().render(Self.document()).contains(isolated))
        let odt = try ODTRenderer(houseStyle: .default).render(Self.document())
        var package = try BoundedZipReader(odt, file: "test.odt")
        let content = String(decoding: try #require(try package.entry("content.xml")), as: UTF8.self)
        #expect(content.contains("\u{2068}\(Self.arabic)\u{2069}"))
    }

    @Test func theContentSecurityPolicyAllowsExactlyTheInlineStylesheet() throws {
        let css = "body { color: #123456; }\nmain { margin: 0 auto; }"
        let html = HTMLRenderer(stylesheet: css).render(SampleDocument.make())
        let metaStart = try #require(html.range(of: "<meta http-equiv=\"Content-Security-Policy\" content=\""))
        let policy = html[metaStart.upperBound...].prefix { $0 != "\"" }
        #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-"))
        let styleStart = try #require(html.range(of: "<style>"))
        let styleEnd = try #require(html.range(of: "</style>"))
        #expect(metaStart.lowerBound < styleStart.lowerBound, "the policy comes before the style it governs")
        let styleText = String(html[styleStart.upperBound..<styleEnd.lowerBound])
        #expect(policy.contains("'sha256-\(SHA256Hex.base64Digest(Array(styleText.utf8)))'"))
        // A known vector, so the base64 is checked against something outside this code:
        // SHA-256 of "abc" in base64.
        #expect(SHA256Hex.base64Digest(Array("abc".utf8)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
    }

    @Test func stylesheetsThatReachOutAreRefusedWithTheirPlace() {
        let problems = StyleSheetPolicy.problems(
            in: "body {\n  background: \\75 rl(x.png);\n}\n/* url(ignored) */\n@IMPORT 'x.css';\np { font-size: 0.0em; }\nh1 { font-size: 0.8rem; }\n",
            file: "house-style.css")
        #expect(problems.map { "\($0.location!.line!):\($0.location!.column!)" } == ["2:15", "5:1", "6:16"])
    }
}
