import CILMetadata

/// `call`, `callvirt` and `newobj`: argument layout, dispatch kind, internal calls, delegates.
///
/// Arguments are already in consecutive stack slots, so a call needs no copying: the callee's
/// frame starts at the first argument's slot, and its return value lands in that same slot,
/// which is where the CIL stack expects the result.
extension Translator {
    /// Corlib methods translated to an instruction instead of a call: `Math.Sqrt(double)`
    /// (a native call would cost more than the square root itself).
    mutating func intrinsic(_ m: MethodHandle, _ il: Int) throws -> Bool {
        let info = m.info
        guard info.name == "Sqrt", info.parameterTypes.count == 1, info.assembly?.isCorlib == true,
              info.owner.info.fullName == "System.Math", let top = stack.last, top.kind == .r8 else { return false }
        let v = try pop(il)
        let r = push(.r8, rt.wellKnown.primitive(.float64))
        emit(.sqrtR8, r.slot, v.slot)
        return true
    }

    mutating func callInstruction(_ ins: ILInstruction, _ il: Int) throws {
        guard case .token(let tok) = ins.operand else { throw fail("missing method token", at: il) }
        if tok.table == .memberRef, try arrayMethod(tok, ins, il) { return }
        let m = try rt.resolveMethod(tok, in: asm, context: context)
        let mi = m.info
        if ins.opcode == .call, try intrinsic(m, il) { return }
        if mi.signature.genericParameterCount > 0 && mi.methodArguments.isEmpty {
            throw fail("call to generic method \(mi.name) without instantiation", at: il)
        }
        let owner = m.pointer.pointee.owner
        let hasThis = !mi.isStatic
        let argCount = mi.parameterTypes.count + (hasThis && ins.opcode != .newobj ? 1 : 0)
        guard stack.count >= argCount else { throw fail("stack underflow calling \(mi.name)", at: il) }
        var args = Array(stack.suffix(argCount))
        stack.removeLast(argCount)
        // The callee's frame is the arguments' home slots: copy in any that are aliases.
        for i in args.indices { materialize(&args[i]) }
        let base = args.first?.home ?? (stack.last.map { $0.home + $0.slots } ?? tempBase)
        try normalizeArguments(args, to: mi.parameterTypes, skipping: hasThis && ins.opcode != .newobj ? 1 : 0)

        if ins.opcode == .newobj {
            try newObject(m, owner: owner, base: base, argSlots: args.reduce(0) { $0 + $1.slots }, il: il)
            return
        }
        if ins.opcode == .call && prefixConstrained == nil && rt.isTrivialConstructor(m) {
            // `base..ctor()` that does nothing (`call` does not check `this` for null).
            return
        }
        emitClassInitForCall(m)

        var constrained = prefixConstrained
        prefixConstrained = nil
        var virtual = ins.opcode == .callvirt && m.pointer.pointee.flags.contains(.virtual)
        if let c = constrained, hasThis {
            // constrained. T callvirt M: on a value type that implements M itself, call it
            // directly with the byref `this`; otherwise box the value (or dereference a
            // reference) and dispatch virtually.
            if c.isValueType {
                if let direct = try implementation(of: m, in: c) {
                    try emitCall(direct, base: base, returnType: mi.returnType, virtual: false)
                    return
                }
                emit(.boxIndirect, base, base); word(c)
            } else {
                emit(.ldRef, base, base, 0)
            }
            virtual = m.pointer.pointee.flags.contains(.virtual)
            constrained = nil
        }
        if ins.opcode == .callvirt && hasThis && !virtual && constrained == nil {
            // callvirt always checks `this` for null, even when it binds statically.
            emit(.checkNull, base)
        }
        if owner.desc.flags.contains(.delegate) && mi.name == "Invoke" {
            emit(.invokeDelegate, base); word(m)
            try pushResult(mi.returnType)
            return
        }
        if try runtimeAsyncCall(m, base: base, virtual: virtual, il) { return }
        try emitCall(m, base: base, returnType: mi.returnType, virtual: virtual)
    }

