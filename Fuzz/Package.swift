// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for Concordat, in their own package so the main package's plain
// `swift build` never builds them: they link libFuzzer and the address sanitizer, which
// Scripts/fuzz switches on for every module it builds here.
//
// Only these targets link libFuzzer. Passing -sanitize=fuzzer to every module instead would
// also link it into the main package's build tool, whose own main would then be missing
// libFuzzer's callback.
let fuzzerSwiftSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])]
let fuzzerLinkerSettings: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "ConcordatFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, because a path dependency's identity is its folder's name, which varies.
        .package(name: "Concordat", path: ".."),
    ],
    targets: [
        .target(name: "LibFuzzer"),
        .executableTarget(
            name: "FuzzRequestDecoder",
            dependencies: ["LibFuzzer", .product(name: "Concordat", package: "Concordat")],
            swiftSettings: fuzzerSwiftSettings, linkerSettings: fuzzerLinkerSettings),
        .executableTarget(
            name: "FuzzCatalogueLoader",
            dependencies: ["LibFuzzer", .product(name: "Concordat", package: "Concordat")],
            swiftSettings: fuzzerSwiftSettings, linkerSettings: fuzzerLinkerSettings),
        .executableTarget(
            name: "FuzzClauseParser",
            dependencies: ["LibFuzzer", .product(name: "Concordat", package: "Concordat")],
            swiftSettings: fuzzerSwiftSettings, linkerSettings: fuzzerLinkerSettings),
    ]
)
