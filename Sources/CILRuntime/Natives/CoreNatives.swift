/// Natives for System.Object, System.String, System.Console, System.Array, RuntimeHelpers
/// and reflection's RuntimeType.
extension NativeMethods {
    func registerAll() {
        registerConsole()
        registerString()
        registerReflection()
        registerNumbers()
        registerArrays()
        registerSystem()
        registerRuntime()
        registerThreading()
        registerRuntimeAsync()
        registerCreation()
        register("System.Object::GetType()") { rt, thread, a in a.setRef(0, rt.typeObject(ObjectLayout.type(try rt.this(a)), thread: thread)) }
        register("System.Object::MemberwiseClone()") { rt, thread, a in
            let o = try rt.this(a)
            let size = ObjectLayout.size(o)
            guard let copy = rt.allocate(size: size, type: ObjectLayout.type(o), thread: thread) else { throw ManagedThrow(exception: try rt.engineException(.outOfMemory)) }
            (copy + ObjectLayout.typeOffset).copyMemory(from: o + ObjectLayout.typeOffset, byteCount: size - ObjectLayout.typeOffset)
            a.setRef(0, copy)
        }
        register("System.RuntimeType::ToString()") { rt, thread, a in
            let t = rt.typeOfTypeObject[try rt.this(a)]!
            a.setRef(0, rt.newString(t.info.fullName, thread: thread))
        }
        register("System.Runtime.CompilerServices.RuntimeHelpers::GetHashCode(System.Object)") { rt, _, a in
            a.setI4(0, a.ref(0).map { rt.identityHash($0) } ?? 0)
        }
        register("System.Type::GetTypeFromHandle(System.RuntimeTypeHandle)") { rt, thread, a in
            guard let p = UnsafeMutablePointer<TypeDesc>(bitPattern: UInt(a[0])) else { a[0] = 0; return }
            a.setRef(0, rt.typeObject(TypeHandle(p), thread: thread))
        }
        register("System.Runtime.CompilerServices.RuntimeHelpers::get_OffsetToStringData()") { _, _, a in a.setI4(0, Int32(ObjectLayout.arrayDataOffset)) }
        register("System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray(System.Array,System.RuntimeFieldHandle)") { rt, _, a in
            guard let array = a.ref(0) else { throw ManagedThrow(exception: try rt.newException("System.ArgumentNullException", message: "Value cannot be null. (Parameter 'array')")) }
            guard let raw = UnsafeRawPointer(bitPattern: UInt(a[1])) else { throw ManagedThrow(exception: try rt.newException("System.ArgumentException", message: "Field handle is null.")) }
            let field = Unmanaged<FieldInfo>.fromOpaque(raw).takeUnretainedValue()
            let type = ObjectLayout.type(array).desc
            let bytes = ObjectLayout.length(array) * Int(type.componentSize)
            guard let data = field.rvaData, (try? rt.storageShape(field.type).size) ?? 0 >= bytes else {
                throw ManagedThrow(exception: try rt.newException("System.ArgumentException", message: "The field is not big enough to initialize the array."))
            }
            rt.heap.arrayData(array, type).copyMemory(from: data, byteCount: bytes)
        }
        register("System.Array::get_Length()") { rt, _, a in a.setI4(0, Int32(truncatingIfNeeded: ObjectLayout.length(try rt.this(a)))) }
    }

    func registerConsole() {
        register("System.Console::InternalWrite(System.String,System.Int32)") { rt, _, a in
            guard let s = a.ref(0) else { return }
            if a.i4(1) == 2 { rt.output.flush(); rt.errorOutput.write(rt.string(s)); rt.errorOutput.flush() } else { rt.output.write(rt.string(s)) }
        }
        register("System.Console::ReadLine()") { rt, thread, a in
            rt.output.flush()
            guard let line = readLine(strippingNewline: true) else { a[0] = 0; return }
            a.setRef(0, rt.newString(line, thread: thread))
        }
    }

