/// A metadata token: table number in the high byte, 1-based row in the low 24 bits
/// (ECMA-335 III.1.9). Row 0 is the nil token of that table. `#US` string tokens use table
/// byte 0x70 and carry a heap offset instead of a row.
public struct MetadataToken: Hashable, Sendable, CustomStringConvertible {
    public var rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }
    public init(_ table: TableID, _ row: UInt32) { rawValue = UInt32(table.rawValue) << 24 | (row & 0xFF_FFFF) }

    /// Table byte 0x70: a `#US` offset (the operand of `ldstr`).
    public static let userStringTableByte: UInt8 = 0x70

    public var tableByte: UInt8 { UInt8(truncatingIfNeeded: rawValue >> 24) }
    public var table: TableID? { TableID(rawValue: tableByte) }
    public var row: UInt32 { rawValue & 0xFF_FFFF }
    public var isNil: Bool { row == 0 }

    public var description: String {
        let hex = String(rawValue, radix: 16, uppercase: true)
        return "0x" + String(repeating: "0", count: max(0, 8 - hex.count)) + hex
    }
}
