/// Where one table's rows sit in the image and how each row is laid out.
///
/// A row is a fixed-size record of 1-, 2- or 4-byte little-endian cells. `columns[i]` packs
/// column *i*'s byte offset inside the row (low 8 bits) and its width (high 8 bits), so the
/// layout is a plain value with no heap storage.
public struct TableLayout: Sendable {
    public var rowCount: UInt32 = 0
    public var rowSize: Int = 0
    /// Absolute file offset of row 1.
    public var fileOffset: Int = 0
    public var columnCount: Int = 0
    var columns = SIMD16<UInt16>()

    public func columnOffset(_ i: Int) -> Int { Int(columns[i] & 0xFF) }
    public func columnWidth(_ i: Int) -> Int { Int(columns[i] >> 8) }
}

/// The `#~` (or `#-`) stream: the metadata tables (ECMA-335 II.24.2.6).
///
/// ```
///  ┌──────────┬───────┬───────┬───────────┬──────────┬────────────┬─────────────┬──────────────────┬────────────┐
///  │ reserved │ major │ minor │ heapSizes │ reserved │ valid u64  │ sorted u64  │ rows: u32 per     │ table rows │
///  │ u32      │ u8    │ u8    │ u8        │ u8       │ (bit/table)│             │ present table     │ in order   │
///  └──────────┴───────┴───────┴───────────┴──────────┴────────────┴─────────────┴──────────────────┴────────────┘
/// ```
/// `heapSizes` bits 0x01/0x02/0x04 make #Strings/#GUID/#Blob indices 4 bytes wide; 0x40 adds
/// four bytes of extra data after the row counts (seen in edit-and-continue images). A simple
/// index is 4 bytes when its table has 2^16 rows or more; a coded index is 4 bytes when any of
/// its tables has 2^(16 − tag bits) rows or more.
public struct MetadataTables: Sendable {
    let image: ImageBytes
    public let majorVersion: UInt8
    public let minorVersion: UInt8
    public let heapSizes: UInt8
    public let validMask: UInt64
    public let sortedMask: UInt64
    /// Indexed by table number; tables absent from the image have `rowCount == 0`.
    public let layouts: [TableLayout]
    /// True for the uncompressed `#-` form, where the *Ptr indirection tables may appear.
    public let isUncompressed: Bool

    public func rowCount(_ table: TableID) -> UInt32 { layouts[Int(table.rawValue)].rowCount }

