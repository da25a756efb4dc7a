/// Out-of-line pieces of instructions: conversions, compare-and-branch, typed memory access,
/// interface dispatch.
extension Runtime {
    /// `conv`: returns a fault for checked conversions that overflow.
    static func convert(_ fp: UnsafeMutablePointer<UInt64>, _ a: Int, _ b: Int, _ c: Int) -> EngineException? {
        let from = NumericKind(rawValue: UInt8(c & 0xF))!
        let to = NumericKind(rawValue: UInt8((c >> 4) & 0xF))!
        let checked = c & 0x100 != 0
        // Read the source as an exact integer or a double.
        var integer: Int64 = 0
        var unsigned: UInt64 = 0
        var real: Double = 0
        var isReal = false
        var isUnsigned = false
        switch from {
        case .i4: integer = Int64(fp.i4(b))
        case .u4: unsigned = UInt64(UInt32(bitPattern: fp.i4(b))); isUnsigned = true
        case .i8, .i: integer = fp.i8(b)
        case .u8, .u: unsigned = fp[b]; isUnsigned = true
        case .r4: real = Double(fp.r4(b)); isReal = true
        case .r8: real = fp.r8(b); isReal = true
        default: integer = fp.i8(b)
        }
        switch to {
        case .r8, .rUn:
            if isReal { fp.setR8(a, real) }
            else if isUnsigned { fp.setR8(a, Double(unsigned)) }
            else if to == .rUn { fp.setR8(a, from == .i4 ? Double(UInt32(truncatingIfNeeded: integer)) : Double(UInt64(bitPattern: integer))) }
            else { fp.setR8(a, Double(integer)) }
            return nil
        case .r4:
            if isReal { fp.setR4(a, Float(real)) }
            else if isUnsigned { fp.setR4(a, Float(unsigned)) }
            else { fp.setR4(a, Float(integer)) }
            return nil
        default: break
        }
        // Integer targets.
        let (minValue, maxValue): (Int64, UInt64)
        switch to {
        case .i1: (minValue, maxValue) = (Int64(Int8.min), UInt64(Int8.max))
        case .u1: (minValue, maxValue) = (0, UInt64(UInt8.max))
        case .i2: (minValue, maxValue) = (Int64(Int16.min), UInt64(Int16.max))
        case .u2: (minValue, maxValue) = (0, UInt64(UInt16.max))
        case .i4: (minValue, maxValue) = (Int64(Int32.min), UInt64(Int32.max))
        case .u4: (minValue, maxValue) = (0, UInt64(UInt32.max))
        case .i8, .i: (minValue, maxValue) = (Int64.min, UInt64(Int64.max))
        default: (minValue, maxValue) = (0, UInt64.max)
        }
        var bits: UInt64
        if isReal {
            if checked {
                // Truncate toward zero, then range-check; NaN always fails.
                let t = real.rounded(.towardZero)
                let upperExclusive: Double = maxValue == UInt64.max ? 18446744073709551616.0
                    : maxValue == UInt64(Int64.max) ? 9223372036854775808.0 : Double(maxValue) + 1
                guard !t.isNaN, t >= Double(minValue), t < upperExclusive else { return .overflow }
                bits = t < 0 ? UInt64(bitPattern: Int64(t)) : (t >= 9223372036854775808.0 ? UInt64(t) : UInt64(Int64(t)))
            } else {
                // Unchecked float → int is unspecified out of range in ECMA-335; .NET 9 and later
                // saturate (NaN → 0), on every platform. CILKit follows modern .NET.
                let t = real.rounded(.towardZero)
                if t.isNaN { bits = 0 }
                else if t <= Double(minValue) { bits = UInt64(bitPattern: minValue) }
                else if maxValue == UInt64.max ? t >= 18446744073709551615.0 : t >= Double(maxValue) { bits = maxValue }
                else { bits = t < 0 ? UInt64(bitPattern: Int64(t)) : UInt64(t) }
            }
        } else if isUnsigned {
            if checked && unsigned > maxValue { return .overflow }
            bits = unsigned
        } else {
            if checked && (integer < minValue || (integer >= 0 && UInt64(integer) > maxValue)) { return .overflow }
            // conv.u8 / conv.u of an int32 zero-extend (ECMA-335 III.3.27); to signed they sign-extend.
            bits = !checked && from == .i4 && (to == .u8 || to == .u) ? UInt64(UInt32(truncatingIfNeeded: integer)) : UInt64(bitPattern: integer)
        }
        switch to {
        case .i1: fp.setI4(a, Int32(Int8(truncatingIfNeeded: bits)))
        case .u1: fp.setI4(a, Int32(UInt8(truncatingIfNeeded: bits)))
        case .i2: fp.setI4(a, Int32(Int16(truncatingIfNeeded: bits)))
        case .u2: fp.setI4(a, Int32(UInt16(truncatingIfNeeded: bits)))
        case .i4, .u4: fp.setI4(a, Int32(truncatingIfNeeded: bits))
        default: fp[a] = bits
        }
        return nil
    }

