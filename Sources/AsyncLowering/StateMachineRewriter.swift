import CILMetadata

/// One await site of MoveNext, as mcs emits it (indices into the original instructions):
///
/// ```
/// check:    ldarg.0; ldflda $awaiterK; call get_IsCompleted(); brtrue RESUME
/// suspend:  ldarg.0; ldc.i4 k; stfld $PC; [ldc.i4.1; stloc V_1]
///           ldarg.0; ldflda $builder; ldarg.0; ldflda $awaiterK; ldarg.0
///           call Builder::AwaitUnsafeOnCompleted<TA, SM>(!!0&, !!1&)     (or AwaitOnCompleted)
///           leave END
/// resume:   …                                                        (RESUME, stack empty)
/// ```
struct AwaitSite {
    var check: Int
    var suspend: Int
    var call: Int
    var resume: Int
    var awaiterField: String
    var awaiterType: TypeSignature
    var critical: Bool
}

/// Removes the state-machine machinery from MoveNext's instructions, pattern by pattern. Each
/// pattern is matched exactly; whatever is left over that still mentions `$PC`, `$builder` or
/// the dispatch locals makes the method stay classic.
///
/// Works on *slots*: `slots[i]` is what original instruction `i` becomes (itself, nothing, or a
/// replacement anchored at its offset), so patterns are matched on the untouched original.
struct StateMachineRewriter {
    let context: LoweringContext
    let ins: [SymbolicInstruction]
    var slots: [[SymbolicInstruction]]
    var clauses: [ExceptionClause]
    var awaits: [AwaitSite] = []
    var stateLocal = -1
    var suspendingLocal: Int?
    var endLabel = -1
    var bodyStart = 0
    /// The awaitless prologue's `brtrue END` target (checked against the exit label).
    var prologueExit: Int?
    private var names: [MetadataToken: String] = [:]

    init(_ context: LoweringContext, instructions: [SymbolicInstruction], clauses: [ExceptionClause]) {
        self.context = context
        ins = instructions
        slots = instructions.map { [$0] }
        self.clauses = clauses
    }

    // MARK: Matching helpers

    mutating func memberName(_ i: Int) throws -> String? {
        guard i >= 0, i < ins.count, let t = ins[i].token, !t.isSynthetic else { return nil }
        if let n = names[t] { return n }
        let n = try context.fieldName(t) ?? context.method(t)?.name
        names[t] = n
        return n
    }
    mutating func isField(_ i: Int, _ op: OpCode, _ name: String) throws -> Bool {
        guard i >= 0, i < ins.count, ins[i].opcode == op else { return false }
        return try memberName(i) == name
    }
    mutating func isCall(_ i: Int, _ name: String) throws -> Bool {
        guard i >= 0, i < ins.count, ins[i].isCall() else { return false }
        return try memberName(i) == name
    }
    func isOp(_ i: Int, _ op: SymbolicInstruction.Op) -> Bool { i >= 0 && i < ins.count && ins[i].op == op }
    func index(ofOffset o: Int) -> Int? { ins.firstIndex { $0.anchor == o } }
    mutating func delete(_ range: ClosedRange<Int>) { for i in range { slots[i] = [] } }
    mutating func replace(_ range: ClosedRange<Int>, with ops: [SymbolicInstruction.Op]) {
        delete(range)
        slots[range.lowerBound] = ops.map { SymbolicInstruction($0, anchor: ins[range.lowerBound].anchor) }
    }

    // MARK: Patterns

    /// `V_0 = $PC; $PC = -1; [V_1 = false;]` — deleted: the state is 0 on entry, the only entry.
    mutating func removePrologue() throws {
        // Without awaits: `ldarg.0; ldfld $PC; ldarg.0; ldc.i4.m1; stfld $PC; brtrue END`.
        if isOp(0, .ldarg(0)), try isField(1, .ldfld, "$PC"), isOp(2, .ldarg(0)), isOp(3, .ldcI4(-1)),
           try isField(4, .stfld, "$PC"), case .branch(.brtrue, let end)? = ins[safe: 5]?.op {
            bodyStart = 6
            prologueExit = end
            delete(0...5)
            return
        }
        guard isOp(0, .ldarg(0)), try isField(1, .ldfld, "$PC"), case .stloc(let s)? = ins[safe: 2]?.op,
              isOp(3, .ldarg(0)), isOp(4, .ldcI4(-1)), try isField(5, .stfld, "$PC") else {
            throw KeepClassic("MoveNext does not start with mcs's `V_0 = $PC; $PC = -1` prologue")
        }
        stateLocal = s
        bodyStart = 6
        if isOp(6, .ldcI4(0)), case .stloc(let f)? = ins[safe: 7]?.op, f != s {
            suspendingLocal = f
            bodyStart = 8
        }
        delete(0...(bodyStart - 1))
    }

