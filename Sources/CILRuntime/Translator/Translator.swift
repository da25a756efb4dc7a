import CILMetadata

/// Translates one method's CIL into register IR, in one abstract-interpretation pass.
///
/// Each eval-stack position gets a fixed frame slot (after args and locals), so the CIL stack
/// disappears: `ldloc.0; ldc.i4.1; add; stloc.0` becomes `const a←1; addI4 a←l0,a; mov l0←a`.
/// Types are tracked per stack entry to pick typed instructions and to size value types. IL
/// that is inconsistent (underflow, mismatched joins, bad tokens or branch targets) throws
/// `RuntimeError.invalidProgram`, which the caller raises as InvalidProgramException when the
/// method is first called — as .NET does.
struct Translator {
    enum Kind: Equatable { case i4, i8, r4, r8, ref, byRef, value }

    /// One eval-stack entry. `home` is its canonical slot (fixed by stack depth); `slot` is
    /// where its value can be read now — the home, or, for a pushed local or argument that
    /// has not been copied yet, that variable's own slot (WasmKit's "provider" elision: a
    /// `ldloc` emits nothing and its consumer reads the local directly).
    struct Entry: Equatable {
        var kind: Kind
        var type: TypeHandle?
        var slot: Int
        var slots: Int
        var home: Int

        init(kind: Kind, type: TypeHandle?, slot: Int, slots: Int) {
            self.kind = kind
            self.type = type
            self.slot = slot
            self.slots = slots
            home = slot
        }

        var isAlias: Bool { slot != home }
    }

    let rt: Runtime
    let method: MethodInfo
    let asm: LoadedAssembly
    let md: Metadata
    let body: MethodBody
    let context: GenericContext
    var code: [UInt64] = []
    var argSlot: [Int] = []
    var argType: [TypeHandle] = []
    var localSlot: [Int] = []
    var localType: [TypeHandle] = []
    var tempBase = 0
    /// Runtime async (TranslatorAsync.swift): this method's IL runs as an async body.
    var isAsyncBody: Bool { method.handle.pointer.pointee.flags.has(.asyncBody) }
    var asyncFrameSlot = -1
    /// Async bodies outside corlib: saved ExecutionContext, SynchronizationContext, fault slot.
    var asyncContextSlot = -1
    /// The decoder positioned after the instruction being translated (to look one ahead).
    var lookahead: ILDecoder?
    /// Instructions fused into the call before them (`ConfigureAwait`, `Await`), to skip.
    var skipInstructions = 0
    /// A `callVirtAsync` whose skip distance is known once the next instruction is translated.
    var asyncSkipPatch: (instruction: Int, word: Int)?
    /// Where the last `ldlen` put its result, and the code size right after it.
    var lastArrayLength: (slot: Int, codeCount: Int)?
    /// Every IL offset a branch or switch targets.
    var branchTargets: Set<Int> = []
    var maxSlot = 0
    var stack: [Entry] = []
    var irAt: [Int: Int] = [:]                 // IL offset → IR index
    var fixups: [(at: Int, il: Int, from: Int)] = []
    /// Index of the first word of the instruction being emitted (branch targets are relative to it).
    var instructionStart = 0
    var savedStacks: [Int: [Entry]] = [:]
    var ilMap: [(Int, Int)] = []
    var clauseSlots: [Int] = []                // per EH clause: its hidden slot
    var unreachable = false
    var prefixConstrained: TypeHandle?

    /// A body made in memory (`--runtime-async` lowering) instead of `body`'s image bytes.
    var synthetic: SyntheticMethodBody?
    var syntheticCode: UnsafeRawBufferPointer?
    var exceptionClauses: [ExceptionClause] { synthetic?.exceptionClauses ?? body.exceptionClauses }
    var codeSize: Int { synthetic?.il.count ?? body.codeSize }
    func makeDecoder() -> ILDecoder {
        if let syntheticCode { return ILDecoder(code: syntheticCode) }
        return ILDecoder(md, body: body)
    }

    init(rt: Runtime, method: MethodInfo, body: MethodBody) {
        self.rt = rt
        self.method = method
        asm = method.assembly!
        md = asm.md
        self.body = body
        context = method.context
    }

    func fail(_ message: String, at il: Int) -> RuntimeError {
        .invalidProgram("Common Language Runtime detected an invalid program: \(message) in method \(method.owner.info.fullName)::\(method.name) at IL_\(String(il, radix: 16, uppercase: true)).")
    }

    // MARK: Kinds

    func kind(of t: TypeHandle) throws -> (Kind, Int) {
        switch t.desc.kind {
        case .valueType:
            switch t.desc.primitive {
            case .boolean, .char, .int8, .uint8, .int16, .uint16, .int32, .uint32: return (.i4, 1)
            case .int64, .uint64, .intPtr, .uintPtr: return (.i8, 1)
            case .float32: return (.r4, 1)
            case .float64: return (.r8, 1)
            case .none:
                if t.desc.flags.contains(.enumeration), let u = try enumUnderlying(t) { return try kind(of: u) }
                try rt.layOutFields(t)
                return (.value, Int(t.desc.valueSlots))
            }
        case .pointer, .functionPointer: return (.i8, 1)
        case .byReference: return (.byRef, 1)
        case .genericParameter: return (.ref, 1)
        default: return (.ref, 1)
        }
    }

    /// An enum's underlying primitive type (its instance field `value__`).
    func enumUnderlying(_ t: TypeHandle) throws -> TypeHandle? {
        try rt.layOutFields(t)
        return t.info.fields.first { !$0.isStatic }?.type
    }

    mutating func push(_ t: TypeHandle) throws -> Entry {
        let (k, n) = try kind(of: t)
        return push(k, t, slots: n)
    }

    @discardableResult
    mutating func push(_ k: Kind, _ t: TypeHandle? = nil, slots: Int = 1) -> Entry {
        let slot = stack.last.map { $0.home + $0.slots } ?? tempBase
        let e = Entry(kind: k, type: t, slot: slot, slots: slots)
        stack.append(e)
        maxSlot = max(maxSlot, slot + slots)
        return e
    }

