import CILMetadata

/// Natives for System.GC, System.Threading.Monitor, System.ValueType and System.Enum.
extension NativeMethods {
    func registerRuntime() {
        register("System.GC::Collect()") { rt, thread, _ in rt.collectGarbage(thread: thread) }
        register("System.GC::CollectionCount(System.Int32)") { rt, _, a in a.setI4(0, a.i4(0) == 0 ? Int32(rt.heap.collectionCount) : 0) }
        register("System.GC::GetTotalMemory(System.Boolean)") { rt, thread, a in
            if a[0] & 1 != 0 { rt.collectGarbage(thread: thread) }
            a.setI8(0, Int64(rt.heap.liveBytes))
        }
        register("System.GC::GetAllocatedBytesForCurrentThread()") { rt, _, a in a.setI8(0, Int64(rt.heap.totalAllocatedBytes)) }
        register("System.GC::GetTotalAllocatedBytes(System.Boolean)") { rt, _, a in a.setI8(0, Int64(rt.heap.totalAllocatedBytes)) }
        register("System.GC::SuppressFinalize(System.Object)") { rt, _, a in _ = try rt.this(a) }
        register("System.GC::ReRegisterForFinalize(System.Object)") { rt, _, a in _ = try rt.this(a) }
        register("System.GC::WaitForPendingFinalizers()") { _, _, _ in }

        register("System.Threading.Monitor::Enter(System.Object)") { rt, _, a in rt.monitorEnter(try rt.argument(a, 0, "obj")) }
        register("System.Threading.Monitor::TryEnter(System.Object)") { rt, _, a in
            rt.monitorEnter(try rt.argument(a, 0, "obj"))
            a.setBool(0, true)
        }
        register("System.Threading.Monitor::Exit(System.Object)") { rt, _, a in
            let o = try rt.argument(a, 0, "obj")
            guard let count = rt.monitors[o], count > 0 else {
                throw ManagedThrow(exception: try rt.newException("System.Threading.SynchronizationLockException",
                    message: "Object synchronization method was called from an unsynchronized block of code."))
            }
            rt.monitors[o] = count == 1 ? nil : count - 1
        }
        register("System.Threading.Monitor::IsEntered(System.Object)") { rt, _, a in
            a.setBool(0, rt.monitors[try rt.argument(a, 0, "obj")] != nil)
        }

        register("System.ValueType::Equals(System.Object)") { rt, thread, a in
            let this = try rt.this(a)
            guard let other = a.ref(1), ObjectLayout.type(other) == ObjectLayout.type(this) else { a.setBool(0, false); return }
            a.setBool(0, try rt.valueEquals(this, other, thread: thread))
        }
        register("System.ValueType::GetHashCode()") { rt, _, a in
            let this = try rt.this(a)
            let type = ObjectLayout.type(this)
            // .NET hashes the first field; for values without references, all the bits.
            var h: UInt32 = 0
            let size = Int(type.desc.instanceSize)
            let data = this + ObjectLayout.headerSize
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

    /// One thread for now: entering always succeeds and counts recursion.
    func monitorEnter(_ o: ObjectRef) { monitors[o, default: 0] += 1 }

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
