/// System.Array's runtime-provided members: bulk copy and clear with .NET's checks, and the
/// multi-dimensional shape.
extension NativeMethods {
    func registerArrays() {
        register("System.Array::Copy(System.Array,System.Int32,System.Array,System.Int32,System.Int32)") { rt, _, a in
            try rt.arrayCopy(a.ref(0), Int(a.i4(1)), a.ref(2), Int(a.i4(3)), Int(a.i4(4)))
        }
        register("System.Array::Clear(System.Array,System.Int32,System.Int32)") { rt, _, a in
            let array = try rt.this(a)
            let index = Int(a.i4(1)), length = Int(a.i4(2))
            let type = ObjectLayout.type(array).desc
            guard index >= 0, length >= 0, index + length <= ObjectLayout.length(array) else {
                throw ManagedThrow(exception: try rt.newException("System.IndexOutOfRangeException", message: "Index was outside the bounds of the array."))
            }
            let size = Int(type.componentSize)
            (rt.heap.arrayData(array, type) + index * size).initializeMemory(as: UInt8.self, repeating: 0, count: length * size)
        }
        register("System.Array::get_Rank()") { rt, _, a in a.setI4(0, ObjectLayout.type(try rt.this(a)).desc.rank) }
        register("System.Array::GetLength(System.Int32)") { rt, _, a in
            let array = try rt.this(a)
            a.setI4(0, Int32(truncatingIfNeeded: try rt.dimension(array, Int(a.i4(1))).length))
        }
        register("System.Array::GetLowerBound(System.Int32)") { rt, _, a in
            let array = try rt.this(a)
            a.setI4(0, Int32(truncatingIfNeeded: try rt.dimension(array, Int(a.i4(1))).lower))
        }
        register("System.Array::InternalGetValue(System.Int32)") { rt, thread, a in
            let array = try rt.this(a)
            let type = ObjectLayout.type(array)
            let element = type.desc.element!
            let at = rt.heap.arrayData(array, type.desc) + Int(a.i4(1)) * Int(type.desc.componentSize)
            if element.isReference { a[0] = at.load(as: UInt64.self); return }
            guard let boxed = rt.box(element, from: at, thread: thread) else { throw ManagedThrow(exception: try rt.engineException(.outOfMemory)) }
            a.setRef(0, boxed)
        }
        register("System.Array::InternalSetValue(System.Object,System.Int32)") { rt, _, a in
            let array = try rt.this(a)
            let type = ObjectLayout.type(array)
            let element = type.desc.element!
            let at = rt.heap.arrayData(array, type.desc) + Int(a.i4(2)) * Int(type.desc.componentSize)
            let value = a.ref(1)
            if element.isReference {
                if let v = value, !rt.isInstance(v, of: element) { throw ManagedThrow(exception: try rt.engineException(.invalidCast)) }
                at.storeBytes(of: value, as: ObjectRef?.self)
            } else if let v = value {
                if rt.isBoxed(v, as: element) {
                    at.copyMemory(from: v + ObjectLayout.headerSize, byteCount: Int(type.desc.componentSize))
                } else if let widen = Runtime.primitiveWidening(rt.primitiveOf(ObjectLayout.type(v)), rt.primitiveOf(element)) {
                    widen(v + ObjectLayout.headerSize, at)   // SetValue((short)6, …) on an int[]
                } else if rt.primitiveOf(ObjectLayout.type(v)) != .none && rt.primitiveOf(element) != .none {
                    throw ManagedThrow(exception: try rt.newException("System.ArgumentException", message: "Object type cannot be converted to target type."))
                } else {
                    throw ManagedThrow(exception: try rt.engineException(.invalidCast))
                }
            } else {
                at.initializeMemory(as: UInt8.self, repeating: 0, count: Int(type.desc.componentSize))
            }
        }
    }
}

