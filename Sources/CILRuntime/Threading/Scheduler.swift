#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a parked thread became runnable again (the values `GreenThreads.Park` returns).
enum WakeReason: Int32 {
    case notified = 0
    case timedOut = 1
    case interrupted = 2
}

/// What a parked thread waits on: an object, in one of several roles.
struct WaitKey: Hashable {
    enum Role: UInt8 {
        /// `GreenThreads.Park(key, …)`: corlib's events, tasks, joins, pool and timer queues.
        case object
        /// Waiting to enter the object's monitor.
        case monitorEntry
        /// In the object's monitor wait set (`Monitor.Wait`), until pulsed.
        case monitorWait
    }
    var object: ObjectRef
    var role: Role
}

/// Thrown by a blocking native after it has parked the running thread. The interpreter then
/// saves the frame with the native's *call instruction* as the resume point, so the native
/// runs again once the thread is woken and finishes the operation (it finds the wake-up in
/// `ManagedThread.wakeReason`). Natives therefore never wait in Swift.
struct ThreadBlocks: Error {}

/// Monitor.Wait's progress across the re-executions of its native.
struct MonitorWaitState {
    /// The recursion count released on entry, restored on reacquisition.
    var savedCount: Int
    /// Woken from the wait set; now waiting to reacquire the lock.
    var reacquiring = false
    var pulsed = false
    var interrupted = false
}

/// The green-thread scheduler: which managed threads exist, which can run, which wait on what
/// and until when.
///
/// All managed threads share one OS thread. The interpreter runs one thread at a time for a
/// *slice*, which ends when the thread returns from its entry method, parks (a blocking native
/// threw `ThreadBlocks`), or uses up its budget of safepoints (backward branches in non-corlib
/// code) while another thread is runnable. Timed waits sit in a min-heap by deadline; when
/// nothing is runnable the process sleeps until the earliest one (an idle program uses no CPU).
/// When nothing is runnable and nothing is timed, the program is deadlocked.
final class Scheduler {
    /// Safepoints a thread may pass in one slice while others wait to run.
    static let quantum = 10_000

    /// Every thread not yet finished, in creation order (the main thread first).
    private(set) var threads: [ManagedThread]
    private var runQueue: [ManagedThread] = []
    private var runHead = 0
    /// Threads in the run queue (a thread is queued at most once).
    private var queued: Set<ObjectIdentifier> = []
    /// Parked threads by what they wait on, longest-waiting first.
    private(set) var waiters: [WaitKey: [ManagedThread]] = [:]
    private var timers = TimerHeap()
    /// The thread the interpreter is running (or last ran).
    var current: ManagedThread
    let main: ManagedThread
    var mainFinished = false
    private var nextId = 2
    /// Safepoints left in the running slice; the interpreter decrements it.
    let budget: UnsafeMutablePointer<Int>

    // Counters for `--stats`.
    var threadsStarted = 0
    var contextSwitches = 0
    var suspensions = 0
    var resumptions = 0
    /// Runtime-async frame objects allocated (RuntimeAsync/Suspension.swift).
    var continuations = 0

    init() {
        main = ManagedThread(id: 1)
        current = main
        threads = [main]
        budget = .allocate(capacity: 1)
        budget.initialize(to: Int.max)
    }

    deinit { budget.deallocate() }

    /// A new thread, not yet runnable.
    func makeThread() -> ManagedThread {
        let t = ManagedThread(id: nextId)
        nextId += 1
        threads.append(t)
        threadsStarted += 1
        return t
    }

    // MARK: Run queue

    func enqueue(_ t: ManagedThread) {
        guard !t.pinned, queued.insert(ObjectIdentifier(t)).inserted else { return }
        runQueue.append(t)
    }

    /// Whether a thread other than the running one is waiting for the CPU.
    var othersRunnable: Bool { runHead < runQueue.count }

    func nextRunnable() -> ManagedThread? {
        while runHead < runQueue.count {
            let t = runQueue[runHead]
            runHead += 1
            if runHead > 1024 && runHead * 2 > runQueue.count {
                runQueue.removeFirst(runHead)
                runHead = 0
            }
            queued.remove(ObjectIdentifier(t))
            if t.status == .runnable || t.status == .unstarted { return t }
        }
        return nil
    }

