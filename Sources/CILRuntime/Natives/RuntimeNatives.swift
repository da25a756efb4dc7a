import CILMetadata

/// Natives for System.GC, System.ValueType and System.Enum.
extension NativeMethods {
    func registerRuntime() {
        register("System.GC::Collect()") { rt, thread, a in
            rt.collectGarbage(thread: thread, liveBelow: a)
            try rt.runPendingFinalizers(thread: thread)
        }
        register("System.GC::CollectionCount(System.Int32)") { rt, _, a in a.setI4(0, a.i4(0) == 0 ? Int32(rt.heap.collectionCount) : 0) }
        register("System.GC::GetTotalMemory(System.Boolean)") { rt, thread, a in
            if a[0] & 1 != 0 { rt.collectGarbage(thread: thread, liveBelow: a + 1) }
            a.setI8(0, Int64(rt.heap.liveBytes))
        }
        register("System.GC::GetAllocatedBytesForCurrentThread()") { rt, _, a in a.setI8(0, Int64(rt.heap.totalAllocatedBytes)) }
        register("System.GC::GetTotalAllocatedBytes(System.Boolean)") { rt, _, a in a.setI8(0, Int64(rt.heap.totalAllocatedBytes)) }
        register("System.GC::SuppressFinalize(System.Object)") { rt, _, a in
            rt.heap.suppressFinalization(try rt.argument(a, 0, "obj"))
        }
        register("System.GC::ReRegisterForFinalize(System.Object)") { rt, _, a in
            rt.heap.reregisterForFinalization(try rt.argument(a, 0, "obj"))
        }
        register("System.Exception::FormatStackTrace(System.Object)") { rt, thread, a in
            guard let segments = a.ref(0) else { a.setRef(0, nil); return }
            a.setRef(0, rt.newString(rt.formatStackTrace(segments), thread: thread))
        }
        register("System.GC::WaitForPendingFinalizers()") { rt, thread, _ in try rt.runPendingFinalizers(thread: thread) }

        register("System.Runtime.InteropServices.GCHandle::InternalAlloc(System.Object,System.Runtime.InteropServices.GCHandleType)") { rt, _, a in
            guard let kind = GCHandleTable.Kind(rawValue: UInt8(truncatingIfNeeded: a.i4(1))) else {
                throw ManagedThrow(exception: try rt.newException("System.ArgumentOutOfRangeException", message: "Specified argument was out of the range of valid values. (Parameter 'type')"))
            }
            a.setI8(0, Int64(rt.heap.gcHandles.allocate(a.ref(0), kind: kind)))
        }
        register("System.Runtime.InteropServices.GCHandle::InternalFree(System.IntPtr)") { rt, _, a in
            rt.heap.gcHandles.free(Int(truncatingIfNeeded: a.i8(0)))
        }
        register("System.Runtime.InteropServices.GCHandle::InternalGet(System.IntPtr)") { rt, _, a in
            a.setRef(0, rt.heap.gcHandles.target(Int(truncatingIfNeeded: a.i8(0))))
        }
        register("System.Runtime.InteropServices.GCHandle::InternalSet(System.IntPtr,System.Object)") { rt, _, a in
            rt.heap.gcHandles.setTarget(Int(truncatingIfNeeded: a.i8(0)), a.ref(1))
        }
        register("System.Runtime.InteropServices.GCHandle::InternalIsAllocated(System.IntPtr)") { rt, _, a in
            a.setBool(0, rt.heap.gcHandles.isAllocated(Int(truncatingIfNeeded: a.i8(0))))
        }

        register("System.ValueType::Equals(System.Object)") { rt, thread, a in
            let this = try rt.this(a)
            guard let other = a.ref(1), ObjectLayout.type(other) == ObjectLayout.type(this) else { a.setBool(0, false); return }
            a.setBool(0, try rt.valueEquals(this, other, thread: thread))
        }
        register("System.ValueType::GetHashCode()") { rt, thread, a in
            let this = try rt.this(a)
            let type = ObjectLayout.type(this)
            // .NET: a struct with references hashes its first field only (references through
            // their GetHashCode, null as 0); one without references hashes all its bits.
            var size = Int(type.desc.instanceSize)
            var data = this + ObjectLayout.headerSize
            if type.desc.flags.contains(.containsReferences), let first = type.info.fields.first(where: { !$0.isStatic }) {
                if first.type.isReference {
                    guard let value = this.load(fromByteOffset: ObjectLayout.headerSize + first.offset, as: ObjectRef?.self),
                          let hash = rt.findVirtual(ObjectLayout.type(value), "GetHashCode") else { a.setI4(0, 0); return }
                    let r = try rt.invokeOrThrow(hash, [UInt64(UInt(bitPattern: hash.pointer.pointee.owner.isValueType ? value + ObjectLayout.headerSize : value))], thread: thread)
                    a.setI4(0, Int32(truncatingIfNeeded: r.first ?? 0))
                    return
                }
                data += first.offset
                size = try rt.storageShape(first.type).size
            }
            var h: UInt32 = 0
            var i = 0
            while i + 4 <= size { h = (h &<< 5 | h >> 27) ^ data.load(fromByteOffset: i, as: UInt32.self); i += 4 }
            while i < size { h = (h &<< 5 | h >> 27) ^ UInt32(data.load(fromByteOffset: i, as: UInt8.self)); i += 1 }
            a.setI4(0, Int32(bitPattern: h))
        }

        register("System.Enum::InternalGetNames(System.Type)") { rt, thread, a in
            let t = try rt.enumType(a)
            let literals = try rt.enumLiterals(t)
            guard let array = rt.allocateArray(try rt.arrayType(of: rt.wellKnown.string), count: literals.count, thread: thread) else {
                throw ManagedThrow(exception: try rt.engineException(.outOfMemory))
            }
            let h = rt.retain(array)
            defer { rt.release(handle: h) }
            for (i, l) in literals.enumerated() { ObjectLayout.data(array).storeBytes(of: rt.newString(l.name, thread: thread), toByteOffset: i * 8, as: ObjectRef?.self) }
            a.setRef(0, array)
        }
        register("System.Enum::InternalGetValues(System.Type)") { rt, thread, a in
            let t = try rt.enumType(a)
            let literals = try rt.enumLiterals(t)
            guard let array = rt.allocateArray(try rt.arrayType(of: rt.wellKnown.primitive(.uint64)), count: literals.count, thread: thread) else {
                throw ManagedThrow(exception: try rt.engineException(.outOfMemory))
            }
            for (i, l) in literals.enumerated() { ObjectLayout.data(array).storeBytes(of: l.value, toByteOffset: i * 8, as: UInt64.self) }
            a.setRef(0, array)
        }
        register("System.Enum::InternalGetValuesArray(System.Type)") { rt, thread, a in
            let t = try rt.enumType(a)
            let literals = try rt.enumLiterals(t)
            let size = Int(t.desc.instanceSize)
            guard let array = rt.allocateArray(try rt.arrayType(of: t), count: literals.count, thread: thread) else {
                throw ManagedThrow(exception: try rt.engineException(.outOfMemory))
            }
            for (i, l) in literals.enumerated() {
                var v = l.value
                (ObjectLayout.data(array) + i * size).copyMemory(from: &v, byteCount: size)
            }
            a.setRef(0, array)
        }
        register("System.Enum::InternalIsFlags(System.Type)") { rt, _, a in a.setBool(0, try rt.isFlagsEnum(rt.enumType(a))) }
        register("System.Enum::InternalGetRawValue()") { rt, _, a in
            let this = try rt.this(a)
            a[0] = rt.enumRawValue(ObjectLayout.type(this), this + ObjectLayout.headerSize)
        }
        register("System.Enum::InternalBoxEnum(System.Type,System.UInt64)") { rt, thread, a in
            let t = try rt.enumType(a)
            var value = a[1]
            guard let o = rt.box(t, from: UnsafeMutableRawPointer(&value), thread: thread) else { throw ManagedThrow(exception: try rt.engineException(.outOfMemory)) }
            a.setRef(0, o)
        }
        register("System.Enum::InternalGetUnderlyingType(System.Type)") { rt, thread, a in
            let t = try rt.enumType(a)
            a.setRef(0, rt.typeObject(rt.enumUnderlying(t), thread: thread))
        }
    }
}

