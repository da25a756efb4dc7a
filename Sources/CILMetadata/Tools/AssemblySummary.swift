/// What `cilkit info` reports, computed from the metadata: identity, references, counts,
/// entry point, and the async methods of both models.
public struct AssemblySummary {
    let md: Metadata
    let index: MetadataIndex
    let names: ILAsmNames

    public init(_ md: Metadata) throws(BadImageFormatError) {
        self.md = md
        index = try MetadataIndex(md)
        names = ILAsmNames(md, index: index)
    }

    func version(_ a: UInt16, _ b: UInt16, _ c: UInt16, _ d: UInt16) -> String { "\(a).\(b).\(c).\(d)" }

    func methodName(_ row: UInt32) throws(BadImageFormatError) -> String {
        let type = index.declaringType(ofMethod: row)
        let name = try md.strings.string(md.tables.methodDef(row).name)
        guard type != 0 else { return name }
        return try md.fullName(ofTypeDef: type, index: index) + "::" + name
    }

    public func text(path: String) throws(BadImageFormatError) -> String {
        let t = md.tables
        var s = ""
        if t.rowCount(.assembly) > 0 {
            let a = try t.assembly(1)
            s += "Assembly:    \(try md.strings.string(a.name)), Version=\(version(a.majorVersion, a.minorVersion, a.buildNumber, a.revisionNumber))"
            let culture = try md.strings.string(a.culture)
            s += ", Culture=\(culture.isEmpty ? "neutral" : culture)"
            let key = try md.blobs.bytes(a.publicKey)
            s += key.isEmpty ? "\n" : ", PublicKey=\(key.count) bytes\n"
        } else {
            s += "Assembly:    (none: a module without a manifest)\n"
        }
        if t.rowCount(.module) > 0 { s += "Module:      \(try md.strings.string(t.module(1).name))\n" }
        s += "Kind:        \(md.pe.isDLL ? "library (dll)" : "executable (exe)"), \(md.pe.isPE32Plus ? "PE32+" : "PE32"), runtime \(md.root.version)\n"
        var corFlags: [String] = []
        if md.cliHeader.flags & 0x1 != 0 { corFlags.append("IL only") }
        if md.cliHeader.flags & 0x2 != 0 { corFlags.append("32-bit required") }
        if md.cliHeader.flags & 0x8 != 0 { corFlags.append("strong-name signed") }
        if md.cliHeader.flags & 0x20000 != 0 { corFlags.append("32-bit preferred") }
        s += "CLI flags:   0x\(String(md.cliHeader.flags, radix: 16)) (\(corFlags.joined(separator: ", ")))\n"

        s += "References:\n"
        if t.rowCount(.assemblyRef) == 0 { s += "  (none)\n" }
        for r in 1..<(t.rowCount(.assemblyRef) + 1) {
            let a = try t.assemblyRef(r)
            s += "  \(try md.strings.string(a.name)), Version=\(version(a.majorVersion, a.minorVersion, a.buildNumber, a.revisionNumber))\n"
        }
        for r in 1..<(t.rowCount(.moduleRef) + 1) {
            s += "  module \(try md.strings.string(t.moduleRef(r).name)) (native or module reference)\n"
        }

        var ilBytes = 0
        var bodies = 0
        var asyncFlagged: [UInt32] = []
        for m in 1..<(t.rowCount(.methodDef) + 1) {
            let row = try t.methodDef(m)
            if row.implFlags & 0x2000 != 0 { asyncFlagged.append(m) }
            if let body = try md.methodBody(ofMethod: m) {
                ilBytes += body.codeSize
                bodies += 1
            }
        }
        s += "Counts:\n"
        s += "  types         \(t.rowCount(.typeDef))\n"
        s += "  methods       \(t.rowCount(.methodDef)) (\(bodies) with IL bodies)\n"
        s += "  fields        \(t.rowCount(.field))\n"
        s += "  IL bytes      \(ilBytes)\n"
        s += "  type refs     \(t.rowCount(.typeRef)), member refs \(t.rowCount(.memberRef)), custom attributes \(t.rowCount(.customAttribute))\n"
        if let entry = md.entryPoint {
            s += "Entry point: \(try methodName(entry.row))\n"
        } else {
            s += "Entry point: (none)\n"
        }

        let classic = try classicAsyncMethods()
        s += "Async methods (compiler state machines): \(classic.count)\n"
        for (method, machine) in classic { s += "  \(method)  →  \(machine)\n" }
        s += "Async methods (runtime async, MethodImpl 0x2000): \(asyncFlagged.count)\n"
        for m in asyncFlagged { s += "  \(try methodName(m))\n" }
        return s
    }

    /// Methods carrying `[AsyncStateMachine(typeof(SM))]`, with the state-machine type each names.
    public func classicAsyncMethods() throws(BadImageFormatError) -> [(method: String, stateMachine: String)] {
        let t = md.tables
        let decoder = CustomAttributeDecoder(md, index: index)
        var classic: [(String, String)] = []
        for r in 1..<(t.rowCount(.customAttribute) + 1) {
            let ca = try t.customAttribute(r)
            guard ca.parent.table == .methodDef,
                  try decoder.attributeTypeName(r) == "System.Runtime.CompilerServices.AsyncStateMachineAttribute" else { continue }
            let value = try decoder.decode(r)
            var machine = "?"
            if case .type(let name)? = value.fixedArguments.first { machine = name ?? "null" }
            classic.append((try methodName(ca.parent.row), machine))
        }
        return classic
    }
}
