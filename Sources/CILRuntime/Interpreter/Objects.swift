import CILMetadata

/// Allocation, strings, boxing, type tests and delegates: the object model the instructions use.
extension Runtime {
    /// Allocates a zeroed instance of class `type`, collecting first when the heap asks for it.
    /// Never inlined: inlined into the dispatch loop, the allocation path costs the loop its
    /// register allocation (a 100M-iteration arithmetic loop ran 1.6× slower).
    @inline(never)
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

    /// The exact UTF-16 code units of a managed string.
    func utf16Units(_ s: ObjectRef) -> [UInt16] {
        Array(UnsafeBufferPointer(start: ObjectLayout.data(s).assumingMemoryBound(to: UInt16.self), count: ObjectLayout.length(s)))
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
        let key = Array(units)
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
        if type.desc.flags.contains(.nullable) {
            // Boxing a Nullable<T> boxes its T, or gives null when it has no value.
            let (hasValue, valueField) = nullableFields(type)
            guard value.load(fromByteOffset: hasValue, as: UInt8.self) != 0 else { return nil }
            return box(valueField.type, from: value + valueField.offset, thread: thread)
        }
        let size = Int(type.pointer.pointee.instanceSize)
        guard let o = allocate(size: ObjectLayout.headerSize + size, type: type, thread: thread) else { return nil }
        Self.storeValue(type, to: o + ObjectLayout.headerSize, from: value, size: size)
        return o
    }

    /// Offsets of Nullable<T>'s `hasValue` flag and its `value` field.
    func nullableFields(_ type: TypeHandle) -> (hasValue: Int, value: FieldInfo) {
        let fields = type.info.fields.filter { !$0.isStatic }
        let flag = fields.first { $0.name == "hasValue" } ?? fields.first { $0.type.desc.primitive == .boolean }!
        let value = fields.first { $0.name == "value" } ?? fields.first { $0 !== flag }!
        return (flag.offset, value)
    }

    /// `unbox.any Nullable<T>`: null gives an empty value; a boxed T gives a value with it.
    func unboxNullable(_ object: ObjectRef?, as type: TypeHandle, into slots: UnsafeMutableRawPointer) -> Bool {
        let (hasValue, valueField) = nullableFields(type)
        slots.initializeMemory(as: UInt8.self, repeating: 0, count: Int(type.desc.valueSlots) * 8)
        guard let object else { return true }
        guard isBoxed(object, as: valueField.type) else { return false }
        slots.storeBytes(of: 1, toByteOffset: hasValue, as: UInt8.self)
        (slots + valueField.offset).copyMemory(from: object + ObjectLayout.headerSize, byteCount: Int(valueField.type.desc.instanceSize))
        return true
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
        // `x is int?` / `x as int?`: a boxed T is an instance of Nullable<T>.
        if t.flags.contains(.nullable), let underlying = target.info.typeArguments.first { return isAssignable(source, to: underlying) }
        switch t.kind {
        case .interface:
            var s: TypeHandle? = source
            while let c = s {
                if let map = c.pointer.pointee.interfaces {
                    for i in 0..<Int(c.pointer.pointee.interfaceCount) {
                        let candidate = map[i].interface
                        if candidate == target || isVariantMatch(candidate, target) { return true }
                    }
                }
                s = c.pointer.pointee.parent
            }
            if source.desc.kind == .szArray, let element = source.desc.element {
                return isArrayInterface(target, element: element)
            }
            if source.desc.kind == .interface { return isVariantMatch(source, target) }
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
            // Func<string> is a Func<object>: generic delegates are variant like interfaces.
            if t.flags.contains(.delegate) && source.desc.flags.contains(.delegate) { return isVariantMatch(source, target) }
            return false
        }
    }

    /// `I<A>` assignable to `I<B>` through the variance of I's parameters (`out T`: A to B by
    /// reference conversion; `in T`: B to A). Value-type arguments must be identical.
    func isVariantMatch(_ source: TypeHandle, _ target: TypeHandle) -> Bool {
        // Most interfaces a cast meets have no variance: decided without touching TypeInfo.
        guard source.desc.flags.contains(.variant) && target.desc.flags.contains(.variant) else { return false }
        let si = source.info, ti = target.info
        guard let asm = si.assembly, asm === ti.assembly, si.typeDefRow == ti.typeDefRow,
              si.typeArguments.count == ti.typeArguments.count, !si.typeArguments.isEmpty else { return false }
        let params = asm.index.genericParameters[MetadataToken(.typeDef, si.typeDefRow)] ?? []
        for (i, (a, b)) in zip(si.typeArguments, ti.typeArguments).enumerated() {
            if a == b { continue }
            let variance = i < params.count ? ((try? asm.md.tables.genericParam(params[i]).flags) ?? 0) & 0x3 : 0
            guard a.isReference && b.isReference else { return false }
            switch variance {
            case 1: if !isAssignable(a, to: b) { return false }
            case 2: if !isAssignable(b, to: a) { return false }
            default: return false
            }
        }
        return true
    }

