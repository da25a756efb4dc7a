import CILMetadata

/// An instruction under rewriting: encoding-independent (macro forms such as `ldloc.0` and
/// `br.s` are normalised), with branch targets as *labels* = IL offsets of the original method.
///
/// `anchor` is the original offset the instruction stands at. Emitted instructions keep their
/// anchors in non-decreasing order, so a label (or an exception-clause boundary) L resolves to
/// the first emitted instruction whose anchor is ≥ L: deleting instructions moves their labels
/// to whatever follows them, which is right for everything the lowering deletes (dead or
/// folded code).
struct SymbolicInstruction: Equatable {
    enum Op: Equatable {
        /// Any instruction without a variable, constant or branch operand of interest.
        case plain(OpCode, ILInstruction.Operand)
        case ldarg(Int), ldarga(Int), starg(Int)
        case ldloc(Int), ldloca(Int), stloc(Int)
        case ldcI4(Int32)
        /// A branch, by its long opcode (`br`, `brtrue`, `leave`, …), to a label.
        case branch(OpCode, Int)
        case `switch`([Int])
    }

    var op: Op
    var anchor: Int

    init(_ op: Op, anchor: Int) {
        self.op = op
        self.anchor = anchor
    }

    /// Normalises a decoded instruction.
    init(_ i: ILInstruction) {
        anchor = i.offset
        switch i.opcode {
        case .ldarg_0: op = .ldarg(0)
        case .ldarg_1: op = .ldarg(1)
        case .ldarg_2: op = .ldarg(2)
        case .ldarg_3: op = .ldarg(3)
        case .ldloc_0: op = .ldloc(0)
        case .ldloc_1: op = .ldloc(1)
        case .ldloc_2: op = .ldloc(2)
        case .ldloc_3: op = .ldloc(3)
        case .stloc_0: op = .stloc(0)
        case .stloc_1: op = .stloc(1)
        case .stloc_2: op = .stloc(2)
        case .stloc_3: op = .stloc(3)
        case .ldc_i4_m1: op = .ldcI4(-1)
        case .ldc_i4_0, .ldc_i4_1, .ldc_i4_2, .ldc_i4_3, .ldc_i4_4, .ldc_i4_5, .ldc_i4_6, .ldc_i4_7, .ldc_i4_8:
            op = .ldcI4(Int32(i.opcode.rawValue) - Int32(OpCode.ldc_i4_0.rawValue))
        default:
            switch (i.opcode, i.operand) {
            case (.ldarg_s, .variable(let n)), (.ldarg, .variable(let n)): op = .ldarg(n)
            case (.ldarga_s, .variable(let n)), (.ldarga, .variable(let n)): op = .ldarga(n)
            case (.starg_s, .variable(let n)), (.starg, .variable(let n)): op = .starg(n)
            case (.ldloc_s, .variable(let n)), (.ldloc, .variable(let n)): op = .ldloc(n)
            case (.ldloca_s, .variable(let n)), (.ldloca, .variable(let n)): op = .ldloca(n)
            case (.stloc_s, .variable(let n)), (.stloc, .variable(let n)): op = .stloc(n)
            case (.ldc_i4_s, .int(let v)), (.ldc_i4, .int(let v)): op = .ldcI4(v)
            case (_, .branch(let t)): op = .branch(Self.longForm(i.opcode), t)
            case (_, .switch(let ts)): op = .switch(ts)
            default: op = .plain(i.opcode, i.operand)
            }
        }
    }

    static func longForm(_ op: OpCode) -> OpCode {
        if op == .leave_s { return .leave }
        if op.rawValue >= OpCode.br_s.rawValue && op.rawValue <= OpCode.blt_un_s.rawValue {
            return OpCode(rawValue: op.rawValue + (OpCode.br.rawValue - OpCode.br_s.rawValue))!
        }
        return op
    }

    static func shortForm(_ op: OpCode) -> OpCode {
        if op == .leave { return .leave_s }
        return OpCode(rawValue: op.rawValue - (OpCode.br.rawValue - OpCode.br_s.rawValue))!
    }

    var token: MetadataToken? {
        if case .plain(_, .token(let t)) = op { return t }
        return nil
    }
    var opcode: OpCode? {
        if case .plain(let o, _) = op { return o }
        return nil
    }
    func isCall(_ token: MetadataToken? = nil) -> Bool {
        guard case .plain(let o, .token(let t)) = op, o == .call || o == .callvirt else { return false }
        return token == nil || t == token
    }
    /// Whether control never falls through to the next instruction.
    var endsBlock: Bool {
        switch op {
        case .branch(let o, _): return o == .br || o == .leave
        case .plain(let o, _): return o == .ret || o == .throw || o == .rethrow || o == .endfinally || o == .endfilter || o == .jmp
        default: return false
        }
    }
    var branchTargets: [Int] {
        switch op {
        case .branch(_, let t): return [t]
        case .switch(let ts): return ts
        default: return []
        }
    }
}
