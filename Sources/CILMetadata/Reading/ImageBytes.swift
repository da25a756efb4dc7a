/// The raw bytes of an image file, owned by the reader.
///
/// Everything the reader parses points into this one buffer by *offset*. The buffer is
/// immutable after load; it is freed when the last `ImageBytes` reference goes away.
/// All accessors that take an offset are unchecked: callers validate ranges first with
/// `checkRange`, which throws `BadImageFormatError` instead of trapping.
public final class ImageBytes: @unchecked Sendable {
    public let buffer: UnsafeRawBufferPointer
    private let storage: UnsafeMutableRawBufferPointer

    /// Copies `bytes` into reader-owned memory.
    public init(_ bytes: some Collection<UInt8>) {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        _ = storage.initializeMemory(as: UInt8.self, from: bytes)
        self.storage = storage
        self.buffer = UnsafeRawBufferPointer(rebasing: storage[0..<bytes.count])
    }

    /// Takes ownership of already-allocated memory (used by the file loader).
    init(adopting storage: UnsafeMutableRawBufferPointer, count: Int) {
        self.storage = storage
        self.buffer = UnsafeRawBufferPointer(rebasing: storage[0..<count])
    }

    deinit { storage.deallocate() }

    public var count: Int { buffer.count }

    /// Throws unless `offset ..< offset + length` lies inside the image.
    @inline(__always)
    public func checkRange(_ offset: Int, _ length: Int, _ what: @autoclosure () -> String) throws(BadImageFormatError) {
        guard offset >= 0, length >= 0, offset <= buffer.count, length <= buffer.count - offset else {
            throw BadImageFormatError("\(what()) extends past the end of the file (needs \(length) bytes)", at: max(0, offset))
        }
    }

    @inline(__always) public func u8(_ offset: Int) -> UInt8 { buffer[offset] }
    @inline(__always) public func u16(_ offset: Int) -> UInt16 { UInt16(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) }
    @inline(__always) public func u32(_ offset: Int) -> UInt32 { UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    @inline(__always) public func u64(_ offset: Int) -> UInt64 { UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }

    /// A cursor over `offset ..< offset + length` (validated).
    public func cursor(_ offset: Int, _ length: Int, _ what: @autoclosure () -> String) throws(BadImageFormatError) -> ByteCursor {
        try checkRange(offset, length, what())
        return ByteCursor(buffer, from: offset, to: offset + length)
    }
}
