import CILMetadata

/// Gives every field of the state-machine local its own local, as Roslyn's runtime-async
/// methods keep hoisted variables in locals:
///
/// ```
/// ldloca V_0; ldfld F              →  ldloc F'
/// ldloca V_0; <value>; stfld F     →  <value>; stloc F'        (the address is pushed first:
/// ldloca V_0; ldflda F             →  ldloca F'                  found by stack simulation)
/// ```
///
/// All or nothing, and only where provably equivalent: every `ldloca V_0` reaches exactly one
/// instruction, on every path, and that instruction is a `ldfld`/`ldflda`/`stfld` taking it as
/// its object (not the stored value, no prefix); V_0 is never loaded, stored or otherwise
/// addressed; every join meets the same stack shape. Then the struct is only ever a set of
/// disjoint fields, each a zero-initialised variable of the field's type (stores truncate as
/// the field's would), which is exactly a local; frames keep locals across suspensions as they
/// keep the struct (byrefs to locals are relocated on resume as interior byrefs were).
/// Fields never touched (`$builder`, `$PC`, awaiters of fused sites) get no local; V_0 becomes
/// unreferenced and `LocalCleanup` drops it.
struct Scalarisation {
    let md: Metadata
    let references: [SyntheticReference]
    let returnsValue: Bool
    let stateMachineLocal: Int
    /// The state-machine field's name → its type in the lowered method's generic context.
    let fieldType: (String) throws -> TypeSignature?
    let fieldName: (MetadataToken) throws -> String?

    enum Role: Equatable { case load(String), address(String), store(String) }

    /// The rewritten body and locals, or nil when the state machine must stay a struct.
    func apply(_ body: [SymbolicInstruction], clauses: [ExceptionClause], locals: [TypeSignature]) throws -> ([SymbolicInstruction], [TypeSignature])? {
        guard body.contains(where: { $0.op == .ldloca(stateMachineLocal) }) else { return nil }
        for x in body {
            if x.op == .ldloc(stateMachineLocal) || x.op == .stloc(stateMachineLocal) { return nil }
        }
        let assembled = ILAssembler(body).assemble(clauses: clauses)
        let decoded = try ILDecoder.decodeAll(il: assembled.il)
        var indexAt: [Int: Int] = [:]
        for i in body.indices { indexAt[assembled.offsets[i]] = i }
        var at: [Int: Int] = [:]
        for (k, x) in decoded.enumerated() { at[x.offset] = k }
        guard decoded.count == body.count else { return nil }
        let effects = StackEffects(md: md, references: references)

        // Stack simulation: each entry is the body index of the `ldloca V_0` that pushed it, or -1.
        var state: [Int: [Int]] = [:]
        var work: [Int] = []
        var consumers: [Int: Set<Int>] = [:]
        var roles: [Int: Role] = [:]
        var failed = false
        func reach(_ o: Int, _ s: [Int]) {
            guard at[o] != nil else { failed = true; return }
            if let old = state[o] { if old != s { failed = true }; return }
            state[o] = s
            work.append(o)
        }
        reach(0, [])
        for c in assembled.clauses {
            switch c.kind {
            case .catch: reach(c.handlerOffset, [-1])
            case .filter(let f): reach(f, [-1]); reach(c.handlerOffset, [-1])
            case .finally, .fault: reach(c.handlerOffset, [])
            }
        }
        while let o = work.popLast(), !failed {
            let ins = decoded[at[o]!]
            let i = indexAt[o]!
            var s = state[o]!
            let (pop, push) = try effects.effect(ins, returnCount: returnsValue ? 1 : 0)
            guard s.count >= pop else { return nil }
            let popped = Array(s.suffix(pop))
            s.removeLast(pop)
            for (k, tag) in popped.enumerated() where tag >= 0 {
                consumers[tag, default: []].insert(i)
                var role: Role?
                if let t = body[i].token, let name = try fieldName(t), i == 0 || !Self.isPrefix(body[i - 1]) {
                    switch ins.opcode {
                    case .ldfld where pop == 1: role = .load(name)
                    case .ldflda where pop == 1: role = .address(name)
                    case .stfld where k == 0 && popped[1] < 0: role = .store(name)
                    default: break
                    }
                }
                guard let role, roles[i] == nil || roles[i] == role else { return nil }
                roles[i] = role
            }
            if body[i].op == .ldloca(stateMachineLocal) {
                guard push == 1 else { return nil }
                s.append(i)
            } else {
                s += [Int](repeating: -1, count: push)
            }
            switch ins.opcode {
            case .leave, .leave_s:
                guard !s.contains(where: { $0 >= 0 }) else { return nil }
                if case .branch(let t) = ins.operand { reach(t, []) }
                continue
            case .ret, .throw, .rethrow, .endfinally, .endfilter, .jmp:
                guard !s.contains(where: { $0 >= 0 }) else { return nil }
                continue
            default: break
            }
            switch ins.operand {
            case .branch(let t): reach(t, s)
            case .switch(let ts): for t in ts { reach(t, s) }
            default: break
            }
            if ins.opcode != .br && ins.opcode != .br_s { reach(ins.nextOffset, s) }
        }
        guard !failed else { return nil }

        // Every producer: reached, one consumer, a field access.
        var fieldLocal: [String: Int] = [:]
        var newLocals = locals
        var result = body.map { Optional($0) }
        for (i, x) in body.enumerated() where x.op == .ldloca(stateMachineLocal) {
            guard state[assembled.offsets[i]] != nil, let c = consumers[i], c.count == 1, let consumer = c.first,
                  let role = roles[consumer] else { return nil }
            let name: String
            switch role { case .load(let n), .address(let n), .store(let n): name = n }
            let local: Int
            if let l = fieldLocal[name] {
                local = l
            } else {
                guard let type = try fieldType(name) else { return nil }
                local = newLocals.count
                newLocals.append(type)
                fieldLocal[name] = local
            }
            result[i] = nil
            switch role {
            case .load: result[consumer]!.op = .ldloc(local)
            case .address: result[consumer]!.op = .ldloca(local)
            case .store: result[consumer]!.op = .stloc(local)
            }
        }
        // Consumers whose producer was not an `ldloca V_0` of this body cannot exist (every
        // tagged entry comes from one); unreachable `ldloca V_0` were refused above.
        return (result.compactMap { $0 }, newLocals)
    }