extension Runtime {
    func argument(_ a: UnsafeMutablePointer<UInt64>, _ i: Int, _ name: String) throws -> ObjectRef {
        guard let o = a.ref(i) else {
            throw ManagedThrow(exception: try newException("System.ArgumentNullException", message: "Value cannot be null. (Parameter '\(name)')"))
        }
        return o
    }

    func enumType(_ a: UnsafeMutablePointer<UInt64>) throws -> TypeHandle {
        guard let o = a.ref(0), let t = typeOfTypeObject[o], t.desc.flags.contains(.enumeration) else {
            throw ManagedThrow(exception: try newException("System.ArgumentException", message: "Type provided must be an Enum. (Parameter 'enumType')"))
        }
        return t
    }

    func enumUnderlying(_ t: TypeHandle) -> TypeHandle {
        t.info.fields.first { !$0.isStatic }?.type ?? wellKnown.primitive(.int32)
    }

    /// The enum's value at `p`, sign- or zero-extended to 64 bits by its underlying type.
    func enumRawValue(_ t: TypeHandle, _ p: UnsafeMutableRawPointer) -> UInt64 {
        switch enumUnderlying(t).desc.primitive {
        case .int8: return UInt64(bitPattern: Int64(p.load(as: Int8.self)))
        case .uint8, .boolean: return UInt64(p.load(as: UInt8.self))
        case .int16: return UInt64(bitPattern: Int64(p.load(as: Int16.self)))
        case .uint16, .char: return UInt64(p.load(as: UInt16.self))
        case .int32: return UInt64(bitPattern: Int64(p.load(as: Int32.self)))
        case .uint32: return UInt64(p.load(as: UInt32.self))
        default: return p.load(as: UInt64.self)
        }
    }

