/// Writes an assembly (or a selection of it) in ilasm syntax: `.assembly` headers, classes
/// with their fields, properties, events and methods, and method bodies with labels, resolved
/// operands and structured `.try` blocks.
///
/// The output contains no MVID and no timestamps, so two builds of the same sources disassemble
/// identically (the corlib staleness check relies on this).
public final class Disassembler {
    public struct Options: Sendable {
        /// Only this type (reflection `Ns.Outer+Inner` or ilasm `Ns.Outer/Inner` name), with its nested types.
        public var typeName: String?
        /// Only methods named `Type::Method` (all overloads).
        public var methodName: String?
        public init(typeName: String? = nil, methodName: String? = nil) {
            self.typeName = typeName
            self.methodName = methodName
        }
    }

    /// Raised when a `--type`/`--method` filter names nothing in the assembly.
    public struct NotFound: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    public let md: Metadata
    public let index: MetadataIndex
    let names: ILAsmNames
    var out = ""
    /// Methods and IL bytes written, for statistics.
    public internal(set) var methodsWritten = 0
    public internal(set) var ilBytesWritten = 0

    public init(_ md: Metadata) throws(BadImageFormatError) {
        self.md = md
        index = try MetadataIndex(md)
        names = ILAsmNames(md, index: index)
    }

    /// Disassembles according to `options` and returns the text.
    public func disassemble(_ options: Options = Options()) throws -> String {
        out = ""
        out.reserveCapacity(md.image.count * 4)
        if let methodName = options.methodName {
            try writeMethods(named: methodName)
        } else if let typeName = options.typeName {
            guard let row = try findType(typeName) else { throw NotFound(description: "no type named \(typeName)") }
            try writeType(row, indent: "", only: nil)
        } else {
            try writeManifest()
            try writeModuleType()
            for row in rows(md.tables, .typeDef) where row > 1 && index.enclosingType[Int(row)] == 0 {
                try writeType(row, indent: "", only: nil)
            }
            try writeFieldData()
        }
        return out
    }

    /// The methods of `lowered` (runtime-async bodies by MethodDef row), each with its header
    /// (impl flags `cil managed async`) and its body, inside its class header; `options`
    /// selects a type or `Type::Method` as for `disassemble`.
    public func disassembleLowered(_ lowered: [UInt32: SyntheticMethodBody], _ options: Options = Options()) throws -> String {
        out = ""
        var rowsWanted = Set(lowered.keys)
        if let methodName = options.methodName {
            let chars = Array(methodName)
            guard let sep = (0..<max(0, chars.count - 1)).first(where: { chars[$0] == ":" && chars[$0 + 1] == ":" }) else {
                throw NotFound(description: "--method expects Type::Method, found \(methodName)")
            }
            let typeName = String(chars[..<sep]), name = String(chars[(sep + 2)...])
            guard let type = try findType(typeName) else { throw NotFound(description: "no type named \(typeName)") }
            rowsWanted = rowsWanted.filter { index.declaringType(ofMethod: $0) == type }
            rowsWanted = try rowsWanted.filter { try md.strings.string(md.tables.methodDef($0).name) == name }
        } else if let typeName = options.typeName {
            guard let type = try findType(typeName) else { throw NotFound(description: "no type named \(typeName)") }
            rowsWanted = try rowsWanted.filter { row in
                let owner = index.declaringType(ofMethod: row)
                return try owner == type || index.enclosingChain(of: owner).contains(type)
            }
        }
        var byType: [UInt32: [UInt32]] = [:]
        for row in rowsWanted { byType[index.declaringType(ofMethod: row), default: []].append(row) }
        for type in byType.keys.sorted() {
            out += ".class " + (try names.typeName(MetadataToken(.typeDef, type))) + "\n{\n"
            for row in byType[type]!.sorted() { try writeMethod(row, indent: "  ", lowered: lowered[row]) }
            out += "} // end of class " + (try names.typeName(MetadataToken(.typeDef, type))) + "\n\n"
        }
        return out
    }

    // MARK: Lookup

    func findType(_ name: String) throws(BadImageFormatError) -> UInt32? {
        let wanted = name.replacingSlashes()
        for row in rows(md.tables, .typeDef) where try md.fullName(ofTypeDef: row, index: index) == wanted {
            return row
        }
        return nil
    }