    /// Converts arguments in place to the representation of the callee's parameter types
    /// (float32 ↔ float64, int32 → native int); `skipping` leading arguments are `this`.
    mutating func normalizeArguments(_ args: [Entry], to parameterTypes: [TypeHandle], skipping: Int) throws {
        for (i, p) in parameterTypes.enumerated() {
            let e = args[i + skipping]
            let (k, _) = try kind(of: p)
            if k == .r4 && e.kind == .r8 { emitConv(e.slot, e.slot, .r8, .r4, false) }
            if k == .r8 && e.kind == .r4 { emitConv(e.slot, e.slot, .r4, .r8, false) }
            if k == .i8 && e.kind == .i4 { emitConv(e.slot, e.slot, .i4, .i8, false) }
        }
    }

    /// `calli`: the function pointer (from `ldftn`/`ldvirtftn`, a MethodDesc*) sits above the
    /// arguments; the StandAloneSig gives their shape. The call binds at run time.
    mutating func indirectCall(_ ins: ILInstruction, _ il: Int) throws {
        guard case .token(let tok) = ins.operand else { throw fail("missing signature token", at: il) }
        var decoder = SignatureDecoder(try md.standAloneSignature(tok))
        let sig = try decoder.methodSignature()
        if sig.callingConvention.isVararg || (sig.callingConvention.kind != .default && sig.callingConvention.kind != nil) {
            throw fail("calli with an unmanaged or vararg calling convention", at: il)
        }
        let ftn = try pop(il)
        guard ftn.kind == .i8 || ftn.kind == .i4 else { throw fail("calli needs a native int function pointer", at: il) }
        let hasThis = sig.callingConvention.hasThis && !sig.callingConvention.explicitThis
        let argCount = sig.parameters.count + (hasThis ? 1 : 0)
        guard stack.count >= argCount else { throw fail("stack underflow at calli", at: il) }
        var args = Array(stack.suffix(argCount))
        stack.removeLast(argCount)
        for i in args.indices { materialize(&args[i]) }
        let base = args.first?.home ?? (stack.last.map { $0.home + $0.slots } ?? tempBase)
        let parameterTypes = try sig.parameters.map { try rt.resolveSignature($0, in: asm, context: context) }
        try normalizeArguments(args, to: parameterTypes, skipping: hasThis ? 1 : 0)
        emit(.callIndirect, base, ftn.slot)
        if case .void = sig.returnType { return }
        try pushResult(try rt.resolveSignature(sig.returnType, in: asm, context: context))
    }

    /// The runtime-provided methods of array types — `.ctor`, `Get`, `Set`, `Address` of
    /// `T[,]` — become dedicated instructions. Returns false for other member references.
    mutating func arrayMethod(_ tok: MetadataToken, _ ins: ILInstruction, _ il: Int) throws -> Bool {
        let ref = try md.tables.memberRef(tok.row)
        guard ref.parent.table == .typeSpec else { return false }
        let owner = try rt.resolveType(ref.parent, in: asm, context: context)
        guard owner.desc.kind == .mdArray || owner.desc.kind == .szArray else { return false }
        let name = try md.strings.string(ref.name)
        let sig = try md.methodSignature(ref.signature)
        let argCount = sig.parameters.count + (ins.opcode == .newobj ? 0 : 1)
        guard stack.count >= argCount else { throw fail("stack underflow calling array method \(name)", at: il) }
        var args = Array(stack.suffix(argCount))
        stack.removeLast(argCount)
        for i in args.indices { materialize(&args[i]) }
        let base = args.first?.home ?? tempBase
        for e in args where e.kind == .i8 { emitConv(e.slot, e.slot, .i8, .i4, false) }
        let element = owner.desc.element!
        switch name {
        case ".ctor":
            emit(.newMDArray, base, argCount); word(owner)
            push(.ref, owner)
        case "Get":
            emit(.mdGet, base, argCount); word(owner)
            try pushResult(element)
        case "Set":
            emit(.mdSet, base, argCount); word(owner)
        case "Address":
            emit(.mdAddress, base, argCount); word(owner)
            push(.byRef, try rt.pointerType(of: element, byRef: true))
        default:
            throw RuntimeError.missingMethod("Array method '\(name)' is not supported.")
        }
        return true
    }

    mutating func emitCall(_ m: MethodHandle, base: Int, returnType: TypeHandle?, virtual: Bool) throws {
        let desc = m.pointer.pointee
        if desc.flags.contains(.internalCall) && !(virtual && desc.flags.contains(.virtual)) {
            if let index = rt.bindNative(m) {
                emit(.callNative, base, Int(index)); word(m)
            } else {
                // .NET raises MissingMethodException when such a call is reached, not before.
                emit(.throwEngine); word(EngineException.missingMethod.rawValue)
                word(UInt64(rt.message("Method not implemented by CILKit: '\(m.info.owner.info.fullName).\(m.info.name)' is an internal call with no native binding.")))
            }
        } else if virtual {
            emit(desc.owner.desc.kind == .interface ? .callInterface : .callVirt, base); word(m)
        } else {
            emit(.call, base); word(m)
        }
        try pushResult(returnType)
    }