    init(_ image: ImageBytes, stream: MetadataRoot.StreamHeader) throws(BadImageFormatError) {
        self.image = image
        isUncompressed = stream.name == "#-"
        var c = try image.cursor(stream.fileOffset, stream.size, "\(stream.name) stream")
        _ = try c.u32("tables stream reserved field")
        majorVersion = try c.u8("tables stream major version")
        minorVersion = try c.u8("tables stream minor version")
        heapSizes = try c.u8("HeapSizes")
        _ = try c.u8("tables stream reserved byte")
        let validMask = try c.u64("Valid mask")
        self.validMask = validMask
        sortedMask = try c.u64("Sorted mask")
        if validMask >> (TableID.maxTableNumber + 1) != 0 {
            let bit = (TableID.maxTableNumber + 1..<64).first { validMask & (1 << UInt64($0)) != 0 }!
            throw BadImageFormatError("Valid mask naming only tables 0x00–0x\(String(TableID.maxTableNumber, radix: 16)), found table 0x\(String(bit, radix: 16))", at: stream.fileOffset + 8)
        }
        var layouts = [TableLayout](repeating: TableLayout(), count: TableID.maxTableNumber + 1)
        for t in 0...TableID.maxTableNumber where validMask & (1 << UInt64(t)) != 0 {
            let rows = try c.u32("row count")
            guard rows <= 0xFF_FFFF else {
                throw BadImageFormatError("row count below 2^24 for table \(TableID(rawValue: UInt8(t))!.name), found \(rows)", at: c.position - 4)
            }
            layouts[t].rowCount = rows
        }
        if heapSizes & 0x40 != 0 { _ = try c.u32("extra data") }

        let stringWidth = heapSizes & 0x01 != 0 ? 4 : 2
        let guidWidth = heapSizes & 0x02 != 0 ? 4 : 2
        let blobWidth = heapSizes & 0x04 != 0 ? 4 : 2
        func width(_ kind: ColumnKind, _ layouts: [TableLayout]) -> Int {
            switch kind {
            case .u8: return 1
            case .u16: return 2
            case .u32: return 4
            case .string: return stringWidth
            case .guid: return guidWidth
            case .blob: return blobWidth
            case .index(let t): return layouts[Int(t.rawValue)].rowCount < 0x1_0000 ? 2 : 4
            case .coded(let k):
                let limit = UInt32(1) << (16 - k.tagBits)
                let big = k.tables.contains { t in t.map { layouts[Int($0.rawValue)].rowCount >= limit } ?? false }
                return big ? 4 : 2
            }
        }
        var offset = c.position
        for table in TableID.allCases {
            let t = Int(table.rawValue)
            var columnOffset = 0
            let schema = TableSchema.columns(of: table)
            layouts[t].columnCount = schema.count
            for (i, column) in schema.enumerated() {
                let w = width(column.kind, layouts)
                layouts[t].columns[i] = UInt16(columnOffset) | UInt16(w) << 8
                columnOffset += w
            }
            layouts[t].rowSize = columnOffset
            layouts[t].fileOffset = offset
            let bytes = Int(layouts[t].rowCount) * columnOffset
            guard bytes <= c.end - offset else {
                throw BadImageFormatError("\(layouts[t].rowCount) rows of table \(table.name) (\(bytes) bytes) inside the \(stream.name) stream", at: offset)
            }
            offset += bytes
        }
        self.layouts = layouts
    }

    /// File offset of row `row` (1-based) of `table`, or an error naming the bad row.
    @inline(__always)
    public func rowOffset(_ table: TableID, _ row: UInt32) throws(BadImageFormatError) -> Int {
        let l = layouts[Int(table.rawValue)]
        guard row >= 1 && row <= l.rowCount else {
            throw BadImageFormatError("row \(row) of table \(table.name), which has \(l.rowCount) rows")
        }
        return l.fileOffset + Int(row - 1) * l.rowSize
    }

    @inline(__always)
    func cell(_ rowOffset: Int, _ l: TableLayout, _ column: Int) -> UInt32 {
        let c = l.columns[column]
        let at = rowOffset + Int(c & 0xFF)
        switch c >> 8 {
        case 1: return UInt32(image.u8(at))
        case 2: return UInt32(image.u16(at))
        default: return image.u32(at)
        }
    }

    /// Raw cell value of any table/row/column, as stored (used by tools and the dnfile cross-check).
    public func rawCell(_ table: TableID, row: UInt32, column: Int) throws(BadImageFormatError) -> UInt32 {
        let o = try rowOffset(table, row)
        return cell(o, layouts[Int(table.rawValue)], column)
    }

    /// Decodes a coded index into a token; an unused tag is malformed input.
    @inline(__always)
    func decode(_ raw: UInt32, _ kind: CodedIndexKind, _ at: Int) throws(BadImageFormatError) -> MetadataToken {
        let bits = kind.tagBits
        let tag = Int(raw & ((1 << UInt32(bits)) - 1))
        guard let table = kind.table(forTag: tag) else {
            throw BadImageFormatError("\(kind.name) coded index with a valid tag, found tag \(tag)", at: at)
        }
        return MetadataToken(table, raw >> UInt32(bits))
    }

    public func decodeCodedIndex(_ raw: UInt32, _ kind: CodedIndexKind) throws(BadImageFormatError) -> MetadataToken {
        try decode(raw, kind, 0)
    }
}
