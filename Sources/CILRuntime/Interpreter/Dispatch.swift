/// Virtual and interface dispatch that the inline fast path does not cover.
extension Runtime {
    /// The method a virtual or interface call of `callee` on `this` runs: generic virtual
    /// methods are instantiated for the receiver's override; generic collection interfaces on
    /// arrays go to corlib's `SZArrayHelper<T>`; no implementation is a managed
    /// MissingMethodException (EntryPointNotFound in .NET).
    @inline(never)
    func dispatchSlowly(_ callee: MethodHandle, this: ObjectRef) throws -> MethodHandle {
        let type = ObjectLayout.type(this)
        let desc = callee.pointer.pointee
        let info = callee.info
        let isInterface = desc.owner.desc.kind == .interface
        var target: MethodHandle?
        if isInterface {
            let declared = info.genericDefinition?.handle ?? callee
            target = Self.interfaceTarget(type.desc, declared)
            if target == nil { target = variantInterfaceTarget(type, declared) }
            if target == nil, type.desc.kind == .szArray { target = try arrayInterfaceMethod(callee, array: type) }
        } else {
            let slot = Int(desc.vtableSlot)
            if let v = type.desc.vtable, slot >= 0, slot < Int(type.desc.vtableCount) { target = v[slot] }
        }
        guard var found = target else {
            throw ManagedThrow(exception: try newException("System.MissingMethodException",
                message: "Method '\(info.owner.info.fullName).\(info.name)' has no implementation in type '\(type.info.fullName)'."))
        }
        if desc.flags.contains(.hasGenericArguments) && !info.methodArguments.isEmpty && found.info.methodArguments.isEmpty {
            do { found = try instantiate(found, arguments: info.methodArguments) } catch let e as RuntimeError {
                throw ManagedThrow(exception: try engineException(e))
            }
        }
        return found
    }

    /// Interface dispatch through variance: a call on `IEnumerable<object>` to an object that
    /// implements `IEnumerable<string>` uses that implementation's region.
    func variantInterfaceTarget(_ type: TypeHandle, _ m: MethodHandle) -> MethodHandle? {
        let wanted = m.pointer.pointee.owner
        var t: TypeHandle? = type
        while let c = t {
            if let map = c.desc.interfaces, let v = c.desc.vtable {
                for i in 0..<Int(c.desc.interfaceCount) where isVariantMatch(map[i].interface, wanted) {
                    return v[Int(map[i].vtableStart) + Int(m.pointer.pointee.vtableSlot)]
                }
            }
            t = c.desc.parent
        }
        return nil
    }

    /// `IList<T>`/`ICollection<T>`/`IEnumerable<T>`/`IReadOnlyList<T>`/`IReadOnlyCollection<T>`
    /// on a `T[]`: the static method of the same name in corlib's `SZArrayHelper<T>`, which takes
    /// the array as its first argument (the frame layout of an instance call is the same).
    func arrayInterfaceMethod(_ m: MethodHandle, array: TypeHandle) throws -> MethodHandle? {
        guard let element = array.desc.element, let row = corlib.typeRows["System.SZArrayHelper`1"] else { return nil }
        let helper = try loadType(corlib, row: row, arguments: [element])
        let name = m.info.name.split(separator: ".").last.map(String.init) ?? m.info.name
        return helper.info.methods.first { $0.info.name == name && $0.info.parameterTypes.count == m.info.parameterTypes.count + 1 }
    }
}
