// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Concordat",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Concordat", targets: ["Concordat"]),
        .executable(name: "concordat", targets: ["concordat"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // CSV for `compose --rows`: a streaming RFC 4180 reader that keeps empty trailing cells.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // `swift package generate-documentation` builds the DocC catalogue in Sources/Concordat.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .systemLibrary(
            name: "CCmark", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),
        // SHA-256 for clause text hashes: libzip already links OpenSSL's libcrypto, so this
        // costs nothing at build time (swift-crypto compiled BoringSSL, most of a fresh build).
        .systemLibrary(
            name: "CCrypto", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]),
        .executableTarget(name: "ConcordatEmbed"),
        .plugin(
            name: "EmbedResources", capability: .buildTool(),
            dependencies: ["ConcordatEmbed"]),
        .target(
            name: "Concordat",
            dependencies: [
                "CLibXML2", "CZip", "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                "CCrypto",
            ],
            plugins: ["EmbedResources"]),
        // The built-in catalogue parsed and validated at build time (errors fail the build). The
        // tool compiles the library's own catalogue code through the links in
        // Sources/ConcordatCompile/Library, since SwiftPM does not run a library's build plugins
        // when it builds that library for a plugin's tool; it reads Clauses/ and Templates/ from
        // disk. Only the code that loading needs is linked, compiled unoptimised (it runs once a
        // build) to keep builds quick; if loading comes to use more of the library, link it there.
        .executableTarget(
            name: "ConcordatCompile",
            dependencies: [
                "CCmark", "CCrypto", "CLibXML2", "CZip",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: [.unsafeFlags(["-Onone"])]),
        .plugin(
            name: "CompileCatalogue", capability: .buildTool(),
            dependencies: ["ConcordatCompile"]),
        .target(
            name: "ConcordatCompiled", dependencies: ["Concordat"],
            plugins: ["CompileCatalogue"]),
        .executableTarget(
            name: "concordat",
            dependencies: [
                "Concordat", "ConcordatCompiled",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        // The complete program the README and the documentation show; a test builds and runs it.
        .executableTarget(name: "ComposeExample", dependencies: ["Concordat"]),
        .testTarget(
            name: "ConcordatTests",
            dependencies: [
                "Concordat", "concordat", "ConcordatCompiled", "ComposeExample", "CLibXML2", "CZip",
            ],
            resources: [.copy("Fixtures")]),
    ]
)
