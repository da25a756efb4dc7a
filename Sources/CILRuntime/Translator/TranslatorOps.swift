import CILMetadata

/// Typed arithmetic, comparisons, conversions, memory, fields, elements and calls.
extension Translator {
    /// Emits a conversion, using a dedicated op for the common unchecked ones.
    mutating func emitConv(_ dst: Int, _ src: Int, _ from: NumericKind, _ to: NumericKind, _ checked: Bool) {
        if !checked {
            let fast: Op?
            switch (from, to) {
            case (.i4, .i8), (.i4, .i): fast = .convI4I8
            case (.i4, .u8), (.i4, .u), (.u4, .i8), (.u4, .u8), (.u4, .i), (.u4, .u): fast = .convU4I8
            case (.i8, .i4), (.i8, .u4), (.u8, .i4), (.u8, .u4), (.i4, .i4), (.i4, .u4): fast = .convI8I4
            case (.i4, .r8): fast = .convI4R8
            case (.i8, .r8): fast = .convI8R8
            case (.r8, .i4): fast = .convR8I4
            case (.r8, .i8): fast = .convR8I8
            case (.r4, .r8): fast = .convR4R8
            case (.r8, .r4): fast = .convR8R4
            case (.i4, .i1), (.i8, .i1): fast = .convI4I1
            case (.i4, .u1), (.i8, .u1): fast = .convI4U1
            case (.i4, .i2), (.i8, .i2): fast = .convI4I2
            case (.i4, .u2), (.i8, .u2): fast = .convI4U2
            default: fast = nil
            }
            if let fast { emit(fast, dst, src); return }
        }
        emit(.conv, dst, src, convCode(from, to, checked))
    }

    func convCode(_ from: NumericKind, _ to: NumericKind, _ checked: Bool) -> Int {
        Int(from.rawValue) | Int(to.rawValue) << 4 | (checked ? 1 << 8 : 0)
    }

    func numericKind(_ k: Kind) -> NumericKind? {
        switch k {
        case .i4: return .i4
        case .i8, .byRef, .ref: return .i8
        case .r4: return .r4
        case .r8: return .r8
        case .value: return nil
        }
    }

