/// A method body made in memory instead of read from the image: what `AsyncLowering` produces
/// for a compiled async method ("runtime-async=on"), and the engine's own thunks.
///
/// Its IL is ordinary CIL. Tokens in it name rows of the method's own image as usual, plus
/// *synthetic tokens* (table byte `MetadataToken.syntheticTableByte`, row = 1-based index into
/// `references`) for members and types the image never references — the core library's
/// `AsyncHelpers`, or a TypeSpec such as the state machine instantiated over the method's own
/// type parameters. Synthetic tokens may appear wherever a token may: as an instruction operand
/// and inside the `TypeSignature`s of `locals` and of other references
/// (`.class(syntheticToken)`).
public struct SyntheticMethodBody: Sendable, Equatable {
    public var il: [UInt8]
    public var maxStack: Int
    /// Local variable types, in the method's generic context.
    public var locals: [TypeSignature]
    public var initLocals: Bool
    /// Offsets are IL offsets into `il`; `catch` clause tokens may be synthetic.
    public var exceptionClauses: [ExceptionClause]
    public var references: [SyntheticReference]

    public init(il: [UInt8], maxStack: Int, locals: [TypeSignature], initLocals: Bool = true,
                exceptionClauses: [ExceptionClause] = [], references: [SyntheticReference] = []) {
        self.il = il
        self.maxStack = maxStack
        self.locals = locals
        self.initLocals = initLocals
        self.exceptionClauses = exceptionClauses
        self.references = references
    }

    /// The synthetic token for `references[index]`.
    public static func token(forReference index: Int) -> MetadataToken {
        MetadataToken(rawValue: UInt32(MetadataToken.syntheticTableByte) << 24 | UInt32(index + 1))
    }

    /// The reference a synthetic token names, or nil if the token is not synthetic or out of range.
    public func reference(_ token: MetadataToken) -> SyntheticReference? {
        guard token.isSynthetic, token.row >= 1, Int(token.row) <= references.count else { return nil }
        return references[Int(token.row) - 1]
    }
}

extension ILDecoder {
    /// Decodes IL held in memory (a synthetic body); offsets count from the first byte.
    public init(code: UnsafeRawBufferPointer) {
        self.init(code: ByteCursor(code, from: 0, to: code.count))
    }
}

/// What a synthetic token stands for.
public indirect enum SyntheticReference: Hashable, Sendable {
    /// A type of the core library, by full name (`System.Runtime.CompilerServices.AsyncHelpers`;
    /// nested types as `Outer+Inner`). Generic definitions by their metadata name (`Task`1`).
    case coreType(String)
    /// A type given by its signature (a TypeSpec the image does not have).
    case typeSpec(TypeSignature)
    /// A method: `owner` is a TypeDef/TypeRef/TypeSpec or synthetic token; `signature` is the
    /// method's declared signature (as in a MemberRef: generic parameters as `!!n`, the
    /// owner's as `!n`); `methodArguments` instantiates a generic method (as a MethodSpec).
    case method(owner: MetadataToken, name: String, signature: MethodSignature, methodArguments: [TypeSignature])
    /// A field of `owner` (TypeDef/TypeRef/TypeSpec or synthetic token) by name.
    case field(owner: MetadataToken, name: String)
}

extension MetadataToken {
    /// The table byte of synthetic tokens (see `SyntheticMethodBody`); no ECMA-335 table uses it.
    public static let syntheticTableByte: UInt8 = 0x7E

    public var isSynthetic: Bool { tableByte == MetadataToken.syntheticTableByte }
}
