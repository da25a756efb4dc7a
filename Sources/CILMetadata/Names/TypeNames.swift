/// Type and member names in reflection notation (`Namespace.Outer+Inner`), as .NET's
/// `Type.FullName` spells them. The ilasm notation used by the disassembler is in
/// `Disassembler/ILAsmNames.swift`.
extension Metadata {
    /// `Namespace.Name` of a TypeDef row, with enclosing types joined by `+`.
    public func fullName(ofTypeDef row: UInt32, index: MetadataIndex) throws(BadImageFormatError) -> String {
        let t = try tables.typeDef(row)
        var name = try strings.string(t.typeName)
        let ns = try strings.string(t.typeNamespace)
        if !ns.isEmpty { name = ns + "." + name }
        for outer in try index.enclosingChain(of: row) {
            let o = try tables.typeDef(outer)
            var outerName = try strings.string(o.typeName)
            let outerNs = try strings.string(o.typeNamespace)
            if !outerNs.isEmpty { outerName = outerNs + "." + outerName }
            name = outerName + "+" + name
        }
        return name
    }

    /// `Namespace.Name` of a TypeRef row, with enclosing TypeRefs joined by `+`.
    public func fullName(ofTypeRef row: UInt32) throws(BadImageFormatError) -> String {
        var parts: [String] = []
        var current = row
        for _ in 0..<64 {
            let r = try tables.typeRef(current)
            let name = try strings.string(r.typeName)
            let ns = try strings.string(r.typeNamespace)
            parts.append(ns.isEmpty ? name : ns + "." + name)
            guard r.resolutionScope.table == .typeRef, !r.resolutionScope.isNil else {
                return parts.reversed().joined(separator: "+")
            }
            current = r.resolutionScope.row
        }
        throw BadImageFormatError("TypeRef nesting at most 64 deep (cycle?) at TypeRef row \(row)")
    }

    /// Reflection full name of a TypeDef or TypeRef token (TypeSpecs have no simple name: nil).
    public func fullName(ofType token: MetadataToken, index: MetadataIndex) throws(BadImageFormatError) -> String? {
        switch token.table {
        case .typeDef: return try fullName(ofTypeDef: token.row, index: index)
        case .typeRef: return try fullName(ofTypeRef: token.row)
        default: return nil
        }
    }

    /// The type that declares a method token (MethodDef → its TypeDef; MemberRef → its parent),
    /// and the member's name.
    public func declaringTypeAndName(ofMethod token: MetadataToken, index: MetadataIndex) throws(BadImageFormatError) -> (type: MetadataToken, name: String) {
        switch token.table {
        case .methodDef:
            let m = try tables.methodDef(token.row)
            return (MetadataToken(.typeDef, index.declaringType(ofMethod: token.row)), try strings.string(m.name))
        case .memberRef:
            let m = try tables.memberRef(token.row)
            return (m.parent, try strings.string(m.name))
        default:
            throw BadImageFormatError("MethodDef or MemberRef token, found \(token)")
        }
    }
}
