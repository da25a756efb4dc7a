// The C# programs the microbenchmarks run (Benchmarks/Micro/Programs/*.cs, and the async
// corpus for translation), compiled with Mono's `mcs` when first needed into a cache in the
// temporary directory, keyed by content: every benchmark runs in a process of its own, and
// none should pay for a compilation another one already did.
import AsyncLowering
import CILMetadata
import CILRuntime
import Foundation

/// The repository root, from this file's path (Benchmarks/Micro/Benchmarks/Engine/Programs.swift).
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let corlib = repository + "/Corlib/corlib.dll"
let sample = repository + "/Samples/FeatureFlags/FeatureFlags.exe"
let programsDirectory = repository + "/Benchmarks/Micro/Programs"
let asyncCorpusDirectory = repository + "/Tests/Corpus/Async"

/// Why a benchmark cannot run. Thrown from a benchmark's closure, the framework reports it as
/// that benchmark's failure (`Benchmark X failed with <message>`); it is also written to stderr,
/// which the framework shows unless it runs quietly (`--no-progress`).
struct MicrobenchmarkError: Error, CustomStringConvertible, CustomDebugStringConvertible {
    let description: String
    var debugDescription: String { description }

    init(_ message: String) {
        description = "CILKit microbenchmarks: " + message
        FileHandle.standardError.write(Data((description + "\n").utf8))
    }
}

enum Compiler {
    /// `mcs` on the PATH.
    static func mcs() throws -> String {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = String(directory) + "/mcs"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw MicrobenchmarkError("`mcs` (Mono's C# compiler) is not on the PATH; the microbenchmarks compile their C# "
            + "programs (Benchmarks/Micro/Programs, Tests/Corpus/Async) with it. Install it with "
            + "`apt-get install -y mono-mcs`, or run `bash Scripts/test.sh` once, which installs Mono.")
    }

    static let cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("cilkit-micro").path

    /// Extra flags from a first line `// mcs-flags: -unsafe …` (the corpus convention).
    static func declaredFlags(_ source: String) -> [String] {
        guard let first = source.split(separator: "\n", maxSplits: 1).first, first.hasPrefix("// mcs-flags:") else { return [] }
        return first.dropFirst("// mcs-flags:".count).split(separator: " ").map(String.init)
    }

    /// FNV-1a of the source and the compiler arguments.
    static func key(_ data: Data, _ arguments: [String]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in data + Data(arguments.joined(separator: " ").utf8) { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(h, radix: 16)
    }

    /// What `mcs` runs to compile `source`, and where the assembly goes.
    static func job(_ source: String, library: Bool) throws -> (output: String, arguments: [String]) {
        guard let data = FileManager.default.contents(atPath: source) else { throw MicrobenchmarkError("cannot read \(source)") }
        let flags = declaredFlags(String(decoding: data, as: UTF8.self)) + ["-optimize+", library ? "-target:library" : "-target:exe"]
        let name = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        let output = cacheDirectory + "/" + key(data, flags) + "/" + name + (library ? ".dll" : ".exe")
        return (output, flags)
    }

    /// Compiles the sources that are not in the cache yet, two at a time (the machine has two
    /// cores), and returns the assemblies' paths in order.
    static func build(_ sources: [String], library: Bool) throws -> [String] {
        var outputs: [String] = []
        var pending: [(process: Process, temp: String, output: String, source: String, log: Pipe)] = []
        func finish(_ job: (process: Process, temp: String, output: String, source: String, log: Pipe)) throws {
            // Read to the end before waiting: a full pipe would block mcs.
            let log = String(decoding: job.log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            job.process.waitUntilExit()
            // rename(2) publishes the assembly atomically, replacing one a concurrent run made.
            guard job.process.terminationStatus == 0, rename(job.temp, job.output) == 0 else {
                throw MicrobenchmarkError("mcs could not compile \(job.source):\n\(log)")
            }
        }
        var compiler: String?
        for source in sources {
            let (output, flags) = try job(source, library: library)
            outputs.append(output)
            if FileManager.default.fileExists(atPath: output) { continue }
            let directory = URL(fileURLWithPath: output).deletingLastPathComponent().path
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let temp = directory + "/tmp-\(UUID().uuidString)-" + URL(fileURLWithPath: output).lastPathComponent
            let mcs = try compiler ?? mcs()
            compiler = mcs
            let process = Process()
            process.executableURL = URL(fileURLWithPath: mcs)
            process.arguments = flags + ["-out:" + temp, source]
            let log = Pipe()
            process.standardOutput = log
            process.standardError = log
            do { try process.run() } catch { throw MicrobenchmarkError("cannot run \(mcs): \(error)") }
            pending.append((process, temp, output, source, log))
            if pending.count == 2 { try finish(pending.removeFirst()) }
        }
        for job in pending { try finish(job) }
        return outputs
    }

    /// Benchmarks/Micro/Programs/`name`.cs as a library.
    static func program(_ name: String) throws -> String {
        try build([programsDirectory + "/" + name + ".cs"], library: true)[0]
    }

    /// Every program of the async corpus (Tests/Corpus/Async), compiled.
    static func asyncCorpus() throws -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: asyncCorpusDirectory)) ?? []
        let sources = files.filter { $0.hasSuffix(".cs") }.sorted().map { asyncCorpusDirectory + "/" + $0 }
        guard !sources.isEmpty else { throw MicrobenchmarkError("no C# programs in \(asyncCorpusDirectory)") }
        return try build(sources, library: false)
    }
}

