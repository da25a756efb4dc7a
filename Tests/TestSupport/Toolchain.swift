import Foundation
import Testing

/// Paths and external tools the tests use: the repository, Mono's compiler/assembler/runtime,
/// Python with dnfile, and a cache of compiled fixtures under `.build/fixture-cache`.
///
/// When a tool is missing the tests that need it are skipped, unless `CILKIT_REQUIRE_MONO=1`
/// (set by `.ci/run`), in which case they fail: CI must never pass by skipping.
public enum Toolchain {
    public static let repositoryRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("repository root not found above \(#filePath)")
    }()

    public static let fixturesDirectory = repositoryRoot.appendingPathComponent("Tests/Fixtures")
    public static let cacheDirectory = repositoryRoot.appendingPathComponent(".build/fixture-cache")
    public static let requireTools = ProcessInfo.processInfo.environment["CILKIT_REQUIRE_MONO"] == "1"

    public static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    public static let mcs = which("mcs")
    public static let ilasm = which("ilasm")
    public static let mono = which("mono")
    public static let python = which("python3")
    public static let hasDnfile: Bool = {
        guard python != nil else { return false }
        return (try? run(python!, ["-c", "import dnfile"]).status) == 0
    }()

    /// Mono's 4.5 framework assemblies, read as inputs nobody here wrote.
    public static let monoFrameworkDirectory = "/usr/lib/mono/4.5"
    public static func monoAssembly(_ name: String) -> String { "\(monoFrameworkDirectory)/\(name)" }
    public static var hasMonoFramework: Bool { FileManager.default.fileExists(atPath: monoAssembly("mscorlib.dll")) }

    /// True when `tool` is present; otherwise records a skip or, under CI, fails.
    public static func available(_ tool: String?, _ name: String) -> Bool {
        if tool != nil { return true }
        if requireTools { Issue.record("\(name) is required (CILKIT_REQUIRE_MONO=1) but not installed") }
        return false
    }

    public struct ProcessResult { public var status: Int32; public var stdout: String; public var stderr: String }

    @discardableResult
    public static func run(_ executable: String, _ arguments: [String], cwd: URL? = nil, timeout: Double? = nil) throws -> ProcessResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        if let cwd { p.currentDirectoryURL = cwd }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        if let timeout {
            let deadline = DispatchTime.now() + timeout
            DispatchQueue.global().asyncAfter(deadline: deadline) { if p.isRunning { p.terminate() } }
        }
        // Read both pipes concurrently so a chatty child cannot block on a full pipe.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return ProcessResult(status: p.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }

    /// FNV-1a, for cache keys.
    public static func hash(_ data: Data) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in data { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }

    /// Extra compiler flags from a first line `// mcs-flags: -unsafe …`.
    public static func declaredFlags(_ source: String) -> [String] {
        guard let first = source.split(separator: "\n", maxSplits: 1).first else { return [] }
        let prefix = "// mcs-flags:"
        guard first.hasPrefix(prefix) else { return [] }
        return first.dropFirst(prefix.count).split(separator: " ").map(String.init)
    }

    /// Compiles (C#, with mcs) or assembles (IL, with ilasm) a fixture into the cache, keyed by
    /// the source's content, and returns the output path. Returns nil when the tool is missing.
    public static func build(fixture relativePath: String) throws -> String? {
        try build(source: fixturesDirectory.appendingPathComponent(relativePath))
    }

    /// Compiles or assembles any C#/IL source into the cache; nil when the tool is missing.
    public static func build(source: URL) throws -> String? {
        let relativePath = source.lastPathComponent
        let data = try Data(contentsOf: source)
        let text = String(decoding: data, as: UTF8.self)
        let isIL = source.pathExtension == "il"
        let flags = isIL ? [] : declaredFlags(text)
        let isLibrary = isIL ? !text.contains(".entrypoint") : !text.contains("static void Main") && !text.contains("static int Main")
        let key = hash(data + Data(flags.joined(separator: " ").utf8))
        let name = source.deletingPathExtension().lastPathComponent
        let dir = cacheDirectory.appendingPathComponent(key)
        let output = dir.appendingPathComponent(name + (isLibrary ? ".dll" : ".exe"))
        if FileManager.default.fileExists(atPath: output.path) { return output.path }
        guard let tool = isIL ? ilasm : mcs else { return nil }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let temp = dir.appendingPathComponent("tmp-\(UUID().uuidString)-" + output.lastPathComponent)
        let args: [String]
        if isIL {
            args = [isLibrary ? "/dll" : "/exe", "/quiet", "/output:\(temp.path)", source.path]
        } else {
            args = flags + ["-target:" + (isLibrary ? "library" : "exe"), "-out:\(temp.path)", source.path]
        }
        let r = try run(tool, args)
        guard r.status == 0, FileManager.default.fileExists(atPath: temp.path) else {
            throw FixtureError(description: "\(tool) \(relativePath) failed:\n\(r.stdout)\n\(r.stderr)")
        }
        try publish(temp, as: output)
        return output.path
    }

    /// Moves a freshly built `temp` file to `output` atomically, replacing whatever a
    /// concurrent test put there meanwhile (rename(2); FileManager's move refuses to replace).
    public static func publish(_ temp: URL, as output: URL) throws {
        guard rename(temp.path, output.path) == 0 else {
            throw FixtureError(description: "cannot move \(temp.path) to \(output.path): errno \(errno)")
        }
    }

    public static func fixtures(_ folder: String, _ ext: String) -> [String] {
        let dir = fixturesDirectory.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return files.filter { $0.hasSuffix("." + ext) }.sorted().map { "\(folder)/\($0)" }
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}
