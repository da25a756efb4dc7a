import AsyncLowering
import CILMetadata
import CILRuntime

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `cilkit run --compare <app>`: the program run twice in this process — classic (the
/// compiler's state machines) and runtime async (every state machine lowered) — then a
/// side-by-side table of what each mode cost.
struct CompareRun {
    struct Mode {
        var name: String
        var exitCode: Int32
        var stdout: String
        var stderr: String
        var statistics: RunStatistics
    }

    let corlibPath: String
    let program: String
    let arguments: [String]

    func run() -> Int32 {
        let classic = runMode("classic", lowered: false)
        let runtimeAsync = runMode("runtime-async", lowered: true)
        var out = classic.stdout
        if !classic.stderr.isEmpty { out += classic.stderr }
        out += "\n" + table(classic, runtimeAsync)
        fputs(out, stdout)
        fflush(stdout)
        return classic.exitCode == runtimeAsync.exitCode ? classic.exitCode : 1
    }

    func runMode(_ name: String, lowered: Bool) -> Mode {
        let runtime: Runtime
        do { runtime = try Runtime(corlibPath: corlibPath) } catch {
            fputs("cilkit: error: cannot load corlib from \(corlibPath): \(error)\n", stderr)
            exit(1)
        }
        runtime.output.capture = true
        runtime.errorOutput.capture = true
        if lowered {
            runtime.transformAssembly = { assembly in
                assembly.loweredBodies = try AsyncLowering.lower(assembly.md).methods
            }
        }
        let code = runtime.runMain(path: program, arguments: arguments)
        return Mode(name: name, exitCode: code, stdout: runtime.output.capturedText, stderr: runtime.errorOutput.capturedText,
                    statistics: runtime.statistics)
    }

    /// The comparison: output, time, allocation, async work, IL size.
    func table(_ c: Mode, _ r: Mode) -> String {
        func grouped(_ n: some BinaryInteger) -> String { groupedThousands(n) }
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        func lpad(_ s: String, _ n: Int) -> String { String(repeating: " ", count: max(0, n - s.count)) + s }
        func ratio(_ a: Double, _ b: Double) -> String {
            guard b > 0, a > 0 else { return "" }
            let x = a / b
            let hundredths = Int((x * 100).rounded())
            return "\(hundredths / 100)." + (hundredths % 100 < 10 ? "0" : "") + "\(hundredths % 100)×"
        }
        var rows: [(String, String, String, String)] = []
        func row(_ label: String, _ a: String, _ b: String, _ note: String = "") { rows.append((label, a, b, note)) }
        func count(_ label: String, _ a: Int64, _ b: Int64) {
            row(label, grouped(a), grouped(b), ratio(Double(a), Double(b)))
        }

        let identical = c.stdout == r.stdout && c.exitCode == r.exitCode
        let differing = differingLines(c.stdout, r.stdout)
        row("output identical", identical ? "yes" : "no", "", identical ? "" : "\(differing.count) line(s) differ (below)")
        row("exit code", String(c.exitCode), String(r.exitCode))
        let cs = c.statistics, rs = r.statistics
        row("wall time", format3(cs.wallSeconds) + " s", format3(rs.wallSeconds) + " s", ratio(cs.wallSeconds, rs.wallSeconds))
        count("objects allocated", Int64(cs.allocatedObjects), Int64(rs.allocatedObjects))
        count("bytes allocated", Int64(cs.allocatedBytes), Int64(rs.allocatedBytes))
        row("collections", grouped(cs.collections), grouped(rs.collections))
        count("tasks created", cs.tasksCreated, rs.tasksCreated)
        row("state machines boxed", grouped(cs.stateMachinesBoxed), grouped(rs.stateMachinesBoxed))
        row("continuation frames", grouped(cs.continuations), grouped(rs.continuations))
        row("suspensions", grouped(cs.suspensions), grouped(rs.suspensions), "classic: per method; runtime async: per chain")
        if let lowered = try? Metadata(path: program).flatMapLowering() {
            let report = AsyncStatsReport(lowered)
            row("async methods' IL", grouped(report.allStateMachineBytes) + " B", grouped(report.loweredBytes + report.allStateMachineBytes - report.loweredStateMachineBytes) + " B",
                "\(report.loweredCount) of \(lowered.report.count) lowered")
        }

        var text = "                          classic           runtime-async\n"
        for (label, a, b, note) in rows {
            text += pad(label, 24) + lpad(a, 9) + "   " + lpad(b, 18) + (note.isEmpty ? "" : "   " + note) + "\n"
        }
        if !identical && !differing.isEmpty {
            text += "\nwhere the outputs differ — classic:\n"
            for (a, _) in differing.prefix(40) where !a.isEmpty { text += "  " + a + "\n" }
            text += "runtime-async:\n"
            for (_, b) in differing.prefix(40) where !b.isEmpty { text += "  " + b + "\n" }
        }
        return text
    }

    /// Line pairs that differ, after the common prefix and suffix (a compact diff for outputs
    /// that differ in one place, such as a stack trace).
    func differingLines(_ a: String, _ b: String) -> [(String, String)] {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var start = 0
        while start < x.count && start < y.count && x[start] == y[start] { start += 1 }
        var endX = x.count, endY = y.count
        while endX > start && endY > start && x[endX - 1] == y[endY - 1] { endX -= 1; endY -= 1 }
        var pairs: [(String, String)] = []
        for i in 0..<max(endX - start, endY - start) {
            pairs.append((start + i < endX ? x[start + i] : "", start + i < endY ? y[start + i] : ""))
        }
        return pairs
    }

}

private extension Metadata {
    func flatMapLowering() throws -> LoweredAssembly { try AsyncLowering.lower(self) }
}
