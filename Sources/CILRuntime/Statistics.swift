#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a run allocated and collected, exactly: the figures behind `cilkit run --stats`.
public struct RunStatistics: Sendable {
    /// One type's allocations.
    public struct TypeCount: Sendable {
        public var typeName: String
        public var objects: Int64
        public var bytes: Int64
    }

    public var allocatedObjects: UInt64
    /// Bytes allocated, headers included (what `GC.GetTotalAllocatedBytes` reports).
    public var allocatedBytes: UInt64
    public var collections: Int
    public var peakLiveBytes: Int
    public var liveBytes: Int
    public var finalizersRun: Int
    /// Objects of `System.Threading.Tasks.Task` and its subclasses.
    public var tasksCreated: Int64 = 0
    /// Async state machines on the heap: boxed structs and state-machine class instances.
    public var stateMachinesBoxed: Int64 = 0
    /// Runtime async: frame objects allocated (one per suspended frame, reused when that frame
    /// suspends again; also one per call from a non-async caller, holding its arguments).
    public var continuations: Int64 = 0
    /// Async methods suspending at an await, and resuming (counted by the method builders).
    public var suspensions = 0
    public var resumptions = 0
    /// Green threads started besides the main thread, and slices run (context switches).
    public var threadsStarted = 0
    public var contextSwitches = 0
    /// Wall-clock time since the runtime was created, and the CPU time (user + system) the
    /// process used: an idle wait (timers, sleeps) costs wall time but no CPU.
    public var wallSeconds = 0.0
    public var cpuSeconds = 0.0
    /// Every type that allocated, most bytes first.
    public var byType: [TypeCount]

    /// The report `--stats` prints: totals, then the `top` types by bytes.
    public func report(top: Int = 10) -> String {
        func grouped(_ n: some BinaryInteger) -> String { groupedThousands(n) }
        func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        var lines = [
            "cilkit statistics",
            "  allocated       \(pad(grouped(allocatedObjects), 14)) objects \(pad(grouped(allocatedBytes), 16)) bytes",
            "  collections     \(pad(grouped(collections), 14))",
            "  peak live heap  \(pad(grouped(peakLiveBytes), 39)) bytes",
            "  live at exit    \(pad(grouped(liveBytes), 39)) bytes",
            "  finalizers run  \(pad(grouped(finalizersRun), 14))",
            "  tasks created   \(pad(grouped(tasksCreated), 14))",
            "  state machines  \(pad(grouped(stateMachinesBoxed), 14)) boxed",
            "  continuations   \(pad(grouped(continuations), 14)) frames",
            "  suspensions     \(pad(grouped(suspensions), 14))",
            "  resumptions     \(pad(grouped(resumptions), 14))",
            "  threads started \(pad(grouped(threadsStarted), 14))",
            "  thread switches \(pad(grouped(contextSwitches), 14))",
            "  wall time       \(pad(String(format3(wallSeconds)), 14)) s",
            "  cpu time        \(pad(String(format3(cpuSeconds)), 14)) s",
            "  top \(min(top, byType.count)) types by bytes allocated:",
        ]
        for t in byType.prefix(top) {
            lines.append("    \(pad(grouped(t.objects), 12)) objects \(pad(grouped(t.bytes), 16)) bytes  \(t.typeName)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Runtime {
    /// The allocation and collection figures so far.
    public var statistics: RunStatistics {
        var byType: [RunStatistics.TypeCount] = []
        let task = corlib.typeRows["System.Threading.Tasks.Task"].flatMap { try? loadType(corlib, row: $0, arguments: []) }
        // A suspended async method's state machine lives in a box: corlib's
        // AsyncStateMachineBox (a Task implementing IAsyncStateMachineBox, as in .NET Core), or
        // any other heap copy of an IAsyncStateMachine.
        let stateMachine = corlib.typeRows["System.Runtime.CompilerServices.IAsyncStateMachine"].flatMap { try? loadType(corlib, row: $0, arguments: []) }
        let stateMachineBox = corlib.typeRows["System.Runtime.CompilerServices.IAsyncStateMachineBox"].flatMap { try? loadType(corlib, row: $0, arguments: []) }
        var tasks: Int64 = 0, stateMachines: Int64 = 0
        for info in typeInfos {
            let d = info.handle.desc
            if d.allocatedObjects > 0 {
                byType.append(.init(typeName: info.fullName, objects: d.allocatedObjects, bytes: d.allocatedBytes))
                if let task, isAssignable(info.handle, to: task) { tasks += d.allocatedObjects }
                if info.definitionName == "System.Runtime.CompilerServices.RuntimeAsyncTask`1" { }
                else if let stateMachine, isAssignable(info.handle, to: stateMachine) { stateMachines += d.allocatedObjects }
                else if let stateMachineBox, isAssignable(info.handle, to: stateMachineBox) { stateMachines += d.allocatedObjects }
            }
        }
        byType.sort { $0.bytes != $1.bytes ? $0.bytes > $1.bytes : $0.typeName < $1.typeName }
        return RunStatistics(
            allocatedObjects: heap.totalAllocatedObjects, allocatedBytes: heap.totalAllocatedBytes,
            collections: heap.collectionCount, peakLiveBytes: heap.peakLiveBytes, liveBytes: heap.liveBytes,
            finalizersRun: heap.finalizersRun, tasksCreated: tasks, stateMachinesBoxed: stateMachines, continuations: Int64(scheduler.continuations),
            suspensions: scheduler.suspensions, resumptions: scheduler.resumptions,
            threadsStarted: scheduler.threadsStarted, contextSwitches: scheduler.contextSwitches,
            wallSeconds: Double(Scheduler.now() - startTime) / 1e9, cpuSeconds: Self.processCPUSeconds(), byType: byType)
    }

    /// User plus system CPU time of this process.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}

/// `n` with thousands separators: 1,234,567.
public func groupedThousands(_ n: some BinaryInteger) -> String {
    let digits = String(n)
    var out = ""
    for (i, c) in digits.reversed().enumerated() {
        if i > 0 && i % 3 == 0 && c != "-" { out.append(",") }
        out.append(c)
    }
    return String(out.reversed())
}

/// `x` with three decimals.
public func format3(_ x: Double) -> String {
    let thousandths = Int((x * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
}
