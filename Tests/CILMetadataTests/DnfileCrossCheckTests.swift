import CILMetadata
import Foundation
import Testing
import TestSupport

/// Cross-checks the reader against an independent implementation, the Python package dnfile
/// (driven by Utilities/dnfile_dump.py): every table's row count and every cell of every row,
/// decoded #Strings entries, blob contents, #US entries and GUIDs must agree.
@Suite("dnfile cross-check")
struct DnfileCrossCheckTests {
    struct Dump: Decodable {
        struct Table: Decodable { var columns: [String]; var rows: [[Int64]] }
        var tables: [String: Table]
        var strings: [String: [String?]]
        var blobs: [String: [String?]]
        var userStrings: [[Value]]
        var guids: [String]
    }

    /// A JSON scalar (user string entries are `[offset, text]`).
    enum Value: Decodable {
        case int(Int64), string(String), null
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null } else if let i = try? c.decode(Int64.self) { self = .int(i) } else { self = .string(try c.decode(String.self)) }
        }
    }

    static func dump(_ path: String) throws -> Dump? {
        guard Toolchain.available(Toolchain.hasDnfile ? "" : nil, "python3 with dnfile (pip install dnfile)") else { return nil }
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let key = Toolchain.hash(Data("\(path)|\(attributes[.size] ?? 0)|\(attributes[.modificationDate] ?? 0)".utf8))
        try FileManager.default.createDirectory(at: Toolchain.cacheDirectory, withIntermediateDirectories: true)
        let script = Toolchain.repositoryRoot.appendingPathComponent("Utilities/dnfile_dump.py").path
        let scriptKey = try Data(contentsOf: URL(fileURLWithPath: script))
        let cachedWithScript = Toolchain.cacheDirectory.appendingPathComponent("dnfile-\(key)-\(Toolchain.hash(scriptKey)).json")
        if !FileManager.default.fileExists(atPath: cachedWithScript.path) {
            let r = try Toolchain.run(Toolchain.python!, [script, path, "-o", cachedWithScript.path])
            guard r.status == 0 else { throw FixtureError(description: "dnfile_dump.py failed: \(r.stderr)") }
        }
        return try JSONDecoder().decode(Dump.self, from: Data(contentsOf: cachedWithScript))
    }

    static var inputs: [String] { MonoFrameworkTests.assemblies.map { "mono:" + $0 } + Toolchain.fixtures("Metadata", "cs") + Toolchain.fixtures("IL", "il") }

    static func resolve(_ input: String) throws -> String? {
        if input.hasPrefix("mono:") {
            guard Toolchain.hasMonoFramework else { return nil }
            return Toolchain.monoAssembly(String(input.dropFirst(5)))
        }
        return try Toolchain.build(fixture: input)
    }

    @Test("every table, row and cell agrees with dnfile", arguments: inputs)
    func tablesAgree(_ input: String) throws {
        guard let path = try Self.resolve(input), let dump = try Self.dump(path) else { return }
        let md = try Metadata(path: path)
        var present = 0
        for table in TableID.allCases {
            let count = Int(md.tables.rowCount(table))
            let expected = dump.tables[table.name]
            #expect(count == (expected?.rows.count ?? 0), "row count of \(table.name)")
            guard let expected, count == expected.rows.count else { continue }
            present += 1
            let schema = TableSchema.columns(of: table)
            #expect(expected.columns == schema.map(\.name), "columns of \(table.name)")
            var mismatches = 0
            for row in 0..<count {
                for column in 0..<schema.count {
                    let mine = Int64(try md.tables.rawCell(table, row: UInt32(row + 1), column: column))
                    if mine != expected.rows[row][column] {
                        mismatches += 1
                        if mismatches <= 5 { Issue.record("\(table.name) row \(row + 1) \(schema[column].name): ours \(mine), dnfile \(expected.rows[row][column])") }
                    }
                }
            }
            #expect(mismatches == 0, "\(table.name): \(mismatches) cells differ")
            // Decoded heap values.
            for (column, (name, kind)) in schema.enumerated() {
                if kind == .string, let strings = dump.strings["\(table.name).\(name)"] {
                    for (row, s) in strings.enumerated() where s != nil {
                        let mine = try md.strings.string(StringIndex(md.tables.rawCell(table, row: UInt32(row + 1), column: column)))
                        #expect(mine == s, "\(table.name).\(name) row \(row + 1)")
                    }
                }
                if kind == .blob, let blobs = dump.blobs["\(table.name).\(name)"] {
                    for (row, hex) in blobs.enumerated() where hex != nil {
                        let bytes = try md.blobs.bytes(BlobIndex(md.tables.rawCell(table, row: UInt32(row + 1), column: column)))
                        let mine = bytes.map { String(format: "%02x", $0) }.joined()
                        #expect(mine == hex, "\(table.name).\(name) row \(row + 1)")
                    }
                }
            }
        }
        #expect(present == dump.tables.count, "tables dnfile reports but we do not")
        // #US entries.
        let mine = try md.userStrings.all()
        let theirs = dump.userStrings.compactMap { entry -> (Int64, String)? in
            guard entry.count == 2, case .int(let o) = entry[0], case .string(let s) = entry[1] else { return nil }
            return (o, s)
        }.filter { $0.0 != 0 }
        for (i, (offset, text)) in theirs.enumerated() where i < mine.count {
            #expect(Int64(mine[i].offset) == offset, "#US entry \(i) offset")
            #expect(String(decoding: mine[i].value, as: UTF16.self) == text, "#US entry at \(offset)")
        }
        // GUIDs.
        for (i, g) in dump.guids.enumerated() {
            let bytes = try md.guids.guid(GuidIndex(UInt32(i + 1)))
            #expect(bytes.map(GuidHeap.format) == g, "GUID \(i + 1)")
        }
    }
}