    mutating func pushResult(_ t: TypeHandle?) throws {
        guard let t else { return }
        let (k, n) = try kind(of: t)
        push(k, t, slots: n)
    }

    /// The method of value type `t` that implements (or overrides) `m`, if `t` declares one.
    func implementation(of m: MethodHandle, in t: TypeHandle) throws -> MethodHandle? {
        guard let found = try declaredImplementation(of: m.info.genericDefinition?.handle ?? m, in: t) else { return nil }
        // A generic method: instantiate the implementation with the call's method arguments.
        if !m.info.methodArguments.isEmpty && found.info.methodArguments.isEmpty {
            return try rt.instantiate(found, arguments: m.info.methodArguments)
        }
        return found
    }

    func declaredImplementation(of m: MethodHandle, in t: TypeHandle) throws -> MethodHandle? {
        try rt.complete(t)
        let mi = m.info
        for candidate in t.info.methods where candidate.info.name == mi.name && rt.sameSignature(candidate.info, mi) {
            return candidate
        }
        // Explicit interface implementations in the type's interface map — only those the
        // value type itself declares: an inherited one (Enum.CompareTo) expects a boxed `this`.
        if mi.owner.desc.kind == .interface, let map = t.desc.interfaces, let v = t.desc.vtable {
            for i in 0..<Int(t.desc.interfaceCount) where map[i].interface == mi.owner {
                if let found = v[Int(map[i].vtableStart) + Int(m.pointer.pointee.vtableSlot)], found.pointer.pointee.owner == t {
                    return found
                }
            }
        }
        return nil
    }

    mutating func emitClassInitForCall(_ m: MethodHandle) {
        let owner = m.pointer.pointee.owner
        // Static methods and constructors trigger a precise (non-beforefieldinit) initializer;
        // a beforefieldinit type is initialised at its first static field access instead.
        // For a value type, calling any of its methods counts (ECMA-335 II.10.5.3.1).
        if (m.info.isStatic || m.info.name == ".ctor" || owner.desc.kind == .valueType) && !owner.desc.flags.contains(.beforeFieldInit) {
            emitClassInit(owner)
        }
    }

    /// `newobj`: allocate (or zero a value), pass it as `this`, call the constructor.
    mutating func newObject(_ ctor: MethodHandle, owner: TypeHandle, base: Int, argSlots: Int, il: Int) throws {
        try rt.complete(owner)
        if owner.desc.flags.contains(.delegate) {
            // Delegate constructor (object target, native int method): runtime-implemented.
            let r = push(.ref, owner)
            emit(.newObj, r.slot, argSlots, 1); word(owner); word(0)
            return
        }
        if owner.desc.kind == .string {
            // String constructors are internal calls that return the new string.
            guard let index = rt.bindNative(ctor) else { throw RuntimeError.missingMethod("String constructor not implemented by CILKit.") }
            emit(.callNative, base, Int(index)); word(ctor)
            push(.ref, owner)
            return
        }
        if owner.desc.kind == .szArray || owner.desc.kind == .mdArray {
            throw RuntimeError.missingMethod("Multi-dimensional array construction is not supported yet.")
        }
        emitClassInit(owner)
        if ctor.pointer.pointee.flags.contains(.internalCall) {
            throw RuntimeError.missingMethod("Constructor '\(owner.info.fullName)..ctor' is an internal call, which CILKit does not support.")
        }
        if owner.desc.kind == .valueType {
            let n = Int(owner.desc.valueSlots)
            let r = push(.value, owner, slots: n)
            maxSlot = max(maxSlot, base + n + 1 + argSlots)
            emit(.newValue, r.slot, argSlots, n); word(ctor)
            return
        }
        let r = push(.ref, owner)
        maxSlot = max(maxSlot, base + 2 + argSlots)
        // c = 2: the constructor does nothing; allocating is all.
        emit(.newObj, r.slot, argSlots, rt.isTrivialConstructor(ctor) ? 2 : 0); word(owner); word(ctor)
    }
}
