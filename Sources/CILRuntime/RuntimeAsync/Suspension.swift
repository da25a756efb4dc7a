/// Suspending and resuming runtime-async chains (Documentation/RuntimeAsync.md).
///
/// A chain runs above the frame of the `RuntimeAsyncTask.Run` that resumed it (the
/// *boundary*), as ordinary frames:
///
/// ```
///  frame records                                   RuntimeAsyncFrames after a suspension
///  ┌───────────────────────────────┐
///  │ …                             │               (the boundary keeps the leaf)
///  │ RuntimeAsyncTask.Run  (D)     │ ◄ boundary      leaf ──Caller──► … ──Caller──► outermost
///  │ Outer$async        (async)    │ ─────────────────────────────────────────────► outermost
///  │ Inner$async        (async)    │ ────────────────────────────► …
///  └───────────────────────────────┘
///    AsyncHelpers.Await (running, the leaf) ──► leaf
/// ```
///
/// `asyncSuspend` copies each async frame's slots into its RuntimeAsyncFrame (allocated the
/// first time that frame suspends, reused after: the object's address sits in the frame's
/// hidden `asyncFrameSlot`), records where it continues, links them leaf → root, hands the
/// leaf and the notifier to the boundary and returns into D after its `asyncResume`.
/// `asyncResume` does the reverse above D's frame: the outermost frame's slots go at D's
/// call slot, each callee at its recorded offset, frame records are pushed for every frame
/// but the leaf, and the leaf continues after its `asyncSuspend`. The outermost frame's `ret`
/// returns into D with its result in the call slot, as any call would.
extension Runtime {
    /// A not-yet-started frame of async entry `variant` holding its `count` argument slots.
    @inline(never)
    func makeStartFrame(_ variant: MethodHandle, arguments: UnsafeMutablePointer<UInt64>, count: Int, thread: ManagedThread) -> ObjectRef? {
        guard let layout = try? asyncFrameLayout(),
              let frame = allocateObject(layout.type, thread: thread) else { return nil }
        let h = retain(frame)
        defer { release(handle: h) }
        guard let slots = allocateArray(layout.slotsArray, count: count, thread: thread) else { return nil }
        ObjectLayout.data(slots).copyMemory(from: arguments, byteCount: count * 8)
        frame.storeBytes(of: slots, toByteOffset: layout.slots, as: ObjectRef?.self)
        frame.storeBytes(of: UInt(bitPattern: variant.pointer), toByteOffset: layout.method, as: UInt.self)
        frame.storeBytes(of: Int32(-1), toByteOffset: layout.resumeOffset, as: Int32.self)
        return frame
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
        // The frames to capture, leaf first: the running one, then the callers down to D.
        // Resumption contexts: a frame whose callee is a user async method continues on the
        // SynchronizationContext it awaited under — the one current now, or the one it kept
        // from an earlier resume (its record then returns to the context check).
        let current = nonDefaultSynchronizationContext(thread)
        var frames: [(method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, resume: UnsafeMutablePointer<UInt64>, context: ObjectRef?)] =
            [(method, fp, leafResume, nil)]
        var i = thread.depth - 1
        while i > boundary.recordIndex {
            let r = thread.frame(at: i)
            guard var back = r.returnPC, r.method.pointer.pointee.flags.has(.asyncBody) else {
                throw ManagedThrow(exception: try newException("System.InvalidOperationException",
                    message: "A runtime-async method suspended across '\(r.method.info.owner.info.fullName).\(r.method.info.name)', which is not an async method."))
            }
            let frameFP = thread.stack + r.fpOffset
            var context: ObjectRef?
            let contextSlot = r.method.info.compiled?.asyncContextSlot ?? -1
            if back == asyncResumeStub, contextSlot >= 0 {
                back = r.method.pointer.pointee.code! + Int(frameFP[contextSlot + 4])
                context = frameFP.ref(contextSlot + 3)
            } else if (frames.last!.method.info.compiled?.asyncContextSlot ?? -1) >= 0 {
                context = current
            }
            frames.append((r.method, frameFP, back, context))
            i -= 1
        }
        let layout = try asyncFrameLayout()
        var inner: ObjectRef?
        var innerFP: UnsafeMutablePointer<UInt64>?
        var leaf: ObjectRef?
        for f in frames {
            let compiled = f.method.info.compiled!
            let slot = compiled.asyncFrameSlot
            let slotCount = Int(f.method.pointer.pointee.frameSlots)
            var frame = f.fp.ref(slot)
            if frame == nil {
                guard let made = allocateObject(layout.type, thread: thread) else { throw ManagedThrow(exception: try engineException(.outOfMemory)) }
                frame = made
                f.fp.setRef(slot, made)
            }
            let object = frame!
            var slots = object.load(fromByteOffset: layout.slots, as: ObjectRef?.self)
            if slots == nil || ObjectLayout.length(slots!) != slotCount {
                guard let made = allocateArray(layout.slotsArray, count: slotCount, thread: thread) else {
                    throw ManagedThrow(exception: try engineException(.outOfMemory))
                }
                slots = made
                object.storeBytes(of: made, toByteOffset: layout.slots, as: ObjectRef?.self)
            }
            ObjectLayout.data(slots!).copyMemory(from: f.fp, byteCount: slotCount * 8)
            object.storeBytes(of: UInt(bitPattern: f.method.pointer), toByteOffset: layout.method, as: UInt.self)
            object.storeBytes(of: Int32(f.resume - f.method.pointer.pointee.code!), toByteOffset: layout.resumeOffset, as: Int32.self)
            object.storeBytes(of: Int32(innerFP.map { $0 - f.fp } ?? 0), toByteOffset: layout.calleeOffset, as: Int32.self)
            object.storeBytes(of: UInt(bitPattern: f.fp), toByteOffset: layout.origin, as: UInt.self)
            object.storeBytes(of: f.context, toByteOffset: layout.context, as: ObjectRef?.self)
            object.storeBytes(of: nil as ObjectRef?, toByteOffset: layout.caller, as: ObjectRef?.self)
            if let inner { inner.storeBytes(of: object, toByteOffset: layout.caller, as: ObjectRef?.self) } else { leaf = object }
            inner = object
            innerFP = f.fp
        }
        thread.asyncBoundaries[thread.asyncBoundaries.count - 1].leaf = leaf
        thread.asyncBoundaries[thread.asyncBoundaries.count - 1].notifier = notifier
        thread.asyncBoundaries[thread.asyncBoundaries.count - 1].suspended = true
        // Return into D, after its asyncResume.
        while thread.depth > boundary.recordIndex + 1 { _ = thread.popFrame() }
        let d = thread.popFrame()
        let dfp = thread.stack + d.fpOffset
        thread.stackTop = dfp + Int(d.method.pointer.pointee.frameSlots)
        return (d.method, dfp, d.returnPC!)
    }