    mutating func pop(_ il: Int) throws -> Entry {
        guard let e = stack.popLast() else { throw fail("stack underflow", at: il) }
        return e
    }

    /// Copies an aliased entry into its home slot (before it is modified in place, passed
    /// as an argument, or carried across a branch).
    mutating func materialize(_ e: inout Entry) {
        guard e.isAlias else { return }
        emitMove(e.home, e.slot, e.slots)
        e.slot = e.home
    }

    /// Materializes every entry on the stack: branch targets and joins see canonical slots.
    mutating func materializeAll() {
        for i in stack.indices where stack[i].isAlias {
            var e = stack[i]
            materialize(&e)
            stack[i] = e
        }
    }

    /// Before variable slot `slot` is written, entries still reading it get their own copy.
    mutating func materializeAliases(of slot: Int) {
        for i in stack.indices where stack[i].isAlias && stack[i].slot == slot {
            var e = stack[i]
            materialize(&e)
            stack[i] = e
        }
    }

    /// Variables whose address is taken (`ldloca`/`ldarga`) may change behind the
    /// translator's back, so they are never aliased.
    var addressTakenLocals: Set<Int> = []
    var addressTakenArgs: Set<Int> = []

    mutating func emit(_ op: Op, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) {
        instructionStart = code.count
        code.append(encode(op, a, b, c))
    }
    mutating func word(_ w: UInt64) { code.append(w) }
    mutating func word(_ p: UnsafeMutableRawPointer) { code.append(UInt64(UInt(bitPattern: p))) }
    mutating func word(_ t: TypeHandle) { code.append(UInt64(UInt(bitPattern: t.pointer))) }
    mutating func word(_ m: MethodHandle) { code.append(UInt64(UInt(bitPattern: m.pointer))) }
    /// A preemption point before a backward branch (a loop), except in corlib, whose code the
    /// scheduler never preempts (Threading/Scheduler.swift).
    mutating func safepoint(before target: Int, _ il: Int) {
        if needsSafepoint(target, il) { emit(.safepoint) }
    }

    /// Whether a branch to `target` is a preemption point. Branch instructions carry it as
    /// a flag operand (`Op.br`), so a loop pays no extra dispatch for it.
    func needsSafepoint(_ target: Int, _ il: Int) -> Bool { target <= il && !asm.isCorlib }

    /// A branch target, stored relative to the branching instruction's first word.
    mutating func branchWord(_ il: Int) {
        fixups.append((code.count, il, instructionStart))
        code.append(0)
    }

    // MARK: Translation

