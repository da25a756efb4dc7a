import CILMetadata

/// The kickoff stub mcs emits, taken apart:
///
/// ```
/// .locals init (valuetype SM V_0)
/// ldloca.s V_0; ldarg.1; stfld SM::a                 ┐ `prefix`: parameter and `this` stores,
/// ldloca.s V_0; ldarg.0; stfld SM::$this             ┘ kept verbatim in the lowered body
/// ldloca.s V_0; call Builder::Create(); stfld SM::$builder          ─ dropped
/// ldloca.s V_0; ldflda SM::$builder; dup; ldloca.s V_0
/// call Builder::Start<SM>(!!0&); call Builder::get_Task(); ret       ─ dropped
/// ```
struct KickoffStub {
    var locals: [TypeSignature]
    /// Index of the state-machine local.
    var stateMachineLocal: Int
    /// Generic arguments of the state machine in the stub's context (empty if not generic).
    var stateMachineArguments: [TypeSignature]
    var prefix: [SymbolicInstruction]

    init(_ context: LoweringContext, _ candidate: AsyncMethodCandidate) throws {
        let md = context.md
        guard let body = try md.methodBody(ofMethod: candidate.stub) else { throw KeepClassic("stub without a body") }
        locals = try md.localVariables(of: body)
        guard body.exceptionClauses.isEmpty else { throw KeepClassic("kickoff stub has exception clauses") }
        let ins = try ILDecoder.decodeAll(md, body: body).map(SymbolicInstruction.init)
        let n = ins.count
        guard n >= 7, case .ldloca(let s) = ins[n - 7].op, s < locals.count else {
            throw KeepClassic("kickoff stub does not end with the builder Start/get_Task sequence")
        }
        func name(_ i: SymbolicInstruction) throws -> String? {
            guard let t = i.token else { return nil }
            return try context.method(t)?.name ?? context.fieldName(t)
        }
        guard ins[n - 6].opcode == .ldflda, try name(ins[n - 6]) == "$builder",
              ins[n - 5].opcode == .dup, ins[n - 4].op == .ldloca(s),
              ins[n - 3].isCall(), try name(ins[n - 3]) == "Start",
              ins[n - 2].isCall(), try name(ins[n - 2]) == "get_Task",
              ins[n - 1].opcode == .ret else {
            throw KeepClassic("kickoff stub does not end with the builder Start/get_Task sequence")
        }
        stateMachineLocal = s
        switch locals[s] {
        case .valueType(let t) where t.row == candidate.stateMachine: stateMachineArguments = []
        case .genericInstance(true, let t, let args) where t.row == candidate.stateMachine: stateMachineArguments = args
        default: throw KeepClassic("the builder starts a local that is not the state machine")
        }
        var prefix: [SymbolicInstruction] = []
        var i = 0
        while i < n - 7 {
            if i + 2 < n - 7, ins[i].op == .ldloca(s), ins[i + 1].isCall(), try name(ins[i + 1]) == "Create",
               ins[i + 2].opcode == .stfld, try name(ins[i + 2]) == "$builder" {
                i += 3
                continue
            }
            let x = ins[i]
            switch x.op {
            case .branch, .switch: throw KeepClassic("kickoff stub has control flow")
            case .plain(let o, _):
                guard o.flowControl == .next || o.flowControl == .call, o != .calli, o != .localloc else {
                    throw KeepClassic("kickoff stub has an unexpected \(o.name)")
                }
            default: break
            }
            if let t = x.token, try context.fieldName(t) == "$builder" || context.fieldName(t) == "$PC" {
                throw KeepClassic("kickoff stub touches the builder or state outside the known sequence")
            }
            prefix.append(SymbolicInstruction(x.op, anchor: -1))
            i += 1
        }
        self.prefix = prefix
    }
}