/// A fresh runtime, its output captured; `runtimeAsync` lowers every compiled async state
/// machine of the assemblies it loads into a runtime-async method (`cilkit run --runtime-async`).
func makeRuntime(runtimeAsync: Bool) throws -> Runtime {
    let runtime = try Runtime(corlibPath: corlib)
    runtime.output.capture = true
    runtime.errorOutput.capture = true
    if runtimeAsync {
        runtime.transformAssembly = { assembly in assembly.loweredBodies = try AsyncLowering.lower(assembly.md).methods }
    }
    return runtime
}

/// The static method `type::name` of `assembly` (the first of that name).
func method(_ runtime: Runtime, _ assembly: LoadedAssembly, type: String, name: String) throws -> MethodHandle {
    let md = assembly.md
    for t in 1..<(UInt32(md.tables.rowCount(.typeDef)) + 1) where try md.fullName(ofTypeDef: t, index: assembly.index) == type {
        for m in try md.methods(ofType: t) where try md.strings.string(md.tables.methodDef(m).name) == name {
            return try runtime.resolveMethod(MetadataToken(.methodDef, m), in: assembly, context: .empty)
        }
    }
    throw MicrobenchmarkError("no method \(type)::\(name) in \(assembly.path)")
}

/// Calls a static method taking int32 arguments and returns its first result slot.
@discardableResult
func call(_ runtime: Runtime, _ method: MethodHandle, _ arguments: Int32...) throws -> Int64 {
    let result = try runtime.invoke(method, arguments: arguments.map { UInt64(bitPattern: Int64($0)) }, on: runtime.mainThread)
    return Int64(bitPattern: result.first ?? 0)
}

/// Nanoseconds `body` takes.
func nanoseconds(_ body: () throws -> Void) rethrows -> Int64 {
    let start = ContinuousClock.now
    try body()
    let elapsed = start.duration(to: .now).components
    return elapsed.seconds * 1_000_000_000 + elapsed.attoseconds / 1_000_000_000
}

/// A value made on first use: what a benchmark sets up outside its measurement, once per
/// process (ordo-one/benchmark calls the closure once per iteration).
final class Lazy<Value> {
    private var value: Value?
    private let make: () throws -> Value
    init(_ make: @escaping () throws -> Value) { self.make = make }
    func get() throws -> Value {
        if let value { return value }
        let v = try make()
        value = v
        return v
    }
}