    mutating func translate() throws -> CompiledMethod {
        // Frame: [this][args][locals][hidden EH slots][temps].
        var slot = 0
        if !method.isStatic {
            let owner = method.owner
            argType.append(owner.desc.kind == .valueType ? try rt.pointerType(of: owner, byRef: true) : owner)
            argSlot.append(slot); slot += 1
        }
        for p in method.parameterTypes {
            argType.append(p)
            argSlot.append(slot)
            slot += try rt.slotCount(p)
        }
        let localsStart = slot
        for l in try synthetic?.locals ?? md.localVariables(of: body) {
            let t = try rt.resolveSignature(l, in: asm, context: context, layout: false)
            localType.append(t)
            localSlot.append(slot)
            slot += try rt.slotCount(t)
        }
        for _ in exceptionClauses { clauseSlots.append(slot); slot += 1 }
        if isAsyncBody {
            // The frame object this frame was resumed from (null until it first suspends),
            // reused when it suspends again.
            asyncFrameSlot = slot
            slot += 1
            if !asm.isCorlib {
                // The contexts at entry, restored at every exit (so a callee's AsyncLocal
                // changes never reach its caller). Right after the frame-object slot: the
                // engine finds that one at asyncContextSlot - 1.
                asyncContextSlot = slot
                slot += 2
            }
        }
        let localsEnd = slot
        var scan = makeDecoder()
        var previousConstant: (kind: Kind, bits: UInt64)?
        while let ins = try scan.next() {
            switch ins.operand {
            case .branch(let t): branchTargets.insert(t)
            case .switch(let ts): branchTargets.formUnion(ts)
            default: break
            }
            switch ins.opcode {
            case .ldloca, .ldloca_s: addressTakenLocals.insert(variable(ins))
            case .ldarga, .ldarga_s: addressTakenArgs.insert(variable(ins))
            default: break
            }
            // Constants get frame slots filled at entry; `ldc; conv` pairs get their folded value too.
            let constant = Self.constantBits(ins)
            if let c = constant { addConstant(c.bits) }
            if let p = previousConstant, let folded = Self.fold(p.kind, p.bits, ins.opcode) { addConstant(folded.bits) }
            previousConstant = constant
        }
        constantsStart = slot
        slot += constantPool.count
        for (bits, i) in constantIndex { constantSlot[bits] = constantsStart + i }
        tempBase = slot
        maxSlot = slot

        // Handler entry stacks: the exception object for catch and filter blocks.
        for (i, c) in exceptionClauses.enumerated() {
            switch c.kind {
            case .catch(let tok):
                let t = try rt.resolveType(tok, in: asm, context: context)
                savedStacks[c.handlerOffset] = [Entry(kind: .ref, type: t, slot: tempBase, slots: 1)]
            case .filter(let f):
                savedStacks[f] = [Entry(kind: .ref, type: rt.wellKnown.exception, slot: tempBase, slots: 1)]
                savedStacks[c.handlerOffset] = [Entry(kind: .ref, type: rt.wellKnown.exception, slot: tempBase, slots: 1)]
            case .finally, .fault:
                savedStacks[c.handlerOffset] = []
            }
            _ = i
        }
        maxSlot = max(maxSlot, tempBase + 1)


        var decoder = makeDecoder()
        if asyncContextSlot >= 0 { emit(.asyncEnter, asyncContextSlot) }
        let bodyStart = code.count
        while let ins = try decoder.next() {
            if skipInstructions > 0 {
                // Fused into the call before it (TranslatorAsync.swift).
                skipInstructions -= 1
                irAt[ins.offset] = code.count
                continue
            }
            if isAsyncBody && (ins.opcode == .localloc || ins.opcode == .tail_) {
                throw fail("runtime-async method uses \(ins.opcode == .localloc ? "localloc" : "tail."), which the runtime-async convention forbids", at: ins.offset)
            }
            lookahead = decoder
            let patch = asyncSkipPatch
            try translate(ins)
            if let patch {
                // The Await after a virtual async call: a runtime-async target's async entry
                // returns past it (TranslatorAsync.swift).
                code[patch.word] = UInt64(code.count - patch.instruction)
                asyncSkipPatch = nil
            }
        }
        for (at, il, from) in fixups {
            guard let target = irAt[il] else { throw fail("branch to IL_\(String(il, radix: 16)), which is not an instruction boundary", at: il) }
            code[at] = UInt64(bitPattern: Int64(target - from))
        }
        var clauses: [IRClause] = []
        for (i, c) in exceptionClauses.enumerated() {
            func ir(_ il: Int) throws -> Int {
                if il == codeSize { return code.count }
                guard let x = irAt[il] else { throw fail("exception clause boundary inside an instruction", at: il) }
                return x
            }
            let kind: IRClause.Kind
            switch c.kind {
            case .catch(let tok): kind = .catch(try rt.resolveType(tok, in: asm, context: context))
            case .filter(let f): kind = .filter(try ir(f))
            case .finally: kind = .finally
            case .fault: kind = .fault
            }
            let slot: Int
            switch c.kind { case .catch, .filter: slot = tempBase; default: slot = clauseSlots[i] }
            clauses.append(IRClause(kind: kind, tryStart: try ir(c.tryOffset), tryEnd: try ir(c.tryEnd),
                                    handlerStart: try ir(c.handlerOffset), handlerEnd: try ir(c.handlerEnd), slot: slot,
                                    exceptionSlot: clauseSlots[i]))
        }
        if asyncContextSlot >= 0 {
            // try { body } catch (object) { restore the contexts; rethrow }, outermost of all
            // clauses. A catch, not a fault: like the classic builder (which catches in
            // MoveNext and rethrows at the caller's await), an exception finishes leaving an
            // async method — its finally blocks run — before its caller's filters see it.
            let handler = code.count
            emit(.asyncLeave, asyncContextSlot)
            emit(.rethrow, tempBase)
            clauses.append(IRClause(kind: .catch(rt.wellKnown.object), tryStart: bodyStart, tryEnd: handler, handlerStart: handler,
                                    handlerEnd: code.count, slot: tempBase, exceptionSlot: tempBase))
        }
        guard maxSlot < 0xFFF0 else { throw fail("frame of \(maxSlot) slots exceeds the engine's limit", at: 0) }
        let compiled = CompiledMethod(code: code, frameSlots: maxSlot + 4, localsStart: localsStart, localSlots: localsEnd - localsStart,
                                      constants: constantPool, constantsStart: constantsStart, clauses: clauses, ilOffsets: ilMap)
        compiled.asyncFrameSlot = asyncFrameSlot
        compiled.asyncContextSlot = asyncContextSlot
        if isAsyncBody { compiled.addressArguments = try argType.contains { try mayHoldAddress($0, depth: 0) } }
        return compiled
    }

    /// Whether a value of type `t` may hold an address into a caller's frame: a byref, a
    /// pointer, a native int, or a value type with such a field (lazy resumption restores the
    /// caller of an async body with such an argument along with it).
    func mayHoldAddress(_ t: TypeHandle, depth: Int) throws -> Bool {
        switch t.desc.kind {
        case .byReference, .pointer: return true
        case .valueType:
            switch t.desc.primitive {
            case .intPtr, .uintPtr: return true
            case .none:
                if t.desc.flags.contains(.enumeration) { return false }
                if depth > 8 { return true }
                try rt.layOutFields(t)
                for f in t.info.fields where !f.isStatic { if try mayHoldAddress(f.type, depth: depth + 1) { return true } }
                return false
            default: return false
            }
        default: return false
        }
    }

    // MARK: Instructions

