import Foundation
import TestSupport
import Testing

/// `cilkit run` as a process: exit codes, .NET's unhandled-exception and stack-overflow
/// reports, arguments, and clean errors for unreadable input.
@Suite("cilkit run")
struct CLITests {
    static var cilkit: String { CorpusTests.cilkit }

    /// `cilkit run <flags> <fixture> <arguments>`; nil when the fixture cannot be built here.
    func run(_ fixture: String, flags: [String] = [], _ arguments: [String] = []) throws -> Toolchain.ProcessResult? {
        guard Toolchain.available(Toolchain.mcs, "mcs"), let exe = try Toolchain.build(fixture: fixture) else { return nil }
        return try Toolchain.run(Self.cilkit, ["run"] + flags + [exe] + arguments, timeout: 120)
    }

    @Test("Main's return value and arguments")
    func exitCodeAndArguments() throws {
        guard let r = try run("Runtime/ExitCode.cs", ["one", "two words"]) else { return }
        #expect(r.status == 42)
        #expect(r.stdout == "2\none\ntwo words\n")
    }

    @Test("an unhandled exception prints .NET's report and exits with 134")
    func unhandledException() throws {
        guard let r = try run("Runtime/Unhandled.cs") else { return }
        #expect(r.status == 134)
        #expect(r.stdout == "before\n")
        #expect(r.stderr.hasPrefix("Unhandled exception. System.InvalidOperationException: boom\n"))
        #expect(r.stderr.contains("   at Program.Fail(Int32 level)"))
        #expect(r.stderr.contains("   at Program.Main()"))
    }

    @Test("an exception escaping a finalizer ends the process with .NET's report")
    func finalizerThrows() throws {
        guard let r = try run("Runtime/FinalizerThrows.cs") else { return }
        #expect(r.status == 134)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("Unhandled exception. System.InvalidOperationException: from finalizer\n"))
        #expect(r.stderr.contains("   at Bad.Finalize()"))
    }

    @Test("calli through ldftn/ldvirtftn pointers (IL: mcs never emits calli)")
    func indirectCalls() throws {
        guard Toolchain.available(Toolchain.ilasm, "ilasm"), let exe = try Toolchain.build(fixture: "Runtime/Calli.il") else { return }
        let r = try Toolchain.run(Self.cilkit, ["run", exe], timeout: 120)
        #expect(r.status == 0)
        // Mono agrees on every line but the last: it crashes on calli through null, where
        // CoreCLR raises NullReferenceException.
        #expect(r.stdout == "42\n6\n7\n9000000000\nwoof x3\n12\nNullReferenceException\n")
    }

    @Test("--stats counts every allocation exactly, by type")
    func allocationStatistics() throws {
        guard let r = try run("Runtime/AllocationCounts.cs", flags: ["--stats"]) else { return }
        #expect(r.status == 0)
        #expect(r.stdout == "")
        let lines = r.stderr.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(lines.first == "cilkit statistics")
        #expect(lines.contains("1,000 objects 24,000 bytes Point"))
        #expect(lines.contains("10 objects 4,240 bytes System.Int32[]"))
        #expect(lines.contains("1 objects 104 bytes System.Int32[][]"))
        #expect(lines.contains("collections 0"))
        // This program allocates fewer than ten types, so the list is complete and sums to the
        // totals.
        func number(_ s: Substring) -> Int { Int(s.replacingOccurrences(of: ",", with: "")) ?? -1 }
        let total = lines.first { $0.hasPrefix("allocated ") }.map { $0.split(separator: " ") } ?? []
        let typeLines = lines.drop { !$0.hasPrefix("top ") }.dropFirst().map { $0.split(separator: " ") }
        #expect(total.count == 5 && typeLines.count < 10)
        if total.count == 5 {
            #expect(typeLines.reduce(0) { $0 + number($1[0]) } == number(total[1]))
            #expect(typeLines.reduce(0) { $0 + number($1[2]) } == number(total[3]))
        }
    }

    @Test("generic null tests and the default equality comparer do not box value types")
    func noBoxingInGenericCode() throws {
        guard let r = try run("Runtime/NoBoxing.cs", flags: ["--stats"]) else { return }
        #expect(r.status == 0)
        // Start-up boxes a few Int32s of its own; the program's 40,000 operations box none.
        let int32 = r.stderr.split(separator: "\n").first { $0.hasSuffix(" System.Int32") }
        let count = int32.flatMap { Int($0.split(separator: " ")[0].replacingOccurrences(of: ",", with: "")) } ?? 0
        #expect(count < 100, "\(count) Int32 boxes")
    }

