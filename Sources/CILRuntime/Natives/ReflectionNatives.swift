/// System.RuntimeType: the little reflection CILKit offers — names and shape of types.
extension NativeMethods {
    func registerReflection() {
        func type(_ rt: Runtime, _ a: UnsafeMutablePointer<UInt64>) throws -> TypeHandle { rt.typeOfTypeObject[try rt.this(a)]! }
        func string(_ name: String, _ value: @escaping (Runtime, TypeHandle) -> String?) {
            register("System.RuntimeType::get_\(name)()") { rt, thread, a in
                a.setRef(0, value(rt, try type(rt, a)).flatMap { rt.newString($0, thread: thread) })
            }
        }
        func flag(_ name: String, _ value: @escaping (Runtime, TypeHandle) -> Bool) {
            register("System.RuntimeType::get_\(name)()") { rt, _, a in a.setBool(0, value(rt, try type(rt, a))) }
        }
        string("Name") { _, t in t.info.reflectionName }
        string("FullName") { _, t in t.info.reflectionFullName }
        string("Namespace") { _, t in
            // Nested types report their outermost enclosing type's namespace; arrays their element's.
            var outer = t
            while true {
                if let d = outer.info.declaringType { outer = d }
                else if [.szArray, .mdArray, .pointer, .byReference].contains(outer.desc.kind), let e = outer.desc.element { outer = e }
                else { break }
            }
            return outer.info.namespace.isEmpty ? nil : outer.info.namespace
        }
        flag("IsGenericParameter") { _, t in t.desc.kind == .genericParameter }
        register("System.RuntimeType::get_GenericParameterPosition()") { rt, _, a in
            let t = try type(rt, a)
            guard t.desc.kind == .genericParameter else {
                throw ManagedThrow(exception: try rt.newException("System.InvalidOperationException",
                    message: "Method may only be called on a Type for which Type.IsGenericParameter is true."))
            }
            a.setI4(0, Int32(t.info.genericParameterPosition))
        }
        register("System.RuntimeType::GetAttributeFlagsImpl()") { rt, _, a in
            // TypeAttributes from the TypeDef row; constructed types take their definition's or
            // element's; arrays are public, sealed and serializable like .NET's.
            var t = try type(rt, a)
            while [.szArray, .mdArray, .pointer, .byReference].contains(t.desc.kind), let e = t.desc.element { t = e }
            guard let asm = t.info.assembly, t.info.typeDefRow != 0, let def = try? asm.md.tables.typeDef(t.info.typeDefRow) else {
                a.setI4(0, 1); return
            }
            a.setI4(0, Int32(bitPattern: def.flags))
        }
        string("AssemblyQualifiedName") { _, t in t.info.reflectionFullName.map { $0 + ", " + (t.info.assembly?.name ?? "corlib") } }
        register("System.RuntimeType::get_BaseType()") { rt, thread, a in
            let t = try type(rt, a)
            a.setRef(0, t.desc.kind == .interface ? nil : t.desc.parent.flatMap { rt.typeObject($0, thread: thread) })
        }
        register("System.RuntimeType::get_DeclaringType()") { rt, thread, a in
            a.setRef(0, try type(rt, a).info.declaringType.flatMap { rt.typeObject($0, thread: thread) })
        }
        flag("IsValueType") { _, t in t.desc.kind == .valueType }
        flag("IsInterface") { _, t in t.desc.kind == .interface }
        flag("IsArray") { _, t in t.desc.kind == .szArray || t.desc.kind == .mdArray }
        flag("IsEnum") { _, t in t.desc.flags.contains(.enumeration) }
        flag("IsPrimitive") { _, t in t.desc.primitive != .none }
        flag("IsGenericType") { _, t in !t.info.typeArguments.isEmpty }
        flag("IsGenericTypeDefinition") { _, t in t.info.isGenericDefinition }
        flag("IsAbstract") { _, t in t.desc.flags.contains(.abstract) || t.desc.kind == .interface }
        flag("IsSealed") { _, t in t.desc.flags.contains(.sealed) }
        flag("IsPointer") { _, t in t.desc.kind == .pointer }
        flag("IsByRef") { _, t in t.desc.kind == .byReference }
        flag("IsNested") { _, t in t.info.declaringType != nil }
        register("System.RuntimeType::GetGenericArguments()") { rt, thread, a in
            let t = try type(rt, a)
            guard let arrayType = try? rt.arrayType(of: rt.corlibType("System.Type")),
                  let array = rt.allocateArray(arrayType, count: t.info.typeArguments.count, thread: thread) else {
                throw ManagedThrow(exception: try rt.engineException(.outOfMemory))
            }
            let h = rt.retain(array)
            defer { rt.release(handle: h) }
            for (i, arg) in t.info.typeArguments.enumerated() {
                ObjectLayout.data(array).storeBytes(of: rt.typeObject(arg, thread: thread), toByteOffset: i * 8, as: ObjectRef?.self)
            }
            a.setRef(0, array)
        }
        register("System.RuntimeType::GetGenericTypeDefinition()") { rt, thread, a in
            let t = try type(rt, a)
            guard !t.info.typeArguments.isEmpty else {
                throw ManagedThrow(exception: try rt.newException("System.InvalidOperationException", message: "This operation is only valid on generic types."))
            }
            guard let asm = t.info.assembly else { throw ManagedThrow(exception: try rt.engineException(.notSupported)) }
            do { a.setRef(0, rt.typeObject(try rt.genericDefinition(asm, row: t.info.typeDefRow), thread: thread)) }
            catch let e as RuntimeError { throw ManagedThrow(exception: try rt.engineException(e)) }
        }
        register("System.RuntimeType::MakeGenericType(System.Type[])") { rt, thread, a in
            let t = try type(rt, a)
            guard t.info.isGenericDefinition, let asm = t.info.assembly else {
                throw ManagedThrow(exception: try rt.newException("System.InvalidOperationException",
                    message: "\(t.info.fullName) is not a GenericTypeDefinition. MakeGenericType may only be called on a type for which Type.IsGenericTypeDefinition is true."))
            }
            let list = try rt.argument(a, 1, "typeArguments")
            let count = ObjectLayout.length(list)
            guard count == t.info.typeArguments.count else {
                throw ManagedThrow(exception: try rt.newException("System.ArgumentException",
                    message: "The number of generic arguments provided doesn't equal the arity of the generic type definition. (Parameter 'instantiation')"))
            }
            var arguments: [TypeHandle] = []
            for i in 0..<count {
                guard let o = ObjectLayout.data(list).load(fromByteOffset: i * 8, as: ObjectRef?.self),
                      let argument = rt.typeOfTypeObject[o] else {
                    throw ManagedThrow(exception: try rt.newException("System.ArgumentNullException", message: "Value cannot be null. (Parameter 'typeArguments')"))
                }
                arguments.append(argument)
            }
            do { a.setRef(0, rt.typeObject(try rt.loadType(asm, row: t.info.typeDefRow, arguments: arguments), thread: thread)) }
            catch let e as RuntimeError { throw ManagedThrow(exception: try rt.engineException(e)) }
        }
        register("System.RuntimeType::MakeArrayType()") { rt, thread, a in
            do { a.setRef(0, rt.typeObject(try rt.arrayType(of: try type(rt, a)), thread: thread)) }
            catch let e as RuntimeError { throw ManagedThrow(exception: try rt.engineException(e)) }
        }
        register("System.RuntimeType::MakeArrayType(System.Int32)") { rt, thread, a in
            let rank = Int(a.i4(1))
            guard rank >= 1 && rank <= 32 else {
                throw ManagedThrow(exception: try rt.newException("System.IndexOutOfRangeException", message: "Index was outside the bounds of the array."))
            }
            do { a.setRef(0, rt.typeObject(try rt.mdArrayType(of: try type(rt, a), rank: rank), thread: thread)) }
            catch let e as RuntimeError { throw ManagedThrow(exception: try rt.engineException(e)) }
        }
        register("System.RuntimeType::GetElementType()") { rt, thread, a in
            let t = try type(rt, a)
            let hasElement = t.desc.kind == .szArray || t.desc.kind == .mdArray || t.desc.kind == .pointer || t.desc.kind == .byReference
            a.setRef(0, hasElement ? t.desc.element.flatMap { rt.typeObject($0, thread: thread) } : nil)
        }
        register("System.RuntimeType::GetArrayRank()") { rt, _, a in
            let t = try type(rt, a)
            guard t.desc.kind == .szArray || t.desc.kind == .mdArray else {
                throw ManagedThrow(exception: try rt.newException("System.ArgumentException", message: "Must be an array type."))
            }
            a.setI4(0, t.desc.rank)
        }
        register("System.RuntimeType::IsAssignableFrom(System.Type)") { rt, _, a in
            let t = try type(rt, a)
            guard let other = a.ref(1), let source = rt.typeOfTypeObject[other] else { a.setBool(0, false); return }
            a.setBool(0, rt.isAssignable(source, to: t))
        }
    }
}

extension TypeInfo {
    /// `Type.Name`: the simple name with its arity suffix (`List`1`), arrays as `Int32[]`.
    var reflectionName: String { name }

    /// `Type.FullName`: namespace and enclosing types (`Outer+Inner`); generic instantiations
    /// list assembly-qualified arguments as .NET does.
    var reflectionFullName: String? {
        let h = handle.desc
        switch h.kind {
        case .szArray, .mdArray, .pointer, .byReference:
            guard let e = h.element, let inner = e.info.reflectionFullName else { return nil }
            // The element's name followed by this type's own suffix ("[]", "[,]", "*", "&").
            return inner + String(name.dropFirst(e.info.name.count))
        case .genericParameter:
            return nil
        default:
            if typeArguments.isEmpty || isGenericDefinition { return definitionName }
            var parts: [String] = []
            for a in typeArguments {
                guard let n = a.info.reflectionFullName else { return nil }
                parts.append("[" + n + ", " + (a.info.assembly?.name ?? "corlib") + "]")
            }
            return definitionName + "[" + parts.joined(separator: ",") + "]"
        }
    }
}
