#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One managed thread's execution state: its VM stack and the chain of caller frames.
///
/// ```
///  VM stack (8-byte slots, fixed capacity, never moves):
///  ┌──────────────── frame of Main ────────────────┬──────── frame of callee ────────┬─ …
///  │ args │ locals │ EH slots │ eval temps ……… ┌──┴── callee args = caller temps ─┐ │
///  └───────────────────────────────────────────┴──────────────────────────────────┴─ …
///  fp ──► first arg slot of the running frame
///
///  frame records (callers only; the running frame lives in the interpreter's registers):
///  ┌───────────────┬───────────────┬──────────────┐
///  │ method        │ return pc     │ fp (offset)  │  × depth
///  └───────────────┴───────────────┴──────────────┘
/// ```
/// A callee's frame begins at its first argument, which the caller left in its own eval
/// temps, and the callee returns its result into that same slot: calls copy nothing. Frame
/// positions are stored as *offsets* from the stack base, so a frame can be copied elsewhere
/// (suspension) and back.
public final class ManagedThread {
    /// Where a green thread is in its life (see `Scheduler`).
    public enum Status {
        /// Created; its entry method has not run yet.
        case unstarted
        /// In the run queue, or running.
        case runnable
        /// Waiting in `Scheduler.park` until woken or timed out.
        case parked
        case finished
    }

    public struct FrameRecord {
        public var method: MethodHandle
        /// Where the caller resumes; nil marks an entry frame (return to Swift).
        public var returnPC: UnsafeMutablePointer<UInt64>?
        public var fpOffset: Int
    }

    public let stack: UnsafeMutablePointer<UInt64>
    public let stackSlots: Int
    var frames: UnsafeMutablePointer<FrameRecord>
    var frameCapacity: Int
    /// min(frameCapacity, maxDepth): below it a call needs no further check.
    var frameLimit: Int
    public internal(set) var depth = 0
    /// Deepest managed call depth before "Stack overflow." (as .NET, fatal).
    public let maxDepth: Int
    /// Top of the live stack (for GC root scanning): one past the running frame's last slot.
    var stackTop: UnsafeMutablePointer<UInt64>
    /// Exception being propagated while a finally/fault block runs during unwinding.
    var inFlight: ObjectRef?
    /// The exception being raised comes from `rethrow` (its stack trace continues).
    var rethrowing = false
    /// The message for the exception the interpreter is about to raise itself (nil: default).
    var faultMessage: String?
    /// Set when `endfinally` asks the unwinder to continue its second pass.
    var resumingUnwind = false
    /// Where the second pass is going: frame depth (records count) and clause of the handler.
    var unwindTarget: (depth: Int, clause: Int) = (0, 0)
    /// Next clause to consider in the frame being unwound, when resuming after a finally.
    var unwindNextClause = 0
    /// The last filter's verdict.
    var filterResult = false
    /// Frame depths of running filter funclets (their frames handle no exceptions).
    var funcletFrames: Set<Int> = []
    /// Runtime async: reusable buffers of the chain being suspended or resumed.
    var suspendingFrames: [SuspendingFrame] = []
    var resumingFrames: [ResumingFrame] = []
    /// The MethodDesc addresses a stack trace being recorded adds (reused: no allocation per throw).
    var traceScratch: [UInt64] = []

    // MARK: Green-thread state (Threading/Scheduler.swift)