    /// Binary numeric operators with ECMA-335 III.1.5 operand rules (int32 with native int
    /// widens; float32 with float64 widens).
    mutating func binary(_ op: OpCode, _ il: Int) throws {
        var b = try pop(il), a = try pop(il)
        if a.kind != b.kind { materialize(&a); materialize(&b) }   // widening converts in place
        let resultKind: Kind
        switch (a.kind, b.kind) {
        case (.i4, .i4): resultKind = .i4
        case (.i8, .i8), (.i8, .i4), (.i4, .i8), (.byRef, .i4), (.byRef, .i8), (.i4, .byRef), (.i8, .byRef), (.byRef, .byRef):
            resultKind = (a.kind == .byRef || b.kind == .byRef) && (op == .add || op == .sub) && !(a.kind == .byRef && b.kind == .byRef) ? .byRef : .i8
            if a.kind == .i4 { emitConv(a.slot, a.slot, .i4, .i8, false); a.kind = .i8 }
            if b.kind == .i4 { emitConv(b.slot, b.slot, .i4, .i8, false); b.kind = .i8 }
        case (.r8, .r8): resultKind = .r8
        case (.r4, .r4): resultKind = .r4
        case (.r4, .r8): emitConv(a.slot, a.slot, .r4, .r8, false); resultKind = .r8
        case (.r8, .r4): emitConv(b.slot, b.slot, .r4, .r8, false); resultKind = .r8
        default: throw fail("\(op.name) on kinds \(a.kind) and \(b.kind)", at: il)
        }
        let r = push(resultKind, resultKind == .i4 ? rt.wellKnown.primitive(.int32) : resultKind == .r8 ? rt.wellKnown.primitive(.float64) : resultKind == .r4 ? rt.wellKnown.primitive(.float32) : resultKind == .byRef ? a.type ?? b.type : rt.wellKnown.primitive(.int64))
        let int4: [OpCode: Op] = [.add: .addI4, .sub: .subI4, .mul: .mulI4, .div: .divI4, .div_un: .divUnI4, .rem: .remI4, .rem_un: .remUnI4,
                                  .and: .andI4, .or: .orI4, .xor: .xorI4, .add_ovf: .addOvfI4, .add_ovf_un: .addOvfUnI4,
                                  .sub_ovf: .subOvfI4, .sub_ovf_un: .subOvfUnI4, .mul_ovf: .mulOvfI4, .mul_ovf_un: .mulOvfUnI4]
        let int8: [OpCode: Op] = [.add: .addI8, .sub: .subI8, .mul: .mulI8, .div: .divI8, .div_un: .divUnI8, .rem: .remI8, .rem_un: .remUnI8,
                                  .and: .andI8, .or: .orI8, .xor: .xorI8, .add_ovf: .addOvfI8, .add_ovf_un: .addOvfUnI8,
                                  .sub_ovf: .subOvfI8, .sub_ovf_un: .subOvfUnI8, .mul_ovf: .mulOvfI8, .mul_ovf_un: .mulOvfUnI8]
        let real8: [OpCode: Op] = [.add: .addR8, .sub: .subR8, .mul: .mulR8, .div: .divR8, .rem: .remR8]
        let real4: [OpCode: Op] = [.add: .addR4, .sub: .subR4, .mul: .mulR4, .div: .divR4, .rem: .remR4]
        let table: [OpCode: Op]
        switch resultKind {
        case .i4: table = int4
        case .r8: table = real8
        case .r4: table = real4
        default: table = int8
        }
        guard let irOp = table[op] else { throw fail("\(op.name) on floating-point operands", at: il) }
        emit(irOp, r.slot, a.slot, b.slot)
    }

    mutating func widen(_ a: inout Entry, _ b: inout Entry) {
        if a.kind == .i4 && (b.kind == .i8 || b.kind == .ref || b.kind == .byRef) { emitConv(a.slot, a.slot, .i4, .i8, false); a.kind = .i8 }
        if b.kind == .i4 && (a.kind == .i8 || a.kind == .ref || a.kind == .byRef) { emitConv(b.slot, b.slot, .i4, .i8, false); b.kind = .i8 }
        if a.kind == .r4 && b.kind == .r8 { emitConv(a.slot, a.slot, .r4, .r8, false); a.kind = .r8 }
        if b.kind == .r4 && a.kind == .r8 { emitConv(b.slot, b.slot, .r4, .r8, false); b.kind = .r8 }
    }

    mutating func compareOp(_ op: OpCode, _ a0: Entry, _ b0: Entry, _ il: Int) throws -> Op {
        var a = a0, b = b0
        if a.kind != b.kind { materialize(&a); materialize(&b) }
        widen(&a, &b)
        let family: Int
        switch a.kind {
        case .i4: family = 0
        case .i8, .ref, .byRef: family = 1
        case .r8: family = 2
        case .r4: family = 3
        case .value: throw fail("comparison of value types", at: il)
        }
        let ops: [[Op]] = [[.ceqI4, .cgtI4, .cgtUnI4, .cltI4, .cltUnI4], [.ceqI8, .cgtI8, .cgtUnI8, .cltI8, .cltUnI8],
                           [.ceqR8, .cgtR8, .cgtUnR8, .cltR8, .cltUnR8], [.ceqR4, .cgtR4, .cgtUnR4, .cltR4, .cltUnR4]]
        let index: Int
        switch op { case .ceq: index = 0; case .cgt: index = 1; case .cgt_un: index = 2; case .clt: index = 3; default: index = 4 }
        return ops[family][index]
    }

