import CILMetadata

/// Lowers one async method: the stub's prefix, then MoveNext rewritten (`StateMachineRewriter`,
/// `TaskAwaitFusion`), moved into the stub's frame (`ldarg.0` → `ldloca sm`, MoveNext's locals
/// after the stub's, tokens into the stub's generic context), cleaned (unreachable code and
/// branches to the next instruction removed, `leave` outside every protected region → `br`),
/// assembled and validated.
struct MethodLowering {
    let context: LoweringContext
    let candidate: AsyncMethodCandidate

    init(_ context: LoweringContext, _ candidate: AsyncMethodCandidate) {
        self.context = context
        self.candidate = candidate
    }

    struct Lowered {
        var body: SyntheticMethodBody
        var taskAwaits: Int
        var awaiterAwaits: Int
    }

    func lower() throws -> Lowered {
        let md = context.md
        guard let returnKind = candidate.returnKind else { throw KeepClassic("not a task-returning method") }
        let stub = try KickoffStub(context, candidate)
        guard let moveNextBody = try md.methodBody(ofMethod: candidate.moveNext) else { throw KeepClassic("MoveNext has no body") }
        var refs = ReferenceTable()
        var substitution = GenericSubstitution(context, arguments: stub.stateMachineArguments)
        let decoded = try ILDecoder.decodeAll(md, body: moveNextBody)
        let moveNextLocals = try md.localVariables(of: moveNextBody).map(substitution.substitute)

        var rewriter = StateMachineRewriter(context, instructions: decoded.map(SymbolicInstruction.init),
                                            clauses: moveNextBody.exceptionClauses)
        try rewriter.removePrologue()
        try rewriter.removeOuterCatch()
        try rewriter.foldOuterDispatch()
        try rewriter.replaceSuspendBlocks(substitution, &refs)
        try rewriter.replaceSetResult(returnsValue: returnKind.returnsValue)
        try rewriter.foldStateBookkeeping()
        try rewriter.checkLeftovers()
        let depths = try StackEffects(md: md, references: []).depths(decoded, clauses: moveNextBody.exceptionClauses)
        var fusion = TaskAwaitFusion(context, depths: depths, substitution: substitution, localCount: moveNextLocals.count)
        let fused = try fusion.apply(&rewriter, &refs)

        // Into the stub's frame.
        let localBase = stub.locals.count
        var body: [SymbolicInstruction] = stub.prefix
        for list in rewriter.slots {
            for var x in list {
                switch x.op {
                case .ldarg(0): x.op = .ldloca(stub.stateMachineLocal)
                case .ldloc(let n): x.op = .ldloc(n + localBase)
                case .stloc(let n): x.op = .stloc(n + localBase)
                case .ldloca(let n): x.op = .ldloca(n + localBase)
                case .plain(let o, .token(let t)) where !t.isSynthetic && o.operandType != .string:
                    x.op = .plain(o, .token(try substitution.remap(t, &refs)))
                default: break
                }
                body.append(x)
            }
        }
        var clauses = try rewriter.clauses.map { c -> ExceptionClause in
            var c = c
            if case .catch(let t) = c.kind { c.kind = .catch(try substitution.remap(t, &refs)) }
            return c
        }
        clauses = clauses.filter { $0.tryLength > 0 }

        let returnsValue = returnKind.returnsValue
        var result: SyntheticMethodBody
        var validation: ILValidator.Result
        var pass = 0
        while true {
            body = BodyCleanup.removeUnreachable(body, clauses: clauses)
            let assembled = ILAssembler(body).assemble(clauses: clauses)
            result = SyntheticMethodBody(il: assembled.il, maxStack: 8, locals: stub.locals + moveNextLocals + fusion.extraLocals,
                                         initLocals: true, exceptionClauses: assembled.clauses, references: refs.references)
            validation = try ILValidator.validate(result, metadata: md, returnsValue: returnsValue)
            result.maxStack = validation.maxStack
            pass += 1
            guard pass < 4 else { break }
            // `leave` outside every protected region, on an empty stack, is a `br`.
            var changed = false
            for (i, x) in body.enumerated() {
                guard case .branch(.leave, let label) = x.op else { continue }
                let offset = assembled.offsets[i]
                let inside = result.exceptionClauses.contains {
                    ($0.tryOffset..<$0.tryEnd).contains(offset) || ($0.handlerOffset..<$0.handlerEnd).contains(offset)
                        || { if case .filter(let f) = $0.kind { return (f..<$0.handlerOffset).contains(offset) } else { return false } }($0)
                }
                if !inside && validation.depths[offset] == 0 {
                    body[i].op = .branch(.br, label)
                    changed = true
                }
            }
            if !changed { break }
        }
        // The state machine's fields into locals, dead locals out; kept only if it validates.
        if let smaller = try shrinkLocals(body, clauses: clauses, locals: result.locals, refs: refs, stub: stub,
                                          substitution: substitution, returnsValue: returnsValue) {
            result = smaller
        }
        let awaiterAwaits = rewriter.awaits.count - fused
        return Lowered(body: result, taskAwaits: fused, awaiterAwaits: awaiterAwaits)
    }
}

