#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Running green threads: the scheduling loop, slices, and the deadlock report.
extension Runtime {
    /// Makes `thread` runnable, to start in `method` with `arguments` (one word per slot).
    func start(_ thread: ManagedThread, in method: MethodHandle, arguments: [UInt64]) {
        for (i, a) in arguments.enumerated() { thread.stack[i] = a }
        thread.stackTop = thread.stack + arguments.count
        thread.startMethod = method
        thread.status = .runnable
        scheduler.enqueue(thread)
    }

    /// Runs threads until `done` holds: each runnable thread in turn for a slice; when none
    /// can run, sleeps until the next timed wait expires. Throws the deadlock report when
    /// nothing can run and nothing is timed, and `ExecutionError.unhandled` when an exception
    /// escapes any thread (that ends the process, as in .NET).
    func runThreads(until done: () -> Bool) throws {
        while !done() {
            scheduler.fireExpiredTimers()
            if let t = scheduler.nextRunnable() {
                try runSlice(t)
                continue
            }
            if done() { break }
            if let deadline = scheduler.earliestDeadline() {
                scheduler.sleep(until: deadline)
                continue
            }
            let chains = asyncStacksReport(title: "Suspended async chains")
            asyncStacksReported = chains != nil
            throw ExecutionError.terminated(exitCode: 134, message: deadlockReport() + (chains.map { "\n" + $0 } ?? ""))
        }
    }

    /// Runs `t` until it returns from its start method, parks, or is preempted.
    func runSlice(_ t: ManagedThread) throws {
        scheduler.current = t
        scheduler.contextSwitches += 1
        scheduler.budget.pointee = Scheduler.quantum
        let mode: ExecutionMode = t.hasSuspendedFrame ? .resume : .start
        t.hasSuspendedFrame = false
        t.status = .runnable
        let returned = try execute(t.startMethod!, fp: t.stack, thread: t, mode: mode)
        if returned {
            scheduler.finished(t)
        } else if t.status == .runnable {
            scheduler.enqueue(t)
        }
    }

    /// A blocking native parked `thread` inside a nested run (a Swift caller such as a
    /// multicast delegate or a filter waits on the Swift stack): run the other threads here
    /// until it is woken. Only this caller may resume it, so it is pinned meanwhile.
    @inline(never)
    func waitNested(_ thread: ManagedThread) throws {
        thread.pinned = true
        defer {
            thread.pinned = false
            scheduler.current = thread
        }
        try runThreads { thread.status != .parked }
        thread.status = .runnable
    }

    /// The running slice used up its budget: switch if another thread is waiting to run.
    @inline(never)
    func preemptionDue() -> Bool {
        scheduler.fireExpiredTimers()
        return scheduler.othersRunnable
    }

    // MARK: Deadlock

    /// Which threads wait on what, and where: printed when nothing can ever run again.
    func deadlockReport() -> String {
        var lines = ["Deadlock: every thread is blocked and nothing pending can wake one."]
        for t in scheduler.threads where t.status == .parked {
            let name = threadName(t)
            var what = "nothing (parked without a timeout)"
            if let key = t.parkKey {
                let type = ObjectLayout.type(key.object).info.fullName
                switch key.role {
                case .object: what = "a " + type
                case .monitorEntry: what = "the lock of a " + type
                case .monitorWait: what = "a pulse of the lock of a " + type + " (Monitor.Wait)"
                }
            }
            let kind = t === scheduler.main ? " (main thread)" : t.isBackground ? " (background)" : ""
            lines.append("  Thread \(managedThreadId(t))\(name.isEmpty ? "" : " '\(name)'")\(kind) waits on \(what)")
            for frame in stackTrace(of: t).prefix(12) { lines.append("     at " + frame) }
        }
        return lines.joined(separator: "\n")
    }

    /// The logical frames of a suspended thread, innermost first.
    func stackTrace(of t: ManagedThread) -> [String] {
        var result: [String] = []
        var i = t.depth - 1
        while i >= 0 {
            // A record without a return pc marks where a Swift caller entered: its method is
            // the frame above it, already listed.
            let r = t.frame(at: i)
            i -= 1
            if r.returnPC == nil && result.last != nil { continue }
            result.append(r.method.info.owner.info.fullName + "." + r.method.info.name + "()")
        }
        return result
    }

    /// `Thread.ManagedThreadId` (corlib numbers threads when their Thread object is made).
    func managedThreadId(_ t: ManagedThread) -> Int {
        guard let o = t.managedObject, let f = ObjectLayout.type(o).info.fields.first(where: { $0.name == "_managedThreadId" }) else { return t.id }
        return Int(o.load(fromByteOffset: f.offset, as: Int32.self))
    }

    /// The thread's `Name`, read from its managed Thread object (empty if none).
    func threadName(_ t: ManagedThread) -> String {
        guard let o = t.managedObject, let name = getField(o, "_name") else { return "" }
        return string(name)
    }
}

/// `[ThreadStatic]` storage: one zeroed block per (thread, type), made on first use.
extension Runtime {
    @inline(never)
    func threadStaticBlock(_ t: ManagedThread, _ index: Int) -> UnsafeMutableRawPointer {
        if index < t.threadStaticBlocks.count, let b = t.threadStaticBlocks[index] { return b }
        if index >= t.threadStaticBlocks.count {
            t.threadStaticBlocks += Array(repeating: nil, count: index + 1 - t.threadStaticBlocks.count)
        }
        let b = calloc(1, threadStaticLayouts[index].size)!
        t.threadStaticBlocks[index] = b
        return b
    }

    /// Marks the objects `t`'s thread-static fields refer to.
    func markThreadStatics(of t: ManagedThread, _ mark: (UInt) -> Void) {
        for (i, block) in t.threadStaticBlocks.enumerated() {
            guard let block else { continue }
            for o in threadStaticLayouts[i].references {
                mark(UInt(bitPattern: block.load(fromByteOffset: o, as: UnsafeRawPointer?.self)))
            }
        }
    }
}
