#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A loaded ECMA-335 image: PE headers, CLI header, metadata root, the four heaps and the
/// tables. This is the entry point of `CILMetadata`.
///
/// Loading validates the *structure* (headers, stream bounds, table extents); everything reached
/// through an index (heap entries, rows, signatures, method bodies) is validated when read, and
/// any problem is a `BadImageFormatError`.
public final class Metadata: Sendable {
    public let image: ImageBytes
    public let pe: PEFile
    public let cliHeader: CLIHeader
    public let root: MetadataRoot
    public let tables: MetadataTables
    public let strings: StringHeap
    public let blobs: BlobHeap
    public let guids: GuidHeap
    public let userStrings: UserStringHeap

    /// Parses an image held in memory.
    public init(image: ImageBytes) throws(BadImageFormatError) {
        self.image = image
        pe = try PEFile(image)
        guard let cliDir = pe.cliHeaderDirectory, !cliDir.isEmpty else {
            throw BadImageFormatError("a CLI header (PE data directory 14); this is not a .NET assembly")
        }
        let cliOffset = try pe.fileOffset(ofRVA: cliDir.rva, length: 72, "CLI header")
        cliHeader = try CLIHeader(image, at: cliOffset)
        let md = cliHeader.metadata
        guard !md.isEmpty else { throw BadImageFormatError("metadata directory in the CLI header", at: cliOffset + 8) }
        let rootOffset = try pe.fileOffset(ofRVA: md.rva, length: Int(md.size), "metadata")
        let root = try MetadataRoot(image, at: rootOffset, size: Int(md.size))
        self.root = root
        func heap(_ name: String) -> (Int, Int) {
            guard let s = root.stream(named: name) else { return (rootOffset, 0) }
            return (s.fileOffset, s.size)
        }
        let (s0, s1) = heap("#Strings"); strings = StringHeap(image: image, start: s0, size: s1)
        let (b0, b1) = heap("#Blob"); blobs = BlobHeap(image: image, start: b0, size: b1)
        let (g0, g1) = heap("#GUID"); guids = GuidHeap(image: image, start: g0, size: g1)
        let (u0, u1) = heap("#US"); userStrings = UserStringHeap(image: image, start: u0, size: u1)
        guard let tableStream = root.stream(named: "#~") ?? root.stream(named: "#-") else {
            throw BadImageFormatError("a #~ or #- tables stream in the metadata root", at: rootOffset)
        }
        tables = try MetadataTables(image, stream: tableStream)
    }

    /// Parses the bytes of an image.
    public convenience init(bytes: [UInt8]) throws(BadImageFormatError) {
        try self.init(image: ImageBytes(bytes))
    }

    /// Reads and parses the file at `path`. File-system failures are `FileReadError`s; malformed
    /// content is a `BadImageFormatError`.
    public convenience init(path: String) throws {
        try self.init(image: try ImageBytes(contentsOfFile: path))
    }

    /// The entry point's MethodDef token, if the image has one.
    public var entryPoint: MetadataToken? {
        let t = MetadataToken(rawValue: cliHeader.entryPointToken)
        guard cliHeader.flags & 0x10 == 0, t.table == .methodDef, !t.isNil else { return nil }
        return t
    }

    // MARK: Member lists

    /// Rows of `target` owned by row `row` of `owner`, per the list column `column`
    /// (e.g. TypeDef.FieldList): from this row's start to the next row's start, resolved
    /// through the matching *Ptr table when the image has one.
    func list(owner: TableID, row: UInt32, column: Int, target: TableID, pointer: TableID) throws(BadImageFormatError) -> [UInt32] {
        let ownerCount = tables.rowCount(owner)
        let targetCount = tables.rowCount(target)
        let usesPointer = tables.rowCount(pointer) > 0
        let listCount = usesPointer ? tables.rowCount(pointer) : targetCount
        let start = try tables.rawCell(owner, row: row, column: column)
        let end = row < ownerCount ? try tables.rawCell(owner, row: row + 1, column: column) : listCount + 1
        guard start >= 1, start <= listCount + 1 else {
            throw BadImageFormatError("\(owner.name) row \(row): list start \(start) within \(target.name) (\(listCount) rows)")
        }
        let clampedEnd = min(max(end, start), listCount + 1)
        if !usesPointer { return Array(start..<clampedEnd) }
        var rows: [UInt32] = []
        for i in start..<clampedEnd {
            let r = try tables.rawCell(pointer, row: i, column: 0)
            guard r >= 1 && r <= targetCount else {
                throw BadImageFormatError("\(pointer.name) row \(i) pointing at \(target.name) row \(r) of \(targetCount)")
            }
            rows.append(r)
        }
        return rows
    }

    public func fields(ofType row: UInt32) throws(BadImageFormatError) -> [UInt32] {
        try list(owner: .typeDef, row: row, column: 4, target: .field, pointer: .fieldPtr)
    }
    public func methods(ofType row: UInt32) throws(BadImageFormatError) -> [UInt32] {
        try list(owner: .typeDef, row: row, column: 5, target: .methodDef, pointer: .methodPtr)
    }
    public func parameters(ofMethod row: UInt32) throws(BadImageFormatError) -> [UInt32] {
        try list(owner: .methodDef, row: row, column: 5, target: .param, pointer: .paramPtr)
    }
    public func events(ofMap row: UInt32) throws(BadImageFormatError) -> [UInt32] {
        try list(owner: .eventMap, row: row, column: 1, target: .event, pointer: .eventPtr)
    }
    public func properties(ofMap row: UInt32) throws(BadImageFormatError) -> [UInt32] {
        try list(owner: .propertyMap, row: row, column: 1, target: .property, pointer: .propertyPtr)
    }

    /// Reads the method body of a MethodDef with an RVA, or nil for abstract/extern methods.
    public func methodBody(ofMethod row: UInt32) throws(BadImageFormatError) -> MethodBody? {
        let m = try tables.methodDef(row)
        guard m.rva != 0 else { return nil }
        // Abstract, internal-call, runtime and P/Invoke methods have no IL body.
        if m.implFlags & 0x0003 != 0 { return nil }
        let offset = try pe.fileOffset(ofRVA: m.rva, length: 1, "method body of MethodDef row \(row)")
        return try MethodBody(image, at: offset)
    }

    /// The standalone signature blob (locals or `calli` signature) behind a StandAloneSig token.
    public func standAloneSignature(_ token: MetadataToken) throws(BadImageFormatError) -> ByteCursor {
        guard token.table == .standAloneSig else {
            throw BadImageFormatError("StandAloneSig token, found \(token)")
        }
        return try blobs.cursor(tables.standAloneSig(token.row).signature)
    }
}

/// A file could not be read (missing, unreadable, or a directory).
public struct FileReadError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "cannot read \(path): \(reason)" }
}

extension ImageBytes {
    /// Reads a whole file into reader-owned memory.
    public convenience init(contentsOfFile path: String) throws(FileReadError) {
        guard let file = fopen(path, "rb") else {
            throw FileReadError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var info = stat()
        guard fstat(fileno(file), &info) == 0 else {
            throw FileReadError(path: path, reason: String(cString: strerror(errno)))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw FileReadError(path: path, reason: "not a regular file") }
        let size = Int(info.st_size)
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 1), alignment: 16)
        let read = size == 0 ? 0 : fread(storage.baseAddress, 1, size, file)
        guard read == size else {
            storage.deallocate()
            throw FileReadError(path: path, reason: "short read (\(read) of \(size) bytes)")
        }
        self.init(adopting: storage, count: size)
    }
}
