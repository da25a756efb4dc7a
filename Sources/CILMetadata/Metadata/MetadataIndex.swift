/// Reverse maps over the tables that ECMA-335 stores "child → parent": which type declares a
/// method or field, which attributes hang on a member, which generic parameters a type has.
///
/// Built once by a linear pass over each table (no reliance on the `sorted` bits, which a
/// malformed image may set falsely). Tools that walk a whole assembly build one; lookups are
/// then dictionary or array reads.
public struct MetadataIndex: Sendable {
    /// TypeDef row declaring each MethodDef row (index 0 unused; 0 = none).
    public private(set) var declaringTypeOfMethod: [UInt32]
    /// TypeDef row declaring each Field row.
    public private(set) var declaringTypeOfField: [UInt32]
    /// Enclosing TypeDef row of each TypeDef row (0 = not nested).
    public private(set) var enclosingType: [UInt32]
    /// Nested TypeDef rows of each enclosing TypeDef row, in table order.
    public private(set) var nestedTypes: [UInt32: [UInt32]] = [:]
    /// CustomAttribute rows by parent token.
    public private(set) var customAttributes: [MetadataToken: [UInt32]] = [:]
    /// GenericParam rows by owner token, ordered by parameter number.
    public private(set) var genericParameters: [MetadataToken: [UInt32]] = [:]
    /// GenericParamConstraint rows by GenericParam row.
    public private(set) var genericParameterConstraints: [UInt32: [UInt32]] = [:]
    /// Constant row by parent token (Field, Param, Property).
    public private(set) var constants: [MetadataToken: UInt32] = [:]
    /// FieldLayout offset by Field row.
    public private(set) var fieldOffsets: [UInt32: UInt32] = [:]
    /// FieldRVA RVA by Field row.
    public private(set) var fieldRVAs: [UInt32: UInt32] = [:]
    /// FieldMarshal row by parent token.
    public private(set) var marshalling: [MetadataToken: UInt32] = [:]
    /// ClassLayout row by TypeDef row.
    public private(set) var classLayouts: [UInt32: UInt32] = [:]
    /// ImplMap row by member token (MethodDef or Field).
    public private(set) var implMaps: [MetadataToken: UInt32] = [:]
    /// MethodSemantics rows by association token (Property or Event).
    public private(set) var semantics: [MetadataToken: [UInt32]] = [:]
    /// PropertyMap / EventMap row by TypeDef row.
    public private(set) var propertyMaps: [UInt32: UInt32] = [:]
    public private(set) var eventMaps: [UInt32: UInt32] = [:]
    /// InterfaceImpl rows by TypeDef row.
    public private(set) var interfaceImpls: [UInt32: [UInt32]] = [:]
    /// MethodImpl rows by TypeDef row.
    public private(set) var methodImpls: [UInt32: [UInt32]] = [:]
    /// DeclSecurity rows by parent token.
    public private(set) var declSecurity: [MetadataToken: [UInt32]] = [:]

    public init(_ md: Metadata) throws(BadImageFormatError) {
        let t = md.tables
        let typeCount = t.rowCount(.typeDef)
        declaringTypeOfMethod = Array(repeating: 0, count: Int(t.rowCount(.methodDef)) + 1)
        declaringTypeOfField = Array(repeating: 0, count: Int(t.rowCount(.field)) + 1)
        enclosingType = Array(repeating: 0, count: Int(typeCount) + 1)
        if typeCount > 0 {
            for type in 1...typeCount {
                for m in try md.methods(ofType: type) { declaringTypeOfMethod[Int(m)] = type }
                for f in try md.fields(ofType: type) { declaringTypeOfField[Int(f)] = type }
            }
        }
        for r in rows(t, .nestedClass) {
            let n = try t.nestedClass(r)
            guard n.nestedClass >= 1, n.nestedClass <= typeCount, n.enclosingClass >= 1, n.enclosingClass <= typeCount else {
                throw BadImageFormatError("NestedClass row \(r) naming TypeDef rows within 1–\(typeCount)")
            }
            enclosingType[Int(n.nestedClass)] = n.enclosingClass
            nestedTypes[n.enclosingClass, default: []].append(n.nestedClass)
        }
        for r in rows(t, .customAttribute) { customAttributes[try t.customAttribute(r).parent, default: []].append(r) }
        var numbers: [UInt32: UInt16] = [:]
        for r in rows(t, .genericParam) {
            let p = try t.genericParam(r)
            numbers[r] = p.number
            genericParameters[p.owner, default: []].append(r)
        }
        for (key, list) in genericParameters where list.count > 1 {
            genericParameters[key] = list.sorted { numbers[$0]! < numbers[$1]! }
        }
        for r in rows(t, .genericParamConstraint) { genericParameterConstraints[try t.genericParamConstraint(r).owner, default: []].append(r) }
        for r in rows(t, .constant) { constants[try t.constant(r).parent] = r }
        for r in rows(t, .fieldLayout) { let x = try t.fieldLayout(r); fieldOffsets[x.field] = x.offset }
        for r in rows(t, .fieldRVA) { let x = try t.fieldRVA(r); fieldRVAs[x.field] = x.rva }
        for r in rows(t, .fieldMarshal) { marshalling[try t.fieldMarshal(r).parent] = r }
        for r in rows(t, .classLayout) { classLayouts[try t.classLayout(r).parent] = r }
        for r in rows(t, .implMap) { implMaps[try t.implMap(r).memberForwarded] = r }
        for r in rows(t, .methodSemantics) { semantics[try t.methodSemantics(r).association, default: []].append(r) }
        for r in rows(t, .propertyMap) { propertyMaps[try t.propertyMap(r).parent] = r }
        for r in rows(t, .eventMap) { eventMaps[try t.eventMap(r).parent] = r }
        for r in rows(t, .interfaceImpl) { interfaceImpls[try t.interfaceImpl(r).typeDef, default: []].append(r) }
        for r in rows(t, .methodImpl) { methodImpls[try t.methodImpl(r).typeDef, default: []].append(r) }
        for r in rows(t, .declSecurity) { declSecurity[try t.declSecurity(r).parent, default: []].append(r) }
    }

    /// TypeDef row declaring a MethodDef row (0 when the row is out of range or owned by none).
    @inline(__always)
    public func declaringType(ofMethod row: UInt32) -> UInt32 {
        Int(row) < declaringTypeOfMethod.count ? declaringTypeOfMethod[Int(row)] : 0
    }
    /// TypeDef row declaring a Field row (0 when out of range or owned by none).
    @inline(__always)
    public func declaringType(ofField row: UInt32) -> UInt32 {
        Int(row) < declaringTypeOfField.count ? declaringTypeOfField[Int(row)] : 0
    }

    /// Enclosing-type chain check: a malformed NestedClass table may form a cycle.
    public func enclosingChain(of type: UInt32) throws(BadImageFormatError) -> [UInt32] {
        var chain: [UInt32] = []
        var current = type
        while current != 0 && Int(current) < enclosingType.count {
            let outer = enclosingType[Int(current)]
            if outer == 0 { break }
            chain.append(outer)
            guard chain.count <= 64 else { throw BadImageFormatError("type nesting at most 64 deep (cycle in NestedClass?) at TypeDef row \(type)") }
            current = outer
        }
        return chain
    }
}

@inline(__always)
func rows(_ t: MetadataTables, _ table: TableID) -> Range<UInt32> {
    1..<(t.rowCount(table) + 1)
}