    func writeMethods(named spec: String) throws {
        let chars = Array(spec)
        guard let sep = (0..<max(0, chars.count - 1)).first(where: { chars[$0] == ":" && chars[$0 + 1] == ":" }) else {
            throw NotFound(description: "--method expects Type::Method, found \(spec)")
        }
        let typeName = String(chars[..<sep])
        let methodName = String(chars[(sep + 2)...])
        guard let type = try findType(typeName) else { throw NotFound(description: "no type named \(typeName)") }
        var matches: [UInt32] = []
        for m in try md.methods(ofType: type) where try md.strings.string(md.tables.methodDef(m).name) == methodName {
            matches.append(m)
        }
        guard !matches.isEmpty else { throw NotFound(description: "type \(typeName) has no method named \(methodName)") }
        try writeType(type, indent: "", only: Set(matches))
    }

    // MARK: Manifest

    func version(_ a: UInt16, _ b: UInt16, _ c: UInt16, _ d: UInt16) -> String { "\(a):\(b):\(c):\(d)" }

    func writeManifest() throws(BadImageFormatError) {
        out += "// Disassembled by CILKit (ECMA-335 ilasm syntax)\n"
        out += "// Metadata version: \(md.root.version)\n\n"
        // References sorted by name: ilasm numbers them by first use, so table order does not
        // survive reassembly, while the name order does.
        var references: [(String, UInt32)] = []
        for r in rows(md.tables, .assemblyRef) { references.append((try md.strings.string(md.tables.assemblyRef(r).name), r)) }
        for (_, r) in references.sorted(by: { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }) {
            let a = try md.tables.assemblyRef(r)
            out += ".assembly extern \(ILAsmNames.quote(try md.strings.string(a.name)))\n{\n"
            let key = try md.blobs.bytes(a.publicKeyOrToken)
            if !key.isEmpty {
                out += a.flags & 0x1 != 0 ? "  .publickey = (" : "  .publickeytoken = ("
                out += ILText.hexBytes(key) + " )\n"
            }
            out += "  .ver " + version(a.majorVersion, a.minorVersion, a.buildNumber, a.revisionNumber) + "\n"
            let culture = try md.strings.string(a.culture)
            if !culture.isEmpty { out += "  .locale \(ILText.stringLiteral(Array(culture.utf16)))\n" }
            out += "}\n"
        }
        var modules: [String] = []
        for r in rows(md.tables, .moduleRef) { modules.append(try md.strings.string(md.tables.moduleRef(r).name)) }
        for name in modules.sorted() { out += ".module extern \(ILAsmNames.quote(name))\n" }
        if md.tables.rowCount(.assembly) > 0 {
            let a = try md.tables.assembly(1)
            out += ".assembly \(ILAsmNames.quote(try md.strings.string(a.name)))\n{\n"
            try writeCustomAttributes(MetadataToken(.assembly, 1), indent: "  ")
            for s in index.declSecurity[MetadataToken(.assembly, 1)] ?? [] { try writeDeclSecurity(s, indent: "  ") }
            let key = try md.blobs.bytes(a.publicKey)
            if !key.isEmpty { out += "  .publickey = (" + ILText.hexBytes(key) + " )\n" }
            out += "  .hash algorithm 0x" + ILText.hex(UInt64(a.hashAlgId), digits: 8) + "\n"
            out += "  .ver " + version(a.majorVersion, a.minorVersion, a.buildNumber, a.revisionNumber) + "\n"
            let culture = try md.strings.string(a.culture)
            if !culture.isEmpty { out += "  .locale \(ILText.stringLiteral(Array(culture.utf16)))\n" }
            out += "}\n"
        }
        for r in rows(md.tables, .file) {
            let f = try md.tables.file(r)
            out += ".file " + (f.flags & 1 != 0 ? "nometadata " : "") + ILAsmNames.quote(try md.strings.string(f.name))
            let hash = try md.blobs.bytes(f.hash)
            out += (hash.isEmpty ? "" : " .hash = (" + ILText.hexBytes(hash) + ")") + "\n"
        }
        for r in rows(md.tables, .exportedType) {
            let e = try md.tables.exportedType(r)
            let ns = try md.strings.string(e.typeNamespace)
            let name = try md.strings.string(e.typeName)
            // A forwarder carries no visibility; other exported types keep theirs.
            out += ".class extern " + (e.flags & 0x200000 != 0 ? "forwarder " : AttributeFlags.visibility(e.flags) + " ")
            out += names.dottedName(ns, name) + "\n{\n"
            switch e.implementation.table {
            case .assemblyRef?: out += "  .assembly extern \(ILAsmNames.quote(try md.strings.string(md.tables.assemblyRef(e.implementation.row).name)))\n"
            case .file?: out += "  .file \(ILAsmNames.quote(try md.strings.string(md.tables.file(e.implementation.row).name)))\n"
            case .exportedType?:
                let outer = try md.tables.exportedType(e.implementation.row)
                out += "  .class extern " + names.dottedName(try md.strings.string(outer.typeNamespace), try md.strings.string(outer.typeName)) + "\n"
            default: break
            }
            out += "}\n"
        }
        for r in rows(md.tables, .manifestResource) {
            let m = try md.tables.manifestResource(r)
            out += ".mresource " + (m.flags & 0x7 == 2 ? "private " : "public ") + ILAsmNames.quote(try md.strings.string(m.name)) + "\n{\n"
            if m.implementation.table == .assemblyRef && !m.implementation.isNil {
                out += "  .assembly extern \(ILAsmNames.quote(try md.strings.string(md.tables.assemblyRef(m.implementation.row).name)))\n"
            } else if m.implementation.table == .file && !m.implementation.isNil {
                out += "  .file \(ILAsmNames.quote(try md.strings.string(md.tables.file(m.implementation.row).name))) at 0x\(ILText.hex(UInt64(m.offset), digits: 8))\n"
            }
            out += "}\n"
        }
        if md.tables.rowCount(.module) > 0 {
            let m = try md.tables.module(1)
            out += ".module \(ILAsmNames.quote(try md.strings.string(m.name)))\n"
            try writeCustomAttributes(MetadataToken(.module, 1), indent: "")
        }
        out += ".imagebase 0x00400000\n"
        out += ".corflags 0x" + ILText.hex(UInt64(md.cliHeader.flags), digits: 8) + "\n\n"
    }

