/// Suspending and resuming runtime-async chains (Documentation/RuntimeAsync.md).
///
/// A chain runs above the frame of the `RuntimeAsyncTask.Run` that resumed it (the
/// *boundary*), as ordinary frames:
///
/// ```
///  frame records                                   frame objects (AsyncFrame) after a suspension
///  ┌───────────────────────────────┐
///  │ …                             │               (the boundary keeps the leaf)
///  │ RuntimeAsyncTask.Run  (D)     │ ◄ boundary      leaf ──Caller──► … ──Caller──► outermost
///  │ Outer$async        (async)    │ ─────────────────────────────────────────────► outermost
///  │ Inner$async        (async)    │ ────────────────────────────► …
///  └───────────────────────────────┘
///    AsyncHelpers.Await (running, the leaf) ──► leaf
/// ```
///
/// `asyncSuspend` copies each async frame.s slots into its frame object (allocated the
/// first time that frame suspends, reused after: the object's address sits in the frame's
/// hidden `asyncFrameSlot`), records where it continues, links them leaf → root, hands the
/// leaf and the notifier to the boundary and returns into D after its `asyncResume`.
/// `asyncResume` does the reverse above D's frame, lazily: every frame gets its position (the
/// outermost at D's call slot, each callee at its recorded offset) and, but the leaf, a frame
/// record; only the leaf's slots are copied back (with the callers of frames whose arguments
/// may address their caller, `MethodFlags.addressArguments`). Each other frame holds just its
/// frame object and returns to the lazy stub (`asyncRestoreFrame`), which copies it back when
/// its callee returns; a suspension leaves a frame still in that state as it is (its object
/// is current) and only relinks it. The outermost frame's `ret` returns into D with its result
/// in the call slot, as any call would.
extension Runtime {
    /// Starts a chain: async entry fp[base] as a new frame at `fp + base` with the arguments
    /// copied from address fp[base + 1] (the Task entry's frame), above the running frame (D,
    /// RuntimeAsyncTask.Run), which becomes the chain's boundary.
    @inline(never)
    func startChain(_ thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>,
                    base: Int) throws -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>) {
        let entry = MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(fp[base]))!)
        let arguments = UnsafeMutablePointer<UInt64>(bitPattern: UInt(fp[base + 1]))!
        let code: UnsafeMutablePointer<UInt64>
        do { code = try prepare(entry) } catch let e as RuntimeError { throw ManagedThrow(exception: try engineException(e)) }
        let frameFP = fp + base
        if frameFP + Int(entry.pointer.pointee.frameSlots) >= thread.stack + thread.stackSlots || thread.depth >= thread.maxDepth {
            throw stackOverflow()
        }
        thread.pushFrame(.init(method: method, returnPC: pc + 1, fpOffset: fp - thread.stack))
        thread.asyncBoundaries.append(AsyncBoundary(recordIndex: thread.depth - 1))
        frameFP.update(from: arguments, count: Int(entry.pointer.pointee.argSlots))
        zeroLocals(entry, frameFP)
        thread.stackTop = frameFP + Int(entry.pointer.pointee.frameSlots)
        return (entry, frameFP, code)
    }

    /// Captures the chain from the running leaf frame to the innermost boundary and returns
    /// the boundary frame's registers (continuing after its `asyncResume`).
    @inline(never)
    func suspendChain(_ thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, resume leafResume: UnsafeMutablePointer<UInt64>,
                      notifier: ObjectRef?) throws -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>) {
        guard let notifier else { throw ManagedThrow(exception: try engineException(.nullReference)) }
        guard let boundary = thread.asyncBoundaries.last, boundary.recordIndex < thread.depth else {
            throw ManagedThrow(exception: try newException("System.InvalidOperationException",
                message: "An async helper suspended outside a runtime-async method chain."))
        }
        // Resumption contexts: a frame whose callee is a user async method continues on the
        // SynchronizationContext it awaited under — the one current now, or the one it kept
        // from an earlier resume (its record then returns to the context check).
        let current = nonDefaultSynchronizationContext(thread)
        // The thread's reusable buffer: no malloc per suspension.
        var frames = thread.suspendingFrames
        thread.suspendingFrames = []
        defer { frames.removeAll(keepingCapacity: true); thread.suspendingFrames = frames }
        frames.append((method, fp, leafResume, nil, false))
        var i = thread.depth - 1
        while i > boundary.recordIndex {
            let r = thread.frame(at: i)
            guard var back = r.returnPC, r.method.pointer.pointee.flags.has(.asyncBody) else {
                throw ManagedThrow(exception: try newException("System.InvalidOperationException",
                    message: "A runtime-async method suspended across '\(r.method.info.owner.info.fullName).\(r.method.info.name)', which is not an async method."))
            }
            let frameFP = thread.stack + r.fpOffset
            var context: ObjectRef?
            let lazy = back == asyncLazyStub
            if back == asyncResumeStub || lazy, case let slot = Int(r.method.pointer.pointee.asyncFrameSlot), slot >= 0, let object = frameFP.ref(slot) {
                back = r.method.pointer.pointee.code! + Int(AsyncFrame(object).resumeOffset)
                context = AsyncFrame(object).context
            } else if frames[frames.count - 1].method.pointer.pointee.asyncContextSlot >= 0 {
                // A fused `ConfigureAwait(false)` await marks its call instruction (c = 1).
                let call = (back - 2).pointee
                let configuredFalse = decodeOp(call) == .call && call >> 48 == 1
                context = configuredFalse ? nil : current
            }
            frames.append((r.method, frameFP, back, context, lazy))
            // Frames are restored from the innermost outward, so every frame beyond the
            // first lazy one is lazy too, and their frame objects and `caller` links are as
            // the suspension that saved them left them: the walk stops here, and a leaf that
            // suspends again under a deep chain costs the same at any depth.
            if lazy {
                assert((boundary.recordIndex + 1..<i).allSatisfy { thread.frame(at: $0).returnPC == asyncLazyStub })
                break
            }
            i -= 1
        }
        let type = try asyncFrameType()
        var inner: AsyncFrame?
        var innerFP: UnsafeMutablePointer<UInt64>?
        var leaf: ObjectRef?
        // The await helper at the leaf is not kept: its caller resumes at the helper call
        // itself (`Await(task)`: called again, it finds the task complete and returns its
        // result) or just after it (`UnsafeAwaitAwaiter`: the caller calls GetResult next).
        // (ValueTask awaits keep theirs; see awaitHelperResumesAtCall.)
        // So suspending allocates nothing for the helper, and a frame that suspends again
        // allocates nothing at all.
        var first = 0
        if frames.count > 1, let reexecute = awaitHelperResumesAtCall(frames[0].method) {
            let helper = frames[0]
            first = 1
            if reexecute {
                frames[1].resume -= 2   // the helper's `call` instruction (2 words)
                innerFP = helper.fp + Int(helper.method.pointer.pointee.argSlots)
            } else {
                innerFP = helper.fp
            }
        }
        for f in frames[first...] {
            if f.lazy {
                // Not run since the chain last resumed (its record still returns to the
                // lazy stub): its frame object is current. Only the links change.
                // (Its `caller` link, to the next lazy frame or nil, stays.)
                let object = f.fp.ref(Int(f.method.pointer.pointee.asyncFrameSlot))!
                let frame = AsyncFrame(object)
                if let inner { inner.caller = object } else { leaf = object }
                inner = frame
                innerFP = f.fp
                continue
            }
            // A caller keeps only the slots below its callee's frame (the callee's own snapshot
            // restores the rest); the leaf keeps its whole frame.
            let count = innerFP.map { $0 - f.fp } ?? Int(f.method.pointer.pointee.frameSlots)
            let slot = Int(f.method.pointer.pointee.asyncFrameSlot)
            var object = f.fp.ref(slot)
            if object == nil || ObjectLayout.length(object!) < AsyncFrame.headerWords + count {
                guard let made = allocateArray(type, count: AsyncFrame.headerWords + count, thread: thread) else {
                    throw ManagedThrow(exception: try engineException(.outOfMemory))
                }
                scheduler.continuations += 1
                object = made
            }
            f.fp.setRef(slot, object)
            let frame = AsyncFrame(object!)
            frame.slots.update(from: f.fp, count: count)
            frame.count = count
            frame.method = f.method
            frame.resumeOffset = Int32(f.resume - f.method.pointer.pointee.code!)
            frame.calleeOffset = Int32(count)
            frame.origin = UInt(bitPattern: f.fp)
            frame.context = f.context
            frame.caller = nil
            if let inner { inner.caller = object } else { leaf = object }
            inner = frame
            innerFP = f.fp
        }
        thread.asyncBoundaries[thread.asyncBoundaries.count - 1].leaf = leaf
        thread.asyncBoundaries[thread.asyncBoundaries.count - 1].notifier = notifier
        thread.asyncBoundaries[thread.asyncBoundaries.count - 1].suspended = true
        // Return into D, after its asyncResume.
        thread.dropFrames(to: boundary.recordIndex + 1)
        let d = thread.popFrame()
        let dfp = thread.stack + d.fpOffset
        thread.stackTop = dfp + Int(d.method.pointer.pointee.frameSlots)
        return (d.method, dfp, d.returnPC!)
    }

    /// Puts the chain of the frame object at `fp[base]` back on the stack above the running
    /// frame (D) and returns the leaf's registers.
    @inline(never)
    func resumeChain(_ thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>,
                     base: Int) throws -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>) {
        var chain = thread.resumingFrames
        thread.resumingFrames = []
        defer { chain.removeAll(keepingCapacity: true); thread.resumingFrames = chain }
        var next = fp.ref(base)
        if recordAsyncStacks, let leaf = next { suspendedChains[leaf] = nil }
        while let object = next {
            let f = AsyncFrame(object)
            let m = f.method
            // Translate first: translation may allocate (string literals), and once the
            // copying below overwrites fp[base], only this array holds the inner frames.
            var code: UnsafeMutablePointer<UInt64>
            if let translated = m.pointer.pointee.code {
                code = translated
            } else {
                do { code = try prepare(m) } catch let e as RuntimeError { throw ManagedThrow(exception: try engineException(e)) }
            }
            chain.append((f, m, code))
            next = f.caller
        }
        guard !chain.isEmpty else { throw ManagedThrow(exception: try engineException(.nullReference)) }
        if thread.depth + chain.count >= thread.maxDepth { throw stackOverflow() }
        thread.pushFrame(.init(method: method, returnPC: pc + 1, fpOffset: fp - thread.stack))
        thread.asyncBoundaries.append(AsyncBoundary(recordIndex: thread.depth - 1))
        let limit = thread.stack + thread.stackSlots
        // Only the leaf is copied back now — and, while a copied frame's arguments may address
        // its caller's frame (addressArguments), its caller too: the *eager* frames. Every
        // other frame gets its position, its frame object in its frame-object slot and a
        // record returning to the lazy stub, which copies it back when its callee returns.
        var eager = 1
        while eager < chain.count && chain[eager - 1].method.pointer.pointee.flags.has(.addressArguments) { eager += 1 }
        var frameFP = fp + base
        // The eager frames were saved by one suspension (a frame with addressArguments is
        // never left on its object while its callee runs) and keep their relative layout, so
        // byrefs into them (where they were when they suspended) move by one delta.
        let leafFrame = chain.first!.frame
        let originEnd = leafFrame.origin &+ UInt(leafFrame.count * 8)
        var origin: UInt = 0, delta: UInt = 0
        var result: (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>)?
        for (k, (frame, m, code)) in chain.reversed().enumerated() {
            if frameFP + Int(m.pointer.pointee.frameSlots) >= limit { throw stackOverflow() }
            let fromLeaf = chain.count - 1 - k
            if fromLeaf >= eager {
                frameFP.setRef(Int(m.pointer.pointee.asyncFrameSlot), frame.object)
                thread.pushFrame(.init(method: m, returnPC: asyncLazyStub, fpOffset: frameFP - thread.stack))
                frameFP += Int(frame.calleeOffset)
                continue
            }
            if fromLeaf == eager - 1 {
                origin = frame.origin
                delta = UInt(bitPattern: frameFP) &- origin
            }
            restoreSlots(frame, at: frameFP, from: origin, to: originEnd, delta: delta)
            // (A resumed frame — its frame object says so — leaves the thread's
            // SynchronizationContext to the dispatcher at its exit; see asyncLeave.)
            thread.stackTop = frameFP + Int(m.pointer.pointee.frameSlots)
            if fromLeaf == 0 {
                result = (m, frameFP, code + Int(frame.resumeOffset))
            } else {
                thread.pushFrame(.init(method: m, returnPC: restoredReturnPC(m, frame, code: code), fpOffset: frameFP - thread.stack))
                frameFP += Int(frame.calleeOffset)
            }
        }
        return result!
    }

    /// Where a restored frame's record returns: its resume point, or — when it must continue on
    /// its SynchronizationContext — the context check (asyncCheckContext), which finds the
    /// context and the resume offset in the frame object (in the frame-object slot).
    @inline(__always)
    func restoredReturnPC(_ m: MethodHandle, _ frame: AsyncFrame, code: UnsafeMutablePointer<UInt64>) -> UnsafeMutablePointer<UInt64> {
        frame.context != nil && m.pointer.pointee.asyncContextSlot >= 0 ? asyncResumeStub : code + Int(frame.resumeOffset)
    }

    /// Copies a frame object's saved slots to `fp`, moving every word in [low, high) — byrefs
    /// into the frames saved with it, where they were — by `delta`.
    @inline(__always)
    func restoreSlots(_ frame: AsyncFrame, at fp: UnsafeMutablePointer<UInt64>, from low: UInt, to high: UInt, delta: UInt) {
        let count = frame.count
        fp.update(from: frame.slots, count: count)
        if low != 0 {
            for i in 0..<count where UInt(fp[i]) >= low && UInt(fp[i]) < high {
                fp[i] = UInt64(UInt(fp[i]) &+ delta)
            }
        }
    }

    /// Copies back a frame that a resumption left on its frame object (its record returned to
    /// the lazy stub): the frame at `fp` running `method`, whose record is `index` (the thread's
    /// depth when it is the running frame, its record popped) — and, while the restored frame
    /// has addressArguments, its caller if that one is lazy too, and so on. The records of the
    /// restored frames that are not running then return to their resume points (or the context
    /// check). Returns the frame object of the frame at `fp`.
    @discardableResult
    func restoreLazyFrames(_ thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, index: Int) -> AsyncFrame {
        let frame = AsyncFrame(fp.ref(Int(method.pointer.pointee.asyncFrameSlot))!)
        let end = frame.origin &+ UInt(frame.count * 8)
        let delta = UInt(bitPattern: fp) &- frame.origin
        if !method.pointer.pointee.flags.has(.addressArguments) {
            restoreSlots(frame, at: fp, from: frame.origin, to: end, delta: delta)
            if index < thread.depth { thread.setReturnPC(restoredReturnPC(method, frame, code: method.pointer.pointee.code!), at: index) }
            return frame
        }
        // Its arguments may address its callers' frames: restore those saved with it. They were
        // saved by the same suspension (see resumeChain), so one delta moves byrefs into any.
        var group: [(frame: AsyncFrame, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, index: Int)] = [(frame, method, fp, index)]
        var i = index - 1
        while group.last!.method.pointer.pointee.flags.has(.addressArguments), i >= 0, case let r = thread.frame(at: i), r.returnPC == asyncLazyStub {
            let callerFP = thread.stack + r.fpOffset
            group.append((AsyncFrame(callerFP.ref(Int(r.method.pointer.pointee.asyncFrameSlot))!), r.method, callerFP, i))
            i -= 1
        }
        let low = group.last!.frame.origin
        for g in group {
            restoreSlots(g.frame, at: g.fp, from: low, to: end, delta: delta)
            if g.index < thread.depth { thread.setReturnPC(restoredReturnPC(g.method, g.frame, code: g.method.pointer.pointee.code!), at: g.index) }
        }
        return frame
    }

    /// `asyncRestoreFrame`, the lazy stub: the callee of a frame left on its frame object
    /// returned (its result is already at the frame's callee offset, above the saved slots).
    /// Copy the frame back and continue — on its SynchronizationContext, as checkResumeContext.
    @inline(never)
    func restoreReturnedFrame(_ thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>)
        throws -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>) {
        let frame = restoreLazyFrames(thread, method: method, fp: fp, index: thread.depth)
        let resume = method.pointer.pointee.code! + Int(frame.resumeOffset)
        guard let expected = frame.context, method.pointer.pointee.asyncContextSlot >= 0 else { return (method, fp, resume) }
        frame.context = nil
        if nonDefaultSynchronizationContext(thread) == expected { return (method, fp, resume) }
        return try suspendChain(thread, method: method, fp: fp, resume: resume, notifier: expected)
    }

    /// For a corlib `AsyncHelpers` await method: whether its caller resumes by calling it again
    /// (the `Await` overloads) rather than after it (`UnsafeAwaitAwaiter`, `AwaitAwaiter`); nil
    /// for any other method.
    func awaitHelperResumesAtCall(_ m: MethodHandle) -> Bool? {
        let info = m.info
        if let known = info.awaitHelperKind { return known == 0 ? nil : known == 1 }
        let kind = Self.classifyAwaitHelper(info)
        info.awaitHelperKind = kind == nil ? 0 : kind! ? 1 : 2
        return kind
    }

    static func classifyAwaitHelper(_ info: MethodInfo) -> Bool? {
        guard info.assembly?.isCorlib == true, info.owner.info.fullName == "System.Runtime.CompilerServices.AsyncHelpers" else { return nil }
        switch info.name {
        case "Await":
            // Asking a Task again whether it is complete is invisible; asking an
            // IValueTaskSource is not (GetStatus), so ValueTask awaits keep the helper frame.
            switch info.parameterTypes.first?.info.definitionName {
            case "System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1",
                 "System.Runtime.CompilerServices.ConfiguredTaskAwaitable", "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1":
                return true
            default:
                return nil
            }
        case "UnsafeAwaitAwaiter", "AwaitAwaiter": return false
        default: return nil
        }
    }

    /// A resumed frame returned through the context check: continue if its SynchronizationContext
    /// is current; otherwise suspend the rest of the chain, to be posted to that context.
    @inline(never)
    func checkResumeContext(_ thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>)
        throws -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>) {
        let frame = AsyncFrame(fp.ref(Int(method.pointer.pointee.asyncFrameSlot))!)
        let resume = method.pointer.pointee.code! + Int(frame.resumeOffset)
        guard let expected = frame.context else { return (method, fp, resume) }
        frame.context = nil
        if nonDefaultSynchronizationContext(thread) == expected { return (method, fp, resume) }
        return try suspendChain(thread, method: method, fp: fp, resume: resume, notifier: expected)
    }

    /// The running thread's SynchronizationContext, unless none or the default (base class) one.
    func nonDefaultSynchronizationContext(_ thread: ManagedThread) -> ObjectRef? {
        guard let context = threadContexts(thread).synchronization else { return nil }
        if baseSynchronizationContextType == nil { baseSynchronizationContextType = try? corlibType("System.Threading.SynchronizationContext") }
        if ObjectLayout.type(context) == baseSynchronizationContextType { return nil }
        return context
    }

    /// `object[]`, the type of frame objects.
    func asyncFrameType() throws -> TypeHandle {
        if let t = wellKnown.objectArray { return t }
        let t = try arrayType(of: wellKnown.object)
        wellKnown.objectArray = t
        return t
    }
}