    mutating func translate(_ ins: ILInstruction) throws {
        let il = ins.offset
        if savedStacks[il] != nil && !unreachable && !prefixPending { materializeAll() }
        if let saved = savedStacks[il] {
            if !unreachable && !prefixPending {
                guard stack.map(\.kind) == saved.map(\.kind), stack.map(\.slots) == saved.map(\.slots) else {
                    throw fail("stack shape differs at a join", at: il)
                }
            }
            stack = saved
            unreachable = false
        } else if unreachable {
            stack = []
            unreachable = false
        }
        if !prefixPending {
            irAt[il] = code.count
            ilMap.append((code.count, il))
        }
        prefixPending = false
        switch ins.opcode {
        case .nop, .break: break
        case .ldarg_0, .ldarg_1, .ldarg_2, .ldarg_3: try loadArg(Int(ins.opcode.rawValue - OpCode.ldarg_0.rawValue), il)
        case .ldarg_s, .ldarg: try loadArg(variable(ins), il)
        case .ldloc_0, .ldloc_1, .ldloc_2, .ldloc_3: try loadLocal(Int(ins.opcode.rawValue - OpCode.ldloc_0.rawValue), il)
        case .ldloc_s, .ldloc: try loadLocal(variable(ins), il)
        case .stloc_0, .stloc_1, .stloc_2, .stloc_3: try storeLocal(Int(ins.opcode.rawValue - OpCode.stloc_0.rawValue), il)
        case .stloc_s, .stloc: try storeLocal(variable(ins), il)
        case .starg_s, .starg:
            let n = variable(ins)
            guard n < argSlot.count else { throw fail("argument \(n) out of range", at: il) }
            let v = try pop(il)
            materializeAliases(of: argSlot[n])
            try move(to: argSlot[n], from: v, type: argType[n])
        case .ldarga_s, .ldarga:
            let n = variable(ins)
            guard n < argSlot.count else { throw fail("argument \(n) out of range", at: il) }
            let e = push(.byRef, try rt.pointerType(of: argType[n], byRef: true))
            emit(.addrOfSlot, e.slot, argSlot[n])
        case .ldloca_s, .ldloca:
            let n = variable(ins)
            guard n < localSlot.count else { throw fail("local \(n) out of range", at: il) }
            let e = push(.byRef, try rt.pointerType(of: localType[n], byRef: true))
            emit(.addrOfSlot, e.slot, localSlot[n])
        case .ldnull, .ldc_i4_m1, .ldc_i4_0, .ldc_i4_1, .ldc_i4_2, .ldc_i4_3, .ldc_i4_4, .ldc_i4_5, .ldc_i4_6, .ldc_i4_7,
             .ldc_i4_8, .ldc_i4_s, .ldc_i4, .ldc_i8, .ldc_r4, .ldc_r8:
            guard let c = Self.constantBits(ins) else { throw fail("bad constant operand", at: il) }
            pushConstant(c.kind, c.bits)
        case .ldstr:
            guard case .token(let t) = ins.operand, t.tableByte == 0x70 else { throw fail("ldstr without a string token", at: il) }
            let s = try rt.literal(t.row, in: asm)
            let e = push(.ref, rt.wellKnown.string)
            emit(.ldstr, e.slot); word(s)
        case .dup:
            guard let top = stack.last else { throw fail("stack underflow", at: il) }
            let e = push(top.kind, top.type, slots: top.slots)
            emitMove(e.slot, top.slot, top.slots)
        case .pop:
            _ = try pop(il)
        case .add, .sub, .mul, .div, .div_un, .rem, .rem_un, .and, .or, .xor,
             .add_ovf, .add_ovf_un, .sub_ovf, .sub_ovf_un, .mul_ovf, .mul_ovf_un:
            try binary(ins.opcode, il)
        case .shl, .shr, .shr_un:
            let amount = try pop(il), value = try pop(il)
            guard amount.kind == .i4 || amount.kind == .i8 else { throw fail("shift amount of kind \(amount.kind)", at: il) }
            let r = push(value.kind, value.type)
            let op: Op
            switch (value.kind, ins.opcode) {
            case (.i4, .shl): op = .shlI4
            case (.i4, .shr): op = .shrI4
            case (.i4, _): op = .shrUnI4
            case (.i8, .shl): op = .shlI8
            case (.i8, .shr): op = .shrI8
            case (.i8, _): op = .shrUnI8
            default: throw fail("shift of kind \(value.kind)", at: il)
            }
            emit(op, r.slot, value.slot, amount.slot)
        case .neg, .not:
            let v = try pop(il)
            let r = push(v.kind, v.type)
            let op: Op
            switch (v.kind, ins.opcode) {
            case (.i4, .neg): op = .negI4
            case (.i4, _): op = .notI4
            case (.i8, .neg): op = .negI8
            case (.i8, _): op = .notI8
            case (.r8, .neg): op = .negR8
            case (.r4, .neg): op = .negR4
            default: throw fail("\(ins.opcode.name) of kind \(v.kind)", at: il)
            }
            emit(op, r.slot, v.slot)
        case .ceq, .cgt, .cgt_un, .clt, .clt_un:
            let b = try pop(il), a = try pop(il)
            let r = push(.i4, rt.wellKnown.primitive(.int32))
            emit(try compareOp(ins.opcode, a, b, il), r.slot, a.slot, b.slot)
        case .conv_i1, .conv_u1, .conv_i2, .conv_u2, .conv_i4, .conv_u4, .conv_i8, .conv_u8, .conv_r4, .conv_r8, .conv_r_un, .conv_i, .conv_u,
             .conv_ovf_i1, .conv_ovf_u1, .conv_ovf_i2, .conv_ovf_u2, .conv_ovf_i4, .conv_ovf_u4, .conv_ovf_i8, .conv_ovf_u8, .conv_ovf_i, .conv_ovf_u,
             .conv_ovf_i1_un, .conv_ovf_u1_un, .conv_ovf_i2_un, .conv_ovf_u2_un, .conv_ovf_i4_un, .conv_ovf_u4_un, .conv_ovf_i8_un, .conv_ovf_u8_un, .conv_ovf_i_un, .conv_ovf_u_un:
            try convert(ins.opcode, il)
        case .ckfinite:
            guard let top = stack.last, top.kind == .r8 || top.kind == .r4 else { throw fail("ckfinite on a non-float", at: il) }
            emit(.ckfinite, top.slot, top.kind == .r4 ? 1 : 0)
        case .br, .br_s, .leave, .leave_s:
            guard case .branch(let target) = ins.operand else { throw fail("bad branch", at: il) }
            if ins.opcode == .leave || ins.opcode == .leave_s {
                stack = []
                try emitLeave(from: il, to: target)
            } else {
                materializeAll()
                try saveStack(at: target, il)
                emit(.br, needsSafepoint(target, il) ? 1 : 0); branchWord(target)
            }
            unreachable = true
        case .brtrue, .brtrue_s, .brfalse, .brfalse_s:
            guard case .branch(let target) = ins.operand else { throw fail("bad branch", at: il) }
            let v = try pop(il)
            materializeAll()
            let preempt = needsSafepoint(target, il) ? 1 : 0
            let isTrue = ins.opcode == .brtrue || ins.opcode == .brtrue_s
            switch v.kind {
            case .i4: emit(isTrue ? .brTrueI4 : .brFalseI4, v.slot, preempt)
            case .i8, .ref, .byRef: emit(isTrue ? .brTrueI8 : .brFalseI8, v.slot, preempt)
            default: throw fail("brtrue on kind \(v.kind)", at: il)
            }
            branchWord(target)
            try saveStack(at: target, il)
        case .beq, .beq_s, .bne_un, .bne_un_s, .blt, .blt_s, .ble, .ble_s, .bgt, .bgt_s, .bge, .bge_s,
             .blt_un, .blt_un_s, .ble_un, .ble_un_s, .bgt_un, .bgt_un_s, .bge_un, .bge_un_s:
            guard case .branch(let target) = ins.operand else { throw fail("bad branch", at: il) }
            var b = try pop(il), a = try pop(il)
            materializeAll()
            let op = try compareBranchOp(ins.opcode, &a, &b, il)
            emit(op, needsSafepoint(target, il) ? 1 : 0, a.slot, b.slot)
            branchWord(target)
            try saveStack(at: target, il)
        case .switch:
            guard case .switch(let targets) = ins.operand else { throw fail("bad switch", at: il) }
            let v = try pop(il)
            materializeAll()
            guard v.kind == .i4 else { throw fail("switch on kind \(v.kind)", at: il) }
            if let back = targets.min() { safepoint(before: back, il) }
            emit(.switchI4, v.slot)
            word(UInt64(targets.count))
            for t in targets { branchWord(t); try saveStack(at: t, il) }
        case .ret:
            if let ret = method.returnType {
                let v = try pop(il)
                _ = ret
                if asyncContextSlot >= 0 { emit(.asyncLeave, asyncContextSlot) }
                emit(.ret, v.slot, v.slots)
            } else {
                if asyncContextSlot >= 0 { emit(.asyncLeave, asyncContextSlot) }
                emit(.retVoid)
            }
            guard stack.isEmpty else { throw fail("stack not empty at ret", at: il) }
            unreachable = true
        case .ldind_i1, .ldind_u1, .ldind_i2, .ldind_u2, .ldind_i4, .ldind_u4, .ldind_i8, .ldind_i, .ldind_r4, .ldind_r8, .ldind_ref:
            let addr = try pop(il)
            guard addr.kind == .byRef || addr.kind == .i8 else { throw fail("ldind through kind \(addr.kind)", at: il) }
            let (op, t) = try indirectLoad(ins.opcode, pointee: addr.type?.desc.element)
            let r = try push(t)
            emit(op, r.slot, addr.slot, 0)
        case .stind_i1, .stind_i2, .stind_i4, .stind_i8, .stind_i, .stind_r4, .stind_r8, .stind_ref:
            let v = try pop(il), addr = try pop(il)
            let op: Op
            switch ins.opcode {
            case .stind_i1: op = .stI1
            case .stind_i2: op = .stI2
            case .stind_i4, .stind_r4: op = .stI4
            case .stind_ref: op = .stRef
            default: op = .stI8
            }
            emit(op, addr.slot, v.slot, 0)
        case .ldfld, .ldflda, .stfld, .ldsfld, .ldsflda, .stsfld:
            try fieldAccess(ins, il)
        case .call, .callvirt, .newobj:
            try callInstruction(ins, il)
        case .ldobj:
            let t = try typeOperand(ins, il)
            let addr = try pop(il)
            try loadIndirect(t, from: addr.slot, offset: 0)
        case .stobj:
            let t = try typeOperand(ins, il)
            let v = try pop(il), addr = try pop(il)
            try storeIndirect(t, to: addr.slot, offset: 0, from: v)
        case .cpobj:
            let t = try typeOperand(ins, il)
            let src = try pop(il), dst = try pop(il)
            let (size, _, _) = try rt.storageShape(t)
            emit(.copyBlock, dst.slot, src.slot); word(UInt64(size))
        case .initobj:
            let t = try typeOperand(ins, il)
            let addr = try pop(il)
            let (size, _, _) = try rt.storageShape(t)
            emit(.initBlock, addr.slot); word(UInt64(size))
        case .sizeof:
            let t = try typeOperand(ins, il)
            let (size, _, _) = try rt.storageShape(t)
            constI4(Int32(size))
        case .box:
            let t = try typeOperand(ins, il)
            let v = try pop(il)
            if let test = try boxNullTest(t) {
                // A generic null test (`x == null` on a T that is a value type in this
                // instantiation). The box of a non-Nullable value is never null: as .NET's JIT
                // does, allocate nothing and push the test's outcome.
                constI4(test.result)
                skipInstructions = test.skip
                return
            }
            let r = push(.ref, t)
            if t.isReference { emitMove(r.slot, v.slot, 1); return }
            emit(.box, r.slot, v.slot); word(t)
        case .unbox:
            let t = try typeOperand(ins, il)
            let v = try pop(il)
            let r = push(.byRef, try rt.pointerType(of: t, byRef: true))
            emit(.unbox, r.slot, v.slot); word(t)
        case .unbox_any:
            let t = try typeOperand(ins, il)
            let v = try pop(il)
            if t.isReference {
                let r = push(.ref, t)
                emit(.castClass, r.slot, v.slot); word(t)
            } else {
                let r = try push(t)
                emit(.unboxAny, r.slot, v.slot); word(t)
            }
        case .isinst, .castclass:
            let t = try typeOperand(ins, il)
            let v = try pop(il)
            let r = push(.ref, t)
            emit(ins.opcode == .isinst ? .isInst : .castClass, r.slot, v.slot); word(t)
        case .newarr:
            let t = try typeOperand(ins, il)
            let n = try pop(il)
            let at = try rt.arrayType(of: t)
            let r = push(.ref, at)
            emit(.newArr, r.slot, n.slot, n.kind == .i8 ? 1 : 0); word(at)
        case .ldlen:
            let a = try pop(il)
            let r = push(.i8, rt.wellKnown.primitive(.intPtr))
            emit(.ldLen, r.slot, a.slot)
            lastArrayLength = (r.slot, code.count)
        case .ldelema:
            let t = try typeOperand(ins, il)
            let i = try pop(il), a = try pop(il)
            let r = push(.byRef, try rt.pointerType(of: t, byRef: true))
            // The index word's bit 1 asks for the exact-type check that array covariance needs
            // (skipped with the `readonly.` prefix, which promises no store through the address).
            let exact = t.isReference && !readonlyPrefix ? 2 : 0
            emit(.ldElemAddr, r.slot, a.slot, i.slot); word(UInt64(try rt.storageShape(t).size)); word(UInt64((i.kind == .i8 ? 1 : 0) | exact))
            if exact != 0 { word(t) } else { word(0) }
            readonlyPrefix = false
        case .ldelem_i1, .ldelem_u1, .ldelem_i2, .ldelem_u2, .ldelem_i4, .ldelem_u4, .ldelem_i8, .ldelem_i, .ldelem_r4, .ldelem_r8, .ldelem_ref, .ldelem:
            try loadElement(ins, il)
        case .stelem_i1, .stelem_i2, .stelem_i4, .stelem_i8, .stelem_i, .stelem_r4, .stelem_r8, .stelem_ref, .stelem:
            try storeElement(ins, il)
        case .throw:
            let v = try pop(il)
            emit(.throwObject, v.slot)
            unreachable = true
        case .rethrow:
            guard let clause = enclosingHandler(of: il, catchOnly: true) else { throw fail("rethrow outside a catch handler", at: il) }
            emit(.rethrow, clauseSlots[clause])
            unreachable = true
        case .endfinally:
            guard let i = enclosingHandler(of: il, catchOnly: false) else { throw fail("endfinally outside a finally or fault block", at: il) }
            emit(.endFinally, clauseSlots[i])
            stack = []
            unreachable = true
        case .endfilter:
            let v = try pop(il)
            emit(.endFilter, v.slot)
            unreachable = true
        case .ldftn:
            guard case .token(let tok) = ins.operand else { throw fail("bad operand", at: il) }
            let m = try rt.resolveMethod(tok, in: asm, context: context)
            let r = push(.i8, rt.wellKnown.primitive(.intPtr))
            emit(.ldFtn, r.slot); word(m)
        case .calli:
            try indirectCall(ins, il)
        case .localloc:
            // The block lives in the managed heap as a byte[] (zeroed, as `.locals init`
            // requires): the heap never moves, and the pointer held in this frame keeps the
            // block alive — conservative stack scanning understands interior pointers — until
            // the method returns and the pointer is gone.
            let size = try pop(il)
            guard size.kind == .i4 || size.kind == .i8 else { throw fail("localloc size must be an integer", at: il) }
            let r = push(.i8, rt.wellKnown.primitive(.intPtr))
            emit(.localloc, r.slot, size.slot); word(try rt.arrayType(of: rt.wellKnown.primitive(.uint8)))
        case .ldvirtftn:
            guard case .token(let tok) = ins.operand else { throw fail("bad operand", at: il) }
            let m = try rt.resolveMethod(tok, in: asm, context: context)
            let obj = try pop(il)
            let r = push(.i8, rt.wellKnown.primitive(.intPtr))
            emit(.ldVirtFtn, r.slot, obj.slot); word(m)
        case .ldtoken:
            // Runtime handles are one-slot structs holding the TypeDesc*, MethodDesc* or the
            // FieldInfo (unretained; the runtime owns it).
            guard case .token(let tok) = ins.operand else { throw fail("missing token", at: il) }
            let value: UInt64
            let handleType: TypeHandle
            switch tok.table {
            case .typeDef where (asm.index.genericParameters[tok]?.count ?? 0) > 0:
                // `typeof(Pair<,>)`: the open generic definition (a closed `typeof(Pair<T, U>)`,
                // even inside Pair itself, is a TypeSpec).
                value = UInt64(UInt(bitPattern: try rt.genericDefinition(asm, row: tok.row).pointer))
                handleType = try rt.corlibType("System.RuntimeTypeHandle")
            case .typeRef where try rt.isGenericDefinitionRef(tok, in: asm):
                let (defAsm, row) = try rt.locateTypeRef(tok.row, in: asm)
                value = UInt64(UInt(bitPattern: try rt.genericDefinition(defAsm, row: row).pointer))
                handleType = try rt.corlibType("System.RuntimeTypeHandle")
            case .typeDef, .typeRef, .typeSpec:
                value = UInt64(UInt(bitPattern: try rt.resolveType(tok, in: asm, context: context).pointer))
                handleType = try rt.corlibType("System.RuntimeTypeHandle")
            case _ where tok.isSynthetic && rt.syntheticNamesType(tok):
                value = UInt64(UInt(bitPattern: try rt.resolveType(tok, in: asm, context: context).pointer))
                handleType = try rt.corlibType("System.RuntimeTypeHandle")
            case _ where tok.isSynthetic && rt.syntheticNamesField(tok):
                value = UInt64(UInt(bitPattern: Unmanaged.passUnretained(try rt.resolveField(tok, in: asm, context: context)).toOpaque()))
                handleType = try rt.corlibType("System.RuntimeFieldHandle")
            case .field:
                value = UInt64(UInt(bitPattern: Unmanaged.passUnretained(try rt.resolveField(tok, in: asm, context: context)).toOpaque()))
                handleType = try rt.corlibType("System.RuntimeFieldHandle")
            case .memberRef where try md.isFieldSignature(md.tables.memberRef(tok.row).signature):
                value = UInt64(UInt(bitPattern: Unmanaged.passUnretained(try rt.resolveField(tok, in: asm, context: context)).toOpaque()))
                handleType = try rt.corlibType("System.RuntimeFieldHandle")
            default:
                value = UInt64(UInt(bitPattern: try rt.resolveMethod(tok, in: asm, context: context).pointer))
                handleType = try rt.corlibType("System.RuntimeMethodHandle")
            }
            let e = push(.value, handleType, slots: 1)
            emit(.const64, e.slot); word(value)
        case .unaligned_, .volatile_, .tail_, .no_:
            prefixPending = true
        case .readonly_:
            readonlyPrefix = true
            prefixPending = true
        case .constrained_:
            prefixConstrained = try typeOperand(ins, il)
            prefixPending = true
        default:
            throw RuntimeError.invalidProgram("Instruction \(ins.opcode.name) is not supported by CILKit yet (method \(method.owner.info.fullName)::\(method.name) at IL_\(String(il, radix: 16, uppercase: true))).")
        }
    }

