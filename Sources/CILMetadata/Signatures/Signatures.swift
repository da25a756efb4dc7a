/// A type as signatures encode it (ECMA-335 II.23.2.12).
public indirect enum TypeSignature: Hashable, Sendable {
    case void, boolean, char, int8, uint8, int16, uint16, int32, uint32, int64, uint64
    case float32, float64, string, object, typedReference, intPtr, uintPtr
    /// `valuetype T` (TypeDef or TypeRef token).
    case valueType(MetadataToken)
    /// `class T`.
    case `class`(MetadataToken)
    /// `class/valuetype T<args>`.
    case genericInstance(isValueType: Bool, type: MetadataToken, arguments: [TypeSignature])
    /// `!n`: the n-th generic parameter of the enclosing type.
    case typeParameter(Int)
    /// `!!n`: the n-th generic parameter of the method.
    case methodParameter(Int)
    case pointer(TypeSignature)
    case byReference(TypeSignature)
    /// Single-dimensional, zero-based array `T[]`.
    case szArray(TypeSignature)
    /// General array `T[lo...hi, ...]`.
    case array(TypeSignature, ArrayShape)
    case functionPointer(MethodSignature)
    /// `T modreq(M)` / `T modopt(M)`.
    case modified(TypeSignature, modifier: MetadataToken, isRequired: Bool)
    /// A `pinned` local.
    case pinned(TypeSignature)

    /// The signature with modifiers and `pinned` stripped.
    public var unmodified: TypeSignature {
        switch self {
        case .modified(let t, _, _), .pinned(let t): return t.unmodified
        default: return self
        }
    }
}

/// Rank, sizes and lower bounds of a general array (II.23.2.13).
public struct ArrayShape: Hashable, Sendable {
    public var rank: Int
    public var sizes: [Int]
    public var lowerBounds: [Int]
}

/// Calling-convention byte of a method signature (II.23.2.1–3).
public struct CallingConvention: Hashable, Sendable {
    public var rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public enum Kind: UInt8, Sendable { case `default` = 0, c = 1, stdcall = 2, thiscall = 3, fastcall = 4, vararg = 5, unmanaged = 9 }
    public var kind: Kind? { Kind(rawValue: rawValue & 0x0F) }
    public var isGeneric: Bool { rawValue & 0x10 != 0 }
    public var hasThis: Bool { rawValue & 0x20 != 0 }
    public var explicitThis: Bool { rawValue & 0x40 != 0 }
    public var isVararg: Bool { rawValue & 0x0F == 5 }
}

/// A method signature: MethodDefSig, MethodRefSig (with vararg sentinel), StandAloneMethodSig
/// or a property signature (II.23.2.1–5).
public struct MethodSignature: Hashable, Sendable {
    public var callingConvention: CallingConvention
    public var genericParameterCount: Int
    public var returnType: TypeSignature
    public var parameters: [TypeSignature]
    /// Index in `parameters` of the first argument after the vararg SENTINEL, if any.
    public var sentinelIndex: Int?

    public init(callingConvention: CallingConvention, genericParameterCount: Int, returnType: TypeSignature,
                parameters: [TypeSignature], sentinelIndex: Int? = nil) {
        self.callingConvention = callingConvention
        self.genericParameterCount = genericParameterCount
        self.returnType = returnType
        self.parameters = parameters
        self.sentinelIndex = sentinelIndex
    }
}

/// Signature blob decoding (II.23.2). Every reader bounds its recursion and never allocates
/// more than the blob's length justifies.
public struct SignatureDecoder {
    public var cursor: ByteCursor
    var depth = 0
    static let maxDepth = 100

    public init(_ cursor: ByteCursor) { self.cursor = cursor }

    /// TypeDefOrRefOrSpecEncoded (II.23.2.8).
    mutating func typeDefOrRefEncoded() throws(BadImageFormatError) -> MetadataToken {
        let at = cursor.position
        let v = try cursor.compressedUInt("TypeDefOrRefOrSpecEncoded")
        let table: TableID
        switch v & 3 {
        case 0: table = .typeDef
        case 1: table = .typeRef
        case 2: table = .typeSpec
        default: throw BadImageFormatError("TypeDefOrRefOrSpecEncoded with tag 0–2, found 3", at: at)
        }
        return MetadataToken(table, v >> 2)
    }

