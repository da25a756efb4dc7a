import CILMetadata

/// The generic arguments in scope while resolving a signature: the enclosing type's (`!n`)
/// and the method's (`!!n`).
public struct GenericContext: Hashable, Sendable {
    public var typeArguments: [TypeHandle] = []
    public var methodArguments: [TypeHandle] = []
    public init(typeArguments: [TypeHandle] = [], methodArguments: [TypeHandle] = []) {
        self.typeArguments = typeArguments
        self.methodArguments = methodArguments
    }
    public static let empty = GenericContext()
}

/// Cold data of a loaded type: where it came from, its name, members and layout details that
/// the hot `TypeDesc` does not need.
public final class TypeInfo {
    public let handle: TypeHandle
    public let assembly: LoadedAssembly?
    /// TypeDef row in `assembly`, or 0 for constructed types (arrays, pointers).
    public let typeDefRow: UInt32
    public let typeArguments: [TypeHandle]
    public var namespace: String
    public var name: String
    /// Enclosing type, for nested types.
    public var declaringType: TypeHandle?
    public var fields: [FieldInfo] = []
    /// Methods declared by this type (this instantiation), by MethodDef row.
    public var methodsByRow: [UInt32: MethodHandle] = [:]
    public var methods: [MethodHandle] = []
    public var interfaces: [TypeHandle] = []
    public var typeInitializer: MethodHandle?
    public var finalizer: MethodHandle?
    /// Alignment of a value of this type inside another (value types and primitives).
    public var alignment: Int = 8
    public var staticSize: Int = 0
    /// Index of this type's `[ThreadStatic]` block in every thread's `threadStaticBlocks`
    /// (-1: none); its layout is `Runtime.threadStaticLayouts[index]`.
    public var threadStaticIndex = -1
    public var staticReferenceOffsets: [Int] = []
    /// Set when field layout starts (re-entry means a value type contains itself).
    public var isLaidOut = false
    /// Set while methods and the vtable are being built.
    var isBuildingMethods = false
    /// An open generic definition (`typeof(List<>)`), instantiated over placeholders.
    public var isGenericDefinition = false
    /// For the generic-parameter placeholders of an open definition (`typeof(List<>)`): the
    /// parameter's position; -1 otherwise.
    public var genericParameterPosition = -1

    init(handle: TypeHandle, assembly: LoadedAssembly?, typeDefRow: UInt32, typeArguments: [TypeHandle], namespace: String, name: String) {
        self.handle = handle
        self.assembly = assembly
        self.typeDefRow = typeDefRow
        self.typeArguments = typeArguments
        self.namespace = namespace
        self.name = name
    }

    public var context: GenericContext { GenericContext(typeArguments: typeArguments) }
}

public final class FieldInfo {
    public let name: String
    public let type: TypeHandle
    public let isStatic: Bool
    public let isLiteral: Bool
    /// Instance fields: offset from the object address (classes) or the value start (value
    /// types). Static fields: offset inside the type's static block.
    public internal(set) var offset: Int
    public let row: UInt32
    public unowned let owner: TypeInfo
    /// Field with an RVA (array initialiser data): its file offset.
    public var rvaData: UnsafeRawPointer?
    /// `[ThreadStatic]`: one instance per thread; `offset` is inside the thread-static block.
    public var isThreadStatic = false

    init(name: String, type: TypeHandle, isStatic: Bool, isLiteral: Bool, offset: Int, row: UInt32, owner: TypeInfo) {
        self.name = name
        self.type = type
        self.isStatic = isStatic
        self.isLiteral = isLiteral
        self.offset = offset
        self.row = row
        self.owner = owner
    }
}

/// Cold data of a method instantiation.
public final class MethodInfo {
    public let handle: MethodHandle
    public let assembly: LoadedAssembly?
    public let row: UInt32
    public let name: String
    public let owner: TypeHandle
    public let signature: MethodSignature
    public let methodArguments: [TypeHandle]
    public let parameterTypes: [TypeHandle]
    /// nil for void.
    public let returnType: TypeHandle?
    public let implFlags: UInt16
    public let attributes: UInt16
    /// The generic method definition this instantiates (nil when not generic).
    public var genericDefinition: MethodInfo?
    /// Translated form (set on first call).
    public var compiled: CompiledMethod?
    /// Runtime async: a Task entry's async entry, and an async entry's Task entry.
    public var asyncVariant: MethodHandle?
    public var taskEntry: MethodHandle?
    /// Runtime async: how a suspension treats this method as the leaf (0: not an await helper,
    /// 1: resume at its call, 2: resume after it); nil until asked (RuntimeAsync/Suspension.swift).
    var awaitHelperKind: UInt8?
    /// `[StackTraceHidden]` (nil until a stack trace asks).
    var isStackTraceHidden: Bool?
    /// Why this method could not load (its signature names a missing type); raised on call.
    public var loadError: RuntimeError?
    /// Whether this is a constructor that does nothing (see TrivialConstructors.swift); nil
    /// until asked.
    var isTrivialConstructor: Bool?
    /// Instantiations of this generic method definition, by method arguments.
    var instantiations: [[TypeHandle]: MethodHandle] = [:]

    init(handle: MethodHandle, assembly: LoadedAssembly?, row: UInt32, name: String, owner: TypeHandle,
         signature: MethodSignature, methodArguments: [TypeHandle], parameterTypes: [TypeHandle],
         returnType: TypeHandle?, implFlags: UInt16, attributes: UInt16) {
        self.handle = handle
        self.assembly = assembly
        self.row = row
        self.name = name
        self.owner = owner
        self.signature = signature
        self.methodArguments = methodArguments
        self.parameterTypes = parameterTypes
        self.returnType = returnType
        self.implFlags = implFlags
        self.attributes = attributes
    }

    public var isStatic: Bool { attributes & 0x10 != 0 }
    public var isVirtual: Bool { attributes & 0x40 != 0 }
    public var context: GenericContext {
        GenericContext(typeArguments: handle.pointer.pointee.owner.info.typeArguments, methodArguments: methodArguments)
    }
}

/// Identifies a GenericParam row of one loaded assembly.
struct GenericParameterKey: Hashable {
    let assembly: ObjectIdentifier
    let row: UInt32
}