    mutating func compareBranchOp(_ op: OpCode, _ a: inout Entry, _ b: inout Entry, _ il: Int) throws -> Op {
        if a.kind != b.kind || a.kind == .r4 { materialize(&a); materialize(&b) }
        widen(&a, &b)
        var kindIndex: Int
        switch op {
        case .beq, .beq_s: kindIndex = 0
        case .bne_un, .bne_un_s: kindIndex = 1
        case .blt, .blt_s: kindIndex = 2
        case .ble, .ble_s: kindIndex = 3
        case .bgt, .bgt_s: kindIndex = 4
        case .bge, .bge_s: kindIndex = 5
        case .blt_un, .blt_un_s: kindIndex = 6
        case .ble_un, .ble_un_s: kindIndex = 7
        case .bgt_un, .bgt_un_s: kindIndex = 8
        default: kindIndex = 9
        }
        switch a.kind {
        case .i4: return [.beqI4, .bneI4, .bltI4, .bleI4, .bgtI4, .bgeI4, .bltUnI4, .bleUnI4, .bgtUnI4, .bgeUnI4][kindIndex]
        case .i8, .ref, .byRef: return [.beqI8, .bneI8, .bltI8, .bleI8, .bgtI8, .bgeI8, .bltUnI8, .bleUnI8, .bgtUnI8, .bgeUnI8][kindIndex]
        case .r8, .r4:
            if a.kind == .r4 { emitConv(a.slot, a.slot, .r4, .r8, false); emitConv(b.slot, b.slot, .r4, .r8, false) }
            kindIndex = max(0, kindIndex)
            return [.beqR8, .bneUnR8, .bltR8, .bleR8, .bgtR8, .bgeR8, .bltUnR8, .bleUnR8, .bgtUnR8, .bgeUnR8][kindIndex]
        case .value: throw fail("comparison of value types", at: il)
        }
    }

    mutating func convert(_ op: OpCode, _ il: Int) throws {
        if let top = stack.last, top.isAlias, top.slot >= constantsStart, top.slot < constantsStart + constantPool.count,
           let folded = Self.fold(top.kind, constantPool[top.slot - constantsStart], op), constantSlot[folded.bits] != nil {
            _ = try pop(il)
            pushConstant(folded.kind, folded.bits)
            return
        }
        let v = try pop(il)
        guard let from = numericKind(v.kind) else { throw fail("conversion of a value type", at: il) }
        let to: NumericKind
        var checked = false
        var unsignedSource = false
        switch op {
        case .conv_i1: to = .i1
        case .conv_u1: to = .u1
        case .conv_i2: to = .i2
        case .conv_u2: to = .u2
        case .conv_i4: to = .i4
        case .conv_u4: to = .u4
        case .conv_i8, .conv_i: to = .i8
        case .conv_u8, .conv_u: to = .u8
        case .conv_r4: to = .r4
        case .conv_r8: to = .r8
        case .conv_r_un: to = .rUn
        case .conv_ovf_i1: to = .i1; checked = true
        case .conv_ovf_u1: to = .u1; checked = true
        case .conv_ovf_i2: to = .i2; checked = true
        case .conv_ovf_u2: to = .u2; checked = true
        case .conv_ovf_i4: to = .i4; checked = true
        case .conv_ovf_u4: to = .u4; checked = true
        case .conv_ovf_i8, .conv_ovf_i: to = .i8; checked = true
        case .conv_ovf_u8, .conv_ovf_u: to = .u8; checked = true
        case .conv_ovf_i1_un: to = .i1; checked = true; unsignedSource = true
        case .conv_ovf_u1_un: to = .u1; checked = true; unsignedSource = true
        case .conv_ovf_i2_un: to = .i2; checked = true; unsignedSource = true
        case .conv_ovf_u2_un: to = .u2; checked = true; unsignedSource = true
        case .conv_ovf_i4_un: to = .i4; checked = true; unsignedSource = true
        case .conv_ovf_u4_un: to = .u4; checked = true; unsignedSource = true
        case .conv_ovf_i8_un, .conv_ovf_i_un: to = .i8; checked = true; unsignedSource = true
        default: to = .u8; checked = true; unsignedSource = true
        }
        let source: NumericKind = unsignedSource ? (from == .i4 ? .u4 : from == .i8 ? .u8 : from) : from
        let resultKind: Kind
        switch to {
        case .i8, .u8, .i, .u: resultKind = .i8
        case .r4: resultKind = .r4
        case .r8, .rUn: resultKind = .r8
        default: resultKind = .i4
        }
        let t: TypeHandle
        switch resultKind { case .i8: t = rt.wellKnown.primitive(.int64); case .r4: t = rt.wellKnown.primitive(.float32); case .r8: t = rt.wellKnown.primitive(.float64); default: t = rt.wellKnown.primitive(.int32) }
        if Self.conversionIsIdentity(from: source, to: to, checked: checked)
            || (to == .i4 || to == .u4 || to == .i8) && isArrayLength(v) && !branchTargets.contains(il) {
            // Same bits in the slot: retype the entry, emit nothing.
            push(resultKind, t)
            stack[stack.count - 1].slot = v.slot
            return
        }
        let r = push(resultKind, t)
        emitConv(r.slot, v.slot, source, to, checked)
    }