    /// One `Type` (II.23.2.12), with any leading custom modifiers.
    public mutating func type() throws(BadImageFormatError) -> TypeSignature {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else {
            throw BadImageFormatError("type signature nested at most \(Self.maxDepth) deep", at: cursor.position)
        }
        let at = cursor.position
        let e = try cursor.u8("element type")
        switch e {
        case 0x01: return .void
        case 0x02: return .boolean
        case 0x03: return .char
        case 0x04: return .int8
        case 0x05: return .uint8
        case 0x06: return .int16
        case 0x07: return .uint16
        case 0x08: return .int32
        case 0x09: return .uint32
        case 0x0A: return .int64
        case 0x0B: return .uint64
        case 0x0C: return .float32
        case 0x0D: return .float64
        case 0x0E: return .string
        case 0x0F: return .pointer(try type())
        case 0x10: return .byReference(try type())
        case 0x11: return .valueType(try typeDefOrRefEncoded())
        case 0x12: return .class(try typeDefOrRefEncoded())
        case 0x13: return .typeParameter(Int(try cursor.compressedUInt("generic parameter number")))
        case 0x14:
            let element = try type()
            let rank = Int(try cursor.compressedUInt("array rank"))
            guard rank >= 1 && rank <= 32 else { throw BadImageFormatError("array rank 1–32, found \(rank)", at: at) }
            let sizeCount = Int(try cursor.compressedUInt("array size count"))
            guard sizeCount <= rank else { throw BadImageFormatError("at most \(rank) array sizes, found \(sizeCount)", at: at) }
            var sizes: [Int] = []
            for _ in 0..<sizeCount { sizes.append(Int(try cursor.compressedUInt("array size"))) }
            let boundCount = Int(try cursor.compressedUInt("array lower bound count"))
            guard boundCount <= rank else { throw BadImageFormatError("at most \(rank) lower bounds, found \(boundCount)", at: at) }
            var bounds: [Int] = []
            for _ in 0..<boundCount { bounds.append(Int(try cursor.compressedInt("array lower bound"))) }
            return .array(element, ArrayShape(rank: rank, sizes: sizes, lowerBounds: bounds))
        case 0x15:
            let kind = try cursor.u8("generic instance kind")
            guard kind == 0x11 || kind == 0x12 else {
                throw BadImageFormatError("CLASS or VALUETYPE after GENERICINST, found 0x\(String(kind, radix: 16))", at: at + 1)
            }
            let generic = try typeDefOrRefEncoded()
            let count = Int(try cursor.compressedUInt("generic argument count"))
            guard count >= 1 && count <= cursor.remaining else {
                throw BadImageFormatError("1 to \(cursor.remaining) generic arguments, found \(count)", at: at)
            }
            var args: [TypeSignature] = []
            for _ in 0..<count { args.append(try type()) }
            return .genericInstance(isValueType: kind == 0x11, type: generic, arguments: args)
        case 0x16: return .typedReference
        case 0x18: return .intPtr
        case 0x19: return .uintPtr
        case 0x1B: return .functionPointer(try methodSignature())
        case 0x1C: return .object
        case 0x1D: return .szArray(try type())
        case 0x1E: return .methodParameter(Int(try cursor.compressedUInt("generic method parameter number")))
        case 0x1F, 0x20:
            let modifier = try typeDefOrRefEncoded()
            return .modified(try type(), modifier: modifier, isRequired: e == 0x1F)
        case 0x45: return .pinned(try type())
        default:
            throw BadImageFormatError("an element type, found 0x\(String(e, radix: 16))", at: at)
        }
    }

    /// MethodDefSig / MethodRefSig / StandAloneMethodSig / PropertySig.
    public mutating func methodSignature() throws(BadImageFormatError) -> MethodSignature {
        let at = cursor.position
        let conv = CallingConvention(rawValue: try cursor.u8("calling convention"))
        let genericCount = conv.isGeneric ? Int(try cursor.compressedUInt("generic parameter count")) : 0
        let paramCount = Int(try cursor.compressedUInt("parameter count"))
        guard paramCount <= cursor.remaining else {
            throw BadImageFormatError("\(paramCount) parameters in a signature of \(cursor.remaining) remaining bytes", at: at)
        }
        let returnType = try type()
        var params: [TypeSignature] = []
        var sentinel: Int?
        while params.count < paramCount {
            // Mono's ilasm (6.8) counts the SENTINEL as a parameter in vararg call sites; accept
            // a blob that ends exactly one short after a sentinel.
            if cursor.isAtEnd && sentinel != nil && params.count == paramCount - 1 { break }
            if try cursor.peekU8("parameter") == 0x41 {
                guard sentinel == nil else { throw BadImageFormatError("at most one vararg SENTINEL", at: cursor.position) }
                _ = try cursor.u8()
                sentinel = params.count
                continue
            }
            params.append(try type())
        }
        return MethodSignature(callingConvention: conv, genericParameterCount: genericCount,
                               returnType: returnType, parameters: params, sentinelIndex: sentinel)
    }