    @Test("runtime async: suspending on an awaiter (ConfigureAwait, ValueTask, custom) allocates no notifier per suspension")
    func awaiterSuspensionsReuseTheirNotifier() throws {
        guard let r = try run("Runtime/AwaiterSuspensions.cs", flags: ["--runtime-async", "--stats"]) else { return }
        #expect(r.status == 0)
        #expect(r.stdout == "999000\n")
        #expect(r.stderr.contains("suspensions              4,000"))
        // 1,000 suspensions of each kind: a notifier per suspension would list 1,000 objects.
        for line in r.stderr.split(separator: "\n") where line.contains("Notifier`1") {
            let count = Int(line.split(separator: " ")[0].replacingOccurrences(of: ",", with: "")) ?? 0
            #expect(count < 10, "\(line)")
        }
    }

    @Test("a deadlock ends with a report of who waits on what, not a hang")
    func deadlockReport() throws {
        guard let r = try run("Runtime/Deadlock.cs") else { return }
        #expect(r.status == 134)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix("Deadlock: every thread is blocked and nothing pending can wake one.\n"))
        #expect(r.stderr.contains("Thread 1 (main thread) waits on the lock of a System.Object"))
        #expect(r.stderr.contains("Thread 2 'worker' waits on the lock of a System.Object"))
        #expect(r.stderr.contains("     at P.Main()"))
    }

