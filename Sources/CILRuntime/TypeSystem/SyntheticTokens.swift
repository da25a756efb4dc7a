import CILMetadata

/// Synthetic tokens (CILMetadata's `SyntheticMethodBody`): while a body made in memory is
/// translated, `syntheticReferences` holds its reference table, and the resolvers look
/// synthetic tokens up there.
extension Runtime {
    func syntheticReference(_ token: MetadataToken) throws -> SyntheticReference {
        guard token.row >= 1, Int(token.row) <= syntheticReferences.count else {
            throw RuntimeError.invalidProgram("Synthetic token \(token) outside a synthetic method body's reference table.")
        }
        return syntheticReferences[Int(token.row) - 1]
    }

    func syntheticNamesType(_ token: MetadataToken) -> Bool {
        switch try? syntheticReference(token) {
        case .coreType, .typeSpec: return true
        default: return false
        }
    }

    func syntheticNamesField(_ token: MetadataToken) -> Bool {
        if case .field = try? syntheticReference(token) { return true }
        return false
    }

    func resolveSyntheticType(_ token: MetadataToken, in asm: LoadedAssembly, context: GenericContext) throws -> TypeHandle {
        switch try syntheticReference(token) {
        case .coreType(let name): return try corlibType(name)
        case .typeSpec(let sig): return try resolveSignature(sig, in: asm, context: context, layout: false)
        default: throw RuntimeError.typeLoad("Synthetic token \(token) is not a type.")
        }
    }

    /// The TypeDef a synthetic generic-instance head names (a corlib type by name).
    func syntheticTypeDefinition(_ token: MetadataToken) throws -> (LoadedAssembly, UInt32) {
        guard case .coreType(let name) = try syntheticReference(token), let row = corlib.typeRows[name] else {
            throw RuntimeError.typeLoad("Synthetic token \(token) does not name a generic type definition.")
        }
        return (corlib, row)
    }

    func resolveSyntheticMethod(_ token: MetadataToken, in asm: LoadedAssembly, context: GenericContext) throws -> MethodHandle {
        guard case .method(let ownerToken, let name, let signature, let methodArguments) = try syntheticReference(token) else {
            throw RuntimeError.missingMethod("Synthetic token \(token) is not a method.")
        }
        let owner = try resolveType(ownerToken, in: asm, context: context)
        let generic = try findMethod(named: name, signature: signature, sigAssembly: asm, in: owner)
        if methodArguments.isEmpty { return generic }
        var args: [TypeHandle] = []
        for a in methodArguments { args.append(try resolveSignature(a, in: asm, context: context, layout: false)) }
        return try instantiate(generic, arguments: args)
    }

    func resolveSyntheticField(_ token: MetadataToken, in asm: LoadedAssembly, context: GenericContext) throws -> FieldInfo {
        guard case .field(let ownerToken, let name) = try syntheticReference(token) else {
            throw RuntimeError.missingField("Synthetic token \(token) is not a field.")
        }
        return try findField(named: name, in: try resolveType(ownerToken, in: asm, context: context))
    }

    /// Field `name` of `owner` or a base type.
    func findField(named name: String, in owner: TypeHandle) throws -> FieldInfo {
        var current: TypeHandle? = owner
        while let t = current {
            if let f = t.info.fields.first(where: { $0.name == name }) { return f }
            current = t.desc.parent
        }
        throw RuntimeError.missingField("Field not found: '\(owner.info.fullName).\(name)'.")
    }
}

extension Runtime {
    /// Translates a body made in memory (the `--runtime-async` lowering of `info`'s method).
    func translateSynthetic(_ body: SyntheticMethodBody, of info: MethodInfo, in asm: LoadedAssembly) throws -> CompiledMethod {
        let key = asm.path + "#" + String(info.row)
        let code: UnsafeMutableRawBufferPointer
        if let c = syntheticCode[key], c.count == body.il.count {
            code = c
        } else {
            code = .allocate(byteCount: max(body.il.count, 1), alignment: 8)
            code.copyBytes(from: body.il)
            syntheticCode[key] = code
        }
        let saved = syntheticReferences
        syntheticReferences = body.references
        defer { syntheticReferences = saved }
        // The image's own body supplies nothing but the header shape; the translator reads
        // code, locals and clauses from `synthetic`.
        guard let imageBody = try asm.md.methodBody(ofMethod: info.row) else {
            throw RuntimeError.missingMethod("Method '\(info.owner.info.fullName).\(info.name)' has no body.")
        }
        var t = Translator(rt: self, method: info, body: imageBody)
        t.synthetic = body
        t.syntheticCode = UnsafeRawBufferPointer(start: code.baseAddress, count: body.il.count)
        return try t.translate()
    }
}
