/// The runtime-async instructions, executed out of the dispatch loop (they are rare next to
/// arithmetic, and every case inside `execute` costs the hot ones register pressure).
extension Runtime {
    /// `runtimeAsyncInstruction`, with a managed exception returned rather than thrown (no
    /// error path in the dispatch loop).
    @inline(never)
    func runtimeAsyncStep(_ w: UInt64, thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>,
                          pc: UnsafeMutablePointer<UInt64>) throws
        -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>, thrown: ObjectRef?) {
        do {
            let next = try runtimeAsyncInstruction(w, thread: thread, method: method, fp: fp, pc: pc)
            return (next.method, next.fp, next.pc, nil)
        } catch let e as ManagedThrow {
            return (method, fp, pc, e.exception)
        }
    }

    /// Executes the runtime-async instruction `w` at `pc` and returns the registers to continue
    /// with. Managed exceptions come back as `ManagedThrow` (raised at `pc`).
    @inline(never)
    func runtimeAsyncInstruction(_ w: UInt64, thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>,
                                 pc: UnsafeMutablePointer<UInt64>) throws -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>) {
        let a = Int(truncatingIfNeeded: (w >> 16) & 0xFFFF)
        switch decodeOp(w) {
        case .asyncThunk:
            // A runtime-async method's Task entry (AsyncEntries.swift): the start helper gets
            // the async entry and where this frame's arguments are (nothing is allocated for
            // them: the chain's first frame is made from them in place).
            fp[a] = pc[1]
            fp[a + 1] = UInt64(UInt(bitPattern: fp))
            let helper = MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(pc[2]))!)
            return try enterCall(helper, thread: thread, caller: method, callerFP: fp, returnPC: pc + 3, calleeFP: fp + a)
        case .asyncStart:
            return try startChain(thread, method: method, fp: fp, pc: pc, base: a)
        case .callVirtAsync:
            guard let this = fp.ref(a) else { throw ManagedThrow(exception: try engineException(.nullReference)) }
            let declared = MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(pc[1]))!)
            var target = try dispatchSlowly(declared, this: this)
            var returnPC = pc + 3
            if target.pointer.pointee.flags.has(.runtimeAsync) && !target.pointer.pointee.flags.has(.asyncBody) {
                do { target = try asyncVariant(of: target) } catch let e as RuntimeError { throw ManagedThrow(exception: try engineException(e)) }
                returnPC = pc + Int(pc[2])
            }
            if target.pointer.pointee.owner.desc.kind == .valueType {
                // A value type's override called on its boxed form: `this` is the boxed value.
                fp[a] = UInt64(UInt(bitPattern: this + ObjectLayout.headerSize))
            }
            return try enterCall(target, thread: thread, caller: method, callerFP: fp, returnPC: returnPC, calleeFP: fp + a)
        case .asyncSuspend:
            return try suspendChain(thread, method: method, fp: fp, resume: pc + 1, notifier: fp.ref(a))
        case .asyncResume:
            return try resumeChain(thread, method: method, fp: fp, pc: pc, base: a)
        case .asyncCheckContext:
            return try checkResumeContext(thread, method: method, fp: fp)
        case .asyncRestoreFrame:
            return try restoreReturnedFrame(thread, method: method, fp: fp)
        case .asyncEnter:
            // (The dispatch loop calls saveAsyncContexts itself.)
            saveAsyncContexts(thread, fp + a)
            return (method, fp, pc + 1)
        case .asyncLeave:
            let contexts = threadContexts(thread)
            // A resumed frame leaves the thread's SynchronizationContext alone (it belongs to
            // the thread the chain resumed on) but still hands its caller the
            // ExecutionContext the caller had at the call.
            // (A frame holds a frame object only once it has suspended, so it was resumed.)
            let resumed = fp[a - 1] != 0
            let synchronization = resumed ? contexts.synchronization : fp.ref(a + 1)
            if contexts.execution == fp.ref(a) && contexts.synchronization == synchronization { return (method, fp, pc + 1) }
            // Restore them in managed code (AsyncLocal change notifications), then go on.
            let helper: MethodHandle
            do { helper = try restoreContextsMethod() } catch let e as RuntimeError { throw ManagedThrow(exception: try engineException(e)) }
            let calleeFP = fp + Int(method.pointer.pointee.frameSlots)
            calleeFP[0] = fp[a]
            calleeFP.setRef(1, synchronization)
            return try enterCall(helper, thread: thread, caller: method, callerFP: fp, returnPC: pc + 1, calleeFP: calleeFP)
        default:
            fatalError("not a runtime-async instruction")
        }
    }

    /// The common cases of `asyncLeave` and `asyncRestoreFrame`, one direct call from the
    /// dispatch loop: the instruction's next pc, or nil for the generic out-of-line path.
    @inline(never)
    func asyncFastPath(_ w: UInt64, thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>,
                       pc: UnsafeMutablePointer<UInt64>) -> UnsafeMutablePointer<UInt64>? {
        if decodeOp(w) == .asyncLeave {
            return asyncContextsUnchanged(thread, fp + Int(truncatingIfNeeded: (w >> 16) & 0xFFFF)) ? pc + 1 : nil
        }
        return restoreFrameQuickly(method, fp)
    }

    /// `asyncRestoreFrame`'s common case, as a direct call from the dispatch loop: a lazily
    /// resumed frame without address arguments or a context to check — copy it back and
    /// return its resume point; nil sends the instruction down the generic out-of-line path.
    @inline(never)
    func restoreFrameQuickly(_ method: MethodHandle, _ fp: UnsafeMutablePointer<UInt64>) -> UnsafeMutablePointer<UInt64>? {
        let d = method.pointer
        guard !d.pointee.flags.has(.addressArguments), let object = fp.ref(Int(d.pointee.asyncFrameSlot)) else { return nil }
        let frame = AsyncFrame(object)
        if frame.context != nil && d.pointee.asyncContextSlot >= 0 { return nil }
        restoreSlots(frame, at: fp, from: frame.origin, to: frame.origin &+ UInt(frame.count * 8), delta: UInt(bitPattern: fp) &- frame.origin)
        return d.pointee.code! + Int(frame.resumeOffset)
    }

    /// `asyncEnter`: the thread's ExecutionContext and SynchronizationContext into `slots[0]`,
    /// `slots[1]` (a direct call from the dispatch loop: every async call runs it).
    @inline(never)
    func saveAsyncContexts(_ thread: ManagedThread, _ slots: UnsafeMutablePointer<UInt64>) {
        let contexts = threadContexts(thread)
        slots.setRef(0, contexts.execution)
        slots.setRef(1, contexts.synchronization)
    }

    /// `asyncLeave`'s common case: the contexts are what the body must leave behind, so there
    /// is nothing to restore (otherwise `runtimeAsyncInstruction` calls RestoreContexts).
    @inline(never)
    func asyncContextsUnchanged(_ thread: ManagedThread, _ slots: UnsafeMutablePointer<UInt64>) -> Bool {
        let contexts = threadContexts(thread)
        // A frame holds a frame object (the slot before) only once it has suspended: resumed,
        // it leaves the thread's SynchronizationContext alone.
        let synchronization = slots[-1] != 0 ? contexts.synchronization : slots.ref(1)
        return contexts.execution == slots.ref(0) && contexts.synchronization == synchronization
    }

    /// A managed call made by an out-of-line instruction: the callee's frame at `calleeFP`
    /// (arguments already there), the caller resuming at `returnPC`.
    func enterCall(_ callee: MethodHandle, thread: ManagedThread, caller: MethodHandle, callerFP: UnsafeMutablePointer<UInt64>,
                   returnPC: UnsafeMutablePointer<UInt64>, calleeFP: UnsafeMutablePointer<UInt64>)
        throws -> (method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>) {
        let code: UnsafeMutablePointer<UInt64>
        do { code = try prepare(callee) } catch let e as RuntimeError { throw ManagedThrow(exception: try engineException(e)) }
        if calleeFP + Int(callee.pointer.pointee.frameSlots) >= thread.stack + thread.stackSlots || thread.depth >= thread.maxDepth {
            throw stackOverflow()
        }
        thread.pushFrame(.init(method: caller, returnPC: returnPC, fpOffset: callerFP - thread.stack))
        zeroLocals(callee, calleeFP)
        return (callee, calleeFP, code)
    }
}
