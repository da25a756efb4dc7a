import ArgumentParser
import CILRuntime

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `cilkit test <assembly>`: Mono's regression-suite convention — every static, parameterless
/// method `int test_<N>_<name>()` must return N.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every static int test_<N>_<name>() method and report those that do not return N."
    )

    @Option(help: "Path to CILKit's corlib.dll.")
    var corlib: String?

    @Argument(help: "The assembly with test_<N>_<name> methods.")
    var assembly: String

    func run() throws {
        let runtime: Runtime
        do { runtime = try Runtime(corlibPath: corlib ?? locateCorlib()) } catch { fail("cannot load corlib: \(error)") }
        let results: [Runtime.RegressionResult]
        do { results = try runtime.runRegressionTests(path: assembly) } catch { fail("\(error)") }
        var failures = 0
        for r in results where !r.passed {
            failures += 1
            print("FAIL \(r.name): \(r.detail)")
        }
        print("\(results.count - failures) of \(results.count) tests passed")
        Glibc.exit(failures == 0 ? 0 : 1)
    }
}