/// A frame `suspendChain` captures: where it runs, where it continues, the context it resumes on.
typealias SuspendingFrame = (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, resume: UnsafeMutablePointer<UInt64>, context: ObjectRef?,
                              lazy: Bool)
/// A frame `resumeChain` puts back: its frame object, method and code.
typealias ResumingFrame = (frame: AsyncFrame, method: MethodHandle, code: UnsafeMutablePointer<UInt64>)

/// A suspended (or not yet started) frame of a runtime-async method: one `object[]`.
///
/// ```
///  [0] caller       the next frame toward the root (an object[]), or null
///  [1] method       MethodDesc* of the async body                          (raw)
///  [2] offsets      resume offset (IR words) | callee offset << 32
///                   | slots saved << 48  (frames are under 0xFFF0 slots)  (raw)
///  [3] origin       address of the frame's first slot when it suspended    (raw)
///  [4] context      SynchronizationContext to continue on, or null
///  [5…] slots       the frame's VM slots (a caller: only those below its callee's frame)
/// ```
/// The collector marks every element of an `object[]` through `markWord`, which ignores
/// words that are not object addresses, so raw words and references can share it.
struct AsyncFrame {
    static let headerWords = 5
    let object: ObjectRef
    init(_ object: ObjectRef) { self.object = object }