    /// Literal fields (name, value) of an enum, sorted by value as unsigned, as .NET does.
    func enumLiterals(_ t: TypeHandle) throws -> [(name: String, value: UInt64)] {
        if let cached = enumLiteralCache[t] { return cached }
        guard let asm = t.info.assembly else { return [] }
        var result: [(String, UInt64)] = []
        for f in t.info.fields where f.isStatic && f.isLiteral {
            guard let row = asm.index.constants[MetadataToken(.field, f.row)] else { continue }
            let c = try asm.md.tables.constant(row)
            var cursor = try asm.md.blobs.cursor(c.value)
            let v: UInt64
            switch c.elementType {
            case 0x02, 0x05: v = UInt64(try cursor.u8())
            case 0x04: v = UInt64(bitPattern: Int64(Int8(bitPattern: try cursor.u8())))
            case 0x03, 0x07: v = UInt64(try cursor.u16())
            case 0x06: v = UInt64(bitPattern: Int64(Int16(bitPattern: try cursor.u16())))
            case 0x08: v = UInt64(bitPattern: Int64(Int32(bitPattern: try cursor.u32())))
            case 0x09: v = UInt64(try cursor.u32())
            default: v = try cursor.u64()
            }
            result.append((f.name, v))
        }
        // Stable sort by unsigned value keeps declaration order among equal values.
        let sorted = result.enumerated().sorted { ($0.element.1, $0.offset) < ($1.element.1, $1.offset) }.map(\.element)
        enumLiteralCache[t] = sorted
        return sorted
    }

    func isFlagsEnum(_ t: TypeHandle) throws -> Bool {
        guard let asm = t.info.assembly else { return false }
        let decoder = CustomAttributeDecoder(asm.md, index: asm.index)
        for r in asm.index.customAttributes[MetadataToken(.typeDef, t.info.typeDefRow)] ?? [] where try decoder.attributeTypeName(r) == "System.FlagsAttribute" {
            return true
        }
        return false
    }

