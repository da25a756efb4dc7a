/// Layout of managed objects in the engine's own heap. Every object starts with a 16-byte
/// header; references are raw addresses of that header (`ObjectRef`).
///
/// ```
///  object:  ┌───────────────┬────────────────┬──────────────────────────────┐
///           │ header (8)    │ TypeDesc* (8)  │ instance fields, by offset   │
///           └───────────────┴────────────────┴──────────────────────────────┘
///  array:   ┌───────────────┬────────────────┬──────────────┬───────────────────────────┐
///           │ header (8)    │ TypeDesc* (8)  │ length (8)   │ elements, componentSize    │
///           └───────────────┴────────────────┴──────────────┴───────────────────────────┘
///  string:  ┌───────────────┬────────────────┬──────────────┬───────────────────────────┐
///           │ header (8)    │ TypeDesc* (8)  │ length (8)   │ UTF-16 code units, + NUL   │
///           └───────────────┴────────────────┴──────────────┴───────────────────────────┘
///  header bits: 0 mark · 1 allocated · 2 finalizable · 3 finalizer ran · 8–31 hash code · 32–63 size/8
/// ```
/// Field offsets are measured from the object address, so the first field of a class sits at
/// offset 16. A boxed value type has the same layout: its fields start at offset 16. The size
/// kept in the header lets the sweeper and the finalizer walk pages without consulting types.
public typealias ObjectRef = UnsafeMutableRawPointer

public enum ObjectLayout {
    public static let headerSize = 16
    public static let typeOffset = 8
    /// Arrays and strings: the element count, then the data.
    public static let lengthOffset = 16
    public static let arrayDataOffset = 24

    static let markBit: UInt64 = 1 << 0
    static let allocatedBit: UInt64 = 1 << 1
    static let finalizableBit: UInt64 = 1 << 2
    static let finalizedBit: UInt64 = 1 << 3

    @inline(__always) static func header(_ o: ObjectRef) -> UInt64 { o.load(as: UInt64.self) }
    @inline(__always) static func setHeader(_ o: ObjectRef, _ v: UInt64) { o.storeBytes(of: v, as: UInt64.self) }
    @inline(__always) static func size(_ o: ObjectRef) -> Int { Int(header(o) >> 32) << 3 }

    @inline(__always) public static func type(_ o: ObjectRef) -> TypeHandle {
        TypeHandle(o.load(fromByteOffset: typeOffset, as: UnsafeMutablePointer<TypeDesc>.self))
    }
    @inline(__always) public static func length(_ o: ObjectRef) -> Int {
        o.load(fromByteOffset: lengthOffset, as: Int.self)
    }
    /// Address of the first UTF-16 unit of a string or the first element of an array.
    @inline(__always) public static func data(_ o: ObjectRef) -> UnsafeMutableRawPointer {
        o + arrayDataOffset
    }
}