    /// Conversions that leave a slot's value as its consumers read it: int64 ↔ native int
    /// and their unsigned forms, and int32 → int32/uint32 (int32 consumers read the low
    /// half). Not int32 → int64: an int32 local written through its address (`out int`,
    /// `stind.i4`) holds only its low half, so widening must sign-extend.
    static func conversionIsIdentity(from: NumericKind, to: NumericKind, checked: Bool) -> Bool {
        switch (from, to) {
        case (.i8, .i8), (.u8, .u8), (.i4, .i4), (.u4, .u4): return true   // always in range
        case (.i8, .u8), (.i4, .u4): return !checked                       // same bits, unchecked
        default: return false
        }
    }

    /// Whether `e` is the result of the `ldlen` just translated: a length is below 2³¹, so its
    /// int64 bits are already the sign-extended int32 (`ldlen; conv.i4; conv.i8` needs no code).
    func isArrayLength(_ e: Entry) -> Bool {
        guard let last = lastArrayLength else { return false }
        return last.slot == e.slot && last.codeCount == code.count
    }

    /// Load op and pushed type for `ldind.*`.
    func indirectLoad(_ op: OpCode, pointee: TypeHandle?) throws -> (Op, TypeHandle) {
        let w = rt.wellKnown
        switch op {
        case .ldind_i1: return (.ldI1, w.primitive(.int8))
        case .ldind_u1: return (.ldU1, w.primitive(.uint8))
        case .ldind_i2: return (.ldI2, w.primitive(.int16))
        case .ldind_u2: return (.ldU2, w.primitive(.uint16))
        case .ldind_i4: return (.ldI4, w.primitive(.int32))
        case .ldind_u4: return (.ldU4, w.primitive(.uint32))
        case .ldind_r4: return (.ldR4, w.primitive(.float32))
        case .ldind_r8: return (.ldI8, w.primitive(.float64))
        case .ldind_ref: return (.ldRef, pointee ?? w.object)
        case .ldind_i: return (.ldI8, w.primitive(.intPtr))
        default: return (.ldI8, w.primitive(.int64))
        }
    }

    /// Pushes the value of type `t` stored at `[slot b + offset]`.
    mutating func loadIndirect(_ t: TypeHandle, from base: Int, offset: Int) throws {
        let (k, n) = try kind(of: t)
        let r = push(k, t, slots: n)
        if k == .value {
            emit(.ldValue, r.slot, base, offset); word(UInt64(try rt.storageShape(t).size))
            return
        }
        emit(try loadOp(for: t), r.slot, base, offset)
    }