    /// `T[]` implements `IList<T>`, `ICollection<T>`, `IEnumerable<T>`, `IReadOnlyList<T>` and
    /// `IReadOnlyCollection<T>` (and, by array covariance, those of T's base types).
    func isArrayInterface(_ target: TypeHandle, element: TypeHandle) -> Bool {
        let ti = target.info
        guard ti.assembly?.isCorlib == true, ti.typeArguments.count == 1 else { return false }
        switch ti.definitionName {
        case "System.Collections.Generic.IList`1", "System.Collections.Generic.ICollection`1",
             "System.Collections.Generic.IEnumerable`1", "System.Collections.Generic.IReadOnlyList`1",
             "System.Collections.Generic.IReadOnlyCollection`1":
            let wanted = ti.typeArguments[0]
            if wanted == element || (element.isReference && wanted.isReference && isAssignable(element, to: wanted)) { return true }
            // int[] is also an IList<uint> (the array covariance of same-sized integers).
            let p1 = primitiveOf(element), p2 = primitiveOf(wanted)
            return p1 != .none && p1.size == p2.size && Self.integral(p1) && Self.integral(p2)
        default:
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
        d.storeBytes(of: target, toByteOffset: wellKnown.delegateTarget, as: ObjectRef?.self)
        d.storeBytes(of: method, toByteOffset: wellKnown.delegateMethod, as: UInt64.self)
    }

    @inline(__always)
    func delegateTarget(_ d: ObjectRef) -> (ObjectRef?, MethodHandle) {
        let target = d.load(fromByteOffset: wellKnown.delegateTarget, as: ObjectRef?.self)
        let m = d.load(fromByteOffset: wellKnown.delegateMethod, as: UnsafeMutablePointer<MethodDesc>.self)
        return (target, MethodHandle(m))
    }

    /// A combined delegate's invocation list (nil for a single delegate).
    @inline(__always)
    func invocationList(_ d: ObjectRef) -> ObjectRef? {
        d.load(fromByteOffset: wellKnown.delegateList, as: ObjectRef?.self)
    }

    /// Invokes each member of a combined delegate in order, as nested calls, leaving the last
    /// result in `args[0…]`. (A Swift boundary: members run to completion one by one.)
    func invokeMulticast(_ list: ObjectRef, invoke: MethodHandle, args: UnsafeMutablePointer<UInt64>, thread: ManagedThread) throws {
        let argSlots = Int(invoke.pointer.pointee.argSlots) - 1
        let saved = Array(UnsafeBufferPointer(start: args + 1, count: argSlots))
        let count = ObjectLayout.length(list)
        for i in 0..<count {
            guard let member = ObjectLayout.data(list).load(fromByteOffset: i * 8, as: ObjectRef?.self) else { continue }
            let (target, method) = delegateTarget(member)
            var callArgs: [UInt64] = []
            if Int(method.pointer.pointee.argSlots) != argSlots {
                let boxedThis = method.pointer.pointee.owner.isValueType && !method.pointer.pointee.flags.contains(.static)
                callArgs.append(UInt64(UInt(bitPattern: boxedThis ? target.map { $0 + ObjectLayout.headerSize } : target)))
            }
            callArgs += saved
            let result = try self.invoke(method, arguments: callArgs, on: thread)
            for (j, r) in result.enumerated() { args[j] = r }
        }
    }

    // MARK: GC

    /// The green thread running managed code.
    var currentThread: ManagedThread { scheduler.current }

    /// Collects, with every slot of every thread's VM stack as a conservative root. A native that
    /// collects on the program's request (`GC.Collect`) passes `liveBelow`, the end of its own
    /// arguments: the caller's frame slots above them are evaluation temps deeper than the
    /// call, dead at that point, and often still holding a returned callee's objects — not
    /// scanning them is what makes `new T()` in a helper, then `GC.Collect()`, collect it.
    func collectGarbage(thread: ManagedThread, liveBelow: UnsafeMutablePointer<UInt64>? = nil) {
        heap.collect { mark in
            for t in scheduler.threads.contains(where: { $0 === thread }) ? scheduler.threads : scheduler.threads + [thread] {
                let top = t === thread ? liveBelow.map { min($0, t.stackTop) } ?? t.stackTop : t.stackTop
                var p = t.stack
                while p < top { mark(UInt(p.pointee)); p += 1 }
                if let e = t.inFlight { mark(UInt(bitPattern: e)) }
                mark(UInt(bitPattern: t.managedObject))
                for b in t.asyncBoundaries {
                    mark(UInt(bitPattern: b.leaf))
                    mark(UInt(bitPattern: b.notifier))
                }
                mark(UInt(bitPattern: t.endedLeaf))
                mark(UInt(bitPattern: t.endedNotifier))
                markThreadStatics(of: t, mark)
            }
            for key in scheduler.waiters.keys { mark(UInt(bitPattern: key.object)) }
            for (leaf, notifier) in suspendedChains {
                mark(UInt(bitPattern: leaf))
                mark(UInt(bitPattern: notifier))
            }
            for (block, offsets) in staticBlocks {
                for o in offsets { mark(UInt(bitPattern: block.load(fromByteOffset: o, as: UnsafeRawPointer?.self))) }
            }
            for h in handles { mark(UInt(bitPattern: h)) }
            for s in internedLiterals.values { mark(UInt(bitPattern: s)) }
            for t in runtimeTypeObjects.values { mark(UInt(bitPattern: t)) }
            for o in monitors.keys { mark(UInt(bitPattern: o)) }
            for o in typeInitializationErrors.values { mark(UInt(bitPattern: o)) }
        }
    }

    /// Runs the finalizers of the objects the collector queued, oldest first. Called at safe
    /// points only (see `Finalization.swift`). An exception escaping a finalizer ends the
    /// process, as in .NET.
    func runPendingFinalizers(thread: ManagedThread) throws {
        guard !runningFinalizers else { return }
        runningFinalizers = true
        defer { runningFinalizers = false }
        while let o = heap.dequeueForFinalization() {
            let h = retain(o)
            defer { release(handle: h) }
            guard let finalizer = ObjectLayout.type(o).info.finalizer else { continue }
            heap.finalizersRun += 1
            _ = try invoke(finalizer, arguments: [UInt64(UInt(bitPattern: o))], on: thread)
        }
    }
}
