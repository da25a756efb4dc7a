import CILMetadata

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loading a TypeDef (or one of its generic instantiations) into a `TypeDesc`, in levels:
///
/// 0. *created*: kind, name, parent — enough for another type to hold a reference to it;
/// 1. *fields laid out*: instance size, field offsets, reference map, statics;
/// 2. *complete*: methods, vtable, interface map.
///
/// A reference-typed field only needs its type created, so mutually referencing classes load
/// without cycles; a value-typed field or a parent needs the type complete. A value type that
/// contains itself is a TypeLoadException.
extension Runtime {
    public func loadType(_ asm: LoadedAssembly, row: UInt32, arguments: [TypeHandle]) throws -> TypeHandle {
        let t = try createType(asm, row: row, arguments: arguments)
        try complete(t)
        return t
    }

    /// Level 0: the handle exists and is registered; kind and parent are set.
    func createType(_ asm: LoadedAssembly, row: UInt32, arguments: [TypeHandle]) throws -> TypeHandle {
        if arguments.isEmpty, let t = asm.typeDefs[row] { return t }
        let key = LoadedAssembly.GenericKey(row: row, arguments: arguments)
        if !arguments.isEmpty, let t = asm.instantiations[key] { return t }

        let md = asm.md
        let def = try md.tables.typeDef(row)
        let name = try md.strings.string(def.typeName)
        let ns = try md.strings.string(def.typeNamespace)
        let arity = asm.index.genericParameters[MetadataToken(.typeDef, row)]?.count ?? 0
        guard arity == arguments.count else {
            throw RuntimeError.typeLoad("Type '\(ns.isEmpty ? name : ns + "." + name)' expects \(arity) generic arguments, given \(arguments.count).")
        }
        let p = UnsafeMutablePointer<TypeDesc>.allocate(capacity: 1)
        p.initialize(to: TypeDesc())
        let handle = TypeHandle(p)
        let info = TypeInfo(handle: handle, assembly: asm, typeDefRow: row, typeArguments: arguments, namespace: ns, name: name)
        typeInfos.append(info)
        p.pointee.info = Unmanaged.passUnretained(info)
        if arguments.isEmpty { asm.typeDefs[row] = handle } else { asm.instantiations[key] = handle }
        let enclosing = asm.index.enclosingType[Int(row)]
        if enclosing != 0 { info.declaringType = try createType(asm, row: enclosing, arguments: Array(arguments.prefix(asm.index.genericParameters[MetadataToken(.typeDef, enclosing)]?.count ?? 0))) }

        let fullName = info.fullName
        if def.flags & 0x80 != 0 { p.pointee.flags.insert(.abstract) }
        if def.flags & 0x100 != 0 { p.pointee.flags.insert(.sealed) }
        if def.flags & 0x100000 != 0 { p.pointee.flags.insert(.beforeFieldInit) }
        if def.flags & 0x20 != 0 {
            p.pointee.kind = .interface
        } else if !def.extends.isNil {
            // The parent is only created here; it is completed when this type is laid out,
            // so a parent still being loaded never lends out a half-built vtable.
            let parent = try resolveTypeToken(def.extends, in: asm, context: info.context)
            p.pointee.parent = parent
            let parentName = parent.info.fullName
            if parent.info.assembly?.isCorlib == true && (parentName == "System.ValueType" || parentName == "System.Enum")
                && fullName != "System.Enum" {
                p.pointee.kind = .valueType
                if parentName == "System.Enum" { p.pointee.flags.insert(.enumeration) }
            }
            if parent.info.assembly?.isCorlib == true && parentName == "System.MulticastDelegate" {
                p.pointee.flags.insert(.delegate)
            }
        }
        if asm.isCorlib && fullName == "System.String" { p.pointee.kind = .string }
        if asm.isCorlib, let primitive = WellKnownTypes.primitiveNames.first(where: { $0.0 == fullName })?.1 {
            p.pointee.primitive = primitive
            p.pointee.flags.insert(.primitiveValue)
        }
        if asm.isCorlib && info.definitionName == "System.Nullable`1" { p.pointee.flags.insert(.nullable) }
        if !arguments.isEmpty, let params = asm.index.genericParameters[MetadataToken(.typeDef, row)],
           params.contains(where: { ((try? md.tables.genericParam($0).flags) ?? 0) & 0x3 != 0 }) {
            p.pointee.flags.insert(.variant)
        }
        return handle
    }

