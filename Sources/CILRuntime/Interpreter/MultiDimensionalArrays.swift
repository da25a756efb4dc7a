/// Multi-dimensional arrays (`T[,]`): allocation and element access.
///
/// ```
///  ┌────────┬───────────┬──────────────┬─ rank × ─────────────────────┬──────────────┐
///  │ header │ TypeDesc* │ total length │ (length Int64, lower bound)  │ elements …   │
///  └────────┴───────────┴──────────────┴──────────────────────────────┴──────────────┘
/// ```
extension Runtime {
    /// Runs `newobj T[,]::.ctor`, `Get`, `Set` or `Address` with arguments at `args`
    /// (`args[0]` is the array except for the constructor); the result goes to `args[0]`.
    func multiDimensional(_ op: Op, _ type: TypeHandle, _ args: UnsafeMutablePointer<UInt64>, count: Int, thread: ManagedThread) -> EngineException? {
        let rank = Int(type.desc.rank)
        let elementSize = Int(type.desc.componentSize)
        if op == .newMDArray {
            // (lengths) or (lower bound, length) pairs.
            var lengths: [Int] = [], lowers: [Int] = []
            if count == rank {
                for i in 0..<rank { lengths.append(Int(args.i4(i))); lowers.append(0) }
            } else {
                for i in 0..<rank { lowers.append(Int(args.i4(2 * i))); lengths.append(Int(args.i4(2 * i + 1))) }
            }
            if lengths.contains(where: { $0 < 0 }) { return .overflow }
            var total = 1
            for l in lengths { let (t, o) = total.multipliedReportingOverflow(by: l); if o { return .outOfMemory }; total = t }
            let header = ObjectLayout.arrayDataOffset + rank * 16
            guard let a = allocate(size: header + total * elementSize, type: type, thread: thread) else { return .outOfMemory }
            a.storeBytes(of: total, toByteOffset: ObjectLayout.lengthOffset, as: Int.self)
            for i in 0..<rank {
                a.storeBytes(of: lengths[i], toByteOffset: ObjectLayout.arrayDataOffset + i * 16, as: Int.self)
                a.storeBytes(of: lowers[i], toByteOffset: ObjectLayout.arrayDataOffset + i * 16 + 8, as: Int.self)
            }
            args.setRef(0, a)
            return nil
        }
        guard let array = args.ref(0) else { return .nullReference }
        var flat = 0
        for i in 0..<rank {
            let length = array.load(fromByteOffset: ObjectLayout.arrayDataOffset + i * 16, as: Int.self)
            let lower = array.load(fromByteOffset: ObjectLayout.arrayDataOffset + i * 16 + 8, as: Int.self)
            let index = Int(args.i4(1 + i)) - lower
            guard index >= 0 && index < length else { return .indexOutOfRange }
            flat = flat * length + index
        }
        let element = array + ObjectLayout.arrayDataOffset + rank * 16 + flat * elementSize
        let elementType = type.desc.element!
        switch op {
        case .mdGet:
            if elementType.isReference || elementType.desc.kind == .valueType && elementType.desc.primitive == .none && !elementType.desc.flags.contains(.enumeration) {
                if elementType.isReference { args[0] = element.load(as: UInt64.self) } else {
                    (args).update(repeating: 0, count: Int(elementType.desc.valueSlots))
                    UnsafeMutableRawPointer(args).copyMemory(from: element, byteCount: elementSize)
                }
            } else {
                Self.loadValue(elementType, into: UnsafeMutableRawPointer(args), from: element, size: elementSize)
                Self.widen(elementType, args)
            }
        case .mdSet:
            let value = UnsafeMutableRawPointer(args + 1 + rank)
            if elementType.isReference, let v = args.ref(1 + rank), !isInstance(v, of: elementType) { return .arrayTypeMismatch }
            element.copyMemory(from: value, byteCount: elementSize)
        default:
            args[0] = UInt64(UInt(bitPattern: element))
        }
        return nil
    }

    /// Small integers read from memory become sign- or zero-extended slot values.
    static func widen(_ t: TypeHandle, _ slot: UnsafeMutablePointer<UInt64>) {
        switch t.desc.primitive {
        case .int8: slot.setI4(0, Int32(Int8(truncatingIfNeeded: slot[0])))
        case .uint8, .boolean: slot.setI4(0, Int32(UInt8(truncatingIfNeeded: slot[0])))
        case .int16: slot.setI4(0, Int32(Int16(truncatingIfNeeded: slot[0])))
        case .uint16, .char: slot.setI4(0, Int32(UInt16(truncatingIfNeeded: slot[0])))
        case .int32: slot.setI4(0, Int32(truncatingIfNeeded: slot[0]))
        case .uint32: slot.setI4(0, Int32(bitPattern: UInt32(truncatingIfNeeded: slot[0])))
        case .float32: slot[0] = slot[0] & 0xFFFF_FFFF
        default: break
        }
    }
}