    /// ValueType.Equals: bitwise when the type holds no references, else field by field
    /// (reference fields through their Equals, run as nested calls).
    func valueEquals(_ x: ObjectRef, _ y: ObjectRef, thread: ManagedThread) throws -> Bool {
        let type = ObjectLayout.type(x)
        let size = Int(type.desc.instanceSize)
        if !type.desc.flags.contains(.containsReferences) {
            return memcmp(x + ObjectLayout.headerSize, y + ObjectLayout.headerSize, size) == 0
        }
        for f in type.info.fields where !f.isStatic {
            let offset = ObjectLayout.headerSize + f.offset
            if f.type.isReference {
                let a = x.load(fromByteOffset: offset, as: ObjectRef?.self), b = y.load(fromByteOffset: offset, as: ObjectRef?.self)
                if a == b { continue }
                guard let a, let b else { return false }
                guard let equals = findVirtual(ObjectLayout.type(a), "Equals", parameters: 1) else { return false }
                // A value type's own Equals takes `this` as the address of the boxed value.
                let this = equals.pointer.pointee.owner.isValueType ? a + ObjectLayout.headerSize : a
                let r = try invoke(equals, arguments: [UInt64(UInt(bitPattern: this)), UInt64(UInt(bitPattern: b))], on: thread)
                if r.first ?? 0 == 0 { return false }
            } else if f.type.desc.flags.contains(.containsReferences) {
                // A nested struct with references compares field by field too: box both halves.
                guard let bx = box(f.type, from: x + offset, thread: thread) else { return false }
                let h = retain(bx)
                defer { release(handle: h) }
                guard let by = box(f.type, from: y + offset, thread: thread) else { return false }
                if try !valueEquals(bx, by, thread: thread) { return false }
            } else {
                let (fieldSize, _, _) = try storageShape(f.type)
                if memcmp(x + offset, y + offset, fieldSize) != 0 { return false }
            }
        }
        return true
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Natives for System.Activator, System.Buffer and Array.CreateInstance.
extension NativeMethods {
    func registerCreation() {
        register("System.Activator::InternalCreateInstance(System.Type)") { rt, thread, a in
            guard let o = a.ref(0), let t = rt.typeOfTypeObject[o] else { throw ManagedThrow(exception: try rt.engineException(.nullReference)) }
            a.setRef(0, try rt.createInstance(t, thread: thread))
        }
        register("System.Buffer::BlockCopy(System.Array,System.Int32,System.Array,System.Int32,System.Int32)") { rt, _, a in
            let src = try rt.argument(a, 0, "src"), dst = try rt.argument(a, 2, "dst")
            let so = Int(a.i4(1)), d = Int(a.i4(3)), n = Int(a.i4(4))
            let sl = try rt.primitiveByteLength(src), dl = try rt.primitiveByteLength(dst)
            guard so >= 0, d >= 0, n >= 0, so + n <= sl, d + n <= dl else {
                throw ManagedThrow(exception: try rt.newException("System.ArgumentException", message: "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection."))
            }
            (ObjectLayout.data(dst) + d).copyMemory(from: ObjectLayout.data(src) + so, byteCount: n)
        }
        register("System.Buffer::ByteLength(System.Array)") { rt, _, a in a.setI4(0, Int32(try rt.primitiveByteLength(rt.argument(a, 0, "array")))) }
        register("System.Array::InternalCreate(System.Type,System.Int32[],System.Int32[])") { rt, thread, a in
            guard let o = a.ref(0), let element = rt.typeOfTypeObject[o], let lengths = a.ref(1) else { throw ManagedThrow(exception: try rt.engineException(.nullReference)) }
            if element.info.fullName == "System.Void" || element.desc.kind == .byReference || element.desc.kind == .genericParameter {
                throw ManagedThrow(exception: try rt.newException("System.NotSupportedException", message: "Arrays of System.Void are not supported."))
            }
            let rank = ObjectLayout.length(lengths)
            var dims: [Int] = [], lowers: [Int] = []
            for i in 0..<rank { dims.append(Int(ObjectLayout.data(lengths).load(fromByteOffset: i * 4, as: Int32.self))) }
            if let lb = a.ref(2) { for i in 0..<rank { lowers.append(Int(ObjectLayout.data(lb).load(fromByteOffset: i * 4, as: Int32.self))) } }
            do {
                if rank == 1 && (lowers.isEmpty || lowers[0] == 0) {
                    guard let array = rt.allocateArray(try rt.arrayType(of: element), count: dims[0], thread: thread) else { throw ManagedThrow(exception: try rt.engineException(.outOfMemory)) }
                    a.setRef(0, array)
                } else {
                    let type = try rt.mdArrayType(of: element, rank: rank)
                    try rt.complete(type)
                    var args = [UInt64](repeating: 0, count: 2 * rank + 1)
                    for i in 0..<rank { args[2 * i] = UInt64(bitPattern: Int64(lowers.isEmpty ? 0 : lowers[i])); args[2 * i + 1] = UInt64(bitPattern: Int64(dims[i])) }
                    let fault = args.withUnsafeMutableBufferPointer { rt.multiDimensional(.newMDArray, type, $0.baseAddress!, count: 2 * rank, thread: thread) }
                    if let fault { throw ManagedThrow(exception: try rt.engineException(fault)) }
                    a[0] = args[0]
                }
            } catch let e as RuntimeError { throw ManagedThrow(exception: try rt.engineException(e)) }
        }
    }
}

extension Runtime {
    /// Activator.CreateInstance: a new object (or boxed value) after its parameterless
    /// constructor ran — a nested call, at this explicit Swift boundary.
    func createInstance(_ t: TypeHandle, thread: ManagedThread) throws -> ObjectRef? {
        do { try complete(t) } catch let e as RuntimeError { throw ManagedThrow(exception: try engineException(e)) }
        let ctor = t.info.methods.first { $0.info.name == ".ctor" && $0.info.parameterTypes.isEmpty && !$0.info.isStatic }
        if t.desc.kind == .valueType {
            var zero = [UInt64](repeating: 0, count: Int(t.desc.valueSlots))
            guard let boxed = zero.withUnsafeMutableBytes({ box(t, from: $0.baseAddress!, thread: thread) }) else { throw ManagedThrow(exception: try engineException(.outOfMemory)) }
            if let ctor { _ = try invokeOrThrow(ctor, [UInt64(UInt(bitPattern: boxed + ObjectLayout.headerSize))], thread: thread) }
            return boxed
        }
        guard let ctor, t.desc.kind == .class, !t.desc.flags.contains(.abstract) else {
            throw ManagedThrow(exception: try newException("System.MissingMethodException", message: "Cannot dynamically create an instance of type '\(t.info.fullName)'. Reason: No parameterless constructor defined."))
        }
        guard let object = allocateObject(t, thread: thread) else { throw ManagedThrow(exception: try engineException(.outOfMemory)) }
        let h = retain(object)
        defer { release(handle: h) }
        _ = try invokeOrThrow(ctor, [UInt64(UInt(bitPattern: object))], thread: thread)
        return object
    }

    /// A nested managed call whose exception becomes the native's managed exception.
    func invokeOrThrow(_ m: MethodHandle, _ args: [UInt64], thread: ManagedThread) throws -> [UInt64] {
        do { return try invoke(m, arguments: args, on: thread) } catch ExecutionError.unhandled(let e) { throw ManagedThrow(exception: e) }
    }

    func primitiveByteLength(_ array: ObjectRef) throws -> Int {
        let t = ObjectLayout.type(array).desc
        guard t.kind == .szArray, let e = t.element, primitiveOf(e) != .none else {
            throw ManagedThrow(exception: try newException("System.ArgumentException", message: "Object must be an array of primitives."))
        }
        return ObjectLayout.length(array) * Int(t.componentSize)
    }
}