    var prefixPending = false
    var readonlyPrefix = false

    /// When a `box` of `t`, a value type other than Nullable<T>, only feeds a null test, the
    /// test's outcome and how many instructions after the box it spans: `brtrue`/`brfalse`
    /// (`1`: the branch tests the non-null constant) or `ldnull; ceq` (`0`) / `ldnull; cgt.un`
    /// (`1`), none of them a branch target.
    func boxNullTest(_ t: TypeHandle) throws -> (result: Int32, skip: Int)? {
        guard t.pointer.pointee.kind == .valueType, !t.pointer.pointee.flags.has(.nullable),
              var peek = lookahead, let next = try peek.next(), !branchTargets.contains(next.offset) else { return nil }
        switch next.opcode {
        case .brtrue, .brtrue_s, .brfalse, .brfalse_s:
            return (1, 0)
        case .ldnull:
            guard let compare = try peek.next(), !branchTargets.contains(compare.offset) else { return nil }
            switch compare.opcode {
            case .ceq: return (0, 2)
            case .cgt_un: return (1, 2)
            default: return nil
            }
        default:
            return nil
        }
    }

    func variable(_ ins: ILInstruction) -> Int {
        if case .variable(let n) = ins.operand { return n }
        return -1
    }

    mutating func constI4(_ v: Int32) {
        pushConstant(.i4, UInt64(bitPattern: Int64(v)))
    }