    /// Fields and methods of `<Module>` (TypeDef row 1) are global.
    func writeModuleType() throws {
        guard md.tables.rowCount(.typeDef) >= 1 else { return }
        for f in try md.fields(ofType: 1) { try writeField(f, indent: "", explicitLayout: false) }
        for m in try md.methods(ofType: 1) { try writeMethod(m, indent: "") }
        for nested in index.nestedTypes[1] ?? [] { try writeType(nested, indent: "", only: nil) }
    }

    // MARK: Types

    func genericParameterList(_ owner: MetadataToken) throws(BadImageFormatError) -> String {
        guard let params = index.genericParameters[owner], !params.isEmpty else { return "" }
        var s = "<"
        for (i, p) in params.enumerated() {
            if i > 0 { s += ", " }
            let gp = try md.tables.genericParam(p)
            s += AttributeFlags.genericParameter(gp.flags)
            if let constraints = index.genericParameterConstraints[p], !constraints.isEmpty {
                var list: [String] = []
                for c in constraints { list.append(try names.typeName(md.tables.genericParamConstraint(c).constraint)) }
                s += "(" + list.joined(separator: ", ") + ") "
            }
            s += ILAsmNames.quote(try md.strings.string(gp.name))
        }
        return s + ">"
    }

    func writeType(_ row: UInt32, indent: String, only methods: Set<UInt32>?) throws {
        let t = try md.tables.typeDef(row)
        let name = names.dottedName(try md.strings.string(t.typeNamespace), try md.strings.string(t.typeName))
        let token = MetadataToken(.typeDef, row)
        out += indent + ".class " + AttributeFlags.type(t.flags) + " " + name + (try genericParameterList(token)) + "\n"
        if !t.extends.isNil { out += indent + "       extends " + (try names.typeName(t.extends)) + "\n" }
        if let impls = index.interfaceImpls[row], !impls.isEmpty {
            var list: [String] = []
            for i in impls { list.append(try names.typeName(md.tables.interfaceImpl(i).interface)) }
            out += indent + "       implements " + list.joined(separator: ",\n" + indent + "                  ") + "\n"
        }
        out += indent + "{\n"
        let inner = indent + "  "
        if methods == nil {
            try writeCustomAttributes(token, indent: inner)
            try writeGenericParameterAttributes(token, indent: inner)
            for s in index.declSecurity[token] ?? [] { try writeDeclSecurity(s, indent: inner) }
            if let layout = index.classLayouts[row] {
                let l = try md.tables.classLayout(layout)
                out += inner + ".pack \(l.packingSize)\n" + inner + ".size \(l.classSize)\n"
            }
            for nested in index.nestedTypes[row] ?? [] { try writeType(nested, indent: inner, only: nil) }
            let explicitLayout = t.flags & 0x18 == 0x10
            for f in try md.fields(ofType: row) { try writeField(f, indent: inner, explicitLayout: explicitLayout) }
        }
        for m in try md.methods(ofType: row) where methods?.contains(m) ?? true { try writeMethod(m, indent: inner) }
        if methods == nil {
            if let map = index.propertyMaps[row] { for p in try md.properties(ofMap: map) { try writeProperty(p, indent: inner) } }
            if let map = index.eventMaps[row] { for e in try md.events(ofMap: map) { try writeEvent(e, indent: inner) } }
        }
        out += indent + "} // end of class " + name + "\n\n"
    }