    /// Brings a type to level 2 (complete). Re-entrant calls during its own loading return once
    /// the level the caller needs is reached; a value type that contains itself is an error.
    func complete(_ t: TypeHandle) throws {
        if t.pointer.pointee.loadLevel >= 2 { return }
        try layOutFields(t)
        try buildMethodsAndVTable(t)
    }

    /// Level 1: instance and static fields.
    func layOutFields(_ t: TypeHandle) throws {
        let info = t.info
        if t.pointer.pointee.loadLevel >= 1 { return }
        if info.isLaidOut {
            // Re-entered while computing our own fields: only a value type containing itself.
            throw RuntimeError.typeLoad("Type '\(info.fullName)' contains itself as a value field.")
        }
        info.isLaidOut = true
        guard let asm = info.assembly else { t.pointer.pointee.loadLevel = 1; return }
        // A class's fields follow its parent's; a value type's parent (ValueType, Enum) has no
        // instance fields, and completing it here could re-enter System.Object's loading.
        if let parent = t.pointer.pointee.parent, t.pointer.pointee.kind != .valueType { try complete(parent) }
        let md = asm.md
        let def = try md.tables.typeDef(info.typeDefRow)
        let p = t.pointer
        let isValue = p.pointee.kind == .valueType

        if p.pointee.flags.contains(.primitiveValue) {
            let size = p.pointee.primitive.size
            p.pointee.instanceSize = Int32(size)
            p.pointee.valueSlots = 1
            info.alignment = size
        }
        var offset = isValue ? 0 : Int(p.pointee.parent?.desc.instanceSize ?? Int32(ObjectLayout.headerSize))
        if p.pointee.kind == .class && p.pointee.parent == nil { offset = ObjectLayout.headerSize }
        var alignment = 1
        var refs: [Int32] = []
        if let parent = p.pointee.parent, !isValue, let map = parent.desc.refOffsets {
            refs.append(contentsOf: UnsafeBufferPointer(start: map, count: Int(parent.desc.refCount)))
        }
        let explicit = def.flags & 0x18 == 0x10
        var staticFields: [FieldInfo] = []
        for f in try md.fields(ofType: info.typeDefRow) {
            let row = try md.tables.field(f)
            let name = try md.strings.string(row.name)
            let isStatic = row.flags & 0x10 != 0
            let isLiteral = row.flags & 0x40 != 0
            if p.pointee.flags.contains(.primitiveValue) && !isStatic {
                // `int m_value` inside System.Int32 is the primitive itself.
                info.fields.append(FieldInfo(name: name, type: t, isStatic: false, isLiteral: false, offset: 0, row: f, owner: info))
                continue
            }
            // Only created here: a reference-typed field needs nothing more, a value-typed one
            // is sized by `storageShape` below.
            let fieldType = try resolveSignature(md.fieldSignature(row.signature), in: asm, context: info.context, layout: false)
            let field = FieldInfo(name: name, type: fieldType, isStatic: isStatic, isLiteral: isLiteral, offset: 0, row: f, owner: info)
            info.fields.append(field)
            if isStatic { staticFields.append(field); continue }
            let (size, align, isRef) = try storageShape(fieldType)
            if explicit, let declared = asm.index.fieldOffsets[f] {
                field.offset = Int(declared) + (isValue ? 0 : ObjectLayout.headerSize)
            } else {
                offset = (offset + align - 1) / align * align
                field.offset = offset
                offset += size
            }
            alignment = max(alignment, align)
            if isRef { refs.append(Int32(field.offset)) }
            else if fieldType.desc.flags.contains(.containsReferences), let map = fieldType.desc.refOffsets {
                for i in 0..<Int(fieldType.desc.refCount) { refs.append(Int32(field.offset) + map[i]) }
            }
            if explicit { offset = max(offset, field.offset + size) }
        }
        if !p.pointee.flags.contains(.primitiveValue) {
            if isValue {
                var size = offset
                if let layout = asm.index.classLayouts[info.typeDefRow] {
                    size = max(size, Int(try md.tables.classLayout(layout).classSize))
                }
                size = max(size, 1)
                let a = min(alignment, 8)
                size = (size + a - 1) / a * a
                p.pointee.instanceSize = Int32(size)
                p.pointee.valueSlots = Int32((size + 7) / 8)
                info.alignment = a
            } else {
                p.pointee.instanceSize = Int32((offset + 7) & ~7)
            }
        }
        if !refs.isEmpty {
            p.pointee.flags.insert(.containsReferences)
            let map = UnsafeMutablePointer<Int32>.allocate(capacity: refs.count)
            map.initialize(from: refs, count: refs.count)
            p.pointee.refOffsets = map
            p.pointee.refCount = Int32(refs.count)
        }
        // The instance layout is final: a static field of this very type can now be sized.
        p.pointee.loadLevel = 1

        var staticOffset = 0
        var staticRefs: [Int] = []
        var threadStaticOffset = 0
        var threadStaticRefs: [Int] = []
        let attributes = CustomAttributeDecoder(md, index: asm.index)
        for field in staticFields {
            if let rva = asm.index.fieldRVAs[field.row] {
                let length = max(try storageShape(field.type).size, 1)
                if let fileOffset = try? md.pe.fileOffset(ofRVA: rva, length: length, "field data") {
                    field.rvaData = UnsafeRawPointer(md.image.buffer.baseAddress! + fileOffset)
                }
            }
            if field.isLiteral { continue }
            let (size, align, isRef) = try storageShape(field.type)
            if try (asm.index.customAttributes[MetadataToken(.field, field.row)] ?? []).contains(where: {
                try attributes.attributeTypeName($0) == "System.ThreadStaticAttribute"
            }) {
                field.isThreadStatic = true
                threadStaticOffset = (threadStaticOffset + align - 1) / align * align
                field.offset = threadStaticOffset
                appendReferenceOffsets(of: field.type, isReference: isRef, at: threadStaticOffset, to: &threadStaticRefs)
                threadStaticOffset += size
                continue
            }
            staticOffset = (staticOffset + align - 1) / align * align
            field.offset = staticOffset
            if isRef { staticRefs.append(staticOffset) }
            else if field.type.desc.flags.contains(.containsReferences), let map = field.type.desc.refOffsets {
                for i in 0..<Int(field.type.desc.refCount) { staticRefs.append(staticOffset + Int(map[i])) }
            }
            staticOffset += size
        }
        if staticOffset > 0 {
            let block = calloc(1, staticOffset)!
            p.pointee.statics = block
            info.staticSize = staticOffset
            info.staticReferenceOffsets = staticRefs
            staticBlocks.append((block, staticRefs))
        }
        if threadStaticOffset > 0 {
            info.threadStaticIndex = threadStaticLayouts.count
            threadStaticLayouts.append((threadStaticOffset, threadStaticRefs))
        }
        p.pointee.loadLevel = 1
    }

