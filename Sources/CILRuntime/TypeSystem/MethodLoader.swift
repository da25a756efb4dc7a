import CILMetadata

/// Methods: creating `MethodDesc`s, vtables and interface maps (level 2 of type loading),
/// generic method instantiation, and resolving method and field tokens.
extension Runtime {
    /// Level 2: every method of the type gets a descriptor; virtual methods get vtable slots;
    /// each implemented interface gets a region of the vtable.
    func buildMethodsAndVTable(_ t: TypeHandle) throws {
        try layOutFields(t)
        let p = t.pointer
        if p.pointee.loadLevel >= 2 { return }
        let info = t.info
        guard !info.isBuildingMethods else {
            throw RuntimeError.typeLoad("Type '\(info.fullName)' is needed complete while its own methods are being loaded (circular type dependency).")
        }
        if let parent = p.pointee.parent { try complete(parent) }
        info.isBuildingMethods = true
        defer { info.isBuildingMethods = false }
        guard let asm = info.assembly else {
            if let parent = p.pointee.parent, p.pointee.kind == .szArray || p.pointee.kind == .mdArray {
                // Arrays dispatch through System.Array's vtable and interface map.
                p.pointee.vtable = parent.desc.vtable
                p.pointee.vtableCount = parent.desc.vtableCount
                p.pointee.interfaces = parent.desc.interfaces
                p.pointee.interfaceCount = parent.desc.interfaceCount
            }
            p.pointee.loadLevel = 2
            return
        }
        let md = asm.md

        var vtable: [MethodHandle?] = []
        if let parent = p.pointee.parent, let pv = parent.desc.vtable {
            vtable = Array(UnsafeBufferPointer(start: pv, count: Int(parent.desc.vtableCount)))
        }
        var interfaceRegions: [(TypeHandle, Int)] = []
        if let parent = p.pointee.parent, let pi = parent.desc.interfaces {
            for i in 0..<Int(parent.desc.interfaceCount) { interfaceRegions.append((pi[i].interface, Int(pi[i].vtableStart))) }
        }
        let isInterface = p.pointee.kind == .interface

        for m in try md.methods(ofType: info.typeDefRow) {
            let handle: MethodHandle
            do {
                handle = try createMethod(asm, row: m, owner: t, methodArguments: [])
            } catch let error as RuntimeError {
                // As in .NET, a method whose signature cannot load fails when it is called,
                // not when its type loads.
                let broken = try createUnloadableMethod(asm, row: m, owner: t, error: error)
                info.methodsByRow[m] = broken
                info.methods.append(broken)
                continue
            }
            info.methodsByRow[m] = handle
            info.methods.append(handle)
            let mi = handle.info
            if mi.name == ".cctor" && mi.isStatic { info.typeInitializer = handle; p.pointee.flags.insert(.hasTypeInitializer) }
            guard mi.isVirtual else { continue }
            if isInterface {
                handle.pointer.pointee.vtableSlot = Int32(vtable.count)
                vtable.append(handle)
                continue
            }
            var slot = -1
            if mi.attributes & 0x100 == 0 {   // not newslot: override the nearest matching virtual
                // Only class slots (an entry sitting in its own slot), not interface regions.
                for i in stride(from: vtable.count - 1, through: 0, by: -1) {
                    if let candidate = vtable[i], Int(candidate.pointer.pointee.vtableSlot) == i,
                       candidate.info.name == mi.name, sameSignature(candidate.info, mi) { slot = i; break }
                }
            }
            if slot < 0 { slot = vtable.count; vtable.append(handle) } else { vtable[slot] = handle }
            handle.pointer.pointee.vtableSlot = Int32(slot)
            if mi.name == "Finalize" && mi.parameterTypes.isEmpty && info.fullName != "System.Object" {
                p.pointee.flags.insert(.hasFinalizer)
                info.finalizer = handle
            }
        }
        if let parent = p.pointee.parent, parent.desc.flags.contains(.hasFinalizer) {
            p.pointee.flags.insert(.hasFinalizer)
            if info.finalizer == nil { info.finalizer = parent.info.finalizer }
        }

        // Explicit overrides (`.override`) of class virtuals.
        var explicitImpls: [(declaration: MethodHandle, body: MethodHandle)] = []
        for r in asm.index.methodImpls[info.typeDefRow] ?? [] {
            let mi = try md.tables.methodImpl(r)
            // The body is (almost always) a method of this very type, which is still loading.
            let body = mi.methodBody.table == .methodDef ? info.methodsByRow[mi.methodBody.row] : nil
            guard let body = try body ?? resolveMethod(mi.methodBody, in: asm, context: info.context) as MethodHandle? else { continue }
            let declaration = try resolveMethod(mi.methodDeclaration, in: asm, context: info.context)
            explicitImpls.append((declaration, body))
            let declOwner = declaration.pointer.pointee.owner
            if declOwner.desc.kind != .interface, declaration.pointer.pointee.vtableSlot >= 0 {
                let slot = Int(declaration.pointer.pointee.vtableSlot)
                if slot < vtable.count { vtable[slot] = body }
                if body.pointer.pointee.vtableSlot < 0 { body.pointer.pointee.vtableSlot = Int32(slot) }
            }
        }

        // Interface regions inherited from the parent now point at overridden class slots.
        for i in 0..<vtable.count {
            guard let m = vtable[i] else { continue }
            let s = Int(m.pointer.pointee.vtableSlot)
            if s >= 0 && s < vtable.count && s != i && m.pointer.pointee.owner.desc.kind != .interface {
                // An inherited interface entry naming a class virtual: dispatch to its override.
                if let current = vtable[s], current.info.name == m.info.name, sameSignature(current.info, m.info) { vtable[i] = current }
            }
        }

        if !isInterface {
            var declared: [TypeHandle] = []
            for r in asm.index.interfaceImpls[info.typeDefRow] ?? [] {
                let iface = try resolveType(md.tables.interfaceImpl(r).interface, in: asm, context: info.context)
                for each in [iface] + allInterfaces(of: iface) where !declared.contains(each) { declared.append(each) }
            }
            info.interfaces = declared
            for iface in declared {
                let methods = iface.info.methods.filter { $0.info.isVirtual }
                let inherited = interfaceRegions.firstIndex { $0.0 == iface }
                let start = vtable.count
                for im in methods {
                    let target = try findImplementation(of: im, in: t, vtable: vtable, explicit: explicitImpls)
                        ?? inherited.flatMap { idx -> MethodHandle? in
                            let s = interfaceRegions[idx].1 + Int(im.pointer.pointee.vtableSlot)
                            return s < vtable.count ? vtable[s] : nil
                        }
                    if target == nil && !p.pointee.flags.contains(.abstract) {
                        throw RuntimeError.typeLoad("Method '\(im.info.name)' of interface '\(iface.info.fullName)' is not implemented by type '\(info.fullName)'.")
                    }
                    vtable.append(target)
                }
                if let inherited { interfaceRegions.remove(at: inherited) }
                interfaceRegions.append((iface, start))
            }
            for (iface, _) in interfaceRegions where !info.interfaces.contains(iface) { info.interfaces.append(iface) }
        } else {
            var all: [TypeHandle] = []
            for r in asm.index.interfaceImpls[info.typeDefRow] ?? [] {
                let iface = try resolveType(md.tables.interfaceImpl(r).interface, in: asm, context: info.context)
                for each in [iface] + allInterfaces(of: iface) where !all.contains(each) { all.append(each) }
            }
            info.interfaces = all
        }

        if !vtable.isEmpty {
            let v = UnsafeMutablePointer<MethodHandle?>.allocate(capacity: vtable.count)
            v.initialize(from: vtable, count: vtable.count)
            p.pointee.vtable = v
            p.pointee.vtableCount = Int32(vtable.count)
        }
        if !interfaceRegions.isEmpty {
            let m = UnsafeMutablePointer<InterfaceSlot>.allocate(capacity: interfaceRegions.count)
            for (i, r) in interfaceRegions.enumerated() { (m + i).initialize(to: InterfaceSlot(interface: r.0, vtableStart: Int32(r.1))) }
            p.pointee.interfaces = m
            p.pointee.interfaceCount = Int32(interfaceRegions.count)
        }
        p.pointee.loadLevel = 2
    }