    private var words: UnsafeMutablePointer<UInt64> { ObjectLayout.data(object).assumingMemoryBound(to: UInt64.self) }
    var slots: UnsafeMutablePointer<UInt64> { words + Self.headerWords }

    var caller: ObjectRef? {
        get { UnsafeMutableRawPointer(bitPattern: UInt(words[0])) }
        nonmutating set { words[0] = UInt64(UInt(bitPattern: newValue)) }
    }
    var method: MethodHandle {
        get { MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(words[1]))!) }
        nonmutating set { words[1] = UInt64(UInt(bitPattern: newValue.pointer)) }
    }
    var resumeOffset: Int32 {
        get { Int32(truncatingIfNeeded: words[2]) }
        nonmutating set { words[2] = (words[2] & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(bitPattern: newValue)) }
    }
    var calleeOffset: Int32 {
        get { Int32(truncatingIfNeeded: (words[2] >> 32) & 0xFFFF) }
        nonmutating set { words[2] = (words[2] & ~(0xFFFF << 32)) | UInt64(UInt16(truncatingIfNeeded: newValue)) << 32 }
    }
    var origin: UInt {
        get { UInt(words[3]) }
        nonmutating set { words[3] = UInt64(newValue) }
    }
    var context: ObjectRef? {
        get { UnsafeMutableRawPointer(bitPattern: UInt(words[4])) }
        nonmutating set { words[4] = UInt64(UInt(bitPattern: newValue)) }
    }
    var count: Int {
        get { Int((words[2] >> 48) & 0xFFFF) }
        nonmutating set { words[2] = (words[2] & 0x0000_FFFF_FFFF_FFFF) | UInt64(UInt16(truncatingIfNeeded: newValue)) << 48 }
    }
}

