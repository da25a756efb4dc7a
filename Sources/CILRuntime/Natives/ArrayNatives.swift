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
                guard rt.isBoxed(v, as: element) else { throw ManagedThrow(exception: try rt.engineException(.invalidCast)) }
                at.copyMemory(from: v + ObjectLayout.headerSize, byteCount: Int(type.desc.componentSize))
            } else {
                at.initializeMemory(as: UInt8.self, repeating: 0, count: Int(type.desc.componentSize))
            }
        }
    }
}

extension Runtime {
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
        throw ManagedThrow(exception: try newException("System.ArrayTypeMismatchException", message: "Source array type cannot be assigned to destination array type."))
    }
}