    /// The offsets of the references inside a field of type `t` stored at `offset`.
    func appendReferenceOffsets(of t: TypeHandle, isReference: Bool, at offset: Int, to refs: inout [Int]) {
        if isReference { refs.append(offset); return }
        if t.desc.flags.contains(.containsReferences), let map = t.desc.refOffsets {
            for i in 0..<Int(t.desc.refCount) { refs.append(offset + Int(map[i])) }
        }
    }

    /// Bytes, alignment and reference-ness of a field or element of type `t`.
    func storageShape(_ t: TypeHandle) throws -> (size: Int, alignment: Int, isReference: Bool) {
        switch t.desc.kind {
        case .valueType:
            try layOutFields(t)
            if t.desc.primitive != .none { let s = t.desc.primitive.size; return (s, s, false) }
            return (Int(t.desc.instanceSize), t.info.alignment, false)
        case .pointer, .functionPointer, .byReference:
            return (8, 8, false)
        case .genericParameter:
            // Only in generic *definitions*, whose signatures are compared but never run.
            return (8, 8, true)
        default:
            return (8, 8, true)
        }
    }
}

extension TypeInfo {
    /// `Namespace.Name`, with enclosing types joined by `+` and generic arguments in brackets as
    /// reflection prints them (`System.Collections.Generic.List`1[System.Int32]`).
    public var fullName: String {
        // Arrays, pointers and byrefs: the element's full name (with its generic arguments)
        // followed by this type's own suffix ("[]", "[,]", "*", "&").
        let h = handle.desc
        if [.szArray, .mdArray, .pointer, .byReference].contains(h.kind), let e = h.element {
            return e.info.fullName + String(name.dropFirst(e.info.name.count))
        }
        var base = namespace.isEmpty ? name : namespace + "." + name
        if let outer = declaringType { base = outer.info.definitionName + "+" + base }
        if typeArguments.isEmpty { return base }
        return base + "[" + typeArguments.map { $0.info.fullName }.joined(separator: ",") + "]"
    }

    /// The name without generic arguments.
    public var definitionName: String {
        let base = namespace.isEmpty ? name : namespace + "." + name
        if let outer = declaringType { return outer.info.definitionName + "+" + base }
        return base
    }
}