    // MARK: Constants

    var constantPool: [UInt64] = []
    var constantIndex: [UInt64: Int] = [:]
    var constantSlot: [UInt64: Int] = [:]
    var constantsStart = 0

    mutating func addConstant(_ bits: UInt64) {
        if constantIndex[bits] == nil {
            constantIndex[bits] = constantPool.count
            constantPool.append(bits)
        }
    }

    /// Pushes a constant: an alias of its pre-filled frame slot, or a `const64` when the
    /// constant was not seen by the pre-scan.
    mutating func pushConstant(_ k: Kind, _ bits: UInt64) {
        let w = rt.wellKnown
        let t: TypeHandle
        switch k {
        case .i4: t = w.primitive(.int32)
        case .i8: t = w.primitive(.int64)
        case .r4: t = w.primitive(.float32)
        case .r8: t = w.primitive(.float64)
        default: t = w.object
        }
        let e = push(k, t)
        if let slot = constantSlot[bits] {
            stack[stack.count - 1].slot = slot
        } else {
            emit(.const64, e.slot); word(bits)
        }
    }

    /// The kind and slot bits of a constant-pushing instruction.
    static func constantBits(_ ins: ILInstruction) -> (kind: Kind, bits: UInt64)? {
        switch ins.opcode {
        case .ldnull: return (.ref, 0)
        case .ldc_i4_m1, .ldc_i4_0, .ldc_i4_1, .ldc_i4_2, .ldc_i4_3, .ldc_i4_4, .ldc_i4_5, .ldc_i4_6, .ldc_i4_7, .ldc_i4_8:
            return (.i4, UInt64(bitPattern: Int64(Int32(ins.opcode.rawValue) - Int32(OpCode.ldc_i4_0.rawValue))))
        case .ldc_i4_s, .ldc_i4:
            if case .int(let v) = ins.operand { return (.i4, UInt64(bitPattern: Int64(v))) }
        case .ldc_i8:
            if case .int64(let v) = ins.operand { return (.i8, UInt64(bitPattern: v)) }
        case .ldc_r4:
            if case .float32(let v) = ins.operand { return (.r4, UInt64(v.bitPattern)) }
        case .ldc_r8:
            if case .float64(let v) = ins.operand { return (.r8, v.bitPattern) }
        default: break
        }
        return nil
    }