    /// Interfaces an interface inherits, transitively.
    func allInterfaces(of iface: TypeHandle) -> [TypeHandle] {
        var result: [TypeHandle] = []
        for i in iface.info.interfaces where !result.contains(i) {
            result.append(i)
            for j in allInterfaces(of: i) where !result.contains(j) { result.append(j) }
        }
        return result
    }

    /// The method of `t` (or its ancestors) implementing interface method `im`.
    func findImplementation(of im: MethodHandle, in t: TypeHandle, vtable: [MethodHandle?],
                            explicit: [(declaration: MethodHandle, body: MethodHandle)]) throws -> MethodHandle? {
        if let e = explicit.first(where: { $0.declaration == im }) { return e.body }
        let want = im.info
        var current: TypeHandle? = t
        while let c = current {
            for m in c.info.methods where m.info.name == want.name && m.info.isVirtual && sameSignature(m.info, want) {
                // Dispatch through the class slot so overrides in subclasses are honoured.
                let s = Int(m.pointer.pointee.vtableSlot)
                if s >= 0 && s < vtable.count, let current = vtable[s] { return current }
                return m
            }
            current = c.desc.parent
        }
        return nil
    }

    func sameSignature(_ a: MethodInfo, _ b: MethodInfo) -> Bool {
        a.parameterTypes == b.parameterTypes && a.returnType == b.returnType
            && a.signature.genericParameterCount == b.signature.genericParameterCount
    }

