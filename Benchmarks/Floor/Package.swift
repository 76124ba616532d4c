// swift-tools-version: 6.0
// The floor for Concordat's timings: the least a Swift program that imports Foundation costs to
// start, print a line and exit, built with the same toolchain and configuration (release).
import PackageDescription

let package = Package(
    name: "Floor",
    targets: [
        .executableTarget(name: "floor"),
    ]
)
