/// The hot, plain-data description of a method (one per instantiation), read by the call
/// instructions. Cold data (metadata, signature, name, EH clauses) lives in `MethodInfo`.
///
/// ```
///  MethodDesc ─┬─ code ──────► translated IR (nil until first call)
///              ├─ frameSlots   args + locals + eval temps, in 8-byte slots
///              ├─ argSlots, returnSlots
///              ├─ flags, vtableSlot
///              ├─ owner ─────► TypeDesc
///              └─ native       index of a bound internal call, or -1
/// ```
public struct MethodDesc {
    public var code: UnsafeMutablePointer<UInt64>?
    public var frameSlots: Int32 = 0
    public var argSlots: Int32 = 0
    /// Locals (and hidden EH slots) to zero on entry.
    public var localsStart: Int32 = 0
    public var localSlots: Int32 = 0
    /// Zeroed locals and constants copied into the frame at entry, from `localsStart`, in
    /// blocks of four words (`CompiledMethod.frameInit`).
    public var frameInit: UnsafeMutablePointer<UInt64>?
    public var frameInitBlocks: Int32 = 0
    public var returnSlots: Int32 = 0
    /// Runtime-async bodies: the frame-object slot and the saved-contexts slot (-1: none),
    /// copied from `CompiledMethod` for the suspension path.
    public var asyncFrameSlot: Int32 = -1
    public var asyncContextSlot: Int32 = -1
    public var flags: MethodFlags = []
    public var vtableSlot: Int32 = -1
    public var owner: TypeHandle
    public var native: Int32 = -1
    public var info: Unmanaged<MethodInfo>?
}

public struct MethodFlags: OptionSet, Sendable {
    public var rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public static let `static` = MethodFlags(rawValue: 1 << 0)
    public static let virtual = MethodFlags(rawValue: 1 << 1)
    public static let abstract = MethodFlags(rawValue: 1 << 2)
    public static let internalCall = MethodFlags(rawValue: 1 << 3)
    public static let constructor = MethodFlags(rawValue: 1 << 4)
    public static let newSlot = MethodFlags(rawValue: 1 << 5)
    public static let final = MethodFlags(rawValue: 1 << 6)
    public static let runtimeAsync = MethodFlags(rawValue: 1 << 7)
    public static let hasGenericArguments = MethodFlags(rawValue: 1 << 8)
    public static let typeInitializer = MethodFlags(rawValue: 1 << 9)
    /// The IL runs as a runtime-async body: it may suspend, and its frame can become a
    /// frame object. Set on async entries (variants) and on non-Task runtime-async
    /// methods such as AsyncHelpers.Await; a Task-returning `.runtimeAsync` method without it
    /// is a Task entry (a thunk).
    public static let asyncBody = MethodFlags(rawValue: 1 << 10)
    /// An async body with an argument that may hold an address into its caller's frame (a
    /// byref — including a value type's `this` —, a pointer, a native int, or a value type
    /// with such a field): resuming or restoring its frame restores its caller's too
    /// (lazy resumption, RuntimeAsync/Suspension.swift). Set when the method is translated.
    public static let addressArguments = MethodFlags(rawValue: 1 << 11)
}

extension MethodFlags {
    /// A non-generic membership test for hot paths (`contains` is not always specialised).
    @inline(__always) public func has(_ f: MethodFlags) -> Bool { rawValue & f.rawValue != 0 }
}

extension TypeFlags {
    @inline(__always) public func has(_ f: TypeFlags) -> Bool { rawValue & f.rawValue != 0 }
}

public struct MethodHandle: Hashable, @unchecked Sendable {
    public let pointer: UnsafeMutablePointer<MethodDesc>
    @inline(__always) public init(_ pointer: UnsafeMutablePointer<MethodDesc>) { self.pointer = pointer }
    public var info: MethodInfo { pointer.pointee.info!.takeUnretainedValue() }
}
