/// Index into the `#Strings` heap (a byte offset; 0 is the empty string).
public struct StringIndex: Hashable, Sendable { public var rawValue: UInt32; public init(_ v: UInt32) { rawValue = v } }
/// Index into the `#Blob` heap (a byte offset; 0 is the empty blob).
public struct BlobIndex: Hashable, Sendable { public var rawValue: UInt32; public init(_ v: UInt32) { rawValue = v } }
/// Index into the `#GUID` heap (1-based, 16 bytes per entry; 0 is "no GUID").
public struct GuidIndex: Hashable, Sendable { public var rawValue: UInt32; public init(_ v: UInt32) { rawValue = v } }

/// `#Strings`: NUL-terminated UTF-8 identifiers (ECMA-335 II.24.2.3).
public struct StringHeap: Sendable {
    let image: ImageBytes
    let start: Int
    let size: Int

    public func string(_ index: StringIndex) throws(BadImageFormatError) -> String {
        let i = Int(index.rawValue)
        if i == 0 { return "" }
        guard i < size else { throw BadImageFormatError("#Strings index 0x\(String(i, radix: 16)) inside the \(size)-byte heap", at: start) }
        var c = ByteCursor(image.buffer, from: start + i, to: start + size)
        return try c.nullTerminatedString(maxLength: size, "#Strings entry")
    }
}

/// `#Blob`: length-prefixed byte runs (ECMA-335 II.24.2.4).
public struct BlobHeap: Sendable {
    let image: ImageBytes
    let start: Int
    let size: Int

    /// A cursor over the blob's content (not including its length prefix).
    public func cursor(_ index: BlobIndex) throws(BadImageFormatError) -> ByteCursor {
        let i = Int(index.rawValue)
        if i == 0 && size == 0 { return ByteCursor(image.buffer, from: start, to: start) }
        guard i < size else { throw BadImageFormatError("#Blob index 0x\(String(i, radix: 16)) inside the \(size)-byte heap", at: start) }
        var c = ByteCursor(image.buffer, from: start + i, to: start + size)
        let length = Int(try c.compressedUInt("blob length"))
        guard length <= c.remaining else {
            throw BadImageFormatError("blob of \(length) bytes inside the #Blob heap", at: start + i)
        }
        return ByteCursor(image.buffer, from: c.position, to: c.position + length)
    }

    public func bytes(_ index: BlobIndex) throws(BadImageFormatError) -> [UInt8] {
        var c = try cursor(index)
        return try c.bytes(c.remaining)
    }
}

/// `#GUID`: 16-byte entries, 1-based (ECMA-335 II.24.2.5).
public struct GuidHeap: Sendable {
    let image: ImageBytes
    let start: Int
    let size: Int

    public func guid(_ index: GuidIndex) throws(BadImageFormatError) -> [UInt8]? {
        let i = Int(index.rawValue)
        if i == 0 { return nil }
        guard i <= size / 16 else { throw BadImageFormatError("#GUID index \(i) inside a heap of \(size / 16) GUIDs", at: start) }
        return Array(UnsafeRawBufferPointer(rebasing: image.buffer[(start + (i - 1) * 16)..<(start + i * 16)]))
    }

    /// .NET's `Guid.ToString()` form: the first three groups are little-endian.
    public static func format(_ b: [UInt8]) -> String {
        func hex(_ range: [Int]) -> String {
            range.map { i in let s = String(b[i], radix: 16); return s.count == 1 ? "0" + s : s }.joined()
        }
        return "\(hex([3, 2, 1, 0]))-\(hex([5, 4]))-\(hex([7, 6]))-\(hex([8, 9]))-\(hex(Array(10..<16)))"
    }
}

/// `#US`: user strings for `ldstr`, UTF-16 with a length prefix and a trailing flag byte
/// (ECMA-335 II.24.2.4).
public struct UserStringHeap: Sendable {
    let image: ImageBytes
    let start: Int
    let size: Int

    /// The UTF-16 code units of the string at `offset` (the `ldstr` token's low 24 bits).
    public func utf16(_ offset: UInt32) throws(BadImageFormatError) -> [UInt16] {
        let i = Int(offset)
        guard i < size else { throw BadImageFormatError("#US offset 0x\(String(i, radix: 16)) inside the \(size)-byte heap", at: start) }
        var c = ByteCursor(image.buffer, from: start + i, to: start + size)
        let length = Int(try c.compressedUInt("user string length"))
        guard length <= c.remaining else { throw BadImageFormatError("user string of \(length) bytes inside #US", at: start + i) }
        let units = length / 2
        var result = [UInt16](repeating: 0, count: units)
        for k in 0..<units { result[k] = image.u16(c.position + 2 * k) }
        return result
    }

    public func string(_ offset: UInt32) throws(BadImageFormatError) -> String {
        String(decoding: try utf16(offset), as: UTF16.self)
    }

    /// Every (offset, string) in heap order, for tools and cross-checks.
    public func all() throws(BadImageFormatError) -> [(offset: UInt32, value: [UInt16])] {
        var result: [(UInt32, [UInt16])] = []
        var i = 1
        while i < size {
            var c = ByteCursor(image.buffer, from: start + i, to: start + size)
            let length = Int(try c.compressedUInt("user string length"))
            if length == 0 && c.position - start >= size { break }
            guard length <= c.remaining else { throw BadImageFormatError("user string of \(length) bytes inside #US", at: start + i) }
            if length == 0 { i = c.position - start; if i >= size { break }; continue }
            result.append((UInt32(i), try utf16(UInt32(i))))
            i = c.position - start + length
        }
        return result
    }
}