    /// .NET 9+ saturating float → int conversions (NaN → 0).
    @inline(__always)
    static func saturatingInt32(_ d: Double) -> Int32 {
        if d.isNaN { return 0 }
        if d <= -2147483648.0 { return .min }
        if d >= 2147483647.0 { return .max }
        return Int32(d)
    }

    @inline(__always)
    static func saturatingInt64(_ d: Double) -> Int64 {
        if d.isNaN { return 0 }
        if d <= -9223372036854775808.0 { return .min }
        if d >= 9223372036854775807.0 { return .max }
        return Int64(d)
    }

    @inline(__always)
    static func compareBranch(_ op: Op, _ fp: UnsafeMutablePointer<UInt64>, _ b: Int, _ c: Int) -> Bool {
        switch op {
        case .beqI4: return fp.i4(b) == fp.i4(c)
        case .bneI4: return fp.i4(b) != fp.i4(c)
        case .bltI4: return fp.i4(b) < fp.i4(c)
        case .bleI4: return fp.i4(b) <= fp.i4(c)
        case .bgtI4: return fp.i4(b) > fp.i4(c)
        case .bgeI4: return fp.i4(b) >= fp.i4(c)
        case .bltUnI4: return UInt32(bitPattern: fp.i4(b)) < UInt32(bitPattern: fp.i4(c))
        case .bleUnI4: return UInt32(bitPattern: fp.i4(b)) <= UInt32(bitPattern: fp.i4(c))
        case .bgtUnI4: return UInt32(bitPattern: fp.i4(b)) > UInt32(bitPattern: fp.i4(c))
        case .bgeUnI4: return UInt32(bitPattern: fp.i4(b)) >= UInt32(bitPattern: fp.i4(c))
        case .beqI8: return fp[b] == fp[c]
        case .bneI8: return fp[b] != fp[c]
        case .bltI8: return fp.i8(b) < fp.i8(c)
        case .bleI8: return fp.i8(b) <= fp.i8(c)
        case .bgtI8: return fp.i8(b) > fp.i8(c)
        case .bgeI8: return fp.i8(b) >= fp.i8(c)
        case .bltUnI8: return fp[b] < fp[c]
        case .bleUnI8: return fp[b] <= fp[c]
        case .bgtUnI8: return fp[b] > fp[c]
        case .bgeUnI8: return fp[b] >= fp[c]
        case .beqR8: return fp.r8(b) == fp.r8(c)
        case .bneUnR8: return !(fp.r8(b) == fp.r8(c))
        case .bltR8: return fp.r8(b) < fp.r8(c)
        case .bleR8: return fp.r8(b) <= fp.r8(c)
        case .bgtR8: return fp.r8(b) > fp.r8(c)
        case .bgeR8: return fp.r8(b) >= fp.r8(c)
        case .bltUnR8: return !(fp.r8(b) >= fp.r8(c))
        case .bleUnR8: return !(fp.r8(b) > fp.r8(c))
        case .bgtUnR8: return !(fp.r8(b) <= fp.r8(c))
        default: return !(fp.r8(b) < fp.r8(c))   // bgeUnR8
        }
    }

    /// Loads a typed value from memory into slot `a` (widening small integers to a slot).
    @inline(__always)
    static func load(_ op: Op, _ fp: UnsafeMutablePointer<UInt64>, _ a: Int, _ p: UnsafeMutableRawPointer) {
        switch op {
        case .ldI1: fp.setI4(a, Int32(p.load(as: Int8.self)))
        case .ldU1: fp.setI4(a, Int32(p.load(as: UInt8.self)))
        case .ldI2: fp.setI4(a, Int32(p.loadUnaligned(as: Int16.self)))
        case .ldU2: fp.setI4(a, Int32(p.loadUnaligned(as: UInt16.self)))
        case .ldI4: fp.setI4(a, p.loadUnaligned(as: Int32.self))
        case .ldU4: fp.setI4(a, Int32(bitPattern: p.loadUnaligned(as: UInt32.self)))
        case .ldR4: fp[a] = UInt64(p.loadUnaligned(as: UInt32.self))
        default: fp[a] = p.loadUnaligned(as: UInt64.self)
        }
    }

    @inline(__always)
    static func store(_ op: Op, _ p: UnsafeMutableRawPointer, _ v: UInt64) {
        switch op {
        case .stI1: p.storeBytes(of: UInt8(truncatingIfNeeded: v), as: UInt8.self)
        case .stI2: p.storeBytes(of: UInt16(truncatingIfNeeded: v), as: UInt16.self)
        case .stI4: p.storeBytes(of: UInt32(truncatingIfNeeded: v), as: UInt32.self)
        default: p.storeBytes(of: v, as: UInt64.self)
        }
    }

    /// The implementation of interface method `m` for an object of type `type`.
    static func interfaceTarget(_ type: TypeDesc, _ m: MethodHandle) -> MethodHandle? {
        let iface = m.pointer.pointee.owner
        var t: TypeDesc? = type
        while let c = t {
            if let map = c.interfaces, let v = c.vtable {
                for i in 0..<Int(c.interfaceCount) where map[i].interface == iface {
                    return v[Int(map[i].vtableStart) + Int(m.pointer.pointee.vtableSlot)]
                }
            }
            t = c.parent?.pointer.pointee
        }
        return nil
    }
}
