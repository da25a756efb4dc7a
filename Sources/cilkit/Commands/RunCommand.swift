import ArgumentParser
import AsyncLowering
import CILRuntime

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `cilkit run <app.exe> [args…]`: run a program's entry point.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a .NET program (its entry point) on CILKit."
    )

    @Option(help: "Path to CILKit's corlib.dll (default: $CILKIT_CORLIB, or Corlib/corlib.dll found beside the executable).")
    var corlib: String?

    @Option(help: "Largest live heap, in bytes (suffixes K, M, G); beyond it allocation raises OutOfMemoryException.")
    var maxHeap: String?

    @Flag(help: "After the run, print exact allocation figures to stderr: objects and bytes (total and by type, top 10), collections, peak heap, finalizers run.")
    var stats = false

    @Flag(name: .customLong("runtime-async"), help: "Run compiled async methods as runtime-async methods: every state machine AsyncLowering can convert becomes a MethodImplOptions.Async body the engine suspends and resumes itself (see `cilkit stats`).")
    var runtimeAsync = false

    @Flag(help: "Run the program twice — classic, then with --runtime-async — and print a side-by-side table: output identical, wall time, objects and bytes allocated, collections, tasks, state machines and continuation frames, suspensions, IL bytes of the async methods.")
    var compare = false

    @Flag(name: .customLong("async-stacks"), help: "With --runtime-async: when the engine reports a deadlock, or the program exits with async methods still suspended, print every suspended chain (leaf → root, with what it awaits).")
    var asyncStacks = false

    @Argument(help: "The program: an .exe, or a .cs file compiled with mcs first.")
    var program: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to Main(string[]).")
    var arguments: [String] = []

    func run() throws {
        let corlibPath = corlib ?? locateCorlib()
        let runtime: Runtime
        do {
            runtime = try Runtime(corlibPath: corlibPath)
        } catch {
            fail("cannot load corlib from \(corlibPath): \(error)")
        }
        if let maxHeap {
            guard let bytes = parseSize(maxHeap) else { fail("--max-heap expects a size such as 64M, found \(maxHeap)") }
            runtime.heap.maxHeapBytes = bytes
        }
        runtime.recordAsyncStacks = asyncStacks
        if runtimeAsync {
            runtime.transformAssembly = { assembly in
                assembly.loweredBodies = try AsyncLowering.lower(assembly.md).methods
            }
        }
        let path = program.hasSuffix(".cs") ? compileWithMCS(program) : program
        if compare {
            Glibc.exit(CompareRun(corlibPath: corlibPath, program: path, arguments: arguments).run())
        }
        let code = runtime.runMain(path: path, arguments: arguments)
        if stats {
            let report = runtime.statistics.report()
            fputs(report, stderr)
        }
        Glibc.exit(code)
    }
}

/// `$CILKIT_CORLIB`, else `Corlib/corlib.dll` in the first ancestor of the executable's folder
/// that has one (the repository layout), else next to the executable.
func locateCorlib() -> String {
    if let env = getenv("CILKIT_CORLIB") { return String(cString: env) }
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    var dir = n > 0 ? String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) : CommandLine.arguments[0]
    while let slash = dir.lastIndex(of: "/") {
        dir = String(dir[..<slash])
        let candidate = dir + "/Corlib/corlib.dll"
        if access(candidate, R_OK) == 0 { return candidate }
        let beside = dir + "/corlib.dll"
        if access(beside, R_OK) == 0 { return beside }
        if dir.isEmpty { break }
    }
    return "Corlib/corlib.dll"
}

func parseSize(_ text: String) -> Int? {
    var digits = text
    var scale = 1
    switch text.last {
    case "K", "k": scale = 1 << 10; digits.removeLast()
    case "M", "m": scale = 1 << 20; digits.removeLast()
    case "G", "g": scale = 1 << 30; digits.removeLast()
    default: break
    }
    guard let n = Int(digits), n > 0 else { return nil }
    return n * scale
}

/// Compiles a C# file with Mono's `mcs` into a cache folder keyed by its content and returns
/// the executable's path; a missing `mcs` is a clear error saying how to install it.
func compileWithMCS(_ source: String) -> String {
    guard let file = fopen(source, "rb") else { fail("cannot read \(source): \(String(cString: strerror(errno)))") }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&buffer, 1, buffer.count, file)
        if n <= 0 { break }
        bytes += buffer[0..<n]
    }
    fclose(file)
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
    let home = getenv("HOME").map { String(cString: $0) } ?? "/tmp"
    let cache = home + "/.cache/cilkit"
    let name = String(source.split(separator: "/").last!.dropLast(3))
    let output = cache + "/" + String(hash, radix: 16) + "-" + name + ".exe"
    if access(output, R_OK) == 0 { return output }
    guard access("/usr/bin/mcs", X_OK) == 0 else {
        fail("compiling \(source) needs Mono's C# compiler, mcs; install it with: apt-get install -y mono-mcs")
    }
    _ = mkdir(home + "/.cache", 0o755)
    _ = mkdir(cache, 0o755)
    let status = system("/usr/bin/mcs -nowarn:0169,0219,0414,0649 -out:'\(output)' '\(source)' >&2")
    guard status == 0 else { fail("mcs could not compile \(source)") }
    return output
}