    /// A descriptor for MethodDef `row` declared by `owner` (an instantiation), with method
    /// arguments when it is a generic method instantiation.
    func createMethod(_ asm: LoadedAssembly, row: UInt32, owner: TypeHandle, methodArguments: [TypeHandle]) throws -> MethodHandle {
        let md = asm.md
        let def = try md.tables.methodDef(row)
        let sig = try md.methodSignature(def.signature)
        let name = try md.strings.string(def.name)
        let isGenericDefinition = sig.genericParameterCount > 0 && methodArguments.isEmpty
        let methodArgs = isGenericDefinition ? genericPlaceholders(sig.genericParameterCount) : methodArguments
        let context = GenericContext(typeArguments: owner.info.typeArguments, methodArguments: methodArgs)
        var params: [TypeHandle] = []
        for p in sig.parameters { params.append(try resolveSignature(p, in: asm, context: context, layout: false)) }
        let ret: TypeHandle? = sig.returnType == .void ? nil : try resolveSignature(sig.returnType, in: asm, context: context, layout: false)

        let p = UnsafeMutablePointer<MethodDesc>.allocate(capacity: 1)
        p.initialize(to: MethodDesc(owner: owner))
        let handle = MethodHandle(p)
        let info = MethodInfo(handle: handle, assembly: asm, row: row, name: name, owner: owner, signature: sig,
                              methodArguments: isGenericDefinition ? [] : methodArguments, parameterTypes: params,
                              returnType: ret, implFlags: def.implFlags, attributes: def.flags)
        methodInfos.append(info)
        methodDescAddresses.insert(UInt(bitPattern: p))
        p.pointee.info = Unmanaged.passUnretained(info)
        var flags: MethodFlags = []
        if def.flags & 0x10 != 0 { flags.insert(.static) }
        if def.flags & 0x40 != 0 { flags.insert(.virtual) }
        if def.flags & 0x400 != 0 { flags.insert(.abstract) }
        if def.flags & 0x100 != 0 { flags.insert(.newSlot) }
        if def.flags & 0x20 != 0 { flags.insert(.final) }
        if name == ".ctor" { flags.insert(.constructor) }
        if name == ".cctor" && def.flags & 0x10 != 0 { flags.insert(.typeInitializer) }
        if def.implFlags & 0x1000 != 0 || def.implFlags & 0x3 == 0x3 { flags.insert(.internalCall) }
        if def.implFlags & 0x2000 != 0 || asm.loweredBodies[row] != nil || (asm.isCorlib && hasRuntimeAsyncAttribute(asm, row)) {
            flags.insert(.runtimeAsync)
            // Checked before generic substitution (spec): `T Await<T>(Task<T>)` returns a T,
            // not a task, even when T is one.
            var declaresTask = Self.asyncReturnKind(ret) != nil
            switch sig.returnType.unmodified {
            case .typeParameter, .methodParameter: declaresTask = false
            default: break
            }
            if !declaresTask { flags.insert(.asyncBody) }
        }
        if !methodArguments.isEmpty || isGenericDefinition { flags.insert(.hasGenericArguments) }
        p.pointee.flags = flags
        if !isGenericDefinition {
            var argSlots = def.flags & 0x10 == 0 ? 1 : 0
            for t in params { argSlots += try slotCount(t) }
            p.pointee.argSlots = Int32(argSlots)
            p.pointee.returnSlots = Int32(try ret.map(slotCount) ?? 0)
        }
        return handle
    }