    func loadOp(for t: TypeHandle) throws -> Op {
        var p = t.desc.primitive
        if p == .none, t.desc.flags.contains(.enumeration), let u = try enumUnderlying(t) { p = u.desc.primitive }
        switch p {
        case .boolean, .uint8: return .ldU1
        case .int8: return .ldI1
        case .int16: return .ldI2
        case .char, .uint16: return .ldU2
        case .int32: return .ldI4
        case .uint32: return .ldU4
        case .float32: return .ldR4
        case .none: return t.isReference ? .ldRef : .ldI8
        default: return .ldI8
        }
    }

    func storeOp(for t: TypeHandle) throws -> Op {
        var p = t.desc.primitive
        if p == .none, t.desc.flags.contains(.enumeration), let u = try enumUnderlying(t) { p = u.desc.primitive }
        switch p {
        case .boolean, .uint8, .int8: return .stI1
        case .int16, .char, .uint16: return .stI2
        case .int32, .uint32, .float32: return .stI4
        case .none: return t.isReference ? .stRef : .stI8
        default: return .stI8
        }
    }

    mutating func storeIndirect(_ t: TypeHandle, to base: Int, offset: Int, from v0: Entry) throws {
        let (k, _) = try kind(of: t)
        var v = v0
        // Float conversions happen in place, in the value's home (never in an aliased local).
        if (k == .r4 || k == .r8) && k != v.kind { materialize(&v) }
        var value = v
        if k == .r4 && v.kind == .r8 { emitConv(v.slot, v.slot, .r8, .r4, false); value.kind = .r4 }
        if k == .r8 && v.kind == .r4 { emitConv(v.slot, v.slot, .r4, .r8, false); value.kind = .r8 }
        if k == .value {
            emit(.stValue, base, value.slot, offset); word(UInt64(try rt.storageShape(t).size))
            return
        }
        emit(try storeOp(for: t), base, value.slot, offset)
    }

    // MARK: Fields

    /// A `[ThreadStatic]` field: its address in the running thread's block, then an ordinary
    /// indirect load or store.
    mutating func threadStaticAccess(_ opcode: OpCode, _ f: FieldInfo, _ il: Int) throws {
        let owner = f.owner.handle
        emitClassInit(owner)
        let byRef = try rt.pointerType(of: f.type, byRef: true)
        switch opcode {
        case .ldsflda:
            let r = push(.byRef, byRef)
            emit(.threadStaticAddress, r.slot, f.owner.threadStaticIndex, f.offset)
        case .ldsfld:
            let address = push(.byRef, byRef)
            emit(.threadStaticAddress, address.slot, f.owner.threadStaticIndex, f.offset)
            _ = try pop(il)
            let r = try push(f.type)
            if r.kind == .value {
                emit(.ldValue, r.slot, address.slot, 0); word(UInt64(try rt.storageShape(f.type).size))
            } else {
                emit(try loadOp(for: f.type), r.slot, address.slot, 0)
            }
        default:
            // The address goes above the value, so the two never share a slot.
            let address = push(.byRef, byRef)
            emit(.threadStaticAddress, address.slot, f.owner.threadStaticIndex, f.offset)
            _ = try pop(il)
            var v = try pop(il)
            let (k, _) = try kind(of: f.type)
            if k == .i8 && v.kind == .i4 { materialize(&v); emitConv(v.slot, v.slot, .i4, .i8, false); v.kind = .i8 }
            try storeIndirect(f.type, to: address.slot, offset: 0, from: v)
        }
    }

