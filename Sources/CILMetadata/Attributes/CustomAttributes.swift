/// A decoded custom-attribute value (ECMA-335 II.23.3).
public indirect enum CustomAttributeValue: Hashable, Sendable {
    case boolean(Bool)
    case char(UInt16)
    case int8(Int8), uint8(UInt8), int16(Int16), uint16(UInt16), int32(Int32), uint32(UInt32), int64(Int64), uint64(UInt64)
    case float32(Float), float64(Double)
    case string(String?)
    /// A `System.Type` argument, serialized as its assembly-qualified name (nil for null).
    case type(String?)
    /// An enum value: the enum's reflection name and the underlying integer.
    case enumeration(type: String, value: Int64)
    /// An array (nil for a null array).
    case array([CustomAttributeValue]?)
    /// A value passed to an `object` parameter, with its runtime type tag.
    case boxed(CustomAttributeValue)
}

public struct CustomAttributeNamedArgument: Hashable, Sendable {
    public var isField: Bool
    public var name: String
    public var value: CustomAttributeValue
    public init(isField: Bool, name: String, value: CustomAttributeValue) {
        self.isField = isField
        self.name = name
        self.value = value
    }
}

public struct DecodedCustomAttribute: Hashable, Sendable {
    public var fixedArguments: [CustomAttributeValue]
    public var namedArguments: [CustomAttributeNamedArgument]
}

/// Decodes custom-attribute blobs. Enum arguments need the enum's underlying type, which is
/// written nowhere in the blob: enums defined in this module are found in the TypeDef table;
/// for others the caller's `enumUnderlyingType` resolver answers (element type code such as
/// 0x08 for int32), and an enum nobody can resolve is a clear error rather than a guess.
public struct CustomAttributeDecoder {
    let md: Metadata
    let index: MetadataIndex
    let enumUnderlyingType: (String) -> UInt8?

    public init(_ md: Metadata, index: MetadataIndex, enumUnderlyingType: @escaping (String) -> UInt8? = { _ in nil }) {
        self.md = md
        self.index = index
        self.enumUnderlyingType = enumUnderlyingType
    }

    /// The attribute's constructor token's type full name (reflection notation).
    public func attributeTypeName(_ row: UInt32) throws(BadImageFormatError) -> String? {
        let ca = try md.tables.customAttribute(row)
        let (type, _) = try md.declaringTypeAndName(ofMethod: ca.type, index: index)
        return try md.fullName(ofType: type, index: index)
    }

    public func decode(_ row: UInt32) throws(BadImageFormatError) -> DecodedCustomAttribute {
        let ca = try md.tables.customAttribute(row)
        let ctorSig: MethodSignature
        switch ca.type.table {
        case .methodDef: ctorSig = try md.methodSignature(md.tables.methodDef(ca.type.row).signature)
        case .memberRef: ctorSig = try md.methodSignature(md.tables.memberRef(ca.type.row).signature)
        default: throw BadImageFormatError("custom attribute constructor token, found \(ca.type)")
        }
        var c = try md.blobs.cursor(ca.value)
        let start = c.position
        guard try c.u16("custom attribute prolog") == 0x0001 else {
            throw BadImageFormatError("custom attribute prolog 0x0001", at: start)
        }
        var fixed: [CustomAttributeValue] = []
        for p in ctorSig.parameters { fixed.append(try value(ofParameter: p, &c)) }
        let count = Int(try c.u16("named argument count"))
        var named: [CustomAttributeNamedArgument] = []
        for _ in 0..<count {
            let at = c.position
            let kind = try c.u8("FIELD (0x53) or PROPERTY (0x54)")
            guard kind == 0x53 || kind == 0x54 else {
                throw BadImageFormatError("FIELD (0x53) or PROPERTY (0x54), found 0x\(String(kind, radix: 16))", at: at)
            }
            let type = try fieldOrPropType(&c)
            let name = try serString(&c) ?? ""
            named.append(.init(isField: kind == 0x53, name: name, value: try value(ofTag: type, &c)))
        }
        return DecodedCustomAttribute(fixedArguments: fixed, namedArguments: named)
    }

    /// A FieldOrPropType (II.23.3): an element type, possibly an enum with its name or an array.
    indirect enum Tag { case primitive(UInt8), type, boxed, enumeration(String), array(Tag) }

    func fieldOrPropType(_ c: inout ByteCursor, depth: Int = 0) throws(BadImageFormatError) -> Tag {
        let at = c.position
        let e = try c.u8("FieldOrPropType")
        switch e {
        case 0x02...0x0E: return .primitive(e)
        case 0x50: return .type
        case 0x51: return .boxed
        case 0x55: return .enumeration(try serString(&c) ?? "")
        case 0x1D:
            guard depth < 8 else { throw BadImageFormatError("custom attribute array type nested at most 8 deep", at: at) }
            return .array(try fieldOrPropType(&c, depth: depth + 1))
        default: throw BadImageFormatError("a FieldOrPropType, found 0x\(String(e, radix: 16))", at: at)
        }
    }