extension MethodLowering {
    /// `Scalarisation` (when provably safe) and `LocalCleanup` on the final body; nil when
    /// nothing changed or the result does not validate (the body then stays as it was).
    func shrinkLocals(_ body: [SymbolicInstruction], clauses: [ExceptionClause], locals: [TypeSignature], refs: ReferenceTable,
                      stub: KickoffStub, substitution: GenericSubstitution, returnsValue: Bool) throws -> SyntheticMethodBody? {
        let md = context.md
        var types: [String: TypeSignature] = [:], unusable = Set<String>()
        for row in try md.fields(ofType: candidate.stateMachine) {
            let f = try md.tables.field(row)
            let name = try md.strings.string(f.name)
            // A name declared twice has no single type; a type the substitution refuses has no
            // local: such fields are not scalarised (nor then is the state machine).
            if types[name] != nil { unusable.insert(name) }
            if let t = try? substitution.substitute(md.fieldSignature(f.signature)) { types[name] = t } else { unusable.insert(name) }
        }
        let references = refs.references
        let scalarisation = Scalarisation(
            md: md, references: references, returnsValue: returnsValue, stateMachineLocal: stub.stateMachineLocal,
            fieldType: { name in unusable.contains(name) ? nil : types[name] },
            fieldName: { token in
                if token.isSynthetic {
                    guard Int(token.row) >= 1, Int(token.row) <= references.count,
                          case .field(_, let name) = references[Int(token.row) - 1] else { return nil }
                    return name
                }
                return try context.fieldName(token)
            })
        var body = body, locals = locals
        if let (b, l) = try scalarisation.apply(body, clauses: clauses, locals: locals) { (body, locals) = (b, l) }
        let signature = try md.methodSignature(md.tables.methodDef(candidate.stub).signature)
        let hasThis = signature.callingConvention.hasThis
        let parameters = signature.parameters   // already in the lowered method's context
        (body, locals) = LocalCleanup.apply(body, clauses: clauses, locals: locals) { n, type in
            // `this` of a class (a struct's `this` is a byref, copied with ldobj, never this shape).
            if hasThis && n == 0 {
                switch type { case .class, .genericInstance(false, _, _), .object: return true; default: return false }
            }
            let p = n - (hasThis ? 1 : 0)
            return p >= 0 && p < parameters.count && parameters[p] == type
        }
        // A result local's `ldloc; ret` whose every entry became a `ret` is now unreachable.
        let reachable = BodyCleanup.removeUnreachable(body, clauses: clauses)
        if reachable.count != body.count {
            (body, locals) = LocalCleanup.apply(reachable, clauses: clauses, locals: locals) { _, _ in false }
        }
        let assembled = ILAssembler(body).assemble(clauses: clauses)
        var result = SyntheticMethodBody(il: assembled.il, maxStack: 8, locals: locals, initLocals: true,
                                         exceptionClauses: assembled.clauses, references: references)
        do {
            result.maxStack = try ILValidator.validate(result, metadata: md, returnsValue: returnsValue).maxStack
        } catch is ILValidationError {
            return nil
        }
        return result
    }
}

/// Clean-ups on a symbolic body: unreachable instructions and branches to the next instruction.
enum BodyCleanup {
    static func removeUnreachable(_ body: [SymbolicInstruction], clauses: [ExceptionClause]) -> [SymbolicInstruction] {
        var body = body
        while true {
            let asm = ILAssembler(body)
            var reachable = [Bool](repeating: false, count: body.count)
            var work: [Int] = []
            func reach(_ i: Int) { if i < body.count && !reachable[i] { reachable[i] = true; work.append(i) } }
            reach(0)
            for c in clauses {
                reach(asm.index(ofLabel: c.handlerOffset))
                if case .filter(let f) = c.kind { reach(asm.index(ofLabel: f)) }
            }
            while let i = work.popLast() {
                for t in body[i].branchTargets { reach(asm.index(ofLabel: t)) }
                if !body[i].endsBlock { reach(i + 1) }
            }
            var next: [SymbolicInstruction] = []
            for (i, x) in body.enumerated() where reachable[i] {
                // `br L` where L is the next kept instruction.
                if case .branch(.br, let l) = x.op {
                    let target = asm.index(ofLabel: l)
                    if let n = (i + 1..<body.count).first(where: { reachable[$0] }), n == target { continue }
                }
                next.append(x)
            }
            if next.count == body.count { return body }
            body = next
        }
    }
}