    /// `Thread.ManagedThreadId`: 1 for the main thread, then creation order.
    public let id: Int
    public internal(set) var status: Status = .unstarted
    /// The `System.Threading.Thread` object (a GC root), once corlib has made one.
    var managedObject: ObjectRef?
    /// Background threads do not keep the process alive once Main has returned.
    var isBackground = false
    /// The method the thread starts in and its arguments (written at the stack base).
    var startMethod: MethodHandle?
    /// True once the interpreter has saved this thread's running frame as the top frame
    /// record (it yielded or parked), so the next slice resumes instead of starting.
    var hasSuspendedFrame = false
    /// What the thread is parked on (for wake-ups and the deadlock report).
    var parkKey: WaitKey?
    /// Absolute monotonic deadline of a timed park, in nanoseconds.
    var parkDeadline: UInt64?
    /// Bumped by every park, so that a stale timer-heap entry is recognised.
    var parkSerial = 0
    /// How the last park ended; a blocking native re-executed after a wake-up consumes it.
    var wakeReason: WakeReason?
    /// `Thread.Interrupt` arrived while the thread was not parked.
    var pendingInterrupt = false
    /// Set while a Swift caller waits for this thread in a nested scheduling loop: only that
    /// caller may resume it.
    var pinned = false
    /// The deadline a blocking native keeps across its re-executions (Monitor.TryEnter).
    var blockingDeadline: UInt64?
    /// Monitor.Wait progress across its re-executions (see ThreadNatives.swift).
    var monitorWait: MonitorWaitState?
    /// Runtime async: the RuntimeAsyncTask.Run frames resuming a chain on this thread, innermost
    /// last (RuntimeAsync/Suspension.swift).
    var asyncBoundaries: [AsyncBoundary] = []
    /// What the last EndResume took off `asyncBoundaries`, until TakeLeaf/TakeNotifier.
    var endedLeaf: ObjectRef?
    var endedNotifier: ObjectRef?
    /// Per-thread storage of `[ThreadStatic]` fields, by thread-static block index.
    var threadStaticBlocks: [UnsafeMutableRawPointer?] = []

    init(id: Int, stackSlots: Int = 4 << 20, maxDepth: Int = 200_000) {
        self.id = id
        stack = UnsafeMutablePointer<UInt64>.allocate(capacity: stackSlots)
        stack.initialize(repeating: 0, count: 1024)
        self.stackSlots = stackSlots
        frameCapacity = 1024
        frames = UnsafeMutablePointer<FrameRecord>.allocate(capacity: frameCapacity)
        self.maxDepth = maxDepth
        frameLimit = min(frameCapacity, maxDepth)
        stackTop = stack
    }

    deinit {
        for b in threadStaticBlocks { free(b) }
        stack.deallocate()
        frames.deallocate()
    }

    @inline(__always)
    func pushFrame(_ record: FrameRecord) {
        if depth == frameCapacity { growFrames() }
        (frames + depth).initialize(to: record)
        depth += 1
    }

    /// The call instructions' push: the caller has checked `depth < frameLimit` (one compare
    /// covers both the record buffer's capacity and the depth limit).
    @inline(__always)
    func pushCallFrame(method: MethodHandle, returnPC: UnsafeMutablePointer<UInt64>, fp: UnsafeMutablePointer<UInt64>) {
        let offset = (Int(bitPattern: UInt(bitPattern: fp)) &- Int(bitPattern: UInt(bitPattern: stack))) >> 3
        (frames + depth).initialize(to: FrameRecord(method: method, returnPC: returnPC, fpOffset: offset))
        depth &+= 1
    }

    @inline(never)
    func growFrames() {
        let bigger = UnsafeMutablePointer<FrameRecord>.allocate(capacity: frameCapacity * 2)
        bigger.moveInitialize(from: frames, count: depth)
        frames.deallocate()
        frames = bigger
        frameCapacity *= 2
        frameLimit = min(frameCapacity, maxDepth)
    }

    /// Pops every record above `depth` at once (records are plain data: nothing to release).
    func dropFrames(to newDepth: Int) {
        if newDepth < depth { depth = newDepth }
    }

    @inline(__always)
    func popFrame() -> FrameRecord {
        depth &-= 1
        return (frames + depth).move()
    }

    func frame(at i: Int) -> FrameRecord { frames[i] }

    /// Where record `i`'s frame resumes (lazy resumption restores frames in place).
    func setReturnPC(_ pc: UnsafeMutablePointer<UInt64>?, at i: Int) { frames[i].returnPC = pc }
}
