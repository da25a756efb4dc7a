import CILMetadata

/// Rewrites await sites on task values into Roslyn's runtime-async shape, which the engine fuses
/// with the preceding call (no Task at all when the callee completes synchronously):
///
/// ```
/// before:  ldarg.0                                   ← the stfld's target (stack empty before it)
///          ldarg.0; ldfld int32 SM::n; call Task`1<int32> C::F(int32)     ← the awaitable
///          callvirt TaskAwaiter`1<!0> Task`1<int32>::GetAwaiter()
///          stfld $awaiter0
///          ldarg.0; ldflda $awaiter0; call get_IsCompleted(); brtrue RESUME
///          ldarg.0; ldfld $awaiter0; call AsyncHelpers::UnsafeAwaitAwaiter<TaskAwaiter`1<int32>>(!!0)
/// RESUME:  ldarg.0                                   ← re-pushed constants (moved to the front)
///          ldarg.0; ldflda $awaiter0; call !0 TaskAwaiter`1<int32>::GetResult()
/// after:   ldarg.0; ldfld int32 SM::n; call Task`1<int32> C::F(int32)
///          call !!0 AsyncHelpers::Await<int32>(Task`1<!!0>)
///          stloc T; ldarg.0; ldloc T          ← only when something was re-pushed (no byref
///                                                 is live across the await)
/// ```
/// Also `ConfigureAwait(b)` (`callvirt ConfigureAwait; stloc t; ldloca t; call
/// ConfiguredTaskAwaitable::GetAwaiter()` → `callvirt ConfigureAwait; call Await(Configured…)`)
/// and `ValueTask`/`ConfiguredValueTaskAwaitable` values stored to a temporary the same way.
///
/// Applied only where provably equivalent: the awaiter field is used by await sites only (each
/// stores it before reading it); the
/// values re-pushed after the resume point are constants (`ldarg.0`, literals), re-pushed after
/// the Await call; the temporary local is only ever stored and immediately re-addressed; no
/// branch from elsewhere lands inside the replaced instructions; no exception-region boundary
/// lies inside the site.
struct TaskAwaitFusion {
    let context: LoweringContext
    let depths: [Int: Int]
    let substitution: GenericSubstitution
    /// MoveNext's local count; temporaries for await results are appended after them.
    let localCount: Int
    private(set) var extraLocals: [TypeSignature] = []

    init(_ context: LoweringContext, depths: [Int: Int], substitution: GenericSubstitution, localCount: Int) {
        self.context = context
        self.depths = depths
        self.substitution = substitution
        self.localCount = localCount
    }

    /// Number of sites fused.
    mutating func apply(_ r: inout StateMachineRewriter, _ refs: inout ReferenceTable) throws -> Int {
        let ins = r.ins
        // Field use counts and temporaries that are only stored and immediately re-addressed.
        var fieldUses: [String: Int] = [:]
        for i in ins.indices { if let n = try r.memberName(i), ins[i].opcode == .stfld || ins[i].opcode == .ldflda || ins[i].opcode == .ldfld { fieldUses[n, default: 0] += 1 } }
        var badTemps = Set<Int>()
        for (i, x) in ins.enumerated() {
            switch x.op {
            case .ldloc(let t): badTemps.insert(t)
            case .ldloca(let t):
                let next = try r.memberName(i + 1)
                if !(r.isOp(i - 1, .stloc(t)) && next == "GetAwaiter") { badTemps.insert(t) }
            default: break
            }
        }
        var fused = 0
        for site in r.awaits {
            guard let replacement = try plan(site, r, fieldUses: fieldUses, badTemps: badTemps, &refs) else { continue }
            // The leading `ldarg.0` goes; the tail becomes the Await call. Values mcs re-pushed
            // after the resume point (`ldarg.0`, the state machine's address, for a following
            // stfld) are still pushed *after* the await: a byref must not be live across a
            // suspension (it reads as null after a resume), so a result is parked in a temporary.
            r.slots[replacement.leading] = []
            var tail: [SymbolicInstruction.Op] = [.plain(.call, .token(replacement.await))]
            if !replacement.constants.isEmpty {
                if let type = replacement.resultType {
                    let temp = localCount + extraLocals.count
                    extraLocals.append(type)
                    tail += [.stloc(temp)] + replacement.constants + [.ldloc(temp)]
                } else {
                    tail += replacement.constants
                }
            }
            r.replace(replacement.tailStart...(site.resume + replacement.constants.count + 2), with: tail)
            fused += 1
        }
        return fused
    }

    struct Plan {
        var leading: Int
        var constants: [SymbolicInstruction.Op]
        var tailStart: Int
        var await: MetadataToken
        var resultType: TypeSignature?
    }