    func registerString() {
        register("System.String::get_Length()") { rt, _, a in a.setI4(0, Int32(ObjectLayout.length(try rt.this(a)))) }
        register("System.String::get_Chars(System.Int32)") { rt, _, a in
            let s = try rt.this(a)
            let i = Int(a.i4(1))
            guard i >= 0 && i < ObjectLayout.length(s) else { throw ManagedThrow(exception: try rt.engineException(.indexOutOfRange)) }
            a.setI4(0, Int32(ObjectLayout.data(s).load(fromByteOffset: i * 2, as: UInt16.self)))
        }
        register("System.String::Equals(System.String,System.String)") { _, _, a in
            let x = a.ref(0), y = a.ref(1)
            if x == y { a[0] = 1; return }
            guard let x, let y, ObjectLayout.length(x) == ObjectLayout.length(y) else { a[0] = 0; return }
            a[0] = memcmp(ObjectLayout.data(x), ObjectLayout.data(y), ObjectLayout.length(x) * 2) == 0 ? 1 : 0
        }
        register("System.String::Intern(System.String)") { rt, _, a in
            let s = try rt.argument(a, 0, "str")
            let key = rt.utf16Units(s)
            if let existing = rt.internedLiterals[key] { a.setRef(0, existing) } else { rt.internedLiterals[key] = s }
        }
        register("System.String::IsInterned(System.String)") { rt, _, a in
            let s = try rt.argument(a, 0, "str")
            a.setRef(0, rt.internedLiterals[rt.utf16Units(s)])
        }
        register("System.String::GetHashCode()") { rt, _, a in
            // Deterministic FNV-1a over the UTF-16 units (.NET randomises per process).
            let s = try rt.this(a)
            var h: UInt32 = 2_166_136_261
            let p = ObjectLayout.data(s).assumingMemoryBound(to: UInt16.self)
            for i in 0..<ObjectLayout.length(s) { h = (h ^ UInt32(p[i])) &* 16_777_619 }
            a.setI4(0, Int32(bitPattern: h))
        }
        register("System.String::Concat(System.String,System.String)") { rt, thread, a in try rt.concat([a.ref(0), a.ref(1)], into: a, thread: thread) }
        register("System.String::Concat(System.String,System.String,System.String)") { rt, thread, a in try rt.concat([a.ref(0), a.ref(1), a.ref(2)], into: a, thread: thread) }
        register("System.String::Concat(System.String,System.String,System.String,System.String)") { rt, thread, a in
            try rt.concat([a.ref(0), a.ref(1), a.ref(2), a.ref(3)], into: a, thread: thread)
        }
        register("System.String::Concat(System.String[])") { rt, thread, a in
            guard let array = a.ref(0) else { throw ManagedThrow(exception: try rt.newException("System.ArgumentNullException", message: "Value cannot be null. (Parameter 'values')")) }
            let n = ObjectLayout.length(array)
            var parts: [ObjectRef?] = []
            for i in 0..<n { parts.append(ObjectLayout.data(array).load(fromByteOffset: i * 8, as: ObjectRef?.self)) }
            try rt.concat(parts, into: a, thread: thread)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Runtime {
    /// Concatenates strings (null counts as empty) into a new string stored in `a[0]`. The
    /// arguments stay in VM stack slots, so they are GC roots while the result is allocated.
    func concat(_ parts: [ObjectRef?], into a: UnsafeMutablePointer<UInt64>, thread: ManagedThread) throws {
        var total = 0
        for p in parts { if let p { total += ObjectLayout.length(p) } }
        guard let s = allocate(size: ObjectLayout.arrayDataOffset + total * 2 + 2, type: wellKnown.string, thread: thread) else {
            throw ManagedThrow(exception: try engineException(.outOfMemory))
        }
        s.storeBytes(of: total, toByteOffset: ObjectLayout.lengthOffset, as: Int.self)
        var at = ObjectLayout.data(s)
        for p in parts {
            guard let p else { continue }
            let n = ObjectLayout.length(p) * 2
            at.copyMemory(from: ObjectLayout.data(p), byteCount: n)
            at += n
        }
        a.setRef(0, s)
    }

    /// The one `System.Type` object of `t`.
    func typeObject(_ t: TypeHandle, thread: ManagedThread) -> ObjectRef? {
        if let o = runtimeTypeObjects[t] { return o }
        guard let runtimeType = try? corlibType("System.RuntimeType"), let o = allocateObject(runtimeType, thread: thread) else { return nil }
        runtimeTypeObjects[t] = o
        typeOfTypeObject[o] = t
        return o
    }

    /// A stable per-object hash (objects never move), kept in header bits 8–31.
    func identityHash(_ o: ObjectRef) -> Int32 {
        let h = ObjectLayout.header(o)
        let existing = (h >> 8) & 0xFF_FFFF
        if existing != 0 { return Int32(existing) }
        nextHash = nextHash &* 1_103_515_245 &+ 12345
        let v = UInt64((nextHash >> 8) & 0xFF_FFFF) | 1
        ObjectLayout.setHeader(o, (h & ~(0xFF_FFFF << 8)) | v << 8)
        return Int32(v)
    }
}
