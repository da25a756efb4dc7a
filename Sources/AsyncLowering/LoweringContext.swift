import CILMetadata

/// Metadata lookups shared by the lowering of every method of one assembly: type names, member
/// names and signatures behind tokens, signatures of the methods a call names.
final class LoweringContext {
    let md: Metadata
    let index: MetadataIndex

    init(_ md: Metadata) throws {
        self.md = md
        index = try MetadataIndex(md)
    }

    /// Reflection full name of a TypeDef/TypeRef, or of a TypeSpec's generic definition.
    func typeName(_ token: MetadataToken) throws -> String? {
        switch token.table {
        case .typeDef, .typeRef: return try md.fullName(ofType: token, index: index)
        case .typeSpec:
            switch try md.typeSpecSignature(token.row) {
            case .genericInstance(_, let t, _), .class(let t), .valueType(let t): return try typeName(t)
            default: return nil
            }
        default: return nil
        }
    }

    /// Full name of the type a signature names (generic instances by their definition).
    func typeName(of signature: TypeSignature) throws -> String? {
        switch signature.unmodified {
        case .class(let t), .valueType(let t), .genericInstance(_, let t, _): return try typeName(t)
        default: return nil
        }
    }

    /// A method token's owner, name, declared signature and method instantiation.
    struct MethodInfo {
        var owner: MetadataToken
        var name: String
        var signature: MethodSignature
        var methodArguments: [TypeSignature]
    }

    func method(_ token: MetadataToken) throws -> MethodInfo? {
        switch token.table {
        case .methodDef:
            let m = try md.tables.methodDef(token.row)
            return MethodInfo(owner: MetadataToken(.typeDef, index.declaringType(ofMethod: token.row)),
                              name: try md.strings.string(m.name), signature: try md.methodSignature(m.signature), methodArguments: [])
        case .memberRef:
            let m = try md.tables.memberRef(token.row)
            guard !(try md.isFieldSignature(m.signature)) else { return nil }
            return MethodInfo(owner: m.parent, name: try md.strings.string(m.name), signature: try md.methodSignature(m.signature), methodArguments: [])
        case .methodSpec:
            let spec = try md.tables.methodSpec(token.row)
            guard var info = try method(spec.method) else { return nil }
            info.methodArguments = try md.methodSpecInstantiation(token.row)
            return info
        default:
            return nil
        }
    }

    /// A field token's name (FieldDef or field MemberRef).
    func fieldName(_ token: MetadataToken) throws -> String? {
        switch token.table {
        case .field: return try md.strings.string(md.tables.field(token.row).name)
        case .memberRef:
            let m = try md.tables.memberRef(token.row)
            guard try md.isFieldSignature(m.signature) else { return nil }
            return try md.strings.string(m.name)
        default: return nil
        }
    }

    /// `Namespace.Type::Method` for reports.
    func methodName(_ row: UInt32) throws -> String {
        let type = index.declaringType(ofMethod: row)
        let name = try md.strings.string(md.tables.methodDef(row).name)
        guard type != 0 else { return name }
        return try md.fullName(ofTypeDef: type, index: index) + "::" + name
    }
}
