import CILMetadata

/// How many evaluation-stack entries an instruction pops and pushes (ECMA-335 partition III),
/// with the counts of calls taken from the called method's signature — an image token or a
/// synthetic reference of the body being checked.
struct StackEffects {
    let md: Metadata
    let references: [SyntheticReference]

    func signature(ofMethod token: MetadataToken) throws -> MethodSignature {
        if token.isSynthetic {
            let i = Int(token.row) - 1
            guard i >= 0, i < references.count, case .method(_, _, let sig, _) = references[i] else {
                throw ILValidationError("synthetic token \(token) is not a method reference")
            }
            return sig
        }
        switch token.table {
        case .methodDef: return try md.methodSignature(md.tables.methodDef(token.row).signature)
        case .memberRef: return try md.methodSignature(md.tables.memberRef(token.row).signature)
        case .methodSpec: return try signature(ofMethod: md.tables.methodSpec(token.row).method)
        default: throw ILValidationError("method token expected, found \(token)")
        }
    }

    /// (pops, pushes) for `instruction`; `ret` pops `returnCount`.
    func effect(_ instruction: ILInstruction, returnCount: Int) throws -> (pop: Int, push: Int) {
        let o = instruction.opcode
        switch o {
        case .call, .callvirt, .newobj:
            guard case .token(let t) = instruction.operand else { throw ILValidationError("call without a token") }
            let sig = try signature(ofMethod: t)
            if o == .newobj { return (sig.parameters.count, 1) }
            let this = sig.callingConvention.hasThis && !sig.callingConvention.explicitThis ? 1 : 0
            return (sig.parameters.count + this, sig.returnType == .void ? 0 : 1)
        case .calli:
            guard case .token(let t) = instruction.operand else { throw ILValidationError("calli without a token") }
            var d = SignatureDecoder(try md.standAloneSignature(t))
            let sig = try d.methodSignature()
            let this = sig.callingConvention.hasThis && !sig.callingConvention.explicitThis ? 1 : 0
            return (sig.parameters.count + this + 1, sig.returnType == .void ? 0 : 1)
        case .ret:
            return (returnCount, 0)
        case .jmp:
            return (0, 0)
        default:
            return (Self.pops(o.stackPop), Self.pushes(o.stackPush))
        }
    }

    static func pops(_ b: StackBehaviour) -> Int {
        switch b {
        case .pop0: return 0
        case .pop1, .popI, .popRef: return 1
        case .pop1Pop1, .popIPop1, .popIPopI, .popIPopI8, .popIPopR4, .popIPopR8, .popRefPop1, .popRefPopI: return 2
        case .popIPopIPopI, .popRefPopIPopI, .popRefPopIPopI8, .popRefPopIPopR4, .popRefPopIPopR8,
             .popRefPopIPopRef, .popRefPopIPop1: return 3
        case .varPop: return 0
        default: return 0
        }
    }

    static func pushes(_ b: StackBehaviour) -> Int {
        switch b {
        case .push0: return 0
        case .push1Push1: return 2
        case .push1, .pushI, .pushI8, .pushR4, .pushR8, .pushRef: return 1
        default: return 0
        }
    }
}

extension StackEffects {
    /// Evaluation-stack depth before each instruction of an *input* body (offset → depth), by
    /// plain propagation without structural checks (mcs's dispatch switches branch into try
    /// blocks, which the validator would reject). Unreachable instructions have no entry.
    func depths(_ instructions: [ILInstruction], clauses: [ExceptionClause]) throws -> [Int: Int] {
        var at: [Int: Int] = [:]
        for (i, ins) in instructions.enumerated() { at[ins.offset] = i }
        var depth: [Int: Int] = [:]
        var work: [Int] = []
        func reach(_ o: Int, _ d: Int) {
            guard at[o] != nil, depth[o] == nil else { return }
            depth[o] = d
            work.append(o)
        }
        reach(0, 0)
        for c in clauses {
            switch c.kind {
            case .catch: reach(c.handlerOffset, 1)
            case .filter(let f): reach(f, 1); reach(c.handlerOffset, 1)
            case .finally, .fault: reach(c.handlerOffset, 0)
            }
        }
        while let o = work.popLast() {
            let ins = instructions[at[o]!]
            let (pop, push) = try effect(ins, returnCount: 0)
            let after = max(0, depth[o]! - pop) + push
            switch ins.opcode {
            case .leave, .leave_s:
                if case .branch(let t) = ins.operand { reach(t, 0) }
                continue
            case .ret, .throw, .rethrow, .endfinally, .endfilter, .jmp:
                continue
            default: break
            }
            switch ins.operand {
            case .branch(let t): reach(t, after)
            case .switch(let ts): for t in ts { reach(t, after) }
            default: break
            }
            if ins.opcode != .br && ins.opcode != .br_s { reach(ins.nextOffset, after) }
        }
        return depth
    }
}