    func plan(_ site: AwaitSite, _ r: StateMachineRewriter, fieldUses: [String: Int], badTemps: Set<Int>, _ refs: inout ReferenceTable) throws -> Plan? {
        var r = r
        let ins = r.ins
        let stfld = site.check - 1
        // mcs shares one awaiter field among the sites awaiting the same awaiter type; each site
        // stores it right before reading it, so the field carries nothing between sites as long as
        // every use of it belongs to an await site (4 uses each).
        let sitesSharingField = r.awaits.filter { $0.awaiterField == site.awaiterField }.count
        guard try r.isField(stfld, .stfld, site.awaiterField), fieldUses[site.awaiterField] == 4 * sitesSharingField,
              try r.isCall(stfld - 1, "GetAwaiter"), let getAwaiter = ins[stfld - 1].token,
              let info = try context.method(getAwaiter) else { return nil }
        // Constants re-pushed after RESUME, then `ldarg.0; ldflda $awaiterK; call GetResult`.
        var constants: [SymbolicInstruction.Op] = []
        var k = site.resume
        while true {
            if r.isOp(k, .ldarg(0)), try r.isField(k + 1, .ldflda, site.awaiterField), try r.isCall(k + 2, "GetResult") { break }
            guard k < ins.count, isConstant(ins[k]) else { return nil }
            constants.append(ins[k].op)
            k += 1
        }
        // What is being awaited, from GetAwaiter's owner.
        let owner = try ownerSignature(info.owner)
        guard let ownerName = try context.typeName(of: owner) else { return nil }
        var resultType: TypeSignature?
        if case .genericInstance(_, _, let args) = owner, args.count == 1 { resultType = try substitution.substitute(args[0]) }
        let kind: AsyncHelpersAPI.Awaitable
        var tailStart = stfld - 1
        switch ownerName {
        case "System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1":
            kind = .task
        case "System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask`1",
             "System.Runtime.CompilerServices.ConfiguredTaskAwaitable", "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1",
             "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable", "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1":
            guard case .ldloca(let t)? = ins[safe: stfld - 2]?.op, r.isOp(stfld - 3, .stloc(t)), !badTemps.contains(t) else { return nil }
            kind = ownerName.hasPrefix("System.Threading.Tasks.ValueTask") ? .valueTask
                : ownerName.contains("ConfiguredValueTask") ? .configuredValueTask : .configuredTask
            tailStart = stfld - 3
        default:
            return nil
        }
        // The stfld's target: the last instruction before it at depth 0 must be `ldarg.0`.
        guard let stfldDepth = depths[ins[stfld].anchor], stfldDepth == 2,
              let leading = (0..<tailStart).last(where: { depths[ins[$0].anchor] == 0 }),
              r.isOp(leading, .ldarg(0)), r.slots[leading] == [ins[leading]] else { return nil }
        for i in (leading + 1)..<tailStart where depths[ins[i].anchor] == nil || r.slots[i] != [ins[i]] { return nil }
        // No branch from outside lands strictly inside the replaced tail; no region boundary inside the site.
        let first = ins[leading].anchor, tailAnchor = ins[tailStart].anchor, last = ins[k + 2].anchor
        for (i, list) in r.slots.enumerated() where !(i >= leading && i <= k + 2) {
            for x in list { for t in x.branchTargets where t > tailAnchor && t <= last { return nil } }
        }
        for i in (leading + 1)..<tailStart { for t in ins[i].branchTargets where t > tailAnchor && t <= last || t <= first { return nil } }
        for c in r.clauses {
            var bounds = [c.tryOffset, c.tryEnd, c.handlerOffset, c.handlerEnd]
            if case .filter(let f) = c.kind { bounds.append(f) }
            if bounds.contains(where: { $0 > first && $0 <= last }) { return nil }
        }
        _ = site.suspend
        let token = AsyncHelpersAPI.await(kind, result: resultType, &refs)
        return Plan(leading: leading, constants: constants, tailStart: tailStart, await: token, resultType: resultType)
    }

    func isConstant(_ x: SymbolicInstruction) -> Bool {
        switch x.op {
        case .ldarg(0), .ldcI4: return true
        case .plain(let o, _): return o == .ldnull || o == .ldstr || o == .ldc_i8 || o == .ldc_r4 || o == .ldc_r8
        default: return false
        }
    }

    func ownerSignature(_ owner: MetadataToken) throws -> TypeSignature {
        switch owner.table {
        case .typeSpec: return try context.md.typeSpecSignature(owner.row)
        default: return .class(owner)
        }
    }
}