/// A `RuntimeAsyncTask.Run` frame resuming a chain: suspensions return to it.
struct AsyncBoundary {
    /// Index of D's frame record (pushed by `asyncResume`).
    var recordIndex: Int
    var suspended = false
    /// After a suspension: the chain's leaf frame and what it waits on (GC roots).
    var leaf: ObjectRef?
    var notifier: ObjectRef?
}

/// `cilkit run --async-stacks`: the suspended chains, leaf → root.
extension Runtime {
    public func asyncStacksReport(title: String) -> String? {
        guard recordAsyncStacks, !suspendedChains.isEmpty else { return nil }
        var lines = ["\(title) (\(suspendedChains.count)):"]
        let chains = suspendedChains.map { (leaf: $0.key, notifier: $0.value) }
            .sorted { UInt(bitPattern: $0.leaf) < UInt(bitPattern: $1.leaf) }
        for c in chains {
            lines.append("  awaiting a " + ObjectLayout.type(c.notifier).info.fullName)
            var next: ObjectRef? = c.leaf
            while let object = next {
                let frame = AsyncFrame(object)
                lines.append("     at " + stackTraceName(frame.method))
                next = frame.caller
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension NativeMethods {
    func registerRuntimeAsync() {
        register("System.Runtime.CompilerServices.RuntimeAsync::EndResume()") { rt, thread, a in
            guard let b = thread.asyncBoundaries.popLast() else { a.setBool(0, false); return }
            thread.endedLeaf = b.leaf
            thread.endedNotifier = b.notifier
            if rt.recordAsyncStacks, let leaf = b.leaf, let notifier = b.notifier { rt.suspendedChains[leaf] = notifier }
            a.setBool(0, b.suspended)
        }
        register("System.Runtime.CompilerServices.RuntimeAsync::TakeLeaf()") { _, thread, a in
            a.setRef(0, thread.endedLeaf)
            thread.endedLeaf = nil
        }
        register("System.Runtime.CompilerServices.RuntimeAsync::TakeNotifier()") { _, thread, a in
            a.setRef(0, thread.endedNotifier)
            thread.endedNotifier = nil
        }
    }
}