    func finished(_ t: ManagedThread) {
        t.status = .finished
        if t === main { mainFinished = true }
        threads.removeAll { $0 === t }
    }

    // MARK: Parking

    /// Parks `t` on `key` (nil: only the timeout or an interrupt wakes it) for `timeoutMs`
    /// milliseconds (negative: no timeout).
    func park(_ t: ManagedThread, on key: WaitKey?, timeoutMs: Int) {
        park(t, on: key, deadline: timeoutMs < 0 ? nil : Self.now() &+ UInt64(timeoutMs) &* 1_000_000)
    }

    func park(_ t: ManagedThread, on key: WaitKey?, deadline: UInt64?) {
        t.status = .parked
        t.parkKey = key
        t.parkSerial &+= 1
        t.wakeReason = nil
        t.parkDeadline = deadline
        if let key { waiters[key, default: []].append(t) }
        if let deadline { timers.push(.init(deadline: deadline, thread: t, serial: t.parkSerial)) }
    }

    /// Makes a parked `t` runnable, recording why.
    func wake(_ t: ManagedThread, _ reason: WakeReason) {
        guard t.status == .parked else { return }
        if let key = t.parkKey, var list = waiters[key], let i = list.firstIndex(where: { $0 === t }) {
            list.remove(at: i)
            waiters[key] = list.isEmpty ? nil : list
        }
        t.parkKey = nil
        t.parkDeadline = nil
        t.wakeReason = reason
        t.status = .runnable
        enqueue(t)
    }

    /// Wakes the longest-waiting thread parked on `key`.
    @discardableResult
    func wakeOne(_ key: WaitKey, _ reason: WakeReason = .notified) -> Bool {
        guard let first = waiters[key]?.first else { return false }
        wake(first, reason)
        return true
    }

    /// Wakes every thread parked on `key`; returns how many.
    @discardableResult
    func wakeAll(_ key: WaitKey, _ reason: WakeReason = .notified) -> Int {
        guard let list = waiters.removeValue(forKey: key) else { return 0 }
        for t in list { t.parkKey = nil; wake(t, reason) }
        return list.count
    }

    // MARK: Time

    /// Monotonic time in nanoseconds.
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// Wakes every thread whose timed wait has expired; true if one was.
    @discardableResult
    func fireExpiredTimers() -> Bool {
        guard let first = timers.top else { return false }
        var now = Self.now()
        guard first.deadline <= now else { return false }
        var fired = false
        while let top = timers.top, top.deadline <= now {
            timers.pop()
            if top.thread.status == .parked && top.thread.parkSerial == top.serial {
                wake(top.thread, .timedOut)
                fired = true
            }
            now = Self.now()
        }
        return fired
    }

    /// The earliest deadline of a thread still parked with a timeout.
    func earliestDeadline() -> UInt64? {
        while let top = timers.top {
            if top.thread.status == .parked && top.thread.parkSerial == top.serial { return top.deadline }
            timers.pop()
        }
        return nil
    }

    /// Sleeps the process until `deadline` (nothing to run until then).
    func sleep(until deadline: UInt64) {
        let now = Self.now()
        guard deadline > now else { return }
        let wait = deadline - now
        var request = timespec(tv_sec: Int(wait / 1_000_000_000), tv_nsec: Int(wait % 1_000_000_000))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }

    /// Whether Main has returned and only background threads are left.
    var programDone: Bool {
        mainFinished && !threads.contains { !$0.isBackground && $0.status != .finished }
    }
}

/// Timed waits, earliest deadline first (a binary min-heap). Entries of threads woken some
/// other way stay until they surface and are then dropped (their serial no longer matches).
struct TimerHeap {
    struct Entry {
        var deadline: UInt64
        var thread: ManagedThread
        var serial: Int
    }

    private var entries: [Entry] = []

    var top: Entry? { entries.first }

    mutating func push(_ e: Entry) {
        entries.append(e)
        var i = entries.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard entries[i].deadline < entries[parent].deadline else { break }
            entries.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() {
        guard !entries.isEmpty else { return }
        entries.swapAt(0, entries.count - 1)
        entries.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < entries.count && entries[l].deadline < entries[smallest].deadline { smallest = l }
            if r < entries.count && entries[r].deadline < entries[smallest].deadline { smallest = r }
            if smallest == i { break }
            entries.swapAt(i, smallest)
            i = smallest
        }
    }
}
