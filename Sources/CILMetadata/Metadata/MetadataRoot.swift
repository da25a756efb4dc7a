/// The metadata root (ECMA-335 II.24.2.1) and its stream headers.
///
/// ```
///  ┌────────────┬───────┬───────┬──────────┬────────┬─────────────────┬───────┬─────────┬────────────────────────┐
///  │ 0x424A5342 │ major │ minor │ reserved │ length │ version (padded)│ flags │ streams │ stream headers:        │
///  │ "BSJB"     │ u16   │ u16   │ u32      │ u32    │ length bytes    │ u16   │ u16     │ offset u32, size u32,  │
///  │            │       │       │          │        │                 │       │         │ name NUL-padded to 4   │
///  └────────────┴───────┴───────┴──────────┴────────┴─────────────────┴───────┴─────────┴────────────────────────┘
/// ```
/// Stream offsets are relative to the root. Known streams: `#~` (compressed tables), `#-`
/// (uncompressed tables, as in edit-and-continue images), `#Strings`, `#US`, `#Blob`, `#GUID`.
public struct MetadataRoot: Sendable {
    public struct StreamHeader: Sendable {
        public var name: String
        /// Absolute file offset of the stream's first byte.
        public var fileOffset: Int
        public var size: Int
    }

    public var majorVersion: UInt16
    public var minorVersion: UInt16
    /// The runtime version string, e.g. "v4.0.30319".
    public var version: String
    public var streams: [StreamHeader]

    public func stream(named name: String) -> StreamHeader? { streams.first { $0.name == name } }

    init(_ image: ImageBytes, at root: Int, size: Int) throws(BadImageFormatError) {
        var c = try image.cursor(root, size, "metadata root (\(size) bytes)")
        guard try c.u32("metadata signature") == 0x424A_5342 else {
            throw BadImageFormatError("metadata signature 'BSJB'", at: root)
        }
        majorVersion = try c.u16("metadata major version")
        minorVersion = try c.u16("metadata minor version")
        _ = try c.u32("reserved")
        let versionLength = Int(try c.u32("version length"))
        guard versionLength <= 255 else {
            throw BadImageFormatError("version string of at most 255 bytes, found \(versionLength)", at: c.position - 4)
        }
        let versionBytes = try c.bytes(versionLength, "version string")
        version = String(decoding: versionBytes.prefix { $0 != 0 }, as: UTF8.self)
        _ = try c.u16("metadata flags")
        let count = Int(try c.u16("stream count"))
        var streams: [StreamHeader] = []
        for _ in 0..<count {
            let offset = Int(try c.u32("stream offset"))
            let streamSize = Int(try c.u32("stream size"))
            let nameStart = c.position
            let name = try c.nullTerminatedString(maxLength: 32, "stream name")
            try c.align(4, from: nameStart)
            guard offset <= size, streamSize <= size - offset else {
                throw BadImageFormatError("stream \(name) (offset \(offset), size \(streamSize)) inside the \(size)-byte metadata", at: nameStart - 8)
            }
            streams.append(StreamHeader(name: name, fileOffset: root + offset, size: streamSize))
        }
        self.streams = streams
    }
}