    /// A descriptor for a method whose signature names a type that cannot load: calling it
    /// raises the loader's error.
    func createUnloadableMethod(_ asm: LoadedAssembly, row: UInt32, owner: TypeHandle, error: RuntimeError) throws -> MethodHandle {
        let def = try asm.md.tables.methodDef(row)
        let p = UnsafeMutablePointer<MethodDesc>.allocate(capacity: 1)
        p.initialize(to: MethodDesc(owner: owner))
        let handle = MethodHandle(p)
        let info = MethodInfo(handle: handle, assembly: asm, row: row, name: try asm.md.strings.string(def.name), owner: owner,
                              signature: try asm.md.methodSignature(def.signature), methodArguments: [], parameterTypes: [],
                              returnType: nil, implFlags: def.implFlags, attributes: def.flags & ~0x40)
        info.loadError = error
        methodInfos.append(info)
        methodDescAddresses.insert(UInt(bitPattern: p))
        p.pointee.info = Unmanaged.passUnretained(info)
        p.pointee.flags = def.flags & 0x10 != 0 ? [.static] : []
        return handle
    }

    /// Stack slots a value of type `t` occupies.
    func slotCount(_ t: TypeHandle) throws -> Int {
        if t.desc.kind == .valueType {
            try layOutFields(t)
            return Int(t.desc.valueSlots)
        }
        return 1
    }

    /// Placeholders for `!!0…!!n-1` in a generic method definition's signature.
    func genericPlaceholders(_ count: Int) -> [TypeHandle] {
        (0..<count).map { n in
            if n < methodParameterPlaceholders.count { return methodParameterPlaceholders[n] }
            let p = UnsafeMutablePointer<TypeDesc>.allocate(capacity: 1)
            p.initialize(to: TypeDesc())
            p.pointee.kind = .genericParameter
            p.pointee.loadLevel = 2
            let h = TypeHandle(p)
            let info = TypeInfo(handle: h, assembly: nil, typeDefRow: 0, typeArguments: [], namespace: "", name: "!!\(n)")
            typeInfos.append(info)
            p.pointee.info = Unmanaged.passUnretained(info)
            methodParameterPlaceholders.append(h)
            return h
        }
    }

    /// An open generic type definition (`typeof(List<>)`): the type instantiated over its own
    /// type parameters, which are placeholders. Only reflection sees it.
    func genericDefinition(_ asm: LoadedAssembly, row: UInt32) throws -> TypeHandle {
        let parameterRows = asm.index.genericParameters[MetadataToken(.typeDef, row)] ?? []
        // One placeholder per GenericParam row, so that reflection sees each parameter's name
        // and position, and the definition (cached by its arguments) is loaded once.
        let parameters = try parameterRows.map { r -> TypeHandle in
            let key = GenericParameterKey(assembly: ObjectIdentifier(asm), row: r)
            if let h = typeParameterPlaceholders[key] { return h }
            let gp = try asm.md.tables.genericParam(r)
            let p = UnsafeMutablePointer<TypeDesc>.allocate(capacity: 1)
            p.initialize(to: TypeDesc())
            p.pointee.kind = .genericParameter
            p.pointee.loadLevel = 2
            let h = TypeHandle(p)
            let info = TypeInfo(handle: h, assembly: nil, typeDefRow: 0, typeArguments: [], namespace: "",
                                name: try asm.md.strings.string(gp.name))
            info.genericParameterPosition = Int(gp.number)
            typeInfos.append(info)
            p.pointee.info = Unmanaged.passUnretained(info)
            typeParameterPlaceholders[key] = h
            return h
        }
        let t = try createType(asm, row: row, arguments: parameters)
        t.info.isGenericDefinition = true
        return t
    }

    /// The instantiation of generic method definition `definition` over `arguments`.
    func instantiate(_ definition: MethodHandle, arguments: [TypeHandle]) throws -> MethodHandle {
        let def = definition.info
        let base = def.genericDefinition ?? def
        if let m = base.instantiations[arguments] { return m }
        guard let asm = base.assembly else { throw RuntimeError.missingMethod("Cannot instantiate '\(def.name)'.") }
        guard arguments.count == base.signature.genericParameterCount else {
            throw RuntimeError.invalidProgram("Method '\(def.name)' expects \(base.signature.genericParameterCount) generic arguments, given \(arguments.count).")
        }
        let m = try createMethod(asm, row: base.row, owner: base.owner, methodArguments: arguments)
        m.info.genericDefinition = base
        m.pointer.pointee.vtableSlot = definition.pointer.pointee.vtableSlot
        base.instantiations[arguments] = m
        return m
    }

    // MARK: Resolving tokens

