import CILMetadata

/// An assembly the runtime has opened: its metadata, reverse indexes, and caches of what has
/// been loaded from it.
public final class LoadedAssembly {
    public let name: String
    public let path: String
    public let md: Metadata
    public let index: MetadataIndex
    public let isCorlib: Bool
    /// Runtime-async bodies that replace compiled state machines (`--runtime-async`), by the
    /// MethodDef row of the async method: those methods run as MethodImplOptions.Async.
    public var loweredBodies: [UInt32: SyntheticMethodBody] = [:]
    /// TypeDef row by reflection full name (`Ns.Outer+Inner`).
    let typeRows: [String: UInt32]
    /// Non-generic types loaded from TypeDef rows.
    var typeDefs: [UInt32: TypeHandle] = [:]
    /// Generic instantiations by (row, arguments).
    var instantiations: [GenericKey: TypeHandle] = [:]
    /// Interned `ldstr` literals by #US offset (their objects are GC roots).
    var literals: [UInt32: ObjectRef] = [:]

    struct GenericKey: Hashable {
        var row: UInt32
        var arguments: [TypeHandle]
    }

    init(path: String, md: Metadata, isCorlib: Bool) throws {
        self.path = path
        self.md = md
        self.isCorlib = isCorlib
        index = try MetadataIndex(md)
        name = md.tables.rowCount(.assembly) > 0 ? try md.strings.string(md.tables.assembly(1).name) : path
        var rows: [String: UInt32] = [:]
        for r in 1..<(md.tables.rowCount(.typeDef) + 1) {
            rows[try md.fullName(ofTypeDef: r, index: index)] = r
        }
        typeRows = rows
    }

    /// Names of assemblies whose types CILKit's corlib provides: a program compiled against
    /// Mono's or .NET's framework runs on our corlib, resolved by type full name.
    static func isFrameworkAssembly(_ name: String) -> Bool {
        switch name {
        case "mscorlib", "System", "System.Core", "System.Runtime", "System.Private.CoreLib", "netstandard", "corlib":
            return true
        default:
            return name.hasPrefix("System.") || name.hasPrefix("Microsoft.")
        }
    }
}
