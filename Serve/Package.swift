// swift-tools-version: 6.1
import PackageDescription

// The local web form, `concordat-serve`, in its own package: Hummingbird and SwiftNIO take
// minutes to build, so neither the `Concordat` library, the `concordat` binary nor the main
// package's quick test command builds them. Scripts/serve builds and starts it; Scripts/ci-serve
// tests it over HTTP and in a browser.
let package = Package(
    name: "ConcordatServe",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "concordat-serve", targets: ["concordat-serve"]),
    ],
    dependencies: [
        // Named, because a path dependency's identity is its folder's name, which varies.
        .package(name: "Concordat", path: ".."),
        // Without its default traits: the form needs no swift-configuration support.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .target(
            name: "ConcordatServe",
            dependencies: [
                .product(name: "Concordat", package: "Concordat"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]),
        .executableTarget(
            name: "concordat-serve",
            dependencies: [
                "ConcordatServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
    ]
)