    @Test("a program waiting on Task.Delay(2000) sleeps: under 5% CPU while idle")
    func idleUsesNoCPU() throws {
        guard let r = try run("Runtime/IdleSleep.cs", flags: ["--stats"]) else { return }
        #expect(r.status == 0)
        #expect(r.stdout == "woke\n")
        func seconds(_ label: String) -> Double {
            let line = r.stderr.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(label) }
            return line.flatMap { Double($0.split(separator: " ").dropLast().last ?? "") } ?? -1
        }
        let wall = seconds("wall time"), cpu = seconds("cpu time")
        #expect(wall >= 2.0)
        #expect(cpu >= 0 && cpu < 0.05 * wall, "cpu \(cpu) s over \(wall) s")
    }

    @Test("--stats counts async work exactly: suspensions, resumptions, boxed state machines")
    func asyncStatistics() throws {
        guard let r = try run("Runtime/AsyncCounts.cs", flags: ["--stats"]) else { return }
        #expect(r.status == 0)
        #expect(r.stdout == "9900\n")
        let lines = r.stderr.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        // 100 calls suspend once each (Task.Yield); 100 complete synchronously and never box.
        #expect(lines.contains("suspensions 100"))
        #expect(lines.contains("resumptions 100"))
        #expect(lines.contains("state machines 100 boxed"))
        #expect(lines.contains { $0.hasPrefix("100 objects ") && $0.hasSuffix("AsyncStateMachineBox`1[System.Int32,Program+<Suspends>c__async0]") })
        // As on .NET, a suspension allocates the box and nothing else: the struct awaiter is
        // not boxed to reach the builder's interface.
        #expect(!lines.contains { $0.hasSuffix("YieldAwaitable+YieldAwaiter") })
        // The synchronous calls each return a completed Task<int>; nothing else makes tasks
        // but the handful corlib's thread pool and timer use.
        let tasks = lines.first { $0.hasPrefix("tasks created ") }.flatMap { Int($0.split(separator: " ")[2].replacingOccurrences(of: ",", with: "")) } ?? 0
        #expect((200...210).contains(tasks), "tasks created: \(tasks)")
    }

    @Test("waiting on a task that can never complete is reported as a deadlock")
    func taskDeadlock() throws {
        guard let r = try run("Runtime/TaskDeadlock.cs") else { return }
        #expect(r.status == 134)
        #expect(r.stdout == "waiting\n")
        #expect(r.stderr.hasPrefix("Deadlock: every thread is blocked and nothing pending can wake one.\n"))
        #expect(r.stderr.contains("Thread 1 (main thread) waits on a System.Threading.Tasks.Task`1[System.Int32]"))
        #expect(r.stderr.contains("     at System.Threading.Tasks.Task.Wait()"))
        #expect(r.stderr.contains("     at Program.Main()"))
    }

    @Test("--runtime-async --async-stacks: a deadlock report lists each suspended chain, leaf → root")
    func asyncStacks() throws {
        guard let r = try run("Runtime/AsyncDeadlock.cs", flags: ["--runtime-async", "--async-stacks"]) else { return }
        #expect(r.status == 134)
        #expect(r.stdout == "waiting\n")
        #expect(r.stderr.hasPrefix("Deadlock: every thread is blocked and nothing pending can wake one.\n"))
        #expect(r.stderr.contains("""
            Suspended async chains (1):
              awaiting a System.Threading.Tasks.Task`1[System.Int32]
                 at Program.Level3()
                 at Program.Level2()
                 at Program.Level1()
            """))
    }

    @Test("--runtime-async: an exception's stack trace is the logical async chain, no state-machine frames")
    func runtimeAsyncStackTrace() throws {
        guard let lowered = try run("Runtime/AsyncStackTrace.cs", flags: ["--runtime-async"]) else { return }
        #expect(lowered.status == 134)
        // Level1's task faults; Main's GetResult rethrows it (ExceptionDispatchInfo), as .NET.
        #expect(lowered.stderr == """
            Unhandled exception. System.InvalidOperationException: boom
               at Program.Level3(Int32 x)
               at Program.Level2(Int32 x)
               at Program.Level1(Int32 x)
            --- End of stack trace from previous location ---
               at Program.Main()

            """)
        // The same program classic: one MoveNext per level, each rethrown at its caller's await.
        guard let classic = try run("Runtime/AsyncStackTrace.cs") else { return }
        #expect(classic.status == 134)
        #expect(classic.stderr == """
            Unhandled exception. System.InvalidOperationException: boom
               at Program+<Level3>c__async0.MoveNext()
            --- End of stack trace from previous location ---
               at Program+<Level2>c__async1.MoveNext()
            --- End of stack trace from previous location ---
               at Program+<Level1>c__async2.MoveNext()
            --- End of stack trace from previous location ---
               at Program.Main()

            """)
    }

    @Test("--compare runs the bundled sample classic and runtime-async and tabulates both")
    func compareSample() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.cilkit) else { Issue.record("cilkit not built"); return }
        let sample = Toolchain.repositoryRoot.appendingPathComponent("Samples/FeatureFlags/FeatureFlags.exe").path
        let r = try Toolchain.run(Self.cilkit, ["run", "--compare", sample], timeout: 300)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Deployment rejected one flag:\n"))
        #expect(r.stdout.contains("checksum:      0xf31a9a9e\n"))
        let lines = r.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        // The outputs differ only in the failing request's stack trace.
        #expect(lines.contains("output identical no 7 line(s) differ (below)"))
        #expect(lines.contains("exit code 0 0"))
        #expect(lines.contains("state machines boxed 1,613 0"))
        #expect(lines.contains("continuation frames 0 1,613"))
        #expect(lines.contains("async methods' IL 4,490 B 1,485 B 10 of 10 lowered"))
        #expect(r.stdout.contains("runtime-async:\n     at Samples.FeatureFlags.FlagValidator.ValidateNameAsync(String name)\n"))
    }

    @Test("--max-heap: OutOfMemoryException is catchable, and uncaught it ends with 134")
    func heapExhaustion() throws {
        guard let caught = try run("Runtime/HeapExhaustion.cs", flags: ["--max-heap", "16M"]) else { return }
        #expect(caught.status == 0)
        #expect(caught.stdout == "caught OutOfMemoryException after many chunks\nallocated again: 65536\n")
        guard let uncaught = try run("Runtime/HeapExhaustion.cs", flags: ["--max-heap", "16M"], ["uncaught"]) else { return }
        #expect(uncaught.status == 134)
        #expect(uncaught.stderr.hasPrefix("Unhandled exception. System.OutOfMemoryException: "))
        #expect(uncaught.stderr.contains("   at Program.Fill(List`1 keep)"))
    }

    @Test("unbounded recursion ends in \"Stack overflow.\" and exit 134, not a crash")
    func stackOverflow() throws {
        guard let r = try run("Runtime/StackOverflow.cs") else { return }
        #expect(r.status == 134)
        #expect(r.stdout == "start\n")
        #expect(r.stderr.hasPrefix("Stack overflow."))
    }

    @Test("invalid IL raises InvalidProgramException when the method is first called", arguments: [
        ("InvalidIL/StackUnderflow.il", "System.InvalidProgramException"),
        ("InvalidIL/JoinMismatch.il", "System.InvalidProgramException"),
        ("InvalidIL/BranchIntoInstruction.il", "System.InvalidProgramException"),
        ("InvalidIL/BadToken.il", "System.MissingMethodException"),
    ])
    func invalidIL(_ fixture: String, _ exception: String) throws {
        guard Toolchain.available(Toolchain.ilasm, "ilasm"), let exe = try Toolchain.build(fixture: fixture) else { return }
        let r = try Toolchain.run(Self.cilkit, ["run", exe], timeout: 60)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "calling Bad\n\(exception)\n")
    }

    @Test("a missing or malformed program is a one-line error with exit code 1")
    func badInput() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.cilkit) else { Issue.record("cilkit not built"); return }
        let missing = try Toolchain.run(Self.cilkit, ["run", "/nonexistent/app.exe"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("cilkit: error:"))
        let junk = Toolchain.cacheDirectory.appendingPathComponent("junk.exe")
        try FileManager.default.createDirectory(at: Toolchain.cacheDirectory, withIntermediateDirectories: true)
        try Data("MZ not really a program".utf8).write(to: junk)
        let bad = try Toolchain.run(Self.cilkit, ["run", junk.path])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("cilkit: error:"))
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }
}
