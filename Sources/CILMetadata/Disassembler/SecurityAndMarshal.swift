/// ilasm text for two blob formats that have their own little grammars: marshalling
/// descriptors (ECMA-335 II.23.4) and declarative security permission sets (II.23.1.3, the
/// binary ".NET 2.0" form).
extension Disassembler {
    /// `marshal(…)` for a field, parameter or return value, or "" when it has none.
    func marshalText(_ parent: MetadataToken) throws(BadImageFormatError) -> String {
        guard let row = index.marshalling[parent] else { return "" }
        var c = try md.blobs.cursor(md.tables.fieldMarshal(row).nativeType)
        return " marshal(" + (try nativeType(&c, depth: 0)) + ")"
    }

    func nativeType(_ c: inout ByteCursor, depth: Int) throws(BadImageFormatError) -> String {
        if c.isAtEnd { return "" }
        guard depth < 8 else { throw BadImageFormatError("marshalling descriptor nested at most 8 deep", at: c.position) }
        let at = c.position
        let t = try c.u8("native type")
        switch t {
        case 0x01: return "void"
        case 0x02: return "bool"
        case 0x03: return "int8"
        case 0x04: return "unsigned int8"
        case 0x05: return "int16"
        case 0x06: return "unsigned int16"
        case 0x07: return "int32"
        case 0x08: return "unsigned int32"
        case 0x09: return "int64"
        case 0x0A: return "unsigned int64"
        case 0x0B: return "float32"
        case 0x0C: return "float64"
        case 0x0D: return "syschar"
        case 0x0E: return "variant"
        case 0x0F: return "currency"
        case 0x10: return "*"
        case 0x11: return "decimal"
        case 0x12: return "date"
        case 0x13: return "bstr"
        case 0x14: return "lpstr"
        case 0x15: return "lpwstr"
        case 0x16: return "lptstr"
        case 0x17:
            let size = c.isAtEnd ? 0 : try c.compressedUInt("fixed sysstring size")
            return "fixed sysstring [\(size)]"
        case 0x18: return "objectref"
        case 0x19: return "iunknown"
        case 0x1A: return "idispatch"
        case 0x1B: return "struct"
        case 0x1C: return "interface"
        case 0x1D:
            guard !c.isAtEnd else { return "safearray" }
            let vt = try c.compressedUInt("safearray variant type")
            return "safearray " + variantType(vt)
        case 0x1E:
            let size = c.isAtEnd ? 0 : try c.compressedUInt("fixed array size")
            // Mono's ilasm accepts no element type here, so it is written as a comment.
            let element = c.isAtEnd ? "" : " /* " + (try nativeType(&c, depth: depth + 1)) + " */"
            return "fixed array [\(size)]" + element
        case 0x1F: return "int"
        case 0x20: return "unsigned int"
        case 0x21: return "nested struct"
        case 0x22: return "byvalstr"
        case 0x23: return "ansi bstr"
        case 0x24: return "tbstr"
        case 0x25: return "variant bool"
        case 0x26: return "method"
        case 0x28: return "as any"
        case 0x2A:
            let element = c.isAtEnd ? "" : try nativeType(&c, depth: depth + 1)
            guard !c.isAtEnd else { return element + "[]" }
            let paramIndex = try c.compressedUInt("array size parameter index")
            guard !c.isAtEnd else { return element + "[+\(paramIndex)]" }
            let count = try c.compressedUInt("array element count")
            return element + "[\(count) + \(paramIndex)]"
        case 0x2B: return "lpstruct"
        case 0x2C:
            // custom(GUID, native type name, marshaller type, cookie)
            var parts: [String] = []
            for _ in 0..<4 {
                let n = Int(try c.compressedUInt("custom marshaller string length"))
                parts.append(String(decoding: try c.bytes(n, "custom marshaller string"), as: UTF8.self))
            }
            return "custom (" + ILText.stringLiteral(Array(parts[2].utf16)) + ", " + ILText.stringLiteral(Array(parts[3].utf16)) + ")"
        case 0x2D: return "error"
        case 0x30: return "lputf8str"
        case 0x50: return ""
        default:
            throw BadImageFormatError("a native type in a marshalling descriptor, found 0x\(String(t, radix: 16))", at: at)
        }
    }

    func variantType(_ vt: UInt32) -> String {
        let names: [UInt32: String] = [
            0: "", 1: "null", 2: "int16", 3: "int32", 4: "float32", 5: "float64", 6: "currency", 7: "date",
            8: "bstr", 9: "idispatch", 10: "error", 11: "bool", 12: "variant", 13: "iunknown", 14: "decimal",
            16: "int8", 17: "unsigned int8", 18: "unsigned int16", 19: "unsigned int32", 20: "int64",
            21: "unsigned int64", 22: "int", 23: "unsigned int", 24: "void", 25: "hresult", 26: "*",
            27: "safearray", 28: "carray", 29: "userdefined", 30: "lpstr", 31: "lpwstr", 36: "record",
        ]
        var s = names[vt & 0x0FFF] ?? "int32"
        if vt & 0x1000 != 0 { s += " vector" }
        if vt & 0x2000 != 0 { s += " []" }
        if vt & 0x4000 != 0 { s += " &" }
        return s
    }

