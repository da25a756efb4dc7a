import CILMetadata
import Foundation

/// Marks methods of an assembled image as runtime-async: sets bit `0x2000`
/// (`MethodImplOptions.Async`, .NET 11) in their MethodDef.ImplFlags cell, in place.
///
/// Why a patch: no tool here can produce the flag. mcs rejects `MethodImpl((MethodImplOptions)0x2000)`
/// (CS0591, it validates against the Mono runtime's own enum) and Mono's ilasm has no syntax for it
/// (`cil managed async` / `flags(0x2000)` are syntax errors). The flag is a pseudo-attribute — a
/// bit in a 2-byte table cell, no CustomAttribute row — so setting it after ilasm yields exactly
/// the metadata Roslyn writes. Only that cell changes; nothing moves.
///
/// Methods are named `Type::Method`, where `Type` is the TypeDef's `Namespace.Name` and a nested
/// type is written `Outer/Inner` (ilasm notation). Every overload with that name is marked.
/// Fixtures list them in a sidecar file `<Name>.async`, one per line; `#` starts a comment.
public enum RuntimeAsyncPatch {
    /// `MethodImplAttributes.Async`.
    public static let asyncFlag: UInt16 = 0x2000

    public struct PatchError: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }

    /// Every MethodDef row of `metadata` by `Type::Method` name (overloads share a name).
    public static func methodRows(_ metadata: Metadata) throws -> [String: [UInt32]] {
        let index = try MetadataIndex(metadata)
        var result: [String: [UInt32]] = [:]
        let count = metadata.tables.rowCount(.methodDef)
        if count > 0 {
            for row in UInt32(1)...count {
                result[try methodName(metadata, index, row), default: []].append(row)
            }
        }
        return result
    }

    /// `Namespace.Outer/Inner::Method` of a MethodDef row.
    public static func methodName(_ metadata: Metadata, _ index: MetadataIndex, _ row: UInt32) throws -> String {
        let typeRow = index.declaringType(ofMethod: row)
        // fullName joins nested types with '+' (reflection); the sidecar uses ilasm's '/'.
        let typeName = try metadata.fullName(ofTypeDef: typeRow, index: index).replacingOccurrences(of: "+", with: "/")
        let m = try metadata.tables.methodDef(row)
        return typeName + "::" + (try metadata.strings.string(m.name))
    }

    /// Sets ImplFlags |= 0x2000 on every MethodDef named in `methods`, rewriting the file at
    /// `path` in place, and returns the patched rows. Throws if a name matches no method (a typo
    /// in a sidecar must not silently leave a method synchronous). Idempotent.
    @discardableResult
    public static func patch(file path: String, methods: [String]) throws -> [UInt32] {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let metadata = try Metadata(bytes: bytes)
        let rowsByName = try methodRows(metadata)
        let layout = metadata.tables.layouts[Int(TableID.methodDef.rawValue)]
        // MethodDef columns (II.22.26): RVA (u32), ImplFlags (u16), Flags (u16), Name, Signature,
        // ParamList. The cell is always 2 bytes wide.
        let implFlagsColumn = 1
        guard layout.columnWidth(implFlagsColumn) == 2 else {
            throw PatchError("\(path): MethodDef.ImplFlags is \(layout.columnWidth(implFlagsColumn)) bytes wide, expected 2")
        }
        var patched: [UInt32] = []
        for name in methods {
            guard let rows = rowsByName[name] else {
                let known = rowsByName.keys.sorted().joined(separator: ", ")
                throw PatchError("\(path): no method named \(name); the image defines \(known)")
            }
            for row in rows {
                let offset = try metadata.tables.rowOffset(.methodDef, row) + layout.columnOffset(implFlagsColumn)
                let old = UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
                let new = old | asyncFlag
                bytes[offset] = UInt8(new & 0xFF)
                bytes[offset + 1] = UInt8(new >> 8)
                patched.append(row)
            }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        // Re-read: the flag must now be set on exactly the named rows' cells, nothing else moved.
        let check = try Metadata(path: path)
        for row in patched where try check.tables.methodDef(row).implFlags & asyncFlag == 0 {
            throw PatchError("\(path): MethodDef row \(row) does not read back with 0x2000 after patching")
        }
        return patched.sorted()
    }

    /// `Type::Method` names of the methods whose ImplFlags carry 0x2000, sorted, deduplicated.
    public static func asyncMethods(file path: String) throws -> [String] {
        let metadata = try Metadata(path: path)
        let index = try MetadataIndex(metadata)
        var names = Set<String>()
        let count = metadata.tables.rowCount(.methodDef)
        if count > 0 {
            for row in UInt32(1)...count where try metadata.tables.methodDef(row).implFlags & asyncFlag != 0 {
                names.insert(try methodName(metadata, index, row))
            }
        }
        return names.sorted()
    }

    /// The method names listed in a sidecar file: one `Type::Method` per line; blank lines and
    /// `#` comments are ignored.
    public static func sidecarMethods(_ url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = code.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
    }

    /// Assembles `Tests/Fixtures/<relativePath>` (an `.il` file) with ilasm, copies the result
    /// and marks the methods listed in the sidecar `<Name>.async` beside it. The patched image is
    /// cached under `.build/fixture-cache/ra-<hash of .il and .async>/`. Nil when ilasm is missing.
    public static func buildPatched(fixture relativePath: String) throws -> String? {
        let source = Toolchain.fixturesDirectory.appendingPathComponent(relativePath)
        let sidecar = source.deletingPathExtension().appendingPathExtension("async")
        let methods = FileManager.default.fileExists(atPath: sidecar.path) ? try sidecarMethods(sidecar) : []
        guard let assembled = try Toolchain.build(source: source) else { return nil }
        let key = Toolchain.hash(try Data(contentsOf: source) + Data(methods.joined(separator: "\n").utf8))
        let dir = Toolchain.cacheDirectory.appendingPathComponent("ra-" + key)
        let output = dir.appendingPathComponent(URL(fileURLWithPath: assembled).lastPathComponent)
        if FileManager.default.fileExists(atPath: output.path) { return output.path }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let temp = dir.appendingPathComponent("tmp-\(UUID().uuidString)-" + output.lastPathComponent)
        try FileManager.default.copyItem(atPath: assembled, toPath: temp.path)
        try patch(file: temp.path, methods: methods)
        try Toolchain.publish(temp, as: output)
        return output.path
    }
}