    /// A MethodDef, MemberRef or MethodSpec token, in `context`.
    public func resolveMethod(_ token: MetadataToken, in asm: LoadedAssembly, context: GenericContext) throws -> MethodHandle {
        let md = asm.md
        if token.isSynthetic { return try resolveSyntheticMethod(token, in: asm, context: context) }
        do {
            switch token.table {
            case .methodDef:
                let ownerRow = asm.index.declaringType(ofMethod: token.row)
                guard ownerRow != 0 else { throw RuntimeError.missingMethod("MethodDef \(token) has no declaring type.") }
                let owner = try resolveType(MetadataToken(.typeDef, ownerRow), in: asm, context: context)
                guard let m = owner.info.methodsByRow[token.row] else { throw RuntimeError.missingMethod("MethodDef \(token) not found.") }
                return m
            case .memberRef:
                let ref = try md.tables.memberRef(token.row)
                let name = try md.strings.string(ref.name)
                if ref.parent.table == .methodDef { return try resolveMethod(ref.parent, in: asm, context: context) }
                let owner = try resolveType(ref.parent, in: asm, context: context)
                let sig = try md.methodSignature(ref.signature)
                return try findMethod(named: name, signature: sig, sigAssembly: asm, in: owner)
            case .methodSpec:
                let spec = try md.tables.methodSpec(token.row)
                let generic = try resolveMethod(spec.method, in: asm, context: context)
                var args: [TypeHandle] = []
                for a in try md.methodSpecInstantiation(token.row) { args.append(try resolveSignature(a, in: asm, context: context, layout: false)) }
                return try instantiate(generic, arguments: args)
            default:
                throw RuntimeError.missingMethod("Token \(token) is not a method.")
            }
        } catch let e as BadImageFormatError {
            throw RuntimeError.badImage("\(asm.name): \(e)")
        }
    }

    /// The method `name` of `owner` (or an ancestor) whose signature matches `sig` (written in
    /// `sigAssembly`, with `!n` meaning the owner's type arguments).
    func findMethod(named name: String, signature sig: MethodSignature, sigAssembly: LoadedAssembly, in owner: TypeHandle) throws -> MethodHandle {
        let placeholders = genericPlaceholders(sig.genericParameterCount)
        var current: TypeHandle? = owner
        while let t = current {
            try complete(t)
            let context = GenericContext(typeArguments: t.info.typeArguments, methodArguments: placeholders)
            var params: [TypeHandle] = []
            var ret: TypeHandle?
            var resolvedSignature = false
            for m in t.info.methods where m.info.name == name && m.info.parameterTypes.count == sig.parameters.count - (sig.sentinelIndex.map { sig.parameters.count - $0 } ?? 0)
                && m.info.signature.genericParameterCount == sig.genericParameterCount
                && m.info.signature.callingConvention.hasThis == sig.callingConvention.hasThis {
                if !resolvedSignature {
                    let fixed = sig.sentinelIndex.map { Array(sig.parameters[..<$0]) } ?? sig.parameters
                    for p in fixed { params.append(try resolveSignature(p, in: sigAssembly, context: context, layout: false)) }
                    ret = sig.returnType == .void ? nil : try resolveSignature(sig.returnType, in: sigAssembly, context: context, layout: false)
                    resolvedSignature = true
                }
                if m.info.parameterTypes == params && m.info.returnType == ret { return m }
            }
            current = t.desc.parent
        }
        throw RuntimeError.missingMethod("Method not found: '\(owner.info.fullName).\(name)'.")
    }

    /// A Field or MemberRef (field) token.
    public func resolveField(_ token: MetadataToken, in asm: LoadedAssembly, context: GenericContext) throws -> FieldInfo {
        let md = asm.md
        if token.isSynthetic { return try resolveSyntheticField(token, in: asm, context: context) }
        do {
            switch token.table {
            case .field:
                let ownerRow = asm.index.declaringType(ofField: token.row)
                let owner = try resolveType(MetadataToken(.typeDef, ownerRow), in: asm, context: context)
                guard let f = owner.info.fields.first(where: { $0.row == token.row }) else { throw RuntimeError.missingField("Field \(token) not found.") }
                return f
            case .memberRef:
                let ref = try md.tables.memberRef(token.row)
                let name = try md.strings.string(ref.name)
                let owner = try resolveType(ref.parent, in: asm, context: context)
                return try findField(named: name, in: owner)
            default:
                throw RuntimeError.missingField("Token \(token) is not a field.")
            }
        } catch let e as BadImageFormatError {
            throw RuntimeError.badImage("\(asm.name): \(e)")
        }
    }
}