    /// `ldc` followed by an unchecked widening conversion, evaluated at translation time.
    static func fold(_ kind: Kind, _ bits: UInt64, _ conv: OpCode) -> (kind: Kind, bits: UInt64)? {
        switch (kind, conv) {
        case (.i4, .conv_i8), (.i4, .conv_i): return (.i8, bits)
        case (.i4, .conv_u8), (.i4, .conv_u): return (.i8, UInt64(UInt32(truncatingIfNeeded: bits)))
        case (.i4, .conv_r8): return (.r8, Double(Int32(truncatingIfNeeded: bits)).bitPattern)
        case (.i4, .conv_r4): return (.r4, UInt64(Float(Int32(truncatingIfNeeded: bits)).bitPattern))
        case (.i8, .conv_r8): return (.r8, Double(Int64(bitPattern: bits)).bitPattern)
        case (.r4, .conv_r8): return (.r8, Double(Float(bitPattern: UInt32(truncatingIfNeeded: bits))).bitPattern)
        default: return nil
        }
    }

    mutating func emitMove(_ dst: Int, _ src: Int, _ slots: Int) {
        if dst == src { return }
        if slots == 1 { emit(.mov, dst, src) } else { emit(.movN, dst, src, slots) }
    }

    mutating func loadArg(_ n: Int, _ il: Int) throws {
        guard n >= 0 && n < argSlot.count else { throw fail("argument \(n) out of range", at: il) }
        try loadVariable(slot: argSlot[n], type: argType[n], aliasable: !addressTakenArgs.contains(n))
    }

    mutating func loadLocal(_ n: Int, _ il: Int) throws {
        guard n >= 0 && n < localSlot.count else { throw fail("local \(n) out of range", at: il) }
        try loadVariable(slot: localSlot[n], type: localType[n], aliasable: !addressTakenLocals.contains(n))
    }