    mutating func fieldAccess(_ ins: ILInstruction, _ il: Int) throws {
        guard case .token(let tok) = ins.operand else { throw fail("missing field token", at: il) }
        let f = try rt.resolveField(tok, in: asm, context: context)
        let owner = f.owner.handle
        let offset = f.offset
        switch ins.opcode {
        case .ldsfld, .stsfld, .ldsflda:
            guard f.isStatic else { throw fail("static access to instance field \(f.name)", at: il) }
            if f.isLiteral { throw fail("access to literal field \(f.name)", at: il) }
            try rt.complete(owner)
            if f.isThreadStatic {
                try threadStaticAccess(ins.opcode, f, il)
                return
            }
            guard let block = owner.desc.statics else { throw fail("no static storage for \(f.name)", at: il) }
            let address = block + offset
            emitClassInit(owner)
            if ins.opcode == .ldsflda {
                let r = push(.byRef, try rt.pointerType(of: f.type, byRef: true))
                emit(.const64, r.slot); word(address)
            } else if ins.opcode == .ldsfld {
                let r = try push(f.type)
                if r.kind == .value {
                    emit(.ldsValue, r.slot); word(address); word(UInt64(try rt.storageShape(f.type).size))
                } else {
                    emit(staticLoad(try loadOp(for: f.type)), r.slot); word(address)
                }
            } else {
                var v = try pop(il)
                let (k, _) = try kind(of: f.type)
                if k != v.kind && (k == .r4 || k == .r8 || k == .i8) { materialize(&v) }
                let value = v
                if k == .r4 && v.kind == .r8 { emitConv(v.slot, v.slot, .r8, .r4, false) }
                if k == .r8 && v.kind == .r4 { emitConv(v.slot, v.slot, .r4, .r8, false) }
                if k == .i8 && v.kind == .i4 { emitConv(v.slot, v.slot, .i4, .i8, false) }
                if k == .value {
                    emit(.stsValue, value.slot); word(address); word(UInt64(try rt.storageShape(f.type).size))
                } else {
                    emit(staticStore(try storeOp(for: f.type)), value.slot); word(address)
                }
            }
        default:
            if f.isStatic { throw fail("instance access to static field \(f.name)", at: il) }
            if ins.opcode == .stfld {
                var value = try pop(il)
                let obj = try pop(il)
                let (k, _) = try kind(of: f.type)
                if k == .i8 && value.kind == .i4 {
                    materialize(&value)
                    emitConv(value.slot, value.slot, .i4, .i8, false)
                    value.kind = .i8
                }
                try storeIndirect(f.type, to: obj.slot, offset: offset, from: value)
                return
            }
            let obj = try pop(il)
            // A field of a value type held on the stack: read it from the value's slots.
            if obj.kind == .value {
                let (k, n) = try kind(of: f.type)
                let r = push(k, f.type, slots: n)
                emit(.ldFromSlots, r.slot, obj.slot, offset); word(UInt64(try rt.storageShape(f.type).size)); word(UInt64(k == .value ? 0 : (try loadOp(for: f.type)).rawValue))
                return
            }
            // Class offsets are object-relative, value-type offsets value-relative: a byref to a
            // value (or unboxed value) points at the value itself.
            let delta = offset
            if ins.opcode == .ldflda {
                let r = push(.byRef, try rt.pointerType(of: f.type, byRef: true))
                emit(.addOffset, r.slot, obj.slot, delta)
            } else {
                try loadIndirect(f.type, from: obj.slot, offset: delta)
            }
        }
    }

    func staticLoad(_ op: Op) -> Op {
        switch op {
        case .ldI1: return .ldsI1
        case .ldU1: return .ldsU1
        case .ldI2: return .ldsI2
        case .ldU2: return .ldsU2
        case .ldI4: return .ldsI4
        case .ldU4: return .ldsU4
        case .ldR4: return .ldsR4
        case .ldRef: return .ldsRef
        default: return .ldsI8
        }
    }

    func staticStore(_ op: Op) -> Op {
        switch op {
        case .stI1: return .stsI1
        case .stI2: return .stsI2
        case .stI4: return .stsI4
        case .stRef: return .stsRef
        default: return .stsI8
        }
    }

