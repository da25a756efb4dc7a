import Foundation
import TestSupport
import Testing

/// The differential corpus: C# programs under Tests/Corpus/<Area>/, each with the stdout and
/// exit code Mono gives (`.expected`, `.exitcode`), or modern .NET's where Mono differs
/// (`.expected`/`.exitcode` then hold .NET's and `.mono-expected`/`.mono-exitcode` Mono's;
/// `.notes` says why).
///
/// Every program runs on CILKit (the `cilkit run` executable, so a crash cannot take the test
/// runner down). Programs listed in Tests/Corpus/passing.txt must match exactly; the others
/// are reported in .build/corpus-report.txt as work in progress — the list only grows.
@Suite("Corpus")
struct CorpusTests {
    static let corpusDirectory = Toolchain.repositoryRoot.appendingPathComponent("Tests/Corpus")

    static var programs: [String] {
        let fm = FileManager.default
        var result: [String] = []
        for area in ((try? fm.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []).sorted() {
            let dir = corpusDirectory.appendingPathComponent(area)
            for f in ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where f.hasSuffix(".cs") {
                result.append(area + "/" + String(f.dropLast(3)))
            }
        }
        return result
    }

    static let mustPass: Set<String> = {
        let text = (try? String(contentsOf: corpusDirectory.appendingPathComponent("passing.txt"), encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }()

    static var cilkit: String { Toolchain.repositoryRoot.appendingPathComponent(".build/debug/cilkit").path }

    struct Expectation {
        var stdout: String
        var exitCode: Int32
        var monoStdout: String
        var monoExitCode: Int32
    }

    static func expectation(_ program: String) throws -> Expectation {
        let base = corpusDirectory.appendingPathComponent(program)
        let stdout = try String(contentsOf: base.appendingPathExtension("expected"), encoding: .utf8)
        let code = Int32((try? String(contentsOf: base.appendingPathExtension("exitcode"), encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "0") ?? 0
        let mono = (try? String(contentsOf: base.appendingPathExtension("mono-expected"), encoding: .utf8)) ?? stdout
        let monoCode = (try? String(contentsOf: base.appendingPathExtension("mono-exitcode"), encoding: .utf8))
            .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? code
        return Expectation(stdout: stdout, exitCode: code, monoStdout: mono, monoExitCode: monoCode)
    }

    /// Compiles `program`, runs it with `cilkit run <flags>`, and compares with its expectation;
    /// nil when mcs or cilkit is missing.
    func runOnCILKit(_ program: String, flags: [String]) throws
        -> (result: Toolchain.ProcessResult, expected: Expectation, passed: Bool)? {
        guard Toolchain.available(Toolchain.mcs, "mcs"),
              let exe = try Toolchain.build(source: Self.corpusDirectory.appendingPathComponent(program + ".cs")) else { return nil }
        guard FileManager.default.isExecutableFile(atPath: Self.cilkit) else {
            Issue.record("cilkit is not built at \(Self.cilkit); run `swift build` first")
            return nil
        }
        let expected = try Self.expectation(program)
        let r = try Toolchain.run(Self.cilkit, ["run"] + flags + [exe], timeout: 60)
        return (r, expected, r.stdout == expected.stdout && r.status == expected.exitCode)
    }

    @Test("CILKit matches the expected output", arguments: programs)
    func runsOnCILKit(_ program: String) throws {
        guard let (r, expected, passed) = try runOnCILKit(program, flags: []) else { return }
        if Self.mustPass.contains(program) {
            #expect(r.status == expected.exitCode, "\(program): exit code \(r.status), expected \(expected.exitCode)\n\(r.stderr.prefix(2000))")
            #expect(r.stdout == expected.stdout, "\(program): output differs\n\(firstDifference(r.stdout, expected.stdout))\n\(r.stderr.prefix(2000))")
        }
        CorpusReport.shared.record(program, passed: passed, detail: passed ? "" : String(r.stderr.prefix(300)))
    }

    /// The async programs again, with every compiled state machine lowered to a runtime-async
    /// method (`cilkit run --runtime-async`): the third way of the differential test (Mono,
    /// CILKit classic, CILKit runtime-async). The output must not change.
    static var asyncPrograms: [String] { programs.filter { $0.hasPrefix("Async/") } }

    /// Programs whose runtime-async run is known to differ, each with the reason
    /// (Tests/Corpus/runtime-async-known-differences.txt); every other async program must match.
    static let runtimeAsyncKnownDifferences: Set<String> = {
        let text = (try? String(contentsOf: corpusDirectory.appendingPathComponent("runtime-async-known-differences.txt"), encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").compactMap { line -> String? in
            let name = line.split(separator: " ").first.map(String.init) ?? ""
            return name.isEmpty || name.hasPrefix("#") ? nil : name
        })
    }()

    @Test("CILKit --runtime-async matches the expected output", arguments: asyncPrograms)
    func runsWithRuntimeAsync(_ program: String) throws {
        guard let (r, expected, passed) = try runOnCILKit(program, flags: ["--runtime-async"]) else { return }
        if Self.runtimeAsyncKnownDifferences.contains(program) {
            #expect(!passed, "\(program) now matches under --runtime-async: remove it from runtime-async-known-differences.txt")
        } else {
            #expect(r.status == expected.exitCode, "\(program) --runtime-async: exit code \(r.status), expected \(expected.exitCode)\n\(r.stderr.prefix(2000))")
            #expect(r.stdout == expected.stdout, "\(program) --runtime-async: output differs\n\(firstDifference(r.stdout, expected.stdout))\n\(r.stderr.prefix(2000))")
        }
        CorpusReport.shared.record(program + " (runtime-async)", passed: passed, detail: passed ? "" : String(r.stderr.prefix(300)))
    }

    @Test("Mono agrees with the committed expectation", arguments: programs)
    func monoAgrees(_ program: String) throws {
        guard Toolchain.available(Toolchain.mono, "mono"), Toolchain.available(Toolchain.mcs, "mcs"),
              let exe = try Toolchain.build(source: Self.corpusDirectory.appendingPathComponent(program + ".cs")) else { return }
        let expected = try Self.expectation(program)
        // Mono 6.8 itself sometimes hangs or crashes while shutting down a program that used
        // thread-pool threads, after printing its whole output, when the machine is loaded
        // (Tests/Corpus/Async/README.md). Such a run says nothing about the expectation, so a
        // mismatch is retried; three disagreeing runs fail the test.
        var r = try Toolchain.run(Toolchain.mono!, [exe], timeout: 30)
        for _ in 0..<2 where r.stdout != expected.monoStdout || r.status != expected.monoExitCode {
            r = try Toolchain.run(Toolchain.mono!, [exe], timeout: 30)
        }
        #expect(r.stdout == expected.monoStdout, "\(program): mono's output differs from the committed expectation\n\(firstDifference(r.stdout, expected.monoStdout))")
        #expect(r.status == expected.monoExitCode, "\(program): mono exits \(r.status), expected \(expected.monoExitCode)")
    }

    @Test("every program in passing.txt exists")
    func passingListIsValid() {
        let all = Set(Self.programs)
        for p in Self.mustPass { #expect(all.contains(p), "passing.txt names \(p), which is not in the corpus") }
    }
}

/// The first line where two outputs differ, for failure messages.
func firstDifference(_ actual: String, _ expected: String) -> String {
    let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    for i in 0..<max(a.count, e.count) {
        let x = i < a.count ? String(a[i]) : "<end>"
        let y = i < e.count ? String(e[i]) : "<end>"
        if x != y { return "line \(i + 1):\n  got:      \(x)\n  expected: \(y)" }
    }
    return "(identical text)"
}

/// Collects per-program results into .build/corpus-report.txt (written as results arrive).
final class CorpusReport: @unchecked Sendable {
    static let shared = CorpusReport()
    private let lock = NSLock()
    private var results: [String: (Bool, String)] = [:]

    func record(_ program: String, passed: Bool, detail: String) {
        lock.lock()
        defer { lock.unlock() }
        results[program] = (passed, detail)
        let passing = results.filter { $0.value.0 }.count
        var text = "CILKit corpus: \(passing) of \(results.count) programs run so far pass\n\n"
        for (name, (ok, detail)) in results.sorted(by: { $0.key < $1.key }) {
            text += (ok ? "PASS " : "FAIL ") + name + (detail.isEmpty ? "" : "  — " + detail.replacingOccurrences(of: "\n", with: " ")) + "\n"
        }
        try? text.write(to: Toolchain.repositoryRoot.appendingPathComponent(".build/corpus-report.txt"), atomically: true, encoding: .utf8)
    }
}