    mutating func loadVariable(slot: Int, type: TypeHandle, aliasable: Bool) throws {
        let e = try push(type)
        if aliasable && e.kind != .value {
            stack[stack.count - 1].slot = slot    // no code: consumers read the variable
        } else {
            emitMove(e.slot, slot, e.slots)
        }
    }

    mutating func storeLocal(_ n: Int, _ il: Int) throws {
        guard n >= 0 && n < localSlot.count else { throw fail("local \(n) out of range", at: il) }
        let v = try pop(il)
        let target = localSlot[n]
        materializeAliases(of: target)
        // `x = a + b`: let the producing instruction write the local directly.
        if try retarget(v, to: target, type: localType[n], il: il) { return }
        try move(to: target, from: v, type: localType[n])
    }

    /// Rewrites the destination of the instruction that produced `v` to `slot`, when that
    /// instruction is the last one emitted, wrote `v`'s home, and nothing else can observe
    /// the home (not a join point, no narrowing needed).
    mutating func retarget(_ v: Entry, to slot: Int, type: TypeHandle, il: Int) throws -> Bool {
        guard !v.isAlias, v.slots == 1, savedStacks[il] == nil, instructionStart < code.count else { return false }
        let (k, _) = try kind(of: type)
        guard k == v.kind, k != .value else { return false }
        if k == .i4, type.desc.primitive != .int32, type.desc.primitive != .uint32, type.desc.primitive != .none { return false }
        let w = code[instructionStart]
        guard Int((w >> 16) & 0xFFFF) == v.home, Self.writesOperandA.contains(decodeOp(w)) else { return false }
        code[instructionStart] = (w & ~(0xFFFF << 16)) | UInt64(UInt16(slot)) << 16
        return true
    }

    /// Ops whose only effect on the frame is writing their result to slot `a`.
    static let writesOperandA: Set<Op> = [
        .mov, .const64, .ldstr, .addI4, .subI4, .mulI4, .andI4, .orI4, .xorI4, .shlI4, .shrI4, .shrUnI4, .negI4, .notI4,
        .addI8, .subI8, .mulI8, .andI8, .orI8, .xorI8, .shlI8, .shrI8, .shrUnI8, .negI8, .notI8,
        .addR8, .subR8, .mulR8, .divR8, .remR8, .negR8, .addR4, .subR4, .mulR4, .divR4, .remR4, .negR4,
        .ceqI4, .cgtI4, .cgtUnI4, .cltI4, .cltUnI4, .ceqI8, .cgtI8, .cgtUnI8, .cltI8, .cltUnI8,
        .ceqR8, .cgtR8, .cgtUnR8, .cltR8, .cltUnR8, .ceqR4, .cgtR4, .cgtUnR4, .cltR4, .cltUnR4,
        .convI4I8, .convU4I8, .convI8I4, .convI4R8, .convI8R8, .convR8I4, .convR8I8, .convR4R8, .convR8R4,
        .ldLen, .ldsI4, .ldsI8, .ldsRef, .ldsU1, .ldsI1, .ldsU2, .ldsI2, .ldsU4, .ldsR4,
    ]

    /// Stores a stack value into a typed slot range, narrowing small integers as .NET does.
    mutating func move(to slot: Int, from v: Entry, type t: TypeHandle) throws {
        let (k, n) = try kind(of: t)
        if k == .i4 && v.kind == .i4 {
            switch t.desc.primitive == .none ? (try enumUnderlying(t)?.desc.primitive ?? .int32) : t.desc.primitive {
            case .boolean, .uint8: emitConv(slot, v.slot, .i4, .u1, false); return
            case .int8: emitConv(slot, v.slot, .i4, .i1, false); return
            case .int16: emitConv(slot, v.slot, .i4, .i2, false); return
            case .char, .uint16: emitConv(slot, v.slot, .i4, .u2, false); return
            default: break
            }
        }
        if k == .r4 && v.kind == .r8 { emitConv(slot, v.slot, .r8, .r4, false); return }
        if k == .r8 && v.kind == .r4 { emitConv(slot, v.slot, .r4, .r8, false); return }
        if k == .i8 && v.kind == .i4 { emitConv(slot, v.slot, .i4, .i8, false); return }
        emitMove(slot, v.slot, n)
    }

    mutating func saveStack(at target: Int, _ il: Int) throws {
        if let existing = savedStacks[target] {
            guard existing.map(\.kind) == stack.map(\.kind), existing.map(\.slots) == stack.map(\.slots) else {
                throw fail("stack shape differs at the branch target IL_\(String(target, radix: 16))", at: il)
            }
        } else {
            savedStacks[target] = stack
        }
    }

    func typeOperand(_ ins: ILInstruction, _ il: Int) throws -> TypeHandle {
        guard case .token(let t) = ins.operand else { throw fail("missing type token", at: il) }
        return try rt.resolveType(t, in: asm, context: context)
    }

    /// The index of the innermost clause whose handler contains `il`.
    func enclosingHandler(of il: Int, catchOnly: Bool) -> Int? {
        var best: Int?
        for (i, c) in exceptionClauses.enumerated() where il >= c.handlerOffset && il < c.handlerEnd {
            switch c.kind {
            case .catch, .filter: if !catchOnly { continue }
            case .finally, .fault: if catchOnly { continue }
            }
            if best == nil || c.handlerLength < exceptionClauses[best!].handlerLength { best = i }
        }
        return best
    }

    /// `leave`: run each finally between here and the target, innermost first, then branch.
    mutating func emitLeave(from il: Int, to target: Int) throws {
        for (i, c) in exceptionClauses.enumerated() {
            guard case .finally = c.kind else { continue }
            let inTry = il >= c.tryOffset && il < c.tryEnd
            let targetInTry = target >= c.tryOffset && target < c.tryEnd
            if inTry && !targetInTry {
                emit(.callFinally, clauseSlots[i]); branchWord(c.handlerOffset)
            }
        }
        emit(.leave); branchWord(target)
        try saveStack(at: target, il)
    }
}