    func tag(forParameter p: TypeSignature) throws(BadImageFormatError) -> Tag {
        switch p.unmodified {
        case .boolean: return .primitive(0x02)
        case .char: return .primitive(0x03)
        case .int8: return .primitive(0x04)
        case .uint8: return .primitive(0x05)
        case .int16: return .primitive(0x06)
        case .uint16: return .primitive(0x07)
        case .int32: return .primitive(0x08)
        case .uint32: return .primitive(0x09)
        case .int64: return .primitive(0x0A)
        case .uint64: return .primitive(0x0B)
        case .float32: return .primitive(0x0C)
        case .float64: return .primitive(0x0D)
        case .string: return .primitive(0x0E)
        case .object: return .boxed
        case .szArray(let e): return .array(try tag(forParameter: e))
        case .class(let t):
            if try md.fullName(ofType: t, index: index) == "System.Type" { return .type }
        case .valueType(let t):
            if let name = try md.fullName(ofType: t, index: index) { return .enumeration(name) }
        case .genericInstance(true, let t, _):
            // An enum nested in a generic type, e.g. `Container<int>.InnerEnum`.
            if let name = try md.fullName(ofType: t, index: index) { return .enumeration(name) }
        default: break
        }
        throw BadImageFormatError("custom attribute parameter of a primitive, string, Type, enum, object or array type, found \(p)")
    }

    func value(ofParameter p: TypeSignature, _ c: inout ByteCursor) throws(BadImageFormatError) -> CustomAttributeValue {
        try value(ofTag: tag(forParameter: p), &c)
    }

    func underlying(ofEnum name: String) throws(BadImageFormatError) -> UInt8 {
        // Enums of this module: the type of the instance field `value__`.
        for row in rows(md.tables, .typeDef) where try md.fullName(ofTypeDef: row, index: index) == name {
            for f in try md.fields(ofType: row) {
                let field = try md.tables.field(f)
                guard field.flags & 0x10 == 0 else { continue }
                switch try md.fieldSignature(field.signature).unmodified {
                case .boolean: return 0x02
                case .char: return 0x03
                case .int8: return 0x04
                case .uint8: return 0x05
                case .int16: return 0x06
                case .uint16: return 0x07
                case .int32: return 0x08
                case .uint32: return 0x09
                case .int64: return 0x0A
                case .uint64: return 0x0B
                default: break
                }
            }
        }
        if let e = enumUnderlyingType(name) { return e }
        throw BadImageFormatError("the underlying type of enum \(name), which is defined in another assembly")
    }

    func value(ofTag tag: Tag, _ c: inout ByteCursor) throws(BadImageFormatError) -> CustomAttributeValue {
        switch tag {
        case .primitive(let e): return try primitive(e, &c)
        case .type: return .type(try serString(&c))
        case .enumeration(let name):
            let v = try primitive(try underlying(ofEnum: name), &c)
            return .enumeration(type: name, value: v.integerValue ?? 0)
        case .boxed:
            let inner = try fieldOrPropType(&c)
            return .boxed(try value(ofTag: inner, &c))
        case .array(let element):
            let at = c.position
            let n = try c.u32("array element count")
            if n == 0xFFFF_FFFF { return .array(nil) }
            guard Int(n) <= c.remaining else { throw BadImageFormatError("\(n) array elements in \(c.remaining) bytes", at: at) }
            var items: [CustomAttributeValue] = []
            for _ in 0..<n { items.append(try value(ofTag: element, &c)) }
            return .array(items)
        }
    }

    func primitive(_ e: UInt8, _ c: inout ByteCursor) throws(BadImageFormatError) -> CustomAttributeValue {
        switch e {
        case 0x02: return .boolean(try c.u8() != 0)
        case 0x03: return .char(try c.u16())
        case 0x04: return .int8(Int8(bitPattern: try c.u8()))
        case 0x05: return .uint8(try c.u8())
        case 0x06: return .int16(Int16(bitPattern: try c.u16()))
        case 0x07: return .uint16(try c.u16())
        case 0x08: return .int32(Int32(bitPattern: try c.u32()))
        case 0x09: return .uint32(try c.u32())
        case 0x0A: return .int64(Int64(bitPattern: try c.u64()))
        case 0x0B: return .uint64(try c.u64())
        case 0x0C: return .float32(Float(bitPattern: try c.u32()))
        case 0x0D: return .float64(Double(bitPattern: try c.u64()))
        case 0x0E: return .string(try serString(&c))
        default: throw BadImageFormatError("a primitive element type, found 0x\(String(e, radix: 16))", at: c.position)
        }
    }

    /// SerString: 0xFF for null, else a compressed length and UTF-8 bytes.
    func serString(_ c: inout ByteCursor) throws(BadImageFormatError) -> String? {
        if try c.peekU8("SerString") == 0xFF { _ = try c.u8(); return nil }
        let n = Int(try c.compressedUInt("SerString length"))
        return String(decoding: try c.bytes(n, "SerString bytes"), as: UTF8.self)
    }
}

extension CustomAttributeValue {
    /// The value as a signed integer, for integral kinds.
    public var integerValue: Int64? {
        switch self {
        case .boolean(let v): return v ? 1 : 0
        case .char(let v): return Int64(v)
        case .int8(let v): return Int64(v)
        case .uint8(let v): return Int64(v)
        case .int16(let v): return Int64(v)
        case .uint16(let v): return Int64(v)
        case .int32(let v): return Int64(v)
        case .uint32(let v): return Int64(v)
        case .int64(let v): return v
        case .uint64(let v): return Int64(bitPattern: v)
        case .enumeration(_, let v): return v
        default: return nil
        }
    }
}
