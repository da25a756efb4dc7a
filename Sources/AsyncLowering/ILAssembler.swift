import CILMetadata

/// Encodes symbolic instructions into IL bytes: the shortest form of every local/argument/
/// constant instruction, short branches wherever the displacement fits (found by shrinking
/// from all-long until nothing changes; shrinking only shortens distances, so it converges),
/// labels and exception-clause boundaries resolved through anchors (see `SymbolicInstruction`).
struct ILAssembler {
    let instructions: [SymbolicInstruction]
    private var sortedAnchors: [Int]

    init(_ instructions: [SymbolicInstruction]) {
        self.instructions = instructions
        sortedAnchors = instructions.map(\.anchor)
    }

    /// Index of the first instruction whose anchor is ≥ `label` (instructions.count if none).
    func index(ofLabel label: Int) -> Int {
        var lo = 0, hi = sortedAnchors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sortedAnchors[mid] < label { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    struct Output {
        var il: [UInt8]
        /// New offset of each instruction (plus the code size at the end).
        var offsets: [Int]
        var clauses: [ExceptionClause]
    }

    func assemble(clauses: [ExceptionClause]) -> Output {
        var short = [Bool](repeating: false, count: instructions.count)
        var offsets: [Int] = []
        while true {
            offsets = layout(short)
            var changed = false
            for (i, ins) in instructions.enumerated() where !short[i] {
                guard case .branch(_, let label) = ins.op else { continue }
                // A short branch is 3 bytes shorter; its next-instruction base moves with it.
                let target = offsets[index(ofLabel: label)]
                let base = offsets[i] + 2
                let delta = target > offsets[i] ? target - base - 3 : target - base
                if delta >= -128 && delta <= 127 { short[i] = true; changed = true }
            }
            if !changed { break }
        }
        var il: [UInt8] = []
        for (i, ins) in instructions.enumerated() {
            encode(ins, short: short[i], at: offsets[i], next: offsets[i + 1], offsets: offsets, into: &il)
        }
        func position(_ label: Int) -> Int { offsets[index(ofLabel: label)] }
        let mapped = clauses.map { c -> ExceptionClause in
            var kind = c.kind
            if case .filter(let f) = c.kind { kind = .filter(filterOffset: position(f)) }
            let t0 = position(c.tryOffset), t1 = position(c.tryEnd)
            let h0 = position(c.handlerOffset), h1 = position(c.handlerEnd)
            return ExceptionClause(kind: kind, tryOffset: t0, tryLength: t1 - t0, handlerOffset: h0, handlerLength: h1 - h0)
        }
        return Output(il: il, offsets: offsets, clauses: mapped)
    }

    private func layout(_ short: [Bool]) -> [Int] {
        var offsets = [0]
        offsets.reserveCapacity(instructions.count + 1)
        for (i, ins) in instructions.enumerated() {
            offsets.append(offsets[i] + size(ins, short: short[i]))
        }
        return offsets
    }

    private func size(_ ins: SymbolicInstruction, short: Bool) -> Int {
        switch ins.op {
        case .plain(let o, _): return o.encodedSize + o.operandSize
        case .ldarg(let n), .ldloc(let n), .stloc(let n): return n < 4 ? 1 : n < 256 ? 2 : 4
        case .ldarga(let n), .starg(let n), .ldloca(let n): return n < 256 ? 2 : 4
        case .ldcI4(let v): return v >= -1 && v <= 8 ? 1 : v >= -128 && v <= 127 ? 2 : 5
        case .branch: return short ? 2 : 5
        case .switch(let ts): return 5 + 4 * ts.count
        }
    }

    private func encode(_ ins: SymbolicInstruction, short: Bool, at offset: Int, next: Int, offsets: [Int], into il: inout [UInt8]) {
        func opcode(_ o: OpCode) {
            if o.rawValue > 0xFF { il.append(0xFE); il.append(UInt8(o.rawValue & 0xFF)) } else { il.append(UInt8(o.rawValue)) }
        }
        func u16(_ v: Int) { il.append(UInt8(v & 0xFF)); il.append(UInt8((v >> 8) & 0xFF)) }
        func u32(_ v: UInt32) { for k in 0..<4 { il.append(UInt8((v >> (8 * UInt32(k))) & 0xFF)) } }
        func variable(_ n: Int, macro: [OpCode]?, short s: OpCode, long l: OpCode) {
            if let macro, n < 4 { opcode(macro[n]) } else if n < 256 { opcode(s); il.append(UInt8(n)) } else { opcode(l); u16(n) }
        }
        switch ins.op {
        case .plain(let o, let operand):
            opcode(o)
            switch operand {
            case .none: break
            case .int(let v): if o.operandSize == 1 { il.append(UInt8(truncatingIfNeeded: v)) } else { u32(UInt32(bitPattern: v)) }
            case .int64(let v): let b = UInt64(bitPattern: v); u32(UInt32(b & 0xFFFF_FFFF)); u32(UInt32(b >> 32))
            case .float32(let f): u32(f.bitPattern)
            case .float64(let d): let b = d.bitPattern; u32(UInt32(b & 0xFFFF_FFFF)); u32(UInt32(b >> 32))
            case .variable(let n): if o.operandSize == 1 { il.append(UInt8(n)) } else { u16(n) }
            case .token(let t): u32(t.rawValue)
            case .branch, .switch: preconditionFailure("branches are symbolic")
            }
        case .ldarg(let n): variable(n, macro: [.ldarg_0, .ldarg_1, .ldarg_2, .ldarg_3], short: .ldarg_s, long: .ldarg)
        case .ldloc(let n): variable(n, macro: [.ldloc_0, .ldloc_1, .ldloc_2, .ldloc_3], short: .ldloc_s, long: .ldloc)
        case .stloc(let n): variable(n, macro: [.stloc_0, .stloc_1, .stloc_2, .stloc_3], short: .stloc_s, long: .stloc)
        case .ldarga(let n): variable(n, macro: nil, short: .ldarga_s, long: .ldarga)
        case .starg(let n): variable(n, macro: nil, short: .starg_s, long: .starg)
        case .ldloca(let n): variable(n, macro: nil, short: .ldloca_s, long: .ldloca)
        case .ldcI4(let v):
            if v >= -1 && v <= 8 { opcode(v == -1 ? .ldc_i4_m1 : OpCode(rawValue: OpCode.ldc_i4_0.rawValue + UInt16(v))!) }
            else if v >= -128 && v <= 127 { opcode(.ldc_i4_s); il.append(UInt8(bitPattern: Int8(v))) }
            else { opcode(.ldc_i4); u32(UInt32(bitPattern: v)) }
        case .branch(let o, let label):
            let target = offsets[index(ofLabel: label)]
            if short { opcode(Self.short(o)); il.append(UInt8(bitPattern: Int8(target - next))) }
            else { opcode(o); u32(UInt32(bitPattern: Int32(target - next))) }
        case .switch(let labels):
            opcode(.switch)
            u32(UInt32(labels.count))
            for l in labels { u32(UInt32(bitPattern: Int32(offsets[index(ofLabel: l)] - next))) }
        }
    }

    private static func short(_ o: OpCode) -> OpCode { SymbolicInstruction.shortForm(o) }
}
