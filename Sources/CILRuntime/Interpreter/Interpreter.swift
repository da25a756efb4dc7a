#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the interpreter loop stopped without a normal return.
public enum ExecutionError: Error, @unchecked Sendable {
    /// A managed exception escaped the entry frame.
    case unhandled(ObjectRef)
    /// The process must end: stack overflow, `Environment.Exit`, an internal error.
    case terminated(exitCode: Int32, message: String?)
}

/// How `execute` runs: for a Swift caller, or as a green thread's slice.
enum ExecutionMode {
    case nested
    /// The first slice of a green thread, from its start method.
    case start
    /// A later slice: continue from the frame saved when the thread last parked or yielded.
    case resume
}

extension Runtime {
    /// Calls `method` with `arguments` (one word per slot) on `thread` and returns the result
    /// slots. Managed calls inside do not recurse in Swift; this is an explicit boundary.
    public func invoke(_ method: MethodHandle, arguments: [UInt64], on thread: ManagedThread) throws -> [UInt64] {
        let fp = thread.stackTop
        for (i, a) in arguments.enumerated() { fp[i] = a }
        try execute(method, fp: fp, thread: thread)
        return Array(UnsafeBufferPointer(start: fp, count: Int(method.pointer.pointee.returnSlots)))
    }

    /// Makes sure a method has IR (translating it on first call).
    @inline(never)
    func prepare(_ m: MethodHandle) throws -> UnsafeMutablePointer<UInt64> {
        if let c = m.pointer.pointee.code { return c }
        let info = m.info
        let compiled = try translate(m)
        info.compiled = compiled
        if dumpIR { errorOutput.write(compiled.listing(title: info.owner.info.fullName + "::" + info.name)); errorOutput.flush() }
        m.pointer.pointee.frameSlots = Int32(compiled.frameSlots)
        m.pointer.pointee.localsStart = Int32(compiled.localsStart)
        m.pointer.pointee.localSlots = Int32(compiled.localSlots)
        m.pointer.pointee.asyncFrameSlot = Int32(compiled.asyncFrameSlot)
        m.pointer.pointee.asyncContextSlot = Int32(compiled.asyncContextSlot)
        if compiled.addressArguments { m.pointer.pointee.flags.insert(.addressArguments) }
        m.pointer.pointee.frameInit = compiled.frameInit
        m.pointer.pointee.frameInitBlocks = Int32(compiled.frameInitBlocks)
        m.pointer.pointee.code = compiled.code
        return compiled.code
    }