    static let securityActions: [UInt16: String] = [
        1: "request", 2: "demand", 3: "assert", 4: "deny", 5: "permitonly", 6: "linkcheck",
        7: "inheritcheck", 8: "reqmin", 9: "reqopt", 10: "reqrefuse", 11: "prejitgrant",
        12: "prejitdeny", 13: "noncasdemand", 14: "noncaslinkdemand", 15: "noncasinheritance",
    ]

    /// `.permissionset action = {[asm]Type = {property bool 'Name' = bool(true)}}` for the binary
    /// format, or `= ( bytes )` for the legacy XML format.
    func writeDeclSecurity(_ row: UInt32, indent: String) throws(BadImageFormatError) {
        let d = try md.tables.declSecurity(row)
        out += indent + ".permissionset " + (Self.securityActions[d.action] ?? "\(d.action)") + " = "
        var c = try md.blobs.cursor(d.permissionSet)
        guard !c.isAtEnd, try c.peekU8() == 0x2E else {
            out += "( " + ILText.hexBytes(try md.blobs.bytes(d.permissionSet)) + " )\n"
            return
        }
        _ = try c.u8()
        let count = Int(try c.compressedUInt("permission count"))
        var permissions: [String] = []
        for _ in 0..<min(count, c.remaining) {
            let nameLength = Int(try c.compressedUInt("permission type name length"))
            let qualified = String(decoding: try c.bytes(nameLength, "permission type name"), as: UTF8.self)
            let blobLength = Int(try c.compressedUInt("permission blob length"))
            var p = c
            try c.skip(blobLength, "permission properties")
            let propertyCount = Int(try p.compressedUInt("permission property count"))
            let decoder = CustomAttributeDecoder(md, index: index, enumUnderlyingType: { _ in 0x08 })
            var properties: [String] = []
            for _ in 0..<min(propertyCount, p.remaining) {
                let kind = try p.u8("FIELD or PROPERTY")
                let tag = try decoder.fieldOrPropType(&p)
                let name = try decoder.serString(&p) ?? ""
                let value = try decoder.value(ofTag: tag, &p)
                properties.append((kind == 0x53 ? "field " : "property ") + (try attributeValueText(value, tag: tag)) .replacingFirstSpace(with: " " + ILText.singleQuoted(name) + " = "))
            }
            permissions.append(Self.ilasmTypeName(fromQualified: qualified) + " = {" + properties.joined(separator: ", ") + "}")
        }
        out += "{" + permissions.joined(separator: ", ") + "}\n"
    }

    /// `System.X, mscorlib, Version=…` → `[mscorlib]System.X`.
    static func ilasmTypeName(fromQualified name: String) -> String {
        let parts = name.split(separator: ",", maxSplits: 2).map { $0.trimmingSpaces() }
        let type = parts.first.map(String.init) ?? name
        let quotedType = type.split(separator: ".", omittingEmptySubsequences: false).map { ILAsmNames.quote(String($0)) }.joined(separator: ".")
        guard parts.count >= 2 else { return quotedType }
        return "[" + ILAsmNames.quote(String(parts[1])) + "]" + quotedType
    }

    /// `type value` text of a decoded security property, e.g. `bool(true)`, `string('x')`.
    func attributeValueText(_ v: CustomAttributeValue, tag: CustomAttributeDecoder.Tag) throws(BadImageFormatError) -> String {
        switch v {
        case .boolean(let b): return "bool " + (b ? "bool(true)" : "bool(false)")
        case .char(let x): return "char char(\(x))"
        case .int8(let x): return "int8 int8(\(x))"
        case .uint8(let x): return "uint8 uint8(\(x))"
        case .int16(let x): return "int16 int16(\(x))"
        case .uint16(let x): return "uint16 uint16(\(x))"
        case .int32(let x): return "int32 int32(\(x))"
        case .uint32(let x): return "uint32 uint32(\(x))"
        case .int64(let x): return "int64 int64(\(x))"
        case .uint64(let x): return "uint64 uint64(\(x))"
        case .float32(let x): return "float32 float32(\(ILText.float32(x)))"
        case .float64(let x): return "float64 float64(\(ILText.float64(x)))"
        case .string(let s): return "string " + (s.map { "string(" + ILText.singleQuoted($0) + ")" } ?? "nullref")
        case .type(let s): return "type " + (s.map { "type(" + Self.ilasmTypeName(fromQualified: $0) + ")" } ?? "nullref")
        case .enumeration(let type, let value): return "enum " + ILAsmNames.quote(type) + " int32(\(value))"
        default: throw BadImageFormatError("a simple value in a permission set")
        }
    }
}

extension Substring {
    func trimmingSpaces() -> Substring {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return s
    }
}

extension String {
    /// `bool bool(true)` → `bool 'Name' = bool(true)`.
    func replacingFirstSpace(with text: String) -> String {
        guard let i = firstIndex(of: " ") else { return self + text }
        return String(self[..<i]) + text + String(self[index(after: i)...])
    }
}