    static func isPrefix(_ x: SymbolicInstruction) -> Bool {
        if case .plain(let o, _) = x.op { return o.flowControl == .meta }
        return false
    }
}

/// Local-variable clean-ups on a finished body:
/// - `stloc X; ldloc X` where X is used nowhere else and no label lands between them: the pair
///   goes when storing to X cannot change the value (X's type is not narrower than its stack
///   type, or the value is stored next to a local of X's very type);
/// - locals no instruction names are dropped and the rest renumbered.
enum LocalCleanup {
    /// `copiesArgument(n, t)`: whether a local of type `t` holds argument `n` unchanged.
    static func apply(_ body: [SymbolicInstruction], clauses: [ExceptionClause], locals: [TypeSignature],
                      copiesArgument: (Int, TypeSignature) -> Bool) -> ([SymbolicInstruction], [TypeSignature]) {
        var body = body
        var changed = true
        while changed {
            changed = false
            var uses: [Int: Int] = [:], stores: [Int: Int] = [:], addressed = Set<Int>(), argumentsChanged = Set<Int>()
            for x in body {
                switch x.op {
                case .ldloc(let n): uses[n, default: 0] += 1
                case .stloc(let n): uses[n, default: 0] += 1; stores[n, default: 0] += 1
                case .ldloca(let n): uses[n, default: 0] += 1; addressed.insert(n)
                case .starg(let n), .ldarga(let n): argumentsChanged.insert(n)
                default: break
                }
            }
            let asm = ILAssembler(body)
            var landing = Set<Int>()
            for x in body { for t in x.branchTargets { landing.insert(asm.index(ofLabel: t)) } }
            for c in clauses {
                for o in [c.tryOffset, c.tryEnd, c.handlerOffset, c.handlerEnd] { landing.insert(asm.index(ofLabel: o)) }
                if case .filter(let f) = c.kind { landing.insert(asm.index(ofLabel: f)) }
            }
            // `ldarg n; stloc X` in the straight-line entry, X stored nowhere else and never
            // addressed, argument n never stored or addressed: X is argument n.
            var i = 0
            while i + 1 < body.count, !body[i].endsBlock, body[i].branchTargets.isEmpty, i == 0 || !landing.contains(i) {
                if case .ldarg(let n) = body[i].op, case .stloc(let x) = body[i + 1].op, !landing.contains(i + 1),
                   stores[x] == 1, !addressed.contains(x), !argumentsChanged.contains(n), copiesArgument(n, locals[x]),
                   !body[..<i].contains(where: { $0.op == .ldloc(x) }) {
                    body.removeSubrange(i...(i + 1))
                    for j in body.indices where body[j].op == .ldloc(x) { body[j].op = .ldarg(n) }
                    changed = true
                    break
                }
                i += 1
            }
            if changed { continue }
            // `stloc R; br L` with `L: ldloc R; ret`, R read only by such returns: `ret`.
            let returnLocals = Set(uses.keys.filter { r in
                !addressed.contains(r) && isExact(locals[r]) && body.indices.allSatisfy { j in
                    body[j].op != .ldloc(r) || (body[safe: j + 1]?.opcode == .ret && !landing.contains(j + 1))
                }
            })
            for i in body.indices.dropLast() {
                guard case .stloc(let r) = body[i].op, returnLocals.contains(r), !landing.contains(i + 1) else { continue }
                if case .branch(.br, let l) = body[i + 1].op, body[safe: asm.index(ofLabel: l)]?.op == .ldloc(r) {
                    body.replaceSubrange(i...(i + 1), with: [SymbolicInstruction(.plain(.ret, .none), anchor: body[i].anchor)])
                    changed = true
                    break
                }
                if body[i + 1].op == .ldloc(r), body[safe: i + 2]?.opcode == .ret, !landing.contains(i + 2) {
                    body.removeSubrange(i...(i + 1))
                    changed = true
                    break
                }
            }
            if changed { continue }
            for i in body.indices.dropLast() {
                guard case .stloc(let x) = body[i].op, body[i + 1].op == .ldloc(x), uses[x] == 2, !landing.contains(i + 1) else { continue }
                var exact = isExact(locals[x])
                if case .stloc(let y)? = body[safe: i + 2]?.op, locals[y] == locals[x], !landing.contains(i + 2) { exact = true }
                guard exact else { continue }
                body.removeSubrange(i...(i + 1))
                changed = true
                break
            }
        }
        // Renumber: the most loaded and stored locals first (`ldloc.0`–`ldloc.3` are one byte).
        var used = Set<Int>(), weight: [Int: Int] = [:]
        for x in body {
            switch x.op {
            case .ldloc(let n), .stloc(let n): used.insert(n); weight[n, default: 0] += 1
            case .ldloca(let n): used.insert(n)
            default: break
            }
        }
        var map: [Int: Int] = [:]
        var kept: [TypeSignature] = []
        for n in used.sorted(by: { (weight[$0] ?? 0, -$0) > (weight[$1] ?? 0, -$1) }) {
            map[n] = kept.count
            kept.append(locals[n])
        }
        for i in body.indices {
            switch body[i].op {
            case .ldloc(let n): body[i].op = .ldloc(map[n]!)
            case .stloc(let n): body[i].op = .stloc(map[n]!)
            case .ldloca(let n): body[i].op = .ldloca(map[n]!)
            default: break
            }
        }
        return (body, kept)
    }

    /// Types whose `stloc` stores the stack value unchanged (no truncation to a small integer or
    /// float32, no enum that might be narrow).
    static func isExact(_ t: TypeSignature) -> Bool {
        switch t {
        case .int32, .uint32, .int64, .uint64, .intPtr, .uintPtr, .float64, .string, .object, .class, .szArray, .array,
             .genericInstance, .typeParameter, .methodParameter:
            return true
        default:
            return false
        }
    }
}