    /// `.param type [n]` blocks for generic parameters that carry custom attributes.
    func writeGenericParameterAttributes(_ owner: MetadataToken, indent: String) throws(BadImageFormatError) {
        for (i, p) in (index.genericParameters[owner] ?? []).enumerated() {
            let token = MetadataToken(.genericParam, p)
            guard !(index.customAttributes[token] ?? []).isEmpty else { continue }
            out += indent + ".param type [\(i + 1)]\n"
            try writeCustomAttributes(token, indent: indent)
        }
    }

    /// Attributes that describe the classic state machine, left out of a lowered method.
    static let stateMachineAttributes: Set<String> = [
        "System.Runtime.CompilerServices.AsyncStateMachineAttribute", "System.Diagnostics.DebuggerStepThroughAttribute",
    ]

    func writeCustomAttributes(_ parent: MetadataToken, indent: String, skipping: Set<String> = []) throws(BadImageFormatError) {
        for r in index.customAttributes[parent] ?? [] {
            let ca = try md.tables.customAttribute(r)
            if !skipping.isEmpty {
                let (type, _) = try md.declaringTypeAndName(ofMethod: ca.type, index: index)
                if let name = try md.fullName(ofType: type, index: index), skipping.contains(name) { continue }
            }
            out += indent + ".custom " + (try names.method(ca.type))
            let value = try md.blobs.bytes(ca.value)
            out += value.isEmpty ? "\n" : " = ( " + ILText.hexBytes(value) + " )\n"
        }
    }

    // MARK: Fields, properties, events

    func constantText(_ parent: MetadataToken) throws(BadImageFormatError) -> String? {
        guard let row = index.constants[parent] else { return nil }
        let c = try md.tables.constant(row)
        var v = try md.blobs.cursor(c.value)
        switch c.elementType {
        case 0x02: return "bool(" + (try v.u8("bool constant") != 0 ? "true" : "false") + ")"
        case 0x03: return "char(0x" + ILText.hex(UInt64(try v.u16("char constant")), digits: 4) + ")"
        case 0x04: return "int8(\(Int8(bitPattern: try v.u8("int8 constant"))))"
        case 0x05: return "uint8(\(try v.u8("uint8 constant")))"
        case 0x06: return "int16(\(Int16(bitPattern: try v.u16("int16 constant"))))"
        case 0x07: return "uint16(\(try v.u16("uint16 constant")))"
        case 0x08: return "int32(\(Int32(bitPattern: try v.u32("int32 constant"))))"
        case 0x09: return "uint32(\(try v.u32("uint32 constant")))"
        case 0x0A: return "int64(\(Int64(bitPattern: try v.u64("int64 constant"))))"
        case 0x0B: return "uint64(\(try v.u64("uint64 constant")))"
        // Bit patterns, as ildasm writes them: exact, and the only form for NaN and infinities.
        case 0x0C: return "float32(0x" + ILText.hex(UInt64(try v.u32("float32 constant")), digits: 8) + ")"
        case 0x0D: return "float64(0x" + ILText.hex(try v.u64("float64 constant"), digits: 16) + ")"
        case 0x0E:
            var units: [UInt16] = []
            while v.remaining >= 2 { units.append(try v.u16()) }
            return ILText.stringLiteral(units)
        case 0x12: return "nullref"
        default:
            throw BadImageFormatError("constant element type, found 0x\(String(c.elementType, radix: 16)) in Constant row \(row)")
        }
    }