    /// Runs `entry` whose arguments are at `fp` until it returns — or, for a filter funclet
    /// (`startPC` set), from `startPC` until its `endfilter`.
    ///
    /// In `.start` and `.resume` mode this is a green thread's slice (see `Scheduler`): it may
    /// end early, with the running frame saved as the thread's top frame record, when the
    /// thread parks or is preempted; it then returns false. A `.nested` run (a Swift caller
    /// waits for the result) never gives up the OS thread: a blocking native inside it waits
    /// in a nested scheduling loop instead.
    @discardableResult
    func execute(_ entry: MethodHandle, fp entryFP: UnsafeMutablePointer<UInt64>, thread: ManagedThread,
                 startPC: UnsafeMutablePointer<UInt64>? = nil, mode: ExecutionMode = .nested) throws -> Bool {
        let stackBase = thread.stack
        let stackLimit = thread.stack + thread.stackSlots
        let entryDepth: Int
        var method = entry
        var fp = entryFP
        var pc: UnsafeMutablePointer<UInt64>
        let yieldable = mode != .nested
        let budget = scheduler.budget
        if mode == .resume {
            let r = thread.popFrame()
            method = r.method; fp = stackBase + r.fpOffset; pc = r.returnPC!
            entryDepth = 0
        } else {
            entryDepth = thread.depth
            do { pc = try prepare(entry) } catch let e as RuntimeError { throw ExecutionError.unhandled(try engineException(e)) }
            thread.pushFrame(.init(method: method, returnPC: nil, fpOffset: fp - stackBase))
            if let startPC { pc = startPC } else { zeroLocals(method, fp) }
        }
        var fault: EngineException = .nullReference
        // The message of an engine-raised fault lives on the thread: an ARC-managed String
        // local here would be live across the whole dispatch loop.
        var thrown: ObjectRef?
        /// The slice ends here: a native parked the thread, or its safepoint budget ran out.
        var suspending = false

        while true {
            let w = pc.pointee
            let a = Int(truncatingIfNeeded: (w >> 16) & 0xFFFF)
            let b = Int(truncatingIfNeeded: (w >> 32) & 0xFFFF)
            let c = Int(truncatingIfNeeded: w >> 48)
            #if DEBUG
            if traceExecution { errorOutput.write("\(method.info.owner.info.fullName)::\(method.info.name) @\(pc - method.pointer.pointee.code!) \(decodeOp(w)) a=\(a) b=\(b) c=\(c)\n"); errorOutput.flush() }
            #endif
            switch decodeOp(w) {
            case .nop: pc += 1; continue
            case .mov: fp[a] = fp[b]; pc += 1; continue
            case .movN: (fp + a).update(from: fp + b, count: c); pc += 1; continue
            case .const64: fp[a] = pc[1]; pc += 2; continue
            case .ldstr: fp[a] = pc[1]; pc += 2; continue
            case .addrOfSlot: fp[a] = UInt64(UInt(bitPattern: fp + b)); pc += 1; continue
            case .zeroN: (fp + a).update(repeating: 0, count: c); pc += 1; continue

            case .addI4: fp.setI4(a, fp.i4(b) &+ fp.i4(c)); pc += 1; continue
            case .subI4: fp.setI4(a, fp.i4(b) &- fp.i4(c)); pc += 1; continue
            case .mulI4: fp.setI4(a, fp.i4(b) &* fp.i4(c)); pc += 1; continue
            case .divI4:
                let d = fp.i4(c)
                if d == 0 { fault = .divideByZero; break }
                if d == -1 && fp.i4(b) == .min { fault = .overflow; break }
                fp.setI4(a, fp.i4(b) / d); pc += 1; continue
            case .divUnI4:
                let d = UInt32(bitPattern: fp.i4(c))
                if d == 0 { fault = .divideByZero; break }
                fp.setI4(a, Int32(bitPattern: UInt32(bitPattern: fp.i4(b)) / d)); pc += 1; continue
            case .remI4:
                let d = fp.i4(c)
                if d == 0 { fault = .divideByZero; break }
                if d == -1 && fp.i4(b) == .min { fault = .overflow; break }
                fp.setI4(a, fp.i4(b) % d); pc += 1; continue
            case .remUnI4:
                let d = UInt32(bitPattern: fp.i4(c))
                if d == 0 { fault = .divideByZero; break }
                fp.setI4(a, Int32(bitPattern: UInt32(bitPattern: fp.i4(b)) % d)); pc += 1; continue
            case .andI4: fp.setI4(a, fp.i4(b) & fp.i4(c)); pc += 1; continue
            case .orI4: fp.setI4(a, fp.i4(b) | fp.i4(c)); pc += 1; continue
            case .xorI4: fp.setI4(a, fp.i4(b) ^ fp.i4(c)); pc += 1; continue
            case .shlI4: fp.setI4(a, fp.i4(b) << (fp.i4(c) & 31)); pc += 1; continue
            case .shrI4: fp.setI4(a, fp.i4(b) >> (fp.i4(c) & 31)); pc += 1; continue
            case .shrUnI4: fp.setI4(a, Int32(bitPattern: UInt32(bitPattern: fp.i4(b)) >> UInt32(fp.i4(c) & 31))); pc += 1; continue
            case .negI4: fp.setI4(a, 0 &- fp.i4(b)); pc += 1; continue
            case .notI4: fp.setI4(a, ~fp.i4(b)); pc += 1; continue
            case .addOvfI4:
                let (r, o) = fp.i4(b).addingReportingOverflow(fp.i4(c)); if o { fault = .overflow; break }
                fp.setI4(a, r); pc += 1; continue
            case .addOvfUnI4:
                let (r, o) = UInt32(bitPattern: fp.i4(b)).addingReportingOverflow(UInt32(bitPattern: fp.i4(c))); if o { fault = .overflow; break }
                fp.setI4(a, Int32(bitPattern: r)); pc += 1; continue
            case .subOvfI4:
                let (r, o) = fp.i4(b).subtractingReportingOverflow(fp.i4(c)); if o { fault = .overflow; break }
                fp.setI4(a, r); pc += 1; continue
            case .subOvfUnI4:
                let (r, o) = UInt32(bitPattern: fp.i4(b)).subtractingReportingOverflow(UInt32(bitPattern: fp.i4(c))); if o { fault = .overflow; break }
                fp.setI4(a, Int32(bitPattern: r)); pc += 1; continue
            case .mulOvfI4:
                let (r, o) = fp.i4(b).multipliedReportingOverflow(by: fp.i4(c)); if o { fault = .overflow; break }
                fp.setI4(a, r); pc += 1; continue
            case .mulOvfUnI4:
                let (r, o) = UInt32(bitPattern: fp.i4(b)).multipliedReportingOverflow(by: UInt32(bitPattern: fp.i4(c))); if o { fault = .overflow; break }
                fp.setI4(a, Int32(bitPattern: r)); pc += 1; continue

            case .addI8: fp.setI8(a, fp.i8(b) &+ fp.i8(c)); pc += 1; continue
            case .subI8: fp.setI8(a, fp.i8(b) &- fp.i8(c)); pc += 1; continue
            case .mulI8: fp.setI8(a, fp.i8(b) &* fp.i8(c)); pc += 1; continue
            case .divI8:
                let d = fp.i8(c)
                if d == 0 { fault = .divideByZero; break }
                if d == -1 && fp.i8(b) == .min { fault = .overflow; break }
                fp.setI8(a, fp.i8(b) / d); pc += 1; continue
            case .divUnI8:
                let d = fp[c]
                if d == 0 { fault = .divideByZero; break }
                fp[a] = fp[b] / d; pc += 1; continue
            case .remI8:
                let d = fp.i8(c)
                if d == 0 { fault = .divideByZero; break }
                if d == -1 && fp.i8(b) == .min { fault = .overflow; break }
                fp.setI8(a, fp.i8(b) % d); pc += 1; continue
            case .remUnI8:
                let d = fp[c]
                if d == 0 { fault = .divideByZero; break }
                fp[a] = fp[b] % d; pc += 1; continue
            case .andI8: fp[a] = fp[b] & fp[c]; pc += 1; continue
            case .orI8: fp[a] = fp[b] | fp[c]; pc += 1; continue
            case .xorI8: fp[a] = fp[b] ^ fp[c]; pc += 1; continue
            case .shlI8: fp[a] = fp[b] << (fp[c] & 63); pc += 1; continue
            case .shrI8: fp.setI8(a, fp.i8(b) >> Int64(fp[c] & 63)); pc += 1; continue
            case .shrUnI8: fp[a] = fp[b] >> (fp[c] & 63); pc += 1; continue
            case .negI8: fp.setI8(a, 0 &- fp.i8(b)); pc += 1; continue
            case .notI8: fp[a] = ~fp[b]; pc += 1; continue
            case .addOvfI8:
                let (r, o) = fp.i8(b).addingReportingOverflow(fp.i8(c)); if o { fault = .overflow; break }
                fp.setI8(a, r); pc += 1; continue
            case .addOvfUnI8:
                let (r, o) = fp[b].addingReportingOverflow(fp[c]); if o { fault = .overflow; break }
                fp[a] = r; pc += 1; continue
            case .subOvfI8:
                let (r, o) = fp.i8(b).subtractingReportingOverflow(fp.i8(c)); if o { fault = .overflow; break }
                fp.setI8(a, r); pc += 1; continue
            case .subOvfUnI8:
                let (r, o) = fp[b].subtractingReportingOverflow(fp[c]); if o { fault = .overflow; break }
                fp[a] = r; pc += 1; continue
            case .mulOvfI8:
                let (r, o) = fp.i8(b).multipliedReportingOverflow(by: fp.i8(c)); if o { fault = .overflow; break }
                fp.setI8(a, r); pc += 1; continue
            case .mulOvfUnI8:
                let (r, o) = fp[b].multipliedReportingOverflow(by: fp[c]); if o { fault = .overflow; break }
                fp[a] = r; pc += 1; continue

            case .addR8: fp.setR8(a, fp.r8(b) + fp.r8(c)); pc += 1; continue
            case .subR8: fp.setR8(a, fp.r8(b) - fp.r8(c)); pc += 1; continue
            case .mulR8: fp.setR8(a, fp.r8(b) * fp.r8(c)); pc += 1; continue
            case .divR8: fp.setR8(a, fp.r8(b) / fp.r8(c)); pc += 1; continue
            case .remR8: fp.setR8(a, fmod(fp.r8(b), fp.r8(c))); pc += 1; continue
            case .negR8: fp.setR8(a, -fp.r8(b)); pc += 1; continue
            case .sqrtR8: fp.setR8(a, fp.r8(b).squareRoot()); pc += 1; continue
            case .addR4: fp.setR4(a, fp.r4(b) + fp.r4(c)); pc += 1; continue
            case .subR4: fp.setR4(a, fp.r4(b) - fp.r4(c)); pc += 1; continue
            case .mulR4: fp.setR4(a, fp.r4(b) * fp.r4(c)); pc += 1; continue
            case .divR4: fp.setR4(a, fp.r4(b) / fp.r4(c)); pc += 1; continue
            case .remR4: fp.setR4(a, fmodf(fp.r4(b), fp.r4(c))); pc += 1; continue
            case .negR4: fp.setR4(a, -fp.r4(b)); pc += 1; continue
            case .ckfinite:
                let v = b == 1 ? Double(fp.r4(a)) : fp.r8(a)
                if !v.isFinite { fault = .arithmetic; thread.faultMessage = "Number is not a finite value."; break }
                pc += 1; continue

            case .ceqI4: fp.setBool(a, fp.i4(b) == fp.i4(c)); pc += 1; continue
            case .cgtI4: fp.setBool(a, fp.i4(b) > fp.i4(c)); pc += 1; continue
            case .cgtUnI4: fp.setBool(a, UInt32(bitPattern: fp.i4(b)) > UInt32(bitPattern: fp.i4(c))); pc += 1; continue
            case .cltI4: fp.setBool(a, fp.i4(b) < fp.i4(c)); pc += 1; continue
            case .cltUnI4: fp.setBool(a, UInt32(bitPattern: fp.i4(b)) < UInt32(bitPattern: fp.i4(c))); pc += 1; continue
            case .ceqI8: fp.setBool(a, fp[b] == fp[c]); pc += 1; continue
            case .cgtI8: fp.setBool(a, fp.i8(b) > fp.i8(c)); pc += 1; continue
            case .cgtUnI8: fp.setBool(a, fp[b] > fp[c]); pc += 1; continue
            case .cltI8: fp.setBool(a, fp.i8(b) < fp.i8(c)); pc += 1; continue
            case .cltUnI8: fp.setBool(a, fp[b] < fp[c]); pc += 1; continue
            case .ceqR8: fp.setBool(a, fp.r8(b) == fp.r8(c)); pc += 1; continue
            case .cgtR8: fp.setBool(a, fp.r8(b) > fp.r8(c)); pc += 1; continue
            case .cgtUnR8: fp.setBool(a, !(fp.r8(b) <= fp.r8(c))); pc += 1; continue
            case .cltR8: fp.setBool(a, fp.r8(b) < fp.r8(c)); pc += 1; continue
            case .cltUnR8: fp.setBool(a, !(fp.r8(b) >= fp.r8(c))); pc += 1; continue
            case .ceqR4: fp.setBool(a, fp.r4(b) == fp.r4(c)); pc += 1; continue
            case .cgtR4: fp.setBool(a, fp.r4(b) > fp.r4(c)); pc += 1; continue
            case .cgtUnR4: fp.setBool(a, !(fp.r4(b) <= fp.r4(c))); pc += 1; continue
            case .cltR4: fp.setBool(a, fp.r4(b) < fp.r4(c)); pc += 1; continue
            case .cltUnR4: fp.setBool(a, !(fp.r4(b) >= fp.r4(c))); pc += 1; continue

            case .convI4I8: fp.setI8(a, Int64(fp.i4(b))); pc += 1; continue
            case .convU4I8: fp[a] = UInt64(UInt32(truncatingIfNeeded: fp[b])); pc += 1; continue
            case .convI8I4: fp.setI4(a, Int32(truncatingIfNeeded: fp[b])); pc += 1; continue
            case .convI4R8: fp.setR8(a, Double(fp.i4(b))); pc += 1; continue
            case .convI8R8: fp.setR8(a, Double(fp.i8(b))); pc += 1; continue
            case .convR8I4: fp.setI4(a, Self.saturatingInt32(fp.r8(b))); pc += 1; continue
            case .convR8I8: fp.setI8(a, Self.saturatingInt64(fp.r8(b))); pc += 1; continue
            case .convR4R8: fp.setR8(a, Double(fp.r4(b))); pc += 1; continue
            case .convR8R4: fp.setR4(a, Float(fp.r8(b))); pc += 1; continue
            case .convI4I1: fp.setI4(a, Int32(Int8(truncatingIfNeeded: fp[b]))); pc += 1; continue
            case .convI4U1: fp.setI4(a, Int32(UInt8(truncatingIfNeeded: fp[b]))); pc += 1; continue
            case .convI4I2: fp.setI4(a, Int32(Int16(truncatingIfNeeded: fp[b]))); pc += 1; continue
            case .convI4U2: fp.setI4(a, Int32(UInt16(truncatingIfNeeded: fp[b]))); pc += 1; continue
            case .conv:
                if let f = Self.convert(fp, a, b, c) { fault = f; break }
                pc += 1; continue

            // A taken branch with its preemption flag set (a backward branch) is a safepoint:
            // the budget runs down, and when it runs out the slice may end at the target.
            case .br:
                pc = pc + Int(Int64(bitPattern: pc[1]))
                if a == 0 { continue }
                budget.pointee &-= 1
                if budget.pointee > 0 || !safepointExpired(budget, yieldable: yieldable) { continue }
                suspending = true
            case .brTrueI4:
                guard fp.i4(a) != 0 else { pc += 2; continue }
                pc = pc + Int(Int64(bitPattern: pc[1]))
                if b == 0 { continue }
                budget.pointee &-= 1
                if budget.pointee > 0 || !safepointExpired(budget, yieldable: yieldable) { continue }
                suspending = true
            case .brFalseI4:
                guard fp.i4(a) == 0 else { pc += 2; continue }
                pc = pc + Int(Int64(bitPattern: pc[1]))
                if b == 0 { continue }
                budget.pointee &-= 1
                if budget.pointee > 0 || !safepointExpired(budget, yieldable: yieldable) { continue }
                suspending = true
            case .brTrueI8:
                guard fp[a] != 0 else { pc += 2; continue }
                pc = pc + Int(Int64(bitPattern: pc[1]))
                if b == 0 { continue }
                budget.pointee &-= 1
                if budget.pointee > 0 || !safepointExpired(budget, yieldable: yieldable) { continue }
                suspending = true
            case .brFalseI8:
                guard fp[a] == 0 else { pc += 2; continue }
                pc = pc + Int(Int64(bitPattern: pc[1]))
                if b == 0 { continue }
                budget.pointee &-= 1
                if budget.pointee > 0 || !safepointExpired(budget, yieldable: yieldable) { continue }
                suspending = true
            case .beqI4, .bneI4, .bltI4, .bleI4, .bgtI4, .bgeI4, .bltUnI4, .bleUnI4, .bgtUnI4, .bgeUnI4,
                 .beqI8, .bneI8, .bltI8, .bleI8, .bgtI8, .bgeI8, .bltUnI8, .bleUnI8, .bgtUnI8, .bgeUnI8,
                 .beqR8, .bneUnR8, .bltR8, .bleR8, .bgtR8, .bgeR8, .bltUnR8, .bleUnR8, .bgtUnR8, .bgeUnR8:
                guard Self.compareBranch(decodeOp(w), fp, b, c) else { pc += 2; continue }
                pc = pc + Int(Int64(bitPattern: pc[1]))
                if a == 0 { continue }
                budget.pointee &-= 1
                if budget.pointee > 0 || !safepointExpired(budget, yieldable: yieldable) { continue }
                suspending = true
            case .switchI4:
                let n = Int(pc[1])
                let v = UInt32(bitPattern: fp.i4(a))
                pc = Int(v) < n ? pc + Int(Int64(bitPattern: pc[2 + Int(v)])) : pc + 2 + n; continue

            case .ldI1, .ldU1, .ldI2, .ldU2, .ldI4, .ldU4, .ldI8, .ldR4, .ldRef:
                guard let base = fp.pointer(b) else { fault = .nullReference; break }
                Self.load(decodeOp(w), fp, a, base + c)
                pc += 1; continue
            case .stI1, .stI2, .stI4, .stI8, .stRef:
                guard let base = fp.pointer(a) else { fault = .nullReference; break }
                Self.store(decodeOp(w), base + c, fp[b])
                pc += 1; continue
            case .addOffset:
                guard let base = fp.pointer(b) else { fault = .nullReference; break }
                fp[a] = UInt64(UInt(bitPattern: base + c)); pc += 1; continue
            case .ldValue:
                guard let base = fp.pointer(b) else { fault = .nullReference; break }
                let size = Int(pc[1])
                (fp + a).update(repeating: 0, count: (size + 7) / 8)
                UnsafeMutableRawPointer(fp + a).copyMemory(from: base + c, byteCount: size)
                pc += 2; continue
            case .stValue:
                guard let base = fp.pointer(a) else { fault = .nullReference; break }
                (base + c).copyMemory(from: UnsafeRawPointer(fp + b), byteCount: Int(pc[1]))
                pc += 2; continue
            case .ldFromSlots:
                let size = Int(pc[1])
                let loadOp = Int(pc[2])
                let src = UnsafeMutableRawPointer(fp + b) + c
                if loadOp == 0 {
                    var tmp = [UInt64](repeating: 0, count: (size + 7) / 8)
                    tmp.withUnsafeMutableBytes { $0.baseAddress!.copyMemory(from: src, byteCount: size) }
                    for i in 0..<tmp.count { fp[a + i] = tmp[i] }
                } else {
                    Self.load(decodeOp(UInt64(loadOp)), fp, a, src)
                }
                pc += 3; continue
            case .initBlock:
                guard let base = fp.pointer(a) else { fault = .nullReference; break }
                base.initializeMemory(as: UInt8.self, repeating: 0, count: Int(pc[1]))
                pc += 2; continue
            case .copyBlock:
                guard let dst = fp.pointer(a), let src = fp.pointer(b) else { fault = .nullReference; break }
                dst.copyMemory(from: src, byteCount: Int(pc[1]))
                pc += 2; continue

            case .ldsI1, .ldsU1, .ldsI2, .ldsU2, .ldsI4, .ldsU4, .ldsI8, .ldsR4, .ldsRef:
                let op = Op.relative(w, from: .ldsI1, to: .ldI1)
                Self.load(op, fp, a, UnsafeMutableRawPointer(bitPattern: UInt(pc[1]))!)
                pc += 2; continue
            case .ldsValue:
                let size = Int(pc[2])
                (fp + a).update(repeating: 0, count: (size + 7) / 8)
                UnsafeMutableRawPointer(fp + a).copyMemory(from: UnsafeRawPointer(bitPattern: UInt(pc[1]))!, byteCount: size)
                pc += 3; continue
            case .stsI1, .stsI2, .stsI4, .stsI8, .stsRef:
                let op = Op.relative(w, from: .stsI1, to: .stI1)
                Self.store(op, UnsafeMutableRawPointer(bitPattern: UInt(pc[1]))!, fp[a])
                pc += 2; continue
            case .stsValue:
                UnsafeMutableRawPointer(bitPattern: UInt(pc[1]))!.copyMemory(from: UnsafeRawPointer(fp + a), byteCount: Int(pc[2]))
                pc += 3; continue
            case .ldsAddr: fp[a] = pc[1]; pc += 2; continue
            case .initClass:
                let t = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                if t.pointer.pointee.initState != 0 {
                    if t.pointer.pointee.initState == 3 { thrown = typeInitializationFailure(t); break }
                    pc += 2; continue
                }
                t.pointer.pointee.initState = 1
                guard let cctor = t.info.typeInitializer else { t.pointer.pointee.initState = 2; pc += 2; continue }
                // Run the initializer as a call whose frame sits above the current one; on return
                // execution resumes at the next instruction.
                let calleeFP = fp + Int(method.pointer.pointee.frameSlots)
                let target: UnsafeMutablePointer<UInt64>
                do { target = try prepare(cctor) } catch let e as RuntimeError { thrown = try engineException(e); break }
                if calleeFP + Int(cctor.pointer.pointee.frameSlots) >= stackLimit || thread.depth >= thread.frameLimit {
                    try makeFrameRoom(thread, stackExhausted: calleeFP + Int(cctor.pointer.pointee.frameSlots) >= stackLimit)
                }
                thread.pushCallFrame(method: method, returnPC: pc + 2, fp: fp)
                method = cctor; fp = calleeFP; pc = target
                zeroLocals(method, fp)
                continue

            case .call, .callVirt, .callInterface:
                var callee = MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(pc[1]))!)
                let op = decodeOp(w)
                if op != .call {
                    guard let this = fp.ref(a) else { fault = .nullReference; break }
                    let type = ObjectLayout.type(this).pointer.pointee
                    let slot = Int(callee.pointer.pointee.vtableSlot)
                    if op == .callVirt, !callee.pointer.pointee.flags.has(.hasGenericArguments),
                       let vtable = type.vtable, slot >= 0, slot < Int(type.vtableCount), let target = vtable[slot] {
                        callee = target
                    } else if op == .callInterface, !callee.pointer.pointee.flags.has(.hasGenericArguments),
                              let target = Self.interfaceTarget(type, callee) {
                        callee = target
                    } else {
                        // Generic virtual methods, interfaces on arrays, missing implementations.
                        do { callee = try dispatchSlowly(callee, this: this) } catch let e as ManagedThrow { thrown = e.exception; break }
                    }
                    #if DEBUG
                    if traceExecution { errorOutput.write("  → \(callee.info.owner.info.fullName)::\(callee.info.name) on \(ObjectLayout.type(this).info.fullName)\n"); errorOutput.flush() }
                    #endif
                    if callee.pointer.pointee.flags.has(.internalCall) {
                        thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                        if let index = bindNative(callee) {
                            do { try natives.call(index, self, thread, fp + a) } catch let e as ManagedThrow { thrown = e.exception; break } catch is ThreadBlocks { suspending = true; break }
                            pc += 2; continue
                        }
                        thrown = try engineException(.missingMethod("Internal call '\(callee.info.name)' has no native binding.")); break
                    }
                    if callee.pointer.pointee.owner.desc.kind == .valueType {
                        // A virtual method of a value type called on its boxed form: pass the
                        // address of the boxed value as `this`.
                        fp[a] = UInt64(UInt(bitPattern: this + ObjectLayout.headerSize))
                    }
                }
                let calleeFP = fp + a
                var target = callee.pointer.pointee.code
                if target == nil {
                    do { target = try prepare(callee) } catch let e as RuntimeError { thrown = try engineException(e); break }
                }
                if calleeFP + Int(callee.pointer.pointee.frameSlots) >= stackLimit || thread.depth >= thread.frameLimit {
                    try makeFrameRoom(thread, stackExhausted: calleeFP + Int(callee.pointer.pointee.frameSlots) >= stackLimit)
                }
                thread.pushCallFrame(method: method, returnPC: pc + 2, fp: fp)
                method = callee; fp = calleeFP; pc = target!
                zeroLocals(method, fp)
                continue
            case .callNative:
                thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                do { try natives.call(Int32(b), self, thread, fp + a) } catch let e as ManagedThrow { thrown = e.exception; break } catch is ThreadBlocks { suspending = true; break }
                pc += 2; continue
            case .ret:
                if b == 1 { fp[0] = fp[a] } else if a != 0 { fp.update(from: fp + a, count: b) }
                let r = thread.popFrame()
                guard let back = r.returnPC else { return true }
                method = r.method; fp = stackBase + r.fpOffset; pc = back
                continue
            case .retVoid:
                if method.pointer.pointee.flags.rawValue & MethodFlags.typeInitializer.rawValue != 0 {
                    method.pointer.pointee.owner.pointer.pointee.initState = 2
                }
                let r = thread.popFrame()
                guard let back = r.returnPC else { return true }
                method = r.method; fp = stackBase + r.fpOffset; pc = back
                continue

            case .newObj:
                let type = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                thread.stackTop = fp + Int(method.pointer.pointee.frameSlots) + 2 + b
                guard let object = allocateObject(type, thread: thread) else { fault = .outOfMemory; break }
                if c == 2 {
                    // The constructor does nothing (Translator/TrivialConstructors.swift).
                    fp.setRef(a, object)
                    pc += 3; continue
                }
                if c == 1 {
                    // Delegate: (target, method pointer) are the two arguments at a.
                    storeDelegate(object, target: fp.ref(a), method: fp[a + 1])
                    fp.setRef(a, object)
                    pc += 3; continue
                }
                let ctor = MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(pc[2]))!)
                // [a] result, [a+1] this, [a+2…] arguments.
                (fp + a + 2).update(from: fp + a, count: b)
                fp.setRef(a, object)
                fp.setRef(a + 1, object)
                var target = ctor.pointer.pointee.code
                if target == nil {
                    do { target = try prepare(ctor) } catch let e as RuntimeError { thrown = try engineException(e); break }
                }
                let calleeFP = fp + a + 1
                if calleeFP + Int(ctor.pointer.pointee.frameSlots) >= stackLimit || thread.depth >= thread.frameLimit {
                    try makeFrameRoom(thread, stackExhausted: calleeFP + Int(ctor.pointer.pointee.frameSlots) >= stackLimit)
                }
                thread.pushCallFrame(method: method, returnPC: pc + 3, fp: fp)
                method = ctor; fp = calleeFP; pc = target!
                zeroLocals(method, fp)
                continue
            case .newValue:
                let ctor = MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(pc[1]))!)
                // [a …a+n) value, [a+n] this = &value, [a+n+1…] arguments.
                (fp + a + c + 1).update(from: fp + a, count: b)
                (fp + a).update(repeating: 0, count: c)
                fp[a + c] = UInt64(UInt(bitPattern: fp + a))
                var target = ctor.pointer.pointee.code
                if target == nil {
                    do { target = try prepare(ctor) } catch let e as RuntimeError { thrown = try engineException(e); break }
                }
                let calleeFP = fp + a + c
                if calleeFP + Int(ctor.pointer.pointee.frameSlots) >= stackLimit || thread.depth >= thread.frameLimit {
                    try makeFrameRoom(thread, stackExhausted: calleeFP + Int(ctor.pointer.pointee.frameSlots) >= stackLimit)
                }
                thread.pushCallFrame(method: method, returnPC: pc + 2, fp: fp)
                method = ctor; fp = calleeFP; pc = target!
                zeroLocals(method, fp)
                continue
            case .box:
                let type = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                let object = box(type, from: UnsafeMutableRawPointer(fp + b), thread: thread)
                // A Nullable<T> without a value boxes to null; otherwise nil means the heap is full.
                if object == nil && !type.pointer.pointee.flags.has(.nullable) { fault = .outOfMemory; break }
                fp.setRef(a, object); pc += 2; continue
            case .boxIndirect:
                let type = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                guard let address = fp.pointer(b) else { fault = .nullReference; break }
                thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                let object = box(type, from: address, thread: thread)
                if object == nil && !type.pointer.pointee.flags.has(.nullable) { fault = .outOfMemory; break }
                fp.setRef(a, object); pc += 2; continue
            case .unbox:
                let type = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                guard let object = fp.ref(b) else { fault = .nullReference; break }
                guard isBoxed(object, as: type) else { fault = .invalidCast; break }
                fp[a] = UInt64(UInt(bitPattern: object + ObjectLayout.headerSize)); pc += 2; continue
            case .unboxAny:
                let type = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                if type.pointer.pointee.flags.has(.nullable) {
                    let object = fp.ref(b)
                    guard unboxNullable(object, as: type, into: UnsafeMutableRawPointer(fp + a)) else { fault = .invalidCast; break }
                    pc += 2; continue
                }
                guard let object = fp.ref(b) else { fault = .nullReference; break }
                guard isBoxed(object, as: type) else { fault = .invalidCast; break }
                let size = Int(type.pointer.pointee.instanceSize)
                let slots = Int(type.pointer.pointee.valueSlots)
                (fp + a).update(repeating: 0, count: slots)
                Self.loadValue(type, into: UnsafeMutableRawPointer(fp + a), from: object + ObjectLayout.headerSize, size: size)
                pc += 2; continue
            case .isInst, .castClass:
                let type = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                let object = fp.ref(b)
                if let o = object, !isInstance(o, of: type) {
                    if decodeOp(w) == .castClass { fault = .invalidCast; break }
                    fp[a] = 0
                } else {
                    fp.setRef(a, object)
                }
                pc += 2; continue

            case .newArr:
                let type = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                let count = c == 1 ? fp.i8(b) : Int64(fp.i4(b))
                if count < 0 { fault = .overflow; break }
                thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                guard let array = allocateArray(type, count: Int(count), thread: thread) else { fault = .outOfMemory; break }
                fp.setRef(a, array); pc += 2; continue
            case .ldLen:
                guard let array = fp.ref(b) else { fault = .nullReference; break }
                fp.setI8(a, Int64(ObjectLayout.length(array))); pc += 1; continue
            case .ldElemI1, .ldElemU1, .ldElemI2, .ldElemU2, .ldElemI4, .ldElemU4, .ldElemI8, .ldElemR4, .ldElemRef:
                guard let array = fp.ref(b) else { fault = .nullReference; break }
                let index = pc[1] == 1 ? Int(fp.i8(c)) : Int(fp.i4(c))
                guard index >= 0 && index < ObjectLayout.length(array) else { fault = .indexOutOfRange; break }
                let op = Op.relative(w, from: .ldElemI1, to: .ldI1)
                let size = Int(ObjectLayout.type(array).pointer.pointee.componentSize)
                Self.load(op, fp, a, ObjectLayout.data(array) + index * size)
                pc += 2; continue
            case .ldElemValue:
                guard let array = fp.ref(b) else { fault = .nullReference; break }
                let index = pc[2] == 1 ? Int(fp.i8(c)) : Int(fp.i4(c))
                guard index >= 0 && index < ObjectLayout.length(array) else { fault = .indexOutOfRange; break }
                let size = Int(pc[1])
                (fp + a).update(repeating: 0, count: (size + 7) / 8)
                UnsafeMutableRawPointer(fp + a).copyMemory(from: ObjectLayout.data(array) + index * size, byteCount: size)
                pc += 3; continue
            case .stElemI1, .stElemI2, .stElemI4, .stElemI8, .stElemRef:
                guard let array = fp.ref(a) else { fault = .nullReference; break }
                let index = pc[1] == 1 ? Int(fp.i8(b)) : Int(fp.i4(b))
                guard index >= 0 && index < ObjectLayout.length(array) else { fault = .indexOutOfRange; break }
                let op = decodeOp(w)
                let arrayType = ObjectLayout.type(array).pointer.pointee
                if op == .stElemRef, let value = fp.ref(c), let element = arrayType.element, !isInstance(value, of: element) {
                    fault = .arrayTypeMismatch; break
                }
                let storeOp = Op.relative(w, from: .stElemI1, to: .stI1)
                Self.store(storeOp, ObjectLayout.data(array) + index * Int(arrayType.componentSize), fp[c])
                pc += 2; continue
            case .stElemValue:
                guard let array = fp.ref(a) else { fault = .nullReference; break }
                let index = pc[2] == 1 ? Int(fp.i8(b)) : Int(fp.i4(b))
                guard index >= 0 && index < ObjectLayout.length(array) else { fault = .indexOutOfRange; break }
                let size = Int(pc[1])
                (ObjectLayout.data(array) + index * size).copyMemory(from: UnsafeRawPointer(fp + c), byteCount: size)
                pc += 3; continue
            case .ldElemAddr:
                guard let array = fp.ref(b) else { fault = .nullReference; break }
                let index = pc[2] & 1 == 1 ? Int(fp.i8(c)) : Int(fp.i4(c))
                guard index >= 0 && index < ObjectLayout.length(array) else { fault = .indexOutOfRange; break }
                if pc[2] & 2 != 0, ObjectLayout.type(array).pointer.pointee.element?.pointer != UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[3])) {
                    // A `string[]` seen as `object[]`: an `object&` into it would allow storing
                    // a non-string.
                    fault = .arrayTypeMismatch; break
                }
                fp[a] = UInt64(UInt(bitPattern: ObjectLayout.data(array) + index * Int(pc[1])))
                pc += 4; continue

            case .ldFtn: fp[a] = pc[1]; pc += 2; continue
            case .ldVirtFtn:
                guard let this = fp.ref(b) else { fault = .nullReference; break }
                var m = MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(pc[1]))!)
                let type = ObjectLayout.type(this).pointer.pointee
                if m.pointer.pointee.owner.desc.kind == .interface || m.pointer.pointee.flags.has(.virtual) {
                    do { m = try dispatchSlowly(m, this: this) } catch let e as ManagedThrow { thrown = e.exception; break }
                }
                _ = type
                fp[a] = UInt64(UInt(bitPattern: m.pointer)); pc += 2; continue
            case .invokeDelegate:
                guard var d = fp.ref(a) else { fault = .nullReference; break }
                let invoke = MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(pc[1]))!)
                // A delegate bound to another delegate's Invoke (e.g. a variance conversion
                // `new Predicate<Cat>(p.Invoke)`) calls through to the inner delegate.
                while invocationList(d) == nil, let inner = delegateTarget(d).0,
                      delegateTarget(d).1.pointer.pointee.owner.pointer.pointee.flags.has(.delegate),
                      delegateTarget(d).1.pointer.pointee.code == nil, delegateTarget(d).1.info.name == "Invoke" {
                    d = inner
                    fp.setRef(a, inner)
                }
                if let list = invocationList(d) {
                    thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                    do { try invokeMulticast(list, invoke: invoke, args: fp + a, thread: thread) } catch ExecutionError.unhandled(let e) { thrown = e; break }
                    pc += 2; continue
                }
                let (target, targetMethod) = delegateTarget(d)
                let callee = targetMethod
                let argSlots = Int(invoke.pointer.pointee.argSlots) - 1
                if Int(callee.pointer.pointee.argSlots) == argSlots {
                    // Open delegate (static, or instance with `this` as the first argument).
                    (fp + a).update(from: fp + a + 1, count: argSlots)
                } else {
                    // Closed over its target: an instance's `this` (a boxed value's address for
                    // a value type's method) or a static's first argument.
                    if let t = target, callee.pointer.pointee.owner.pointer.pointee.kind == .valueType, !callee.pointer.pointee.flags.has(.static) {
                        fp.setRef(a, t + ObjectLayout.headerSize)
                    } else {
                        fp.setRef(a, target)
                    }
                }
                var code = callee.pointer.pointee.code
                if code == nil {
                    do { code = try prepare(callee) } catch let e as RuntimeError { thrown = try engineException(e); break }
                }
                let calleeFP = fp + a
                if calleeFP + Int(callee.pointer.pointee.frameSlots) >= stackLimit || thread.depth >= thread.frameLimit {
                    try makeFrameRoom(thread, stackExhausted: calleeFP + Int(callee.pointer.pointee.frameSlots) >= stackLimit)
                }
                thread.pushCallFrame(method: method, returnPC: pc + 2, fp: fp)
                method = callee; fp = calleeFP; pc = code!
                zeroLocals(method, fp)
                continue

            case .throwObject:
                guard let e = fp.ref(a) else { fault = .nullReference; break }
                thrown = e
            case .rethrow:
                thrown = fp.ref(a)
            case .throwEngine:
                fault = EngineException(rawValue: pc[1]) ?? .invalidProgram
                thread.faultMessage = messages[Int(pc[2])]
            case .callFinally:
                fp[a] = UInt64(pc + 2 - method.pointer.pointee.code!)
                pc = pc + Int(Int64(bitPattern: pc[1])); continue
            case .leave:
                pc = pc + Int(Int64(bitPattern: pc[1])); continue
            case .endFinally:
                let back = Int(bitPattern: UInt(fp[a]))
                if back >= 0 { pc = method.pointer.pointee.code! + back; continue }
                // The finally ran during unwinding: continue unwinding.
                thrown = thread.inFlight
                thread.resumingUnwind = true
            case .endFilter:
                thread.filterResult = fp.i4(a) != 0
                _ = thread.popFrame()
                return true
            case .asyncEnter:
                saveAsyncContexts(thread, fp + a); pc += 1; continue
            case .asyncLeave, .asyncRestoreFrame:
                // Their common cases: the contexts need no restoring; a lazily resumed frame
                // to copy back (no context to check).
                if let next = asyncFastPath(w, thread: thread, method: method, fp: fp, pc: pc) { pc = next; continue }
                fallthrough
            case .asyncThunk, .asyncStart, .asyncSuspend, .asyncResume, .asyncCheckContext, .callVirtAsync:
                // Runtime async (RuntimeAsync/AsyncInstructions.swift), out of line.
                thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                let next = try runtimeAsyncStep(w, thread: thread, method: method, fp: fp, pc: pc)
                if let e = next.thrown { thrown = e; break }
                method = next.method; fp = next.fp; pc = next.pc
                continue
            case .threadStaticAddress:
                fp[a] = UInt64(UInt(bitPattern: threadStaticBlock(thread, b) + c)); pc += 1; continue
            case .safepoint:
                pc += 1
                budget.pointee &-= 1
                if budget.pointee > 0 || !safepointExpired(budget, yieldable: yieldable) { continue }
                suspending = true
            case .newMDArray, .mdGet, .mdSet, .mdAddress:
                let type = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                if let f = multiDimensional(decodeOp(w), type, fp + a, count: b, thread: thread) { fault = f; break }
                pc += 2; continue
            case .checkNull:
                if fp[a] == 0 { fault = .nullReference; break }
                pc += 1; continue
            case .callIndirect:
                // calli: the pointer must be one ldftn/ldvirtftn produced (a MethodDesc*).
                guard fp[b] != 0, methodDescAddresses.contains(UInt(fp[b])),
                      let p = UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(fp[b])) else {
                    fault = fp[b] == 0 ? .nullReference : .invalidProgram
                    thread.faultMessage = fp[b] == 0 ? nil : "calli through a value that is not a method pointer."
                    break
                }
                let callee = MethodHandle(p)
                if callee.pointer.pointee.flags.has(.internalCall) {
                    thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                    guard let index = bindNative(callee) else {
                        thrown = try engineException(.missingMethod("Internal call '\(callee.info.name)' has no native binding.")); break
                    }
                    do { try natives.call(index, self, thread, fp + a) } catch let e as ManagedThrow { thrown = e.exception; break } catch is ThreadBlocks { suspending = true; break }
                    pc += 1; continue
                }
                let calleeFP = fp + a
                var target = callee.pointer.pointee.code
                if target == nil {
                    do { target = try prepare(callee) } catch let e as RuntimeError { thrown = try engineException(e); break }
                }
                if calleeFP + Int(callee.pointer.pointee.frameSlots) >= stackLimit || thread.depth >= thread.frameLimit {
                    try makeFrameRoom(thread, stackExhausted: calleeFP + Int(callee.pointer.pointee.frameSlots) >= stackLimit)
                }
                thread.pushCallFrame(method: method, returnPC: pc + 1, fp: fp)
                method = callee; fp = calleeFP; pc = target!
                zeroLocals(method, fp)
                continue
            case .localloc:
                // .NET treats the size as unsigned; a block that cannot fit is a stack overflow.
                let size = Int64(bitPattern: fp[b])
                guard size >= 0, size <= 64 << 20 else { throw stackOverflow() }
                thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
                let arrayType = TypeHandle(UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(pc[1]))!)
                guard let block = allocateArray(arrayType, count: Int(size), thread: thread) else { fault = .outOfMemory; break }
                fp[a] = UInt64(UInt(bitPattern: ObjectLayout.data(block)))
                pc += 2; continue
            }

            thread.stackTop = fp + Int(method.pointer.pointee.frameSlots)
            if suspending {
                // Slow path: the slice ends (pc is the resume point: after a safepoint, or the
                // blocking call itself, which runs again when the thread is woken).
                suspending = false
                if yieldable {
                    thread.pushFrame(.init(method: method, returnPC: pc, fpOffset: fp - stackBase))
                    thread.hasSuspendedFrame = true
                    return false
                }
                try waitNested(thread)
                continue
            }
            // Slow path: an exception is being raised (by `rethrow`: its stack trace continues).
            if decodeOp(w) == .rethrow { thread.rethrowing = true }
            let exception: ObjectRef
            if let t = thrown {
                exception = t
                thrown = nil
            } else {
                exception = try engineException(fault, message: thread.faultMessage)
                thread.faultMessage = nil
            }
            guard let handler = try unwind(exception, thread: thread, method: &method, fp: &fp, pc: pc, entryDepth: entryDepth) else {
                throw ExecutionError.unhandled(exception)
            }
            pc = handler
        }
    }

    /// Frame entry: zero the locals, copy in the constants.
    @inline(__always)
    func zeroLocals(_ m: MethodHandle, _ fp: UnsafeMutablePointer<UInt64>) {
        let d = m.pointer
        var blocks = Int(d.pointee.frameInitBlocks)
        guard blocks > 0 else { return }
        var to = UnsafeMutableRawPointer(fp + Int(d.pointee.localsStart))
        var from = UnsafeRawPointer(d.pointee.frameInit!)
        repeat {
            to.storeBytes(of: from.loadUnaligned(as: SIMD4<UInt64>.self), as: SIMD4<UInt64>.self)
            to += 32; from += 32; blocks -= 1
        } while blocks > 0
    }

    /// A safepoint's budget ran out: refill it; true if the slice should end here (another
    /// green thread is runnable or a timer fired).
    @inline(never)
    func safepointExpired(_ budget: UnsafeMutablePointer<Int>, yieldable: Bool) -> Bool {
        budget.pointee = Scheduler.quantum
        return yieldable && preemptionDue()
    }

    /// A call found the frame-record buffer full or the VM stack exhausted: grow the buffer,
    /// or end the run with a stack overflow past the limits.
    @inline(never)
    func makeFrameRoom(_ thread: ManagedThread, stackExhausted: Bool) throws {
        if stackExhausted || thread.depth >= thread.maxDepth { throw stackOverflow() }
        thread.growFrames()
    }

    func stackOverflow() -> ExecutionError {
        .terminated(exitCode: 134, message: "Stack overflow.")
    }
}