    /// Puts the chain of the RuntimeAsyncFrame at `fp[base]` back on the stack above the
    /// running frame (D) and returns the leaf's registers.
    @inline(never)
    func resumeChain(_ thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>,
                     base: Int) throws -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>) {
        let layout = try asyncFrameLayout()
        var chain: [(frame: ObjectRef, method: MethodHandle, code: UnsafeMutablePointer<UInt64>)] = []
        var next = fp.ref(base)
        while let f = next {
            let m = MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: f.load(fromByteOffset: layout.method, as: UInt.self))!)
            // Translate first: translation may allocate (string literals), and once the
            // copying below overwrites fp[base], only this array holds the inner frames.
            let code: UnsafeMutablePointer<UInt64>
            do { code = try prepare(m) } catch let e as RuntimeError { throw ManagedThrow(exception: try engineException(e)) }
            chain.append((f, m, code))
            next = f.load(fromByteOffset: layout.caller, as: ObjectRef?.self)
        }
        guard !chain.isEmpty else { throw ManagedThrow(exception: try engineException(.nullReference)) }
        if thread.depth + chain.count >= thread.maxDepth { throw stackOverflow() }
        thread.pushFrame(.init(method: method, returnPC: pc + 1, fpOffset: fp - thread.stack))
        thread.asyncBoundaries.append(AsyncBoundary(recordIndex: thread.depth - 1))
        let limit = thread.stack + thread.stackSlots
        var frameFP = fp + base
        // The chain's frames keep their relative layout, so byrefs into them (where they were
        // when they suspended) move by one delta.
        let outermost = chain.last!.frame
        let origin = outermost.load(fromByteOffset: layout.origin, as: UInt.self)
        let leafFrame = chain.first!.frame
        let leafSlots = leafFrame.load(fromByteOffset: layout.slots, as: ObjectRef?.self).map(ObjectLayout.length) ?? 0
        let originEnd = leafFrame.load(fromByteOffset: layout.origin, as: UInt.self) &+ UInt(leafSlots * 8)
        let delta = UInt(bitPattern: fp + base) &- origin
        var result: (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>)?
        for (k, (frame, m, code)) in chain.reversed().enumerated() {
            if frameFP + Int(m.pointer.pointee.frameSlots) >= limit { throw stackOverflow() }
            let slots = frame.load(fromByteOffset: layout.slots, as: ObjectRef?.self)!
            let count = ObjectLayout.length(slots)
            frameFP.update(from: ObjectLayout.data(slots).assumingMemoryBound(to: UInt64.self), count: count)
            if origin != 0 {
                for i in 0..<count where UInt(frameFP[i]) >= origin && UInt(frameFP[i]) < originEnd {
                    frameFP[i] = UInt64(UInt(frameFP[i]) &+ delta)
                }
            }
            let offset = Int(frame.load(fromByteOffset: layout.resumeOffset, as: Int32.self))
            var resume = code + max(offset, 0)
            if offset < 0 {
                // Not started: the slots were its arguments.
                zeroLocals(m, frameFP)
                if let slot = m.info.compiled?.asyncFrameSlot, slot >= 0 { frameFP.setRef(slot, frame) }
                resume = code
            } else if let slot = m.info.compiled?.asyncContextSlot, slot >= 0 {
                // Resumed: its exit leaves the thread's contexts to the dispatcher, as a classic
                // state machine's MoveNext does after a resume.
                frameFP[slot + 5] = 1
            }
            thread.stackTop = frameFP + Int(m.pointer.pointee.frameSlots)
            if k == chain.count - 1 {
                result = (m, frameFP, resume)
            } else {
                var returnPC = resume
                if let context = frame.load(fromByteOffset: layout.context, as: ObjectRef?.self),
                   let contextSlot = m.info.compiled?.asyncContextSlot, contextSlot >= 0 {
                    // Return through the context check (asyncCheckContext).
                    frameFP.setRef(contextSlot + 3, context)
                    frameFP[contextSlot + 4] = UInt64(resume - code)
                    returnPC = asyncResumeStub
                }
                thread.pushFrame(.init(method: m, returnPC: returnPC, fpOffset: frameFP - thread.stack))
                frameFP += Int(frame.load(fromByteOffset: layout.calleeOffset, as: Int32.self))
            }
        }
        return result!
    }

    /// A resumed frame returned through the context check: continue if its SynchronizationContext
    /// is current; otherwise suspend the rest of the chain, to be posted to that context.
    @inline(never)
    func checkResumeContext(_ thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>)
        throws -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>) {
        let slot = method.info.compiled!.asyncContextSlot
        let resume = method.pointer.pointee.code! + Int(fp[slot + 4])
        guard let expected = fp.ref(slot + 3) else { return (method, fp, resume) }
        fp[slot + 3] = 0
        if nonDefaultSynchronizationContext(thread) == expected { return (method, fp, resume) }
        return try suspendChain(thread, method: method, fp: fp, resume: resume, notifier: expected)
    }

    /// The running thread's SynchronizationContext, unless none or the default (base class) one.
    func nonDefaultSynchronizationContext(_ thread: ManagedThread) -> ObjectRef? {
        guard let context = threadContexts(thread).synchronization else { return nil }
        if ObjectLayout.type(context).info.fullName == "System.Threading.SynchronizationContext" { return nil }
        return context
    }

    /// Field offsets of corlib's RuntimeAsyncFrame (looked up once).
    func asyncFrameLayout() throws -> AsyncFrameLayout {
        if let l = asyncFrameLayoutCache { return l }
        let type = try corlibType("System.Runtime.CompilerServices.RuntimeAsyncFrame")
        try complete(type)
        func offset(_ name: String) throws -> Int {
            guard let f = type.info.fields.first(where: { $0.name == name }) else {
                throw RuntimeError.missingField("CILKit's corlib lacks RuntimeAsyncFrame.\(name).")
            }
            return f.offset
        }
        let l = AsyncFrameLayout(type: type, slotsArray: try arrayType(of: wellKnown.object), caller: try offset("Caller"),
                                 method: try offset("Method"), resumeOffset: try offset("ResumeOffset"),
                                 calleeOffset: try offset("CalleeOffset"), origin: try offset("Origin"), context: try offset("Context"),
                                 slots: try offset("Slots"))
        asyncFrameLayoutCache = l
        return l
    }
}

/// Where the fields of corlib's `RuntimeAsyncFrame` are.
struct AsyncFrameLayout {
    var type: TypeHandle
    /// `object[]`, the type of `Slots`.
    var slotsArray: TypeHandle
    var caller: Int
    var method: Int
    var resumeOffset: Int
    var calleeOffset: Int
    var origin: Int
    var context: Int
    var slots: Int
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

extension NativeMethods {
    func registerRuntimeAsync() {
        register("System.Runtime.CompilerServices.RuntimeAsync::EndResume()") { _, thread, a in
            guard let b = thread.asyncBoundaries.popLast() else { a.setBool(0, false); return }
            thread.endedLeaf = b.leaf
            thread.endedNotifier = b.notifier
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
