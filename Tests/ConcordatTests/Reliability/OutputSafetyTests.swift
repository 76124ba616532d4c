import Foundation
import Testing

/// Where documents go: never through a link, never over the request, never half-written, and
/// never silently lost when the disk or the pipe cannot take them.
@Suite struct OutputSafetyTests {
    static let request: [UInt8] = (try? CLIRunner.run(["init"]).stdout) ?? []

    /// Whether this process may make device nodes and mount file systems (root in a container
    /// usually may; an ordinary user may not, and those tests are skipped).
    static let privileged: Bool = {
        let folder = TemporaryFolder()
        return mknod(folder.file("probe"), S_IFCHR | 0o666, Self.device(1, 3)) == 0
    }()

    /// Linux's device number for a small major and minor (glibc's `makedev`, a macro Swift cannot see).
    static func device(_ major: UInt64, _ minor: UInt64) -> dev_t { dev_t(major << 8 | minor) }

    static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    // MARK: Links and special files

    @Test func aLinkAtTheOutputIsRefusedAndNeitherItNorItsTargetChanges() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", bytes: Self.request)
        folder.write("elsewhere/precious.md", "earlier work\n")
        try FileManager.default.createSymbolicLink(atPath: folder.file("out.md"), withDestinationPath: folder.file("elsewhere/precious.md"))
        let result = try CLIRunner.run(["compose", request, "--output", folder.file("out.md")])
        #expect(result.status == 73)
        #expect(result.stderr.contains("out.md: is a symbolic link"))
        #expect(folder.contents("elsewhere/precious.md") == "earlier work\n")
        #expect(Self.fileType(folder.file("out.md")) == S_IFLNK)
        #expect(folder.list().filter { $0.hasPrefix(".") }.isEmpty, "no temporary file is left behind")
    }

    @Test func aLinkPlantedInTheOutputFolderCannotRedirectABatch() throws {
        let folder = TemporaryFolder()
        let a = folder.write("in/a.yaml", bytes: Self.request), b = folder.write("in/b.yaml", bytes: Self.request)
        folder.write("outside/victim.md", "not yours\n")
        folder.write("out/a.md", "earlier a\n")
        try FileManager.default.createSymbolicLink(atPath: folder.file("out/b.md"), withDestinationPath: folder.file("outside/victim.md"))
        let result = try CLIRunner.run(["compose", a, b, "--output-dir", folder.file("out")])
        #expect(result.status == 73)
        #expect(result.stderr.contains("b.md: is a symbolic link"))
        #expect(folder.contents("outside/victim.md") == "not yours\n")
        // All or nothing: the refusal of b.md leaves a.md as it was.
        #expect(folder.contents("out/a.md") == "earlier a\n")
        #expect(folder.list("out") == ["a.md", "b.md"])
    }

    @Test(.enabled(if: privileged, "creating a device node needs root")) func aCharacterDeviceIsWrittenToNotReplaced() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", bytes: Self.request)
        let null = folder.file("null"), full = folder.file("full")
        #expect(mknod(null, S_IFCHR | 0o666, Self.device(1, 3)) == 0)
        #expect(mknod(full, S_IFCHR | 0o666, Self.device(1, 7)) == 0)
        let written = try CLIRunner.run(["compose", request, "--output", null, "--format", "odt"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(Self.fileType(null) == S_IFCHR)
        let refused = try CLIRunner.run(["compose", request, "--output", full, "--format", "html"])
        #expect(refused.status == 73)
        #expect(refused.stderr.contains("full: cannot write the file: No space left on device"))
        #expect(Self.fileType(full) == S_IFCHR)
    }

    @Test func aNamedPipeIsWrittenTo() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", bytes: Self.request)
        let pipe = folder.file("pipe")
        #expect(mkfifo(pipe, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread { received = FileHandle(forReadingAtPath: pipe)?.readDataToEndOfFile() ?? Data() }
        reader.start()
        let result = try CLIRunner.run(["compose", request, "--output", pipe, "--format", "markdown"])
        while !reader.isFinished { usleep(10_000) }
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("# Memorandum of Understanding"))
        #expect(Self.fileType(pipe) == S_IFIFO)
    }

    @Test func aFolderAtTheOutputPathIsExit73() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", bytes: Self.request)
        folder.write("out.md/inside.txt", "kept\n")
        let result = try CLIRunner.run(["compose", request, "--output", folder.file("out.md")])
        #expect(result.status == 73)
        #expect(result.stderr.contains("out.md: is a folder"))
        #expect(folder.contents("out.md/inside.txt") == "kept\n")
    }

    @Test func anOutputUnderARegularFileIsExit73() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", bytes: Self.request)
        let single = try CLIRunner.run(["compose", request, "--output", folder.file("riverside.yaml/out.md")])
        #expect(single.status == 73)
        #expect(single.stderr.contains("riverside.yaml is not a folder"))
        let batch = try CLIRunner.run(["compose", request, "--output-dir", folder.file("riverside.yaml/out")])
        #expect(batch.status == 73)
        #expect(batch.stderr.contains("cannot create the folder"))
        #expect(folder.list() == ["riverside.yaml"])
    }

    @Test func batchNamesStayInsideTheOutputFolderWhateverTheRequestIsCalled() throws {
        let folder = TemporaryFolder()
        let names = ["line\nbreak.yaml", "back\\slash.yaml", "..yaml", ".hidden.yaml", "-dash.yaml", "tab\there.yaml", "Ünïcödé.yaml"]
        let requests = names.map { folder.write("in/\($0)", bytes: Self.request) }
        let out = folder.file("deep/out")
        let result = try CLIRunner.run(["compose"] + requests + ["--output-dir", out, "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(folder.list("deep/out") == ["-dash.html", "back_slash.html", "hidden.html", "line_break.html", "request.html", "tab_here.html", "Ünïcödé.html"].sorted())
        #expect(folder.list("deep") == ["out"])
        #expect(folder.list().sorted() == ["deep", "in"])
    }

    @Test func aReaderOfTheOldFileNeverSeesAHalfWrittenOne() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", bytes: Self.request)
        let earlier = Array(String(repeating: "earlier work\n", count: 1_000).utf8)
        let output = folder.write("out.md", bytes: earlier)
        let reader = try #require(FileHandle(forReadingAtPath: output))
        defer { try? reader.close() }
        let result = try CLIRunner.run(["compose", request, "--output", output])
        #expect(result.status == 0)
        // The new document was renamed into place: the open file is still the old one, whole.
        #expect(Array(reader.readDataToEndOfFile()) == earlier)
        #expect(folder.contents("out.md")?.hasPrefix("# Memorandum") == true)
    }

    // MARK: Inputs

    @Test func theOutputCannotBeTheRequestItself() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", bytes: Self.request)
        #expect(link(request, folder.file("hard-link.md")) == 0)
        for output in ["riverside.yaml", "./riverside.yaml", "hard-link.md"] {
            let result = try CLIRunner.run(["compose", "riverside.yaml", "--output", output, "--format", "markdown"], in: folder.path)
            #expect(result.status == 64, "\(output)")
            #expect(result.stderr.contains("the output '\(output)' is the request 'riverside.yaml'"))
        }
        let batch = try CLIRunner.run(["compose", folder.write("board.md", bytes: Self.request), "--output-dir", folder.path])
        #expect(batch.status == 64)
        #expect(batch.stderr.contains("is the request"))
        #expect(FileManager.default.contents(atPath: request).map(Array.init) == Self.request)
        #expect(folder.contents("board.md").map { Array($0.utf8) } == Self.request)
    }

    // MARK: Permissions

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", bytes: Self.request)
        let output = folder.write("private.md", "earlier\n")
        #expect(chmod(output, 0o640) == 0)
        let result = try CLIRunner.run(["compose", request, "--output", output])
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: output)
        #expect((attributes[.posixPermissions] as? Int) == 0o640)
        #expect(folder.contents("private.md")?.hasPrefix("# Memorandum") == true)
    }

    // MARK: Standard output

    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "needs a writable /dev/full to simulate a full disk"))
    func aFullStandardOutputIsExit73NotSilentSuccess() throws {
        let folder = TemporaryFolder()
        let request = folder.write("riverside.yaml", bytes: Self.request)
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["compose", request, "--format", "markdown"]
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let errors = Pipe()
        process.standardOutput = full
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 73)
        #expect(stderr.contains("cannot write to standard output: No space left on device"))
    }

    // MARK: Full and read-only file systems

    /// Whether this process may mount a tmpfs, to stand for a full or read-only disk.
    static let canMount: Bool = {
        var mounted = false
        try? withTmpfs(options: "size=4k", recordingFailure: false) { _ in mounted = true }
        return mounted
    }()

    /// Mounts a small tmpfs for the body.
    static func withTmpfs(options: String, recordingFailure: Bool = true, _ body: (String) throws -> Void) throws {
        let folder = TemporaryFolder()
        let mountPoint = folder.file("mnt")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        guard FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return }
        let mount = Process()
        mount.executableURL = URL(fileURLWithPath: "/bin/mount")
        mount.arguments = ["-t", "tmpfs", "-o", options, "tmpfs", mountPoint]
        mount.standardError = FileHandle.nullDevice
        try mount.run()
        mount.waitUntilExit()
        guard mount.terminationStatus == 0 else {
            if recordingFailure { Issue.record("cannot mount a tmpfs here") }
            return
        }
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [mountPoint]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        try body(mountPoint)
    }

    static func freeBytes(_ path: String) -> Int {
        var info = statvfs()
        return statvfs(path, &info) == 0 ? Int(info.f_bavail) * Int(info.f_frsize) : 0
    }

    @Test(.enabled(if: canMount, "mounting a small tmpfs needs root; permissions alone cannot stop root writing"))
    func aFullDiskIsExit73AndLeavesEarlierFilesUntouched() throws {
        try Self.withTmpfs(options: "size=256k") { disk in
            let folder = TemporaryFolder()
            let a = folder.write("a.yaml", bytes: Self.request), b = folder.write("b.yaml", bytes: Self.request)
            let size = try CLIRunner.run(["compose", a, "--format", "markdown"]).stdout.count
            let earlier = Array("earlier work\n".utf8)
            FileManager.default.createFile(atPath: disk + "/a.md", contents: Data(earlier))
            // Leave room for one and a half documents: a.md's replacement fits, b.md's does not.
            FileManager.default.createFile(atPath: disk + "/filler", contents: Data(count: Self.freeBytes(disk) - size * 3 / 2))

            let batch = try CLIRunner.run(["compose", a, b, "--output-dir", disk])
            #expect(batch.status == 73)
            #expect(batch.stderr.contains("b.md: cannot write the file: No space left on device"))
            #expect(FileManager.default.contents(atPath: disk + "/a.md").map(Array.init) == earlier)

            FileManager.default.createFile(atPath: disk + "/filler-2", contents: Data(count: Self.freeBytes(disk) - size / 2))
            let single = try CLIRunner.run(["compose", a, "--output", disk + "/a.md"])
            #expect(single.status == 73)
            #expect(single.stderr.contains("a.md: cannot write the file: No space left on device"))
            #expect(FileManager.default.contents(atPath: disk + "/a.md").map(Array.init) == earlier)
            let names = try FileManager.default.contentsOfDirectory(atPath: disk).sorted()
            #expect(names == ["a.md", "filler", "filler-2"], "no partial or temporary file is left behind")
        }
    }

    @Test(.enabled(if: canMount, "mounting a small tmpfs needs root; permissions alone cannot stop root writing"))
    func aReadOnlyFolderIsExit73WithAClearMessage() throws {
        try Self.withTmpfs(options: "ro,size=16k") { disk in
            let folder = TemporaryFolder()
            let request = folder.write("riverside.yaml", bytes: Self.request)
            let single = try CLIRunner.run(["compose", request, "--output", disk + "/out.md"])
            #expect(single.status == 73)
            #expect(single.stderr.contains("out.md: cannot create a file here: Read-only file system"))
            let batch = try CLIRunner.run(["compose", request, "--output-dir", disk + "/sub"])
            #expect(batch.status == 73)
            #expect(batch.stderr.contains("sub: cannot create the folder"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk).isEmpty)
        }
    }
}
