import ArgumentParser
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

    @Argument(help: "The program (.exe).")
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
        let code = runtime.runMain(path: program, arguments: arguments)
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
