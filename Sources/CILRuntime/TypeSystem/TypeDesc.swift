/// The hot, plain-data description of a loaded type, read by the interpreter and the GC.
///
/// A `TypeDesc` lives in unmanaged memory for the life of the runtime, so objects can point at
/// it (`ObjectLayout.typeOffset`) and the dispatch loop can read it without ARC. Everything cold
/// (names, metadata, member lists) lives in the `TypeInfo` object that `info` points at
/// (unretained: the runtime's type table owns it).
///
/// ```
///  TypeDesc ─┬─ kind, primitive, flags
///            ├─ instanceSize   classes: object size incl. 16-byte header; value types: value size
///            ├─ valueSlots     8-byte stack slots a value occupies (1 for references)
///            ├─ parent ───────► TypeDesc            element ──► TypeDesc (arrays, enums' underlying, Nullable<T>'s T)
///            ├─ vtable ───────► [MethodHandle?] × vtableCount
///            ├─ interfaces ───► [(TypeHandle, vtable start)] × interfaceCount
///            ├─ refOffsets ───► [Int32] × refCount    offsets of reference fields (object- or value-relative)
///            └─ statics ──────► static field block (see StaticStorage)
/// ```
public struct TypeDesc {
    public var kind: TypeKind = .class
    public var primitive: PrimitiveKind = .none
    public var flags: TypeFlags = []
    public var instanceSize: Int32 = 0
    public var valueSlots: Int32 = 1
    public var componentSize: Int32 = 0
    public var rank: Int32 = 0
    public var parent: TypeHandle?
    public var element: TypeHandle?
    public var vtable: UnsafeMutablePointer<MethodHandle?>?
    public var vtableCount: Int32 = 0
    public var interfaces: UnsafeMutablePointer<InterfaceSlot>?
    public var interfaceCount: Int32 = 0
    public var refOffsets: UnsafeMutablePointer<Int32>?
    public var refCount: Int32 = 0
    public var statics: UnsafeMutableRawPointer?
    /// 0 = type initializer not run, 1 = running, 2 = done, 3 = failed.
    public var initState: Int32 = 0
    /// 0 created (kind and name known), 1 fields laid out, 2 complete (methods, vtable).
    public var loadLevel: Int8 = 0
    public var info: Unmanaged<TypeInfo>?
    /// Exact allocation counts of this type (objects, and bytes including headers), kept by the
    /// heap on every allocation for `cilkit run --stats`.
    public var allocatedObjects: Int64 = 0
    public var allocatedBytes: Int64 = 0
}

public struct InterfaceSlot {
    public var interface: TypeHandle
    public var vtableStart: Int32
}

public enum TypeKind: UInt8, Sendable {
    case `class`, valueType, interface, szArray, mdArray, string, pointer, byReference, functionPointer
    /// `!n`/`!!n` of a generic definition: only used to compare signatures, never instantiated.
    case genericParameter
}

/// Primitive element types; enums carry their underlying primitive.
public enum PrimitiveKind: UInt8, Sendable {
    case none, boolean, char, int8, uint8, int16, uint16, int32, uint32, int64, uint64, float32, float64, intPtr, uintPtr

    /// Size in bytes of a value of this primitive.
    public var size: Int {
        switch self {
        case .none: return 0
        case .boolean, .int8, .uint8: return 1
        case .char, .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .int64, .uint64, .float64, .intPtr, .uintPtr: return 8
        }
    }
}

public struct TypeFlags: OptionSet, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let abstract = TypeFlags(rawValue: 1 << 0)
    public static let sealed = TypeFlags(rawValue: 1 << 1)
    public static let hasFinalizer = TypeFlags(rawValue: 1 << 2)
    public static let containsReferences = TypeFlags(rawValue: 1 << 3)
    public static let beforeFieldInit = TypeFlags(rawValue: 1 << 4)
    public static let enumeration = TypeFlags(rawValue: 1 << 5)
    public static let nullable = TypeFlags(rawValue: 1 << 6)
    public static let delegate = TypeFlags(rawValue: 1 << 7)
    public static let hasTypeInitializer = TypeFlags(rawValue: 1 << 8)
    public static let primitiveValue = TypeFlags(rawValue: 1 << 9)
    /// An instantiation of a generic interface or delegate with a co- or contravariant
    /// parameter (`IEnumerable<out T>`): only these take part in variant casts.
    public static let variant = TypeFlags(rawValue: 1 << 10)
}

/// A loaded type: a plain pointer, free to copy and compare.
public struct TypeHandle: Hashable, @unchecked Sendable {
    public let pointer: UnsafeMutablePointer<TypeDesc>
    @inline(__always) public init(_ pointer: UnsafeMutablePointer<TypeDesc>) { self.pointer = pointer }
    @inline(__always) public var desc: TypeDesc { pointer.pointee }
    public var isValueType: Bool { pointer.pointee.kind == .valueType }
    /// The cold description of this type.
    public var info: TypeInfo { pointer.pointee.info!.takeUnretainedValue() }
    public var isReference: Bool {
        switch pointer.pointee.kind {
        case .class, .interface, .szArray, .mdArray, .string: return true
        default: return false
        }
    }
}