extension Runtime {
    /// The element conversion Array.Copy allows between two primitive types (CoreCLR's
    /// widening table: integers to wider integers of compatible sign and to floating point,
    /// float to double), or nil.
    static func primitiveWidening(_ from: PrimitiveKind, _ to: PrimitiveKind) -> ((UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Void)? {
        let unsignedSource: [PrimitiveKind] = [.uint8, .uint16, .uint32, .uint64, .char]
        let signedSource: [PrimitiveKind] = [.int8, .int16, .int32, .int64]
        guard from != to, from != .none, to != .none, from != .boolean, to != .boolean else { return nil }
        func read(_ p: UnsafeMutableRawPointer) -> (Int64, Double) {
            switch from {
            case .int8: let v = Int64(p.load(as: Int8.self)); return (v, Double(v))
            case .uint8: let v = Int64(p.load(as: UInt8.self)); return (v, Double(v))
            case .int16: let v = Int64(p.load(as: Int16.self)); return (v, Double(v))
            case .uint16, .char: let v = Int64(p.load(as: UInt16.self)); return (v, Double(v))
            case .int32: let v = Int64(p.load(as: Int32.self)); return (v, Double(v))
            case .uint32: let v = Int64(p.load(as: UInt32.self)); return (v, Double(v))
            case .int64: let v = p.load(as: Int64.self); return (v, Double(v))
            case .uint64: let v = p.load(as: UInt64.self); return (Int64(bitPattern: v), Double(v))
            case .float32: let v = Double(p.load(as: Float.self)); return (0, v)
            default: return (0, p.load(as: Double.self))
            }
        }
        let fromFloat = from == .float32 || from == .float64
        if fromFloat && !(from == .float32 && to == .float64) { return nil }
        if !fromFloat {
            // Integers widen to strictly larger integers (unsigned to anything larger, signed
            // only to signed) and to float/double.
            let ok: Bool
            switch to {
            case .float32, .float64: ok = true
            case .char: ok = false
            default:
                ok = to.size > from.size && (unsignedSource.contains(from) || signedSource.contains(to))
                    || (from == .char && to.size > 2 && to != .char)
            }
            if !ok { return nil }
        }
        return { src, dst in
            let (i, d) = read(src)
            switch to {
            case .int16, .uint16: dst.storeBytes(of: UInt16(truncatingIfNeeded: i), as: UInt16.self)
            case .int32, .uint32: dst.storeBytes(of: UInt32(truncatingIfNeeded: i), as: UInt32.self)
            case .int64, .uint64: dst.storeBytes(of: i, as: Int64.self)
            case .float32: dst.storeBytes(of: Float(d), as: Float.self)
            case .float64: dst.storeBytes(of: d, as: Double.self)
            default: dst.storeBytes(of: UInt8(truncatingIfNeeded: i), as: UInt8.self)
            }
        }
    }

    /// Length and lower bound of dimension `d` (vectors have one dimension from 0).
    func dimension(_ array: ObjectRef, _ d: Int) throws -> (length: Int, lower: Int) {
        let type = ObjectLayout.type(array).desc
        guard d >= 0 && d < Int(type.rank) else {
            throw ManagedThrow(exception: try newException("System.IndexOutOfRangeException", message: "Index was outside the bounds of the array."))
        }
        if type.kind == .szArray { return (ObjectLayout.length(array), 0) }
        return (array.load(fromByteOffset: ObjectLayout.arrayDataOffset + d * 16, as: Int.self),
                array.load(fromByteOffset: ObjectLayout.arrayDataOffset + d * 16 + 8, as: Int.self))
    }

    /// Array.Copy: same element types (or reference elements assignable, checked per element),
    /// overlapping ranges handled like memmove.
    func arrayCopy(_ source: ObjectRef?, _ sourceIndex: Int, _ destination: ObjectRef?, _ destinationIndex: Int, _ length: Int) throws {
        guard let source else { throw ManagedThrow(exception: try newException("System.ArgumentNullException", message: "Value cannot be null. (Parameter 'sourceArray')")) }
        guard let destination else { throw ManagedThrow(exception: try newException("System.ArgumentNullException", message: "Value cannot be null. (Parameter 'destinationArray')")) }
        let st = ObjectLayout.type(source), dt = ObjectLayout.type(destination)
        guard length >= 0, sourceIndex >= 0, destinationIndex >= 0 else {
            throw ManagedThrow(exception: try newException("System.ArgumentOutOfRangeException", message: "Non-negative number required."))
        }
        guard sourceIndex + length <= ObjectLayout.length(source), destinationIndex + length <= ObjectLayout.length(destination) else {
            throw ManagedThrow(exception: try newException("System.ArgumentException", message: "Destination array was not long enough. Check the destination index, length, and the array's lower bounds."))
        }
        guard st.desc.rank == dt.desc.rank, let se = st.desc.element, let de = dt.desc.element else {
            throw ManagedThrow(exception: try newException("System.RankException", message: "Source and destination arrays must have the same number of dimensions."))
        }
        let size = Int(st.desc.componentSize)
        let from = heap.arrayData(source, st.desc) + sourceIndex * size
        let to = heap.arrayData(destination, dt.desc) + destinationIndex * Int(dt.desc.componentSize)
        if se == de || (primitiveOf(se) != .none && primitiveOf(se) == primitiveOf(de)) {
            to.copyMemory(from: from, byteCount: length * size)   // memmove semantics
            return
        }
        if se.isReference && de.isReference {
            // Check each element that is not statically known to fit.
            var items: [ObjectRef?] = []
            for i in 0..<length { items.append(from.load(fromByteOffset: i * 8, as: ObjectRef?.self)) }
            for item in items { if let o = item, !isInstance(o, of: de) { throw ManagedThrow(exception: try engineException(.invalidCast, message: "At least one element in the source array could not be cast down to the destination array type.")) } }
            for (i, item) in items.enumerated() { to.storeBytes(of: item, toByteOffset: i * 8, as: ObjectRef?.self) }
            return
        }
        if let widen = Self.primitiveWidening(primitiveOf(se), primitiveOf(de)) {
            // int[] → long[], byte[] → int[] …: .NET widens primitive elements one by one.
            let dsize = Int(dt.desc.componentSize)
            for i in 0..<length { widen(from + i * size, to + i * dsize) }
            return
        }
        if se.isReference && !de.isReference && isAssignable(de, to: se) {
            // object[] of boxed values → value array: unbox each (InvalidCastException on a misfit).
            let size = Int(dt.desc.componentSize)
            for i in 0..<length {
                guard let o = from.load(fromByteOffset: i * 8, as: ObjectRef?.self) else {
                    throw ManagedThrow(exception: try engineException(.invalidCast, message: "At least one element in the source array could not be cast down to the destination array type."))
                }
                guard isBoxed(o, as: de) else {
                    throw ManagedThrow(exception: try engineException(.invalidCast, message: "At least one element in the source array could not be cast down to the destination array type."))
                }
                (to + i * size).copyMemory(from: o + ObjectLayout.headerSize, byteCount: size)
            }
            return
        }
        if !se.isReference && de.isReference && isAssignable(se, to: de) {
            // Value array → object[] (or an interface the values implement): box each.
            let h = retain(source)
            defer { release(handle: h) }
            for i in 0..<length {
                let at = heap.arrayData(source, st.desc) + (sourceIndex + i) * size
                guard let boxed = box(se, from: at, thread: currentThread) else { throw ManagedThrow(exception: try engineException(.outOfMemory)) }
                (heap.arrayData(destination, dt.desc) + (destinationIndex + i) * 8).storeBytes(of: boxed, as: ObjectRef.self)
            }
            return
        }
        throw ManagedThrow(exception: try newException("System.ArrayTypeMismatchException", message: "Source array type cannot be assigned to destination array type."))
    }
}
