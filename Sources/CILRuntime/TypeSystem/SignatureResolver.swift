import CILMetadata

/// Turning tokens and signatures into loaded types, in a generic context.
extension Runtime {
    /// A TypeDef, TypeRef or TypeSpec token as a complete type.
    public func resolveType(_ token: MetadataToken, in asm: LoadedAssembly, context: GenericContext) throws -> TypeHandle {
        let t = try resolveTypeToken(token, in: asm, context: context)
        try complete(t)
        return t
    }

    /// A token as a type that is at least *created* (see `TypeLoader`).
    func resolveTypeToken(_ token: MetadataToken, in asm: LoadedAssembly, context: GenericContext) throws -> TypeHandle {
        if token.isSynthetic { return try resolveSyntheticType(token, in: asm, context: context) }
        do {
            switch token.table {
            case .typeDef:
                let arity = asm.index.genericParameters[token]?.count ?? 0
                // A generic definition named by its TypeDef inside its own code means "this instantiation".
                let args = arity == 0 ? [] : Array(context.typeArguments.prefix(arity))
                guard args.count == arity else {
                    let name = (try? asm.md.fullName(ofTypeDef: token.row, index: asm.index)) ?? "\(token)"
                    throw RuntimeError.typeLoad("Generic type definition '\(name)' used without its \(arity) type arguments (in a context with \(context.typeArguments.count)).")
                }
                return try createType(asm, row: token.row, arguments: args)
            case .typeRef:
                return try resolveTypeRef(token.row, in: asm)
            case .typeSpec:
                return try resolveSignature(asm.md.typeSpecSignature(token.row), in: asm, context: context, layout: false)
            default:
                throw RuntimeError.typeLoad("Token \(token) is not a type.")
            }
        } catch let e as BadImageFormatError {
            throw RuntimeError.badImage("\(asm.name): \(e)")
        }
    }

    func resolveTypeRef(_ row: UInt32, in asm: LoadedAssembly) throws -> TypeHandle {
        let (target, r) = try locateTypeRef(row, in: asm)
        return try createType(target, row: r, arguments: [])
    }

    /// Whether a TypeRef names a generic type definition (`typeof(List<>)` across assemblies).
    func isGenericDefinitionRef(_ token: MetadataToken, in asm: LoadedAssembly) throws -> Bool {
        let (target, row) = try locateTypeRef(token.row, in: asm)
        return (target.index.genericParameters[MetadataToken(.typeDef, row)]?.count ?? 0) > 0
    }

    /// The assembly and TypeDef row a TypeRef names, without loading the type (a generic
    /// definition named by a TypeRef is only ever instantiated).
    func locateTypeRef(_ row: UInt32, in asm: LoadedAssembly) throws -> (LoadedAssembly, UInt32) {
        let md = asm.md
        let ref = try md.tables.typeRef(row)
        let name = try md.strings.string(ref.typeName)
        let ns = try md.strings.string(ref.typeNamespace)
        let scope = ref.resolutionScope
        let simpleName = ns.isEmpty ? name : ns + "." + name
        switch scope.table {
        case .typeRef where !scope.isNil:
            let (outerAsm, outerRow) = try locateTypeRef(scope.row, in: asm)
            let fullName = try outerAsm.md.fullName(ofTypeDef: outerRow, index: outerAsm.index) + "+" + simpleName
            guard let r = outerAsm.typeRows[fullName] else {
                throw RuntimeError.typeLoad("Could not load type '\(fullName)' from assembly '\(outerAsm.name)'.")
            }
            return (outerAsm, r)
        case .assemblyRef:
            let refName = try md.strings.string(md.tables.assemblyRef(scope.row).name)
            let target = try resolveAssembly(named: refName)
            guard let r = target.typeRows[simpleName] else {
                let place = target.isCorlib ? "CILKit's corlib (for '\(refName)')" : "assembly '\(target.name)'"
                throw RuntimeError.typeLoad("Could not load type '\(simpleName)' from \(place).")
            }
            return (target, r)
        default:
            // Module or ModuleRef scope: this assembly.
            guard let r = asm.typeRows[simpleName] else { throw RuntimeError.typeLoad("Could not load type '\(simpleName)'.") }
            return (asm, r)
        }
    }