    /// The outer `.try { … } catch Exception { $PC = -1; builder.SetException(e); leave END }` —
    /// the handler is deleted with its clause: exceptions propagate out of a runtime-async body.
    mutating func removeOuterCatch() throws {
        guard let c = clauses.lastIndex(where: { $0.tryOffset == ins[bodyStart].anchor }),
              case .catch = clauses[c].kind, let h = index(ofOffset: clauses[c].handlerOffset) else {
            throw KeepClassic("no outer try/catch around MoveNext's body")
        }
        guard case .stloc(let e)? = ins[safe: h]?.op, isOp(h + 1, .ldarg(0)), isOp(h + 2, .ldcI4(-1)), try isField(h + 3, .stfld, "$PC"),
              isOp(h + 4, .ldarg(0)), try isField(h + 5, .ldflda, "$builder"), isOp(h + 6, .ldloc(e)), try isCall(h + 7, "SetException"),
              case .branch(.leave, let end)? = ins[safe: h + 8]?.op, ins[safe: h + 9]?.anchor ?? -1 == clauses[c].handlerEnd || h + 9 == ins.count else {
            throw KeepClassic("outer catch is not mcs's `$PC = -1; builder.SetException(e)`")
        }
        guard let endIndex = index(ofOffset: end), ins[endIndex].opcode == .ret else {
            throw KeepClassic("the state machine's exit label is not a ret")
        }
        endLabel = end
        if let p = prologueExit, p != end { throw KeepClassic("the prologue's exit is not the state machine's exit") }
        delete(h...(h + 8))
        clauses.remove(at: c)
    }

    /// `ldloc V_0; switch (START, RESUME1, …); leave END` at the head of the outer try — folded
    /// to a fall-through into START (state 0).
    mutating func foldOuterDispatch() throws {
        if prologueExit != nil { return }
        let i = bodyStart
        if isOp(i, .ldloc(stateLocal)), case .switch(let ts)? = ins[safe: i + 1]?.op, !ts.isEmpty,
           case .branch(let o, let end)? = ins[safe: i + 2]?.op, o == .leave || o == .br, end == endLabel {
            replace(i...(i + 2), with: ts[0] == ins[safe: i + 3]?.anchor ? [] : [.branch(.br, ts[0])])
            return
        }
        throw KeepClassic("MoveNext's body does not start with the `$PC` dispatch switch")
    }

    /// Every `builder.Await[Unsafe]OnCompleted(ref awaiter, ref this); leave END` suspend block
    /// becomes `ldarg.0; ldfld $awaiterK; call AsyncHelpers::[Unsafe]AwaitAwaiter<TA>(!!0)`,
    /// falling through to its resume point. (`ldarg.0` becomes `ldloca sm` later.)
    mutating func replaceSuspendBlocks(_ substitution: GenericSubstitution, _ refs: inout ReferenceTable) throws {
        for i in ins.indices {
            let name = try memberName(i)
            guard ins[i].isCall(), name == "AwaitUnsafeOnCompleted" || name == "AwaitOnCompleted" else { continue }
            guard let t = ins[i].token, let info = try context.method(t), info.methodArguments.count == 2 else {
                throw KeepClassic("unexpected builder await call")
            }
            guard isOp(i - 1, .ldarg(0)), ins[i - 2].opcode == .ldflda, let awaiter = try memberName(i - 2),
                  isOp(i - 3, .ldarg(0)), try isField(i - 4, .ldflda, "$builder"), isOp(i - 5, .ldarg(0)),
                  case .branch(.leave, let end)? = ins[safe: i + 1]?.op, end == endLabel, i + 2 < ins.count else {
                throw KeepClassic("suspend block around \(name!) is not mcs's shape")
            }
            var start = i - 5
            if let f = suspendingLocal, isOp(start - 1, .stloc(f)), isOp(start - 2, .ldcI4(1)) { start -= 2 }
            guard try isField(start - 1, .stfld, "$PC"), case .ldcI4(let k)? = ins[safe: start - 2]?.op, k > 0, isOp(start - 3, .ldarg(0)) else {
                throw KeepClassic("suspend block does not set `$PC = k`")
            }
            start -= 3
            let check = start - 4
            guard isOp(check, .ldarg(0)), try isField(check + 1, .ldflda, awaiter) || isField(check + 1, .ldfld, awaiter),
                  try isCall(check + 2, "get_IsCompleted"),
                  case .branch(.brtrue, let resume)? = ins[safe: check + 3]?.op, resume == ins[i + 2].anchor else {
                throw KeepClassic("await site does not test IsCompleted before suspending")
            }
            let awaiterType = try substitution.substitute(info.methodArguments[0])
            let critical = name == "AwaitUnsafeOnCompleted"
            let helper = AsyncHelpersAPI.awaitAwaiter(awaiterType, critical: critical, &refs)
            replace(start...(i + 1), with: [.ldarg(0), .plain(.ldfld, .token(ins[i - 2].token!)), .plain(.call, .token(helper))])
            awaits.append(AwaitSite(check: check, suspend: start, call: i, resume: i + 2, awaiterField: awaiter,
                                    awaiterType: awaiterType, critical: critical))
        }
    }