    /// Emits a type-initializer check unless the type has none or this method is part of it.
    mutating func emitClassInit(_ t: TypeHandle) {
        guard t.desc.flags.contains(.hasTypeInitializer), t.desc.initState != 2 else { return }
        if method.owner == t && method.name == ".cctor" { return }
        emit(.initClass); word(t)
    }

    // MARK: Elements

    mutating func loadElement(_ ins: ILInstruction, _ il: Int) throws {
        let i = try pop(il), a = try pop(il)
        let wide = i.kind == .i8 ? 1 : 0
        let w = rt.wellKnown
        let t: TypeHandle
        switch ins.opcode {
        case .ldelem_i1: t = w.primitive(.int8)
        case .ldelem_u1: t = w.primitive(.uint8)
        case .ldelem_i2: t = w.primitive(.int16)
        case .ldelem_u2: t = w.primitive(.uint16)
        case .ldelem_i4: t = w.primitive(.int32)
        case .ldelem_u4: t = w.primitive(.uint32)
        case .ldelem_i8: t = w.primitive(.int64)
        case .ldelem_i: t = w.primitive(.intPtr)
        case .ldelem_r4: t = w.primitive(.float32)
        case .ldelem_r8: t = w.primitive(.float64)
        case .ldelem_ref: t = a.type?.desc.element ?? w.object
        default: t = try typeOperand(ins, il)
        }
        let (k, n) = try kind(of: t)
        let r = push(k, t, slots: n)
        if k == .value {
            emit(.ldElemValue, r.slot, a.slot, i.slot); word(UInt64(try rt.storageShape(t).size)); word(UInt64(wide))
            return
        }
        let op: Op
        switch try loadOp(for: t) {
        case .ldI1: op = .ldElemI1
        case .ldU1: op = .ldElemU1
        case .ldI2: op = .ldElemI2
        case .ldU2: op = .ldElemU2
        case .ldI4: op = .ldElemI4
        case .ldU4: op = .ldElemU4
        case .ldR4: op = .ldElemR4
        case .ldRef: op = .ldElemRef
        default: op = .ldElemI8
        }
        emit(op, r.slot, a.slot, i.slot); word(UInt64(wide))
    }

    mutating func storeElement(_ ins: ILInstruction, _ il: Int) throws {
        var v = try pop(il)
        let i = try pop(il), a = try pop(il)
        let wide = UInt64(i.kind == .i8 ? 1 : 0)
        let w = rt.wellKnown
        let t: TypeHandle
        switch ins.opcode {
        case .stelem_i1: t = w.primitive(.int8)
        case .stelem_i2: t = w.primitive(.int16)
        case .stelem_i4: t = w.primitive(.int32)
        case .stelem_i8: t = w.primitive(.int64)
        case .stelem_i: t = w.primitive(.intPtr)
        case .stelem_r4: t = w.primitive(.float32)
        case .stelem_r8: t = w.primitive(.float64)
        case .stelem_ref: t = w.object
        default: t = try typeOperand(ins, il)
        }
        let (k, _) = try kind(of: t)
        // Conversions happen in place: in the value's own home, never in an aliased local.
        if k == .r4 && v.kind == .r8 { materialize(&v); emitConv(v.slot, v.slot, .r8, .r4, false) }
        if k == .i8 && v.kind == .i4 { materialize(&v); emitConv(v.slot, v.slot, .i4, .i8, false) }
        if k == .value {
            emit(.stElemValue, a.slot, i.slot, v.slot); word(UInt64(try rt.storageShape(t).size)); word(wide)
            return
        }
        let op: Op
        switch try storeOp(for: t) {
        case .stI1: op = .stElemI1
        case .stI2: op = .stElemI2
        case .stI4: op = .stElemI4
        case .stRef: op = .stElemRef
        default: op = .stElemI8
        }
        emit(op, a.slot, i.slot, v.slot); word(wide)
    }
}
