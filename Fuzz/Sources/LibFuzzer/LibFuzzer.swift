#if canImport(Glibc)
@_exported import Glibc
#endif

/// libFuzzer's driver, started from a Swift `main`.
///
/// SwiftPM links every executable with `main` aliased to the target's own entry point, so
/// libFuzzer's `main` never runs; the target's `main` starts libFuzzer's driver instead.
/// libFuzzer's `main` is still linked in and names `LLVMFuzzerTestOneInput`, so that is the
/// callback given to the driver.
public enum LibFuzzer {
    /// Runs libFuzzer with the process's arguments, calling `body` for each input; returns the
    /// exit code libFuzzer chose.
    public static func run(_ body: @escaping (UnsafeBufferPointer<UInt8>) -> Void) -> Int32 {
        current = body
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
    }

    /// The input handler; libFuzzer calls back through a C function pointer, which cannot capture.
    nonisolated(unsafe) fileprivate static var current: ((UnsafeBufferPointer<UInt8>) -> Void)?
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    LibFuzzer.current?(UnsafeBufferPointer(start: data, count: size))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32
