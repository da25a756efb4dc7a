/// A bounds-checked forward reader over part of an image: signatures, method bodies,
/// custom-attribute blobs. Positions are absolute file offsets, so errors can name them.
///
/// A cursor does not own memory; it is only valid while the `ImageBytes` it came from lives.
public struct ByteCursor {
    @usableFromInline let base: UnsafeRawBufferPointer
    /// Absolute file offset of the next byte to read.
    public private(set) var position: Int
    /// Absolute file offset one past the last readable byte.
    public let end: Int

    init(_ base: UnsafeRawBufferPointer, from start: Int, to end: Int) {
        self.base = base
        self.position = start
        self.end = end
    }

    public var remaining: Int { end - position }
    public var isAtEnd: Bool { position >= end }

    @inline(__always)
    mutating func need(_ n: Int, _ what: StaticString) throws(BadImageFormatError) {
        guard n <= end - position else {
            throw BadImageFormatError("\(what) (\(n) bytes) but only \(max(0, end - position)) remain", at: position)
        }
    }

    @inline(__always)
    public mutating func u8(_ what: StaticString = "byte") throws(BadImageFormatError) -> UInt8 {
        try need(1, what)
        defer { position += 1 }
        return base[position]
    }

    @inline(__always)
    public mutating func peekU8(_ what: StaticString = "byte") throws(BadImageFormatError) -> UInt8 {
        try need(1, what)
        return base[position]
    }

    @inline(__always)
    public mutating func u16(_ what: StaticString = "uint16") throws(BadImageFormatError) -> UInt16 {
        try need(2, what)
        defer { position += 2 }
        return UInt16(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt16.self))
    }

    @inline(__always)
    public mutating func u32(_ what: StaticString = "uint32") throws(BadImageFormatError) -> UInt32 {
        try need(4, what)
        defer { position += 4 }
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt32.self))
    }

    @inline(__always)
    public mutating func u64(_ what: StaticString = "uint64") throws(BadImageFormatError) -> UInt64 {
        try need(8, what)
        defer { position += 8 }
        return UInt64(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    public mutating func skip(_ n: Int, _ what: StaticString = "bytes") throws(BadImageFormatError) {
        guard n >= 0 else { throw BadImageFormatError("negative length for \(what)", at: position) }
        try need(n, what)
        position += n
    }

    public mutating func bytes(_ n: Int, _ what: StaticString = "bytes") throws(BadImageFormatError) -> [UInt8] {
        guard n >= 0 else { throw BadImageFormatError("negative length for \(what)", at: position) }
        try need(n, what)
        defer { position += n }
        return Array(UnsafeRawBufferPointer(rebasing: base[position..<position + n]))
    }

    /// ECMA-335 II.23.2 compressed unsigned integer (1, 2 or 4 bytes, big-endian).
    @inline(__always)
    public mutating func compressedUInt(_ what: StaticString = "compressed integer") throws(BadImageFormatError) -> UInt32 {
        let b0 = try u8(what)
        if b0 & 0x80 == 0 { return UInt32(b0) }
        if b0 & 0xC0 == 0x80 {
            let b1 = try u8(what)
            return (UInt32(b0 & 0x3F) << 8) | UInt32(b1)
        }
        if b0 & 0xE0 == 0xC0 {
            try need(3, what)
            let b1 = base[position], b2 = base[position + 1], b3 = base[position + 2]
            position += 3
            return (UInt32(b0 & 0x1F) << 24) | (UInt32(b1) << 16) | (UInt32(b2) << 8) | UInt32(b3)
        }
        throw BadImageFormatError("\(what): invalid lead byte 0x\(String(b0, radix: 16))", at: position - 1)
    }

    /// ECMA-335 II.23.2 compressed signed integer (rotated sign bit).
    public mutating func compressedInt(_ what: StaticString = "compressed signed integer") throws(BadImageFormatError) -> Int32 {
        let start = position
        let raw = try compressedUInt(what)
        let width = position - start
        let negative = raw & 1 != 0
        var value = Int32(bitPattern: raw >> 1)
        if negative {
            switch width {
            case 1: value -= 0x40
            case 2: value -= 0x2000
            default: value -= 0x1000_0000
            }
        }
        return value
    }

    /// A null-terminated string starting here (the terminator is consumed), decoded as UTF-8.
    public mutating func nullTerminatedString(maxLength: Int, _ what: StaticString) throws(BadImageFormatError) -> String {
        let limit = min(end, position + maxLength)
        var i = position
        while i < limit && base[i] != 0 { i += 1 }
        guard i < limit else { throw BadImageFormatError("\(what): missing terminating NUL", at: position) }
        let s = String(decoding: UnsafeRawBufferPointer(rebasing: base[position..<i]), as: UTF8.self)
        position = i + 1
        return s
    }

    /// Advances to the next multiple of `alignment` counted from `origin`.
    public mutating func align(_ alignment: Int, from origin: Int) throws(BadImageFormatError) {
        let rel = position - origin
        let pad = (alignment - rel % alignment) % alignment
        try skip(pad, "alignment padding")
    }
}