    func writeField(_ row: UInt32, indent: String, explicitLayout: Bool) throws(BadImageFormatError) {
        let f = try md.tables.field(row)
        let token = MetadataToken(.field, row)
        out += indent + ".field "
        if let offset = index.fieldOffsets[row] { out += "[\(offset)] " }
        var flags = AttributeFlags.field(f.flags)
        if f.flags & 0x2000 != 0, let map = index.implMaps[token] {
            let m = try md.tables.implMap(map)
            flags.append("pinvokeimpl(\"\(try md.strings.string(md.tables.moduleRef(m.importScope).name))\")")
        }
        out += flags.joined(separator: " ") + " "
        // A field's marshal clause is one of its attributes, written before the type.
        if f.flags & 0x1000 != 0 { out += String(try marshalText(token).dropFirst()) + " " }
        out += try names.signature(md.fieldSignature(f.signature))
        out += " " + ILAsmNames.quote(try md.strings.string(f.name))
        if let rva = index.fieldRVAs[row] { out += " at D_" + ILText.hex(UInt64(rva), digits: 8) }
        if let c = try constantText(token) { out += " = " + c }
        out += "\n"
        try writeCustomAttributes(token, indent: indent)
    }

    func semanticsText(_ association: MetadataToken, indent: String) throws(BadImageFormatError) -> String {
        var s = ""
        for r in index.semantics[association] ?? [] {
            let ms = try md.tables.methodSemantics(r)
            let keyword: String
            switch ms.semantics {
            case 0x1: keyword = ".set"
            case 0x2: keyword = ".get"
            case 0x4: keyword = ".other"
            case 0x8: keyword = ".addon"
            case 0x10: keyword = ".removeon"
            case 0x20: keyword = ".fire"
            default: keyword = ".other"
            }
            s += indent + keyword + " " + (try names.method(MetadataToken(.methodDef, ms.method))) + "\n"
        }
        return s
    }

    func writeProperty(_ row: UInt32, indent: String) throws(BadImageFormatError) {
        let p = try md.tables.property(row)
        let token = MetadataToken(.property, row)
        let sig = try md.propertySignature(p.signature)
        var flags = ""
        if p.flags & 0x200 != 0 { flags += "specialname " }
        if p.flags & 0x400 != 0 { flags += "rtspecialname " }
        out += indent + ".property " + flags
        out += try names.methodSignatureText(sig, name: ILAsmNames.quote(md.strings.string(p.name)), parameterNames: nil)
        if let c = try constantText(token) { out += " = " + c }
        out += "\n" + indent + "{\n"
        try writeCustomAttributes(token, indent: indent + "  ")
        out += try semanticsText(token, indent: indent + "  ")
        out += indent + "}\n"
    }

    func writeEvent(_ row: UInt32, indent: String) throws(BadImageFormatError) {
        let e = try md.tables.event(row)
        let token = MetadataToken(.event, row)
        var flags = ""
        if e.eventFlags & 0x200 != 0 { flags += "specialname " }
        if e.eventFlags & 0x400 != 0 { flags += "rtspecialname " }
        out += indent + ".event " + flags
        if !e.eventType.isNil { out += (try names.typeName(e.eventType)) + " " }
        out += ILAsmNames.quote(try md.strings.string(e.name)) + "\n" + indent + "{\n"
        try writeCustomAttributes(token, indent: indent + "  ")
        out += try semanticsText(token, indent: indent + "  ")
        out += indent + "}\n"
    }

    /// `.data` declarations for fields with an RVA whose size is known (primitives and value
    /// types with an explicit `.size`), so array initialisers survive a round trip.
    func writeFieldData() throws(BadImageFormatError) {
        for (field, rva) in index.fieldRVAs.sorted(by: { $0.value < $1.value }) {
            let sig = try md.fieldSignature(md.tables.field(field).signature).unmodified
            var size: Int?
            switch sig {
            case .boolean, .int8, .uint8: size = 1
            case .char, .int16, .uint16: size = 2
            case .int32, .uint32, .float32: size = 4
            case .int64, .uint64, .float64: size = 8
            case .valueType(let t) where t.table == .typeDef:
                if let l = index.classLayouts[t.row] { size = Int(try md.tables.classLayout(l).classSize) }
            default: break
            }
            guard let n = size, n > 0 else { continue }
            let offset = try md.pe.fileOffset(ofRVA: rva, length: n, "data of field row \(field)")
            let bytes = Array(UnsafeRawBufferPointer(rebasing: md.image.buffer[offset..<offset + n]))
            out += ".data D_" + ILText.hex(UInt64(rva), digits: 8) + " = bytearray (" + ILText.hexBytes(bytes) + ")\n"
        }
    }
}

extension String {
    /// ilasm writes nested types `Outer/Inner`; reflection writes `Outer+Inner`.
    func replacingSlashes() -> String {
        String(self.map { $0 == "/" ? "+" : $0 })
    }
}