    /// A signature type. With `layout: false` the type is only created (level 0): callers that
    /// need a value type's size ask `storageShape`/`slotCount`, which lay out its fields.
    public func resolveSignature(_ sig: TypeSignature, in asm: LoadedAssembly, context: GenericContext, layout: Bool = true) throws -> TypeHandle {
        let t: TypeHandle
        switch sig {
        case .void: t = try corlibType(level0: "System.Void")
        case .boolean: t = try primitiveType(.boolean)
        case .char: t = try primitiveType(.char)
        case .int8: t = try primitiveType(.int8)
        case .uint8: t = try primitiveType(.uint8)
        case .int16: t = try primitiveType(.int16)
        case .uint16: t = try primitiveType(.uint16)
        case .int32: t = try primitiveType(.int32)
        case .uint32: t = try primitiveType(.uint32)
        case .int64: t = try primitiveType(.int64)
        case .uint64: t = try primitiveType(.uint64)
        case .float32: t = try primitiveType(.float32)
        case .float64: t = try primitiveType(.float64)
        case .intPtr: t = try primitiveType(.intPtr)
        case .uintPtr: t = try primitiveType(.uintPtr)
        case .string: t = try corlibType(level0: "System.String")
        case .object: t = try corlibType(level0: "System.Object")
        case .typedReference: t = try corlibType(level0: "System.TypedReference")
        case .valueType(let tok), .class(let tok):
            t = try resolveTypeToken(tok, in: asm, context: context)
        case .genericInstance(_, let tok, let args):
            let defAsm: LoadedAssembly, defRow: UInt32
            switch tok.table {
            case _ where tok.isSynthetic: (defAsm, defRow) = try syntheticTypeDefinition(tok)
            case .typeDef: (defAsm, defRow) = (asm, tok.row)
            case .typeRef: (defAsm, defRow) = try locateTypeRef(tok.row, in: asm)
            default: throw RuntimeError.typeLoad("Generic instance of \(tok), which is not a type definition.")
            }
            var resolved: [TypeHandle] = []
            for a in args { resolved.append(try resolveSignature(a, in: asm, context: context, layout: false)) }
            t = try createType(defAsm, row: defRow, arguments: resolved)
        case .typeParameter(let n):
            guard n < context.typeArguments.count else { throw RuntimeError.typeLoad("Generic type parameter !\(n) out of range.") }
            t = context.typeArguments[n]
        case .methodParameter(let n):
            guard n < context.methodArguments.count else { throw RuntimeError.typeLoad("Generic method parameter !!\(n) out of range.") }
            t = context.methodArguments[n]
        case .szArray(let e):
            t = try arrayType(of: resolveSignature(e, in: asm, context: context, layout: false))
        case .array(let e, let shape):
            t = try mdArrayType(of: resolveSignature(e, in: asm, context: context, layout: false), rank: shape.rank)
        case .pointer(let e):
            t = try pointerType(of: resolveSignature(e, in: asm, context: context, layout: false), byRef: false)
        case .byReference(let e):
            t = try pointerType(of: resolveSignature(e, in: asm, context: context, layout: false), byRef: true)
        case .functionPointer:
            t = try pointerType(of: primitiveType(.intPtr), byRef: false)
        case .modified(let e, _, _), .pinned(let e):
            return try resolveSignature(e, in: asm, context: context, layout: layout)
        }
        if layout { try complete(t) }
        return t
    }

    func primitiveType(_ kind: PrimitiveKind) throws -> TypeHandle {
        if let t = wellKnown.primitives[kind] { return t }
        let name = WellKnownTypes.primitiveNames.first { $0.1 == kind }!.0
        return try corlibType(level0: name)
    }

    /// A corlib type, created (level 0) only: used while bootstrapping the well-known types.
    func corlibType(level0 fullName: String) throws -> TypeHandle {
        guard let row = corlib.typeRows[fullName] else {
            throw RuntimeError.typeLoad("Could not load type '\(fullName)' from CILKit's corlib.")
        }
        return try createType(corlib, row: row, arguments: [])
    }

    // MARK: Constructed types

    /// `T[]`: a vector of `element`.
    public func arrayType(of element: TypeHandle) throws -> TypeHandle {
        if let t = arrayTypes[element] {
            if t.desc.loadLevel < 2 && t.desc.parent!.desc.loadLevel >= 2 { try complete(t) }
            return t
        }
        let t = try constructedType(kind: .szArray, element: element, name: element.info.name + "[]", rank: 1)
        arrayTypes[element] = t
        return t
    }

    public func mdArrayType(of element: TypeHandle, rank: Int) throws -> TypeHandle {
        let key = MDArrayKey(element: element, rank: rank)
        if let t = mdArrayTypes[key] { return t }
        let suffix = rank == 1 ? "[*]" : "[" + String(repeating: ",", count: rank - 1) + "]"
        let t = try constructedType(kind: .mdArray, element: element, name: element.info.name + suffix, rank: rank)
        mdArrayTypes[key] = t
        return t
    }

    func pointerType(of element: TypeHandle, byRef: Bool) throws -> TypeHandle {
        if let t = (byRef ? byRefTypes : pointerTypes)[element] { return t }
        let t = try constructedType(kind: byRef ? .byReference : .pointer, element: element, name: element.info.name + (byRef ? "&" : "*"), rank: 0)
        if byRef { byRefTypes[element] = t } else { pointerTypes[element] = t }
        return t
    }

    func constructedType(kind: TypeKind, element: TypeHandle, name: String, rank: Int) throws -> TypeHandle {
        let p = UnsafeMutablePointer<TypeDesc>.allocate(capacity: 1)
        p.initialize(to: TypeDesc())
        p.pointee.kind = kind
        p.pointee.element = element
        p.pointee.rank = Int32(rank)
        p.pointee.flags = [.sealed]
        let handle = TypeHandle(p)
        let info = TypeInfo(handle: handle, assembly: nil, typeDefRow: 0, typeArguments: [], namespace: element.info.namespace, name: name)
        info.declaringType = element.info.declaringType
        typeInfos.append(info)
        p.pointee.info = Unmanaged.passUnretained(info)
        p.pointee.loadLevel = 2
        if kind == .szArray || kind == .mdArray {
            // Only created here: System.Array may itself be loading (its methods name T[]).
            // The array type takes Array's vtable when it is completed.
            let parent = try corlibType(level0: "System.Array")
            p.pointee.parent = parent
            let (size, _, isRef) = try storageShape(element)
            p.pointee.componentSize = Int32(size)
            if isRef || element.desc.flags.contains(.containsReferences) { p.pointee.flags.insert(.containsReferences) }
            p.pointee.loadLevel = 1
            info.isLaidOut = true
            if parent.desc.loadLevel >= 2 { try complete(handle) }
        }
        return handle
    }
}