    /// FieldSig (II.23.2.4): 0x06 then the field's type.
    public mutating func fieldSignature() throws(BadImageFormatError) -> TypeSignature {
        let at = cursor.position
        let b = try cursor.u8("FIELD signature header")
        guard b & 0x0F == 0x06 else { throw BadImageFormatError("FIELD signature (0x06), found 0x\(String(b, radix: 16))", at: at) }
        return try type()
    }

    /// PropertySig (II.23.2.5): 0x08 (| HASTHIS), count, type, parameters.
    public mutating func propertySignature() throws(BadImageFormatError) -> MethodSignature {
        let at = cursor.position
        let b = try cursor.peekU8("PROPERTY signature header")
        guard b & 0x0F == 0x08 else { throw BadImageFormatError("PROPERTY signature (0x08), found 0x\(String(b, radix: 16))", at: at) }
        return try methodSignature()
    }

    /// LocalVarSig (II.23.2.6).
    public mutating func localVariables() throws(BadImageFormatError) -> [TypeSignature] {
        let at = cursor.position
        let b = try cursor.u8("LOCAL_SIG header")
        guard b == 0x07 else { throw BadImageFormatError("LOCAL_SIG (0x07), found 0x\(String(b, radix: 16))", at: at) }
        let count = Int(try cursor.compressedUInt("local count"))
        guard count <= cursor.remaining else { throw BadImageFormatError("\(count) locals in \(cursor.remaining) bytes", at: at) }
        var locals: [TypeSignature] = []
        for _ in 0..<count { locals.append(try type()) }
        return locals
    }

    /// MethodSpec instantiation (II.23.2.15): 0x0A, count, types.
    public mutating func methodInstantiation() throws(BadImageFormatError) -> [TypeSignature] {
        let at = cursor.position
        let b = try cursor.u8("GENERICINST header")
        guard b == 0x0A else { throw BadImageFormatError("GENERICINST (0x0A), found 0x\(String(b, radix: 16))", at: at) }
        let count = Int(try cursor.compressedUInt("generic argument count"))
        guard count >= 1 && count <= cursor.remaining else { throw BadImageFormatError("1 to \(cursor.remaining) generic arguments, found \(count)", at: at) }
        var args: [TypeSignature] = []
        for _ in 0..<count { args.append(try type()) }
        return args
    }
}

extension Metadata {
    public func methodSignature(_ blob: BlobIndex) throws(BadImageFormatError) -> MethodSignature {
        var d = SignatureDecoder(try blobs.cursor(blob))
        return try d.methodSignature()
    }
    public func fieldSignature(_ blob: BlobIndex) throws(BadImageFormatError) -> TypeSignature {
        var d = SignatureDecoder(try blobs.cursor(blob))
        return try d.fieldSignature()
    }
    public func propertySignature(_ blob: BlobIndex) throws(BadImageFormatError) -> MethodSignature {
        var d = SignatureDecoder(try blobs.cursor(blob))
        return try d.propertySignature()
    }
    public func typeSpecSignature(_ row: UInt32) throws(BadImageFormatError) -> TypeSignature {
        var d = SignatureDecoder(try blobs.cursor(tables.typeSpec(row).signature))
        return try d.type()
    }
    public func methodSpecInstantiation(_ row: UInt32) throws(BadImageFormatError) -> [TypeSignature] {
        var d = SignatureDecoder(try blobs.cursor(tables.methodSpec(row).instantiation))
        return try d.methodInstantiation()
    }
    /// Locals of a method body (empty when it has no locals signature).
    public func localVariables(of body: MethodBody) throws(BadImageFormatError) -> [TypeSignature] {
        guard let token = body.localVariablesSignature else { return [] }
        var d = SignatureDecoder(try standAloneSignature(token))
        return try d.localVariables()
    }
    /// MemberRef signatures are either a method or a field signature (first byte 0x06).
    public func isFieldSignature(_ blob: BlobIndex) throws(BadImageFormatError) -> Bool {
        var c = try blobs.cursor(blob)
        return try c.peekU8("signature header") & 0x0F == 0x06
    }
}