    /// `$PC = -1; builder.SetResult([V_r])` before `END: ret` → `[ldloc V_r;] ret`.
    mutating func replaceSetResult(returnsValue: Bool) throws {
        // The builder's SetResult (not, say, a TaskCompletionSource's): `ldarg.0; ldflda $builder; [value]`.
        let found = try ins.indices.filter {
            try isCall($0, "SetResult") && (isField($0 - 1, .ldflda, "$builder") || isField($0 - 2, .ldflda, "$builder") || isField($0 - 3, .ldflda, "$builder"))
        }
        guard found.count == 1, let i = found.first else { throw KeepClassic("\(found.count) builder SetResult calls (expected 1)") }
        var value: [SymbolicInstruction.Op] = []
        var start = i - 2
        if returnsValue {
            if case .ldloc? = ins[safe: i - 1]?.op {
                value = [ins[i - 1].op]
                start = i - 3
            } else if ins[i - 1].opcode == .ldfld, let n = try memberName(i - 1), n != "$PC", n != "$builder", isOp(i - 2, .ldarg(0)) {
                value = [ins[i - 2].op, ins[i - 1].op]   // `ldarg.0; ldfld $return`
                start = i - 4
            } else {
                throw KeepClassic("SetResult's value is neither a local nor a state-machine field")
            }
        }
        guard try isField(start + 1, .ldflda, "$builder"), isOp(start, .ldarg(0)), ins[safe: i + 1]?.anchor == endLabel else {
            throw KeepClassic("SetResult is not mcs's `$PC = -1; builder.SetResult(v)` before the exit")
        }
        if try isField(start - 1, .stfld, "$PC"), isOp(start - 2, .ldcI4(-1)), isOp(start - 3, .ldarg(0)) { start -= 3 }
        replace(start...i, with: value + [.plain(.ret, .none)])
    }

    /// Leftover state bookkeeping, all dead once `$PC` is never read:
    /// `ldarg.0; ldc.i4 c; stfld $PC` (deleted), the nested-try dispatch
    /// `ldloc V_0; ldc.i4 k; sub; switch (…)` (V_0 is 0 or -3 there, so `V_0 - k` as unsigned is
    /// past every table: deleted), `ldc.i4 -3; stloc V_0` (deleted), and the finally guard
    /// `ldloc V_1; brfalse BODY` (V_1 is never true: `br BODY`).
    mutating func foldStateBookkeeping() throws {
        for i in ins.indices where slots[i] == [ins[i]] {
            if isOp(i, .ldarg(0)), case .ldcI4? = ins[safe: i + 1]?.op, try isField(i + 2, .stfld, "$PC") {
                delete(i...(i + 2))
            } else if isOp(i, .ldloc(stateLocal)), case .ldcI4(let k)? = ins[safe: i + 1]?.op, k > 0,
                      ins[safe: i + 2]?.opcode == .sub, case .switch(let ts)? = ins[safe: i + 3]?.op, ts.count < Int(UInt32.max) - 3 {
                delete(i...(i + 3))
            } else if case .ldcI4(let c)? = ins[safe: i]?.op, c <= 0, isOp(i + 1, .stloc(stateLocal)) {
                delete(i...(i + 1))
            } else if let f = suspendingLocal, isOp(i, .ldloc(f)), case .branch(.brfalse, let body)? = ins[safe: i + 1]?.op {
                replace(i...(i + 1), with: [.branch(.br, body)])
            }
        }
    }

    /// Everything that survives must be free of the machinery; otherwise the method stays classic.
    mutating func checkLeftovers() throws {
        for (i, list) in slots.enumerated() {
            for x in list {
                switch x.op {
                case .ldloc(let n), .stloc(let n), .ldloca(let n):
                    if n == stateLocal || n == suspendingLocal {
                        throw KeepClassic("the state/suspending local is used outside the known dispatch patterns (IL_\(hex(ins[i].anchor)))")
                    }
                case .ldarg(let n) where n != 0: throw KeepClassic("MoveNext reads argument \(n)")
                case .ldarga, .starg: throw KeepClassic("MoveNext takes the address of or stores to `this`")
                case .plain(let o, _) where o == .localloc || o == .tail_ || o == .jmp:
                    throw KeepClassic("\(o.name) is not allowed in a runtime-async method")
                default: break
                }
                if x == ins[i], let n = try memberName(i), n == "$PC" || n == "$builder" {
                    throw KeepClassic("\(n) is used outside the known state-machine patterns (IL_\(hex(ins[i].anchor)))")
                }
            }
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
