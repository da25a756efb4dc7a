/// Allocation, strings, boxing, type tests and delegates: the object model the instructions use.
extension Runtime {
    /// Allocates a zeroed instance of class `type`, collecting first when the heap asks for it.
    func allocateObject(_ type: TypeHandle, thread: ManagedThread) -> ObjectRef? {
        allocate(size: Int(type.pointer.pointee.instanceSize), type: type, thread: thread)
    }

    func allocate(size: Int, type: TypeHandle, thread: ManagedThread) -> ObjectRef? {
        if heap.shouldCollect { collectGarbage(thread: thread) }
        if let o = heap.allocate(size: size, type: type) { return o }
        collectGarbage(thread: thread)
        return heap.allocate(size: size, type: type)
    }

    /// A vector of `count` elements of `arrayType`'s element type.
    func allocateArray(_ arrayType: TypeHandle, count: Int, thread: ManagedThread) -> ObjectRef? {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: Int(arrayType.pointer.pointee.componentSize))
        guard !overflow, bytes < Int.max / 2 else { return nil }
        guard let a = allocate(size: ObjectLayout.arrayDataOffset + bytes, type: arrayType, thread: thread) else { return nil }
        a.storeBytes(of: count, toByteOffset: ObjectLayout.lengthOffset, as: Int.self)
        return a
    }

    /// A new managed string with these UTF-16 code units.
    func newString(utf16 units: UnsafeBufferPointer<UInt16>, thread: ManagedThread) -> ObjectRef? {
        guard let s = allocate(size: ObjectLayout.arrayDataOffset + units.count * 2 + 2, type: wellKnown.string, thread: thread) else { return nil }
        s.storeBytes(of: units.count, toByteOffset: ObjectLayout.lengthOffset, as: Int.self)
        if let base = units.baseAddress { ObjectLayout.data(s).copyMemory(from: base, byteCount: units.count * 2) }
        return s
    }

    func newString(_ text: String, thread: ManagedThread) -> ObjectRef? {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { newString(utf16: $0, thread: thread) }
    }

    /// The Swift string of a managed string.
    public func string(_ s: ObjectRef) -> String {
        let n = ObjectLayout.length(s)
        let p = ObjectLayout.data(s).assumingMemoryBound(to: UInt16.self)
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF16.self)
    }

    /// The interned literal for `#US` offset `offset` (kept alive for the runtime's lifetime).
    func literal(_ offset: UInt32, in asm: LoadedAssembly) throws -> ObjectRef {
        if let s = asm.literals[offset] { return s }
        let units = try asm.md.userStrings.utf16(offset)
        // Equal literals are one object across the program, as .NET interns them.
        let key = String(decoding: units, as: UTF16.self)
        if let s = internedLiterals[key] { asm.literals[offset] = s; return s }
        guard let s = units.withUnsafeBufferPointer({ newString(utf16: $0, thread: currentThread) }) else {
            throw RuntimeError.invalidProgram("Out of memory interning a string literal.")
        }
        asm.literals[offset] = s
        internedLiterals[key] = s
        return s
    }

    /// Index of a message for `throwEngine`.
    func message(_ text: String) -> Int {
        messages.append(text)
        return messages.count - 1
    }

    // MARK: Boxing

    func box(_ type: TypeHandle, from value: UnsafeMutableRawPointer, thread: ManagedThread) -> ObjectRef? {
        let size = Int(type.pointer.pointee.instanceSize)
        guard let o = allocate(size: ObjectLayout.headerSize + size, type: type, thread: thread) else { return nil }
        Self.storeValue(type, to: o + ObjectLayout.headerSize, from: value, size: size)
        return o
    }

    /// Whether `object` is a boxed `type` (enums and their underlying types interchange, as in .NET).
    func isBoxed(_ object: ObjectRef, as type: TypeHandle) -> Bool {
        let actual = ObjectLayout.type(object)
        if actual == type { return true }
        let p1 = primitiveOf(actual), p2 = primitiveOf(type)
        return p1 != .none && p1 == p2
    }

    func primitiveOf(_ t: TypeHandle) -> PrimitiveKind {
        if t.desc.primitive != .none { return t.desc.primitive }
        if t.desc.flags.contains(.enumeration), let f = t.info.fields.first(where: { !$0.isStatic }) { return f.type.desc.primitive }
        return .none
    }

    /// Stack values of small primitives are widened to a slot; in memory they take their size.
    static func storeValue(_ type: TypeHandle, to dst: UnsafeMutableRawPointer, from src: UnsafeMutableRawPointer, size: Int) {
        dst.copyMemory(from: src, byteCount: size)
    }

    static func loadValue(_ type: TypeHandle, into dst: UnsafeMutableRawPointer, from src: UnsafeMutableRawPointer, size: Int) {
        let p = type.pointer.pointee.primitive
        switch p {
        case .int8: dst.storeBytes(of: Int64(src.load(as: Int8.self)), as: Int64.self)
        case .int16: dst.storeBytes(of: Int64(src.load(as: Int16.self)), as: Int64.self)
        case .int32: dst.storeBytes(of: Int64(src.load(as: Int32.self)), as: Int64.self)
        default: dst.copyMemory(from: src, byteCount: size)
        }
    }

    // MARK: Type tests

    /// ECMA-335 assignment compatibility of an object to `target` (classes, interfaces, arrays).
    func isInstance(_ object: ObjectRef, of target: TypeHandle) -> Bool {
        isAssignable(ObjectLayout.type(object), to: target)
    }

    func isAssignable(_ source: TypeHandle, to target: TypeHandle) -> Bool {
        if source == target { return true }
        let t = target.pointer.pointee
        switch t.kind {
        case .interface:
            var s: TypeHandle? = source
            while let c = s {
                if let map = c.pointer.pointee.interfaces {
                    for i in 0..<Int(c.pointer.pointee.interfaceCount) where map[i].interface == target { return true }
                }
                s = c.pointer.pointee.parent
            }
            return false
        case .szArray, .mdArray:
            let s = source.pointer.pointee
            guard s.kind == t.kind, s.rank == t.rank, let se = s.element, let te = t.element else { return false }
            if se == te { return true }
            if se.isReference && te.isReference { return isAssignable(se, to: te) }
            let p1 = primitiveOf(se), p2 = primitiveOf(te)
            return p1 != .none && p1.size == p2.size && Self.integral(p1) && Self.integral(p2)
        default:
            var s: TypeHandle? = source.pointer.pointee.parent
            while let c = s {
                if c == target { return true }
                s = c.pointer.pointee.parent
            }
            return false
        }
    }

    static func integral(_ p: PrimitiveKind) -> Bool {
        switch p {
        case .float32, .float64, .none, .boolean, .char: return false
        default: return true
        }
    }

    // MARK: Delegates

    /// Delegates keep their target and method in `_target` and `_methodPtr` (see corlib).
    func storeDelegate(_ d: ObjectRef, target: ObjectRef?, method: UInt64) {
        setField(d, "_target", target)
        setField(d, "_methodPtr", UnsafeMutableRawPointer(bitPattern: UInt(method)))
    }

    func delegateTarget(_ d: ObjectRef) -> (ObjectRef?, MethodHandle) {
        let target = getField(d, "_target")
        let m = getField(d, "_methodPtr")!
        return (target, MethodHandle(m.assumingMemoryBound(to: MethodDesc.self)))
    }

    // MARK: GC

    /// The thread running managed code (green threads come later: one for now).
    var currentThread: ManagedThread { mainThread }

    func collectGarbage(thread: ManagedThread) {
        heap.collect { mark in
            var p = thread.stack
            while p < thread.stackTop { mark(UInt(p.pointee)); p += 1 }
            for (block, offsets) in staticBlocks {
                for o in offsets { mark(UInt(bitPattern: block.load(fromByteOffset: o, as: UnsafeRawPointer?.self))) }
            }
            for h in handles { mark(UInt(bitPattern: h)) }
            for s in internedLiterals.values { mark(UInt(bitPattern: s)) }
            for t in runtimeTypeObjects.values { mark(UInt(bitPattern: t)) }
            if let e = thread.inFlight { mark(UInt(bitPattern: e)) }
        }
    }
}
