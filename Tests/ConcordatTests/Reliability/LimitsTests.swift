import Foundation
import Testing

/// The bounds on what a request may hold, seen from outside: a request past a bound is refused at
/// once with a message naming the bound; one at the bound composes; neither takes long or much
/// memory. The ceilings here are loose, for a debug build on a busy machine; the measured figures
/// for a release build are in Docs/security-and-reliability.md.
@Suite struct LimitsTests {
    static let maximumSeconds = 20.0
    static let maximumKilobytes = 256 * 1024

    /// A complete request with `count` parties, each with every detail a party can have.
    static func request(parties count: Int) -> String {
        var text = """
            document: memorandum-of-understanding
            framework: strategic-alliance
            risk: high
            date: 2026-03-01
            partnership:
              name: Riverside Urban Forest Partnership
              purpose: Plant and care for 5,000 street trees in Riverside by 2030.
              area: Riverside
              start-date: 2026-04-01
              end-date: 2029-03-31
              review-months: 12
            governance:
              chair: Party 1
              quorum: 2
              meetings-per-year: 4
              notice-days: 10
              decisions: consensus
            parties:

            """
        for n in 1...count {
            text += """
                  - name: Party \(n)
                    kind: charity
                    role: \(n == 1 ? "[lead-partner, accountable-body]" : "member")
                    registration: "\(1_000_000 + n)"
                    signatory: { name: Signatory \(n), title: Chair of Trustees }
                    contact: { name: Contact \(n), email: contact\(n)@example.org, phone: 0113 496 \(1000 + n) }
                    contribution: { cash: \(n * 100), in-kind: Volunteer time }

                """
        }
        return text
    }

    func expectQuickAndSmall(_ run: MeasuredRun, _ what: String) {
        #expect(run.seconds < Self.maximumSeconds, "\(what) took \(run.seconds) s")
        if let peak = run.peakKilobytes {
            #expect(peak < Self.maximumKilobytes, "\(what) peaked at \(peak) KB")
        }
        #expect(!run.stderr.contains("Fatal error") && run.status < 128, "\(what) crashed: \(run.stderr)")
    }

    @Test func aThousandPartiesAreRefusedAtOnceNamingTheBound() throws {
        let folder = TemporaryFolder()
        let request = folder.write("thousand.yaml", Self.request(parties: 1_000))
        let run = try MeasuredRun.run(["compose", request, "--output", folder.file("out.odt")])
        #expect(run.status == 65)
        #expect(run.stderr.contains("thousand.yaml:18:1: error: parties: lists 1000 parties; at most 200 are accepted"))
        #expect(!folder.exists("out.odt"))
        expectQuickAndSmall(run, "1,000 parties")
    }

    @Test(arguments: ["markdown", "html", "odt"])
    func theMostPartiesComposeInEveryFormat(_ format: String) throws {
        let folder = TemporaryFolder()
        let request = folder.write("two-hundred.yaml", Self.request(parties: 200))
        let run = try MeasuredRun.run(["compose", request, "--format", format, "--output", folder.file("out")])
        #expect(run.status == 0, "\(run.stderr)")
        expectQuickAndSmall(run, "200 parties as \(format)")
        if format != "odt" {
            let text = folder.contents("out") ?? ""
            #expect(text.contains("Party 200") && text.contains("contact200@example.org"))
        }
    }

    @Test func aFiveMegabyteRequestIsRefusedWithoutBeingRead() throws {
        let folder = TemporaryFolder()
        let padding = String(repeating: "# \(String(repeating: "x", count: 77))\n", count: 5 * 1024 * 1024 / 80)
        let request = folder.write("five.yaml", Self.request(parties: 2) + padding)
        let run = try MeasuredRun.run(["compose", request, "--output", folder.file("out.md")])
        #expect(run.status == 65)
        #expect(run.stderr.contains("five.yaml: the request is 524"))
        #expect(run.stderr.contains("bytes; at most 1048576 are accepted"))
        expectQuickAndSmall(run, "a 5 MB request")
    }

    @Test func aHundredMegabyteFileIsRefusedUsingLittleMemory() throws {
        let folder = TemporaryFolder()
        let request = folder.write("huge.yaml", "")
        #expect(truncate(request, 100 << 20) == 0)  // sparse: no disk is used
        let run = try MeasuredRun.run(["compose", request, "--output", folder.file("out.md")])
        #expect(run.status == 65)
        #expect(run.stderr.contains("huge.yaml: the request is 104857600 bytes; at most 1048576 are accepted"))
        expectQuickAndSmall(run, "a 100 MB request")
        #expect((run.peakKilobytes ?? 0) < 64 * 1024, "reading stops at the bound: \(run.peakKilobytes ?? 0) KB")
    }

    @Test func anEndlessStandardInputIsRefused() throws {
        let run = try MeasuredRun.run(["compose", "-"], stdin: "/dev/zero")
        #expect(run.status == 65)
        #expect(run.stderr.contains("<stdin>: the request is more than 1048576 bytes"))
        expectQuickAndSmall(run, "an endless standard input")
        #expect((run.peakKilobytes ?? 0) < 64 * 1024, "reading stops at the bound: \(run.peakKilobytes ?? 0) KB")
    }

    @Test func aRequestJustUnderTheSizeBoundComposes() throws {
        let folder = TemporaryFolder()
        var text = Self.request(parties: 2)
        let line = "# " + String(repeating: "x", count: 77) + "\n"
        while text.utf8.count + line.utf8.count < 1 << 20 { text += line }
        let request = folder.write("megabyte.yaml", text)
        let run = try MeasuredRun.run(["compose", request, "--output", folder.file("out.odt")])
        #expect(run.status == 0, "\(run.stderr)")
        expectQuickAndSmall(run, "a 1 MiB request")
    }

    @Test func aMegabyteOfListItemsIsHandledQuickly() throws {
        let folder = TemporaryFolder()
        let items = (1...50_000).map { "    - Matter \($0)\n" }.joined()
        let text = Self.request(parties: 2).replacingOccurrences(of: "  decisions: consensus\n", with: "  decisions: consensus\n  reserved-matters:\n" + items)
        #expect(text.utf8.count < 1 << 20)
        let request = folder.write("matters.yaml", text)
        let run = try MeasuredRun.run(["compose", request, "--output", folder.file("out.md")])
        #expect(run.status == 0 || run.status == 65, "\(run.stderr.prefix(500))")
        expectQuickAndSmall(run, "50,000 reserved matters")
    }
}
