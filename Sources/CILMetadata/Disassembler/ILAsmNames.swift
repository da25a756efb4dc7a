/// Formats types, members and tokens in ilasm syntax (ECMA-335 partition II grammar), with
/// per-token caches: a disassembly names the same types and methods thousands of times.
///
/// Examples: `int32`, `class [mscorlib]System.Collections.Generic.List`1<!0>`,
/// `valuetype Outer/Inner`, `instance void [mscorlib]System.Object::.ctor()`.
public final class ILAsmNames {
    public let md: Metadata
    public let index: MetadataIndex
    private var typeNameCache: [MetadataToken: String] = [:]
    private var methodCache: [MetadataToken: String] = [:]
    private var fieldCache: [MetadataToken: String] = [:]
    private var assemblyRefNames: [UInt32: String] = [:]
    /// The references that synthetic tokens name while a `SyntheticMethodBody` is written
    /// (synthetic names are never cached: each body numbers its own).
    public var syntheticReferences: [SyntheticReference] = []

    func synthetic(_ token: MetadataToken) throws(BadImageFormatError) -> SyntheticReference {
        let i = Int(token.row) - 1
        guard i >= 0, i < syntheticReferences.count else { throw BadImageFormatError("synthetic token \(token) outside the body's references") }
        return syntheticReferences[i]
    }

    /// `[corlib]Name` for a core type, the signature for a TypeSpec.
    func syntheticTypeName(_ token: MetadataToken) throws(BadImageFormatError) -> String {
        switch try synthetic(token) {
        case .coreType(let name):
            return "[corlib]" + name.split(separator: "+").map { part in
                part.split(separator: ".").map { ILAsmNames.quote(String($0)) }.joined(separator: ".")
            }.joined(separator: "/")
        case .typeSpec(let sig): return try signature(sig)
        default: throw BadImageFormatError("synthetic token \(token) is not a type")
        }
    }

    /// Owner prefix `Type::` of a member whose owner may be synthetic.
    func syntheticOwner(_ owner: MetadataToken) throws(BadImageFormatError) -> String {
        owner.isSynthetic ? try syntheticTypeName(owner) + "::" : try memberOwner(owner)
    }

    func syntheticMethod(_ token: MetadataToken) throws(BadImageFormatError) -> String {
        guard case .method(let owner, let name, let sig, let args) = try synthetic(token) else {
            throw BadImageFormatError("synthetic token \(token) is not a method")
        }
        var generic = ""
        if !args.isEmpty {
            var parts: [String] = []
            for a in args { parts.append(try signature(a)) }
            generic = "<" + parts.joined(separator: ", ") + ">"
        }
        return try methodSignatureText(sig, name: try syntheticOwner(owner) + ILAsmNames.quote(name) + generic, parameterNames: nil)
    }

    func syntheticField(_ token: MetadataToken) throws(BadImageFormatError) -> String {
        guard case .field(let owner, let name) = try synthetic(token) else {
            throw BadImageFormatError("synthetic token \(token) is not a field")
        }
        // The field's type is declared on the owner's definition; name the owner and the field.
        return try syntheticOwner(owner) + ILAsmNames.quote(name)
    }

    public init(_ md: Metadata, index: MetadataIndex) {
        self.md = md
        self.index = index
    }

    // MARK: Identifiers

    /// ilasm keywords (ECMA-335 VI.C.1) and instruction names; an identifier equal to one of them
    /// must be quoted. Quoting more than necessary is harmless, so the list errs on the long side.
    static let keywords: Set<String> = {
        var words: Set<String> = [
            "abstract", "add", "aggressiveinlining", "aggressiveoptimization", "algorithm", "alignment",
            "amd64", "and", "ansi", "any", "arglist", "arm", "arm64", "array", "as", "assembly", "assert",
            "async", "at", "auto", "autochar", "beforefieldinit", "bestfit", "blob", "blob_object", "bool",
            "box", "break", "bstr", "bytearray", "byvalstr", "callconv", "callmostderived", "carray", "catch",
            "cdecl", "cf", "char", "charmaperror", "cil", "class", "clsid", "compilercontrolled", "const",
            "currency", "custom", "date", "decimal", "default", "demand", "deny", "div", "enum", "error",
            "event", "explicit", "extends", "extern", "false", "famandassem", "family", "famorassem",
            "fastcall", "fault", "field", "filetime", "filter", "final", "finally", "fixed", "flags", "float",
            "float32", "float64", "forwardref", "fromunmanaged", "handler", "hidebysig", "hresult", "ia64",
            "idispatch", "il", "illegal", "implements", "implicitcom", "implicitres", "import", "in",
            "inheritcheck", "init", "initonly", "instance", "int", "int16", "int32", "int64", "int8",
            "interface", "internalcall", "is", "iunknown", "lasterr", "lcid", "legacy", "library",
            "linkcheck", "literal", "lpstr", "lpstruct", "lptstr", "lputf8str", "lpvoid", "lpwstr", "managed",
            "marshal", "mdtoken", "method", "modopt", "modreq", "native", "nested", "newslot", "noappdomain",
            "noinlining", "nomachine", "nomangle", "nometadata", "noncasdemand", "noncasinheritance",
            "noncaslinkdemand", "nooptimization", "noplatform", "noprocess", "not", "not_in_gc_heap",
            "notremotable", "notserialized", "null", "nullref", "object", "objectref", "off", "on", "opt",
            "optil", "or", "out", "permitonly", "pinned", "pinvokeimpl", "prejitdeny", "prejitgrant",
            "preservesig", "private", "privatescope", "property", "protected", "public", "record", "refany",
            "reqmin", "reqopt", "reqrefuse", "reqsecobj", "request", "retargetable", "retval",
            "rtspecialname", "runtime", "safearray", "sealed", "sequential", "serializable", "specialname",
            "static", "stdcall", "storage", "stored_object", "stream", "streamed_object", "strict", "string",
            "struct", "sub", "synchronized", "syschar", "sysstring", "tbstr", "thiscall", "tls", "to", "true",
            "type", "typedref", "uint", "uint16", "uint32", "uint64", "uint8", "unicode", "unmanaged",
            "unmanagedexp", "unsigned", "unused", "userdefined", "value", "valuetype", "vararg", "variant",
            "vector", "virtual", "void", "wchar", "winapi", "windowsruntime", "with", "wrapper", "x86", "xor",
        ]
        for op in OpCode.allCases { words.insert(op.name) }
        return words
    }()

    /// Quotes an identifier when it is not a plain ilasm ID or dotted name.
    public static func quote(_ name: String) -> String {
        if name.isEmpty { return "''" }
        var plain = true
        var previousDot = true
        for u in name.utf8 {
            switch u {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"),
                 UInt8(ascii: "$"), UInt8(ascii: "@"), UInt8(ascii: "?"), UInt8(ascii: "`"):
                previousDot = false
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if previousDot { plain = false }
                previousDot = false
            case UInt8(ascii: "."):
                if previousDot { plain = false }
                previousDot = true
            default:
                plain = false
            }
            if !plain { break }
        }
        if name == ".ctor" || name == ".cctor" { return name }
        if previousDot { plain = false }
        if plain && !keywords.contains(name) { return name }
        return ILText.singleQuoted(name)
    }

    // MARK: Types

    /// `[assembly]` prefix of a TypeRef's scope, or `[.module m]`.
    func scopePrefix(_ scope: MetadataToken) throws(BadImageFormatError) -> String {
        switch scope.table {
        case .assemblyRef:
            if let cached = assemblyRefNames[scope.row] { return cached }
            let name = "[" + ILAsmNames.quote(try md.strings.string(md.tables.assemblyRef(scope.row).name)) + "]"
            assemblyRefNames[scope.row] = name
            return name
        case .moduleRef:
            return "[.module " + ILAsmNames.quote(try md.strings.string(md.tables.moduleRef(scope.row).name)) + "]"
        default:
            return ""
        }
    }

    func dottedName(_ ns: String, _ name: String) -> String {
        ns.isEmpty ? ILAsmNames.quote(name) : ILAsmNames.quote(ns) + "." + ILAsmNames.quote(name)
    }

    /// Name of a TypeDef, TypeRef or TypeSpec token as ilasm writes a type reference
    /// (no `class`/`valuetype` keyword for TypeDef/TypeRef; a TypeSpec prints its signature).
    public func typeName(_ token: MetadataToken) throws(BadImageFormatError) -> String {
        if token.isSynthetic { return try syntheticTypeName(token) }
        if let cached = typeNameCache[token] { return cached }
        let name: String
        switch token.table {
        case .typeDef:
            let t = try md.tables.typeDef(token.row)
            var s = dottedName(try md.strings.string(t.typeNamespace), try md.strings.string(t.typeName))
            for outer in try index.enclosingChain(of: token.row) {
                let o = try md.tables.typeDef(outer)
                s = dottedName(try md.strings.string(o.typeNamespace), try md.strings.string(o.typeName)) + "/" + s
            }
            name = s
        case .typeRef:
            var parts: [String] = []
            var current = token.row
            var prefix = ""
            for depth in 0...64 {
                guard depth < 64 else { throw BadImageFormatError("TypeRef nesting at most 64 deep at row \(token.row)") }
                let r = try md.tables.typeRef(current)
                parts.append(dottedName(try md.strings.string(r.typeNamespace), try md.strings.string(r.typeName)))
                if r.resolutionScope.table == .typeRef && !r.resolutionScope.isNil {
                    current = r.resolutionScope.row
                    continue
                }
                prefix = try scopePrefix(r.resolutionScope)
                break
            }
            name = prefix + parts.reversed().joined(separator: "/")
        case .typeSpec:
            name = try signature(md.typeSpecSignature(token.row))
        default:
            throw BadImageFormatError("a TypeDef, TypeRef or TypeSpec token, found \(token)")
        }
        typeNameCache[token] = name
        return name
    }

    /// A type signature in ilasm syntax.
    public func signature(_ t: TypeSignature) throws(BadImageFormatError) -> String {
        switch t {
        case .void: return "void"
        case .boolean: return "bool"
        case .char: return "char"
        case .int8: return "int8"
        case .uint8: return "uint8"
        case .int16: return "int16"
        case .uint16: return "uint16"
        case .int32: return "int32"
        case .uint32: return "uint32"
        case .int64: return "int64"
        case .uint64: return "uint64"
        case .float32: return "float32"
        case .float64: return "float64"
        case .string: return "string"
        case .object: return "object"
        case .typedReference: return "typedref"
        case .intPtr: return "native int"
        case .uintPtr: return "native uint"
        case .valueType(let tok): return "valuetype " + (try typeName(tok))
        case .class(let tok): return "class " + (try typeName(tok))
        case .genericInstance(let isValueType, let tok, let args):
            var s = (isValueType ? "valuetype " : "class ") + (try typeName(tok)) + "<"
            for (i, a) in args.enumerated() {
                if i > 0 { s += ", " }
                s += try signature(a)
            }
            return s + ">"
        case .typeParameter(let n): return "!" + String(n)
        case .methodParameter(let n): return "!!" + String(n)
        case .pointer(let e): return try signature(e) + "*"
        case .byReference(let e): return try signature(e) + "&"
        case .szArray(let e): return try signature(e) + "[]"
        case .array(let e, let shape):
            var dims: [String] = []
            for d in 0..<shape.rank {
                let lower = d < shape.lowerBounds.count ? shape.lowerBounds[d] : nil
                let size = d < shape.sizes.count ? shape.sizes[d] : nil
                switch (lower, size) {
                case (nil, nil): dims.append("")
                case (let l?, nil): dims.append("\(l)...")
                case (nil, let n?): dims.append("\(n)")
                case (let l?, let n?): dims.append(n == 0 ? "\(l)..." : "\(l)...\(l + n - 1)")
                }
            }
            if dims.allSatisfy({ $0.isEmpty }) && shape.rank > 1 { return try signature(e) + "[" + String(repeating: ",", count: shape.rank - 1) + "]" }
            return try signature(e) + "[" + dims.joined(separator: ",") + "]"
        case .functionPointer(let m):
            return "method " + (try methodSignatureText(m, name: "*", parameterNames: nil))
        case .modified(let e, let mod, let required):
            return try signature(e) + (required ? " modreq(" : " modopt(") + (try typeName(mod)) + ")"
        case .pinned(let e): return try signature(e) + " pinned"
        }
    }

    /// Calling-convention prefix: `instance`, `instance explicit`, `vararg`, `unmanaged cdecl`…
    func callingConventionText(_ c: CallingConvention) -> String {
        var s = ""
        if c.hasThis { s += "instance " }
        if c.explicitThis { s += "explicit " }
        switch c.kind {
        case .vararg?: s += "vararg "
        case .c?: s += "unmanaged cdecl "
        case .stdcall?: s += "unmanaged stdcall "
        case .thiscall?: s += "unmanaged thiscall "
        case .fastcall?: s += "unmanaged fastcall "
        default: break
        }
        return s
    }

    /// `[callconv] ret name(params)`; `name` already formatted (it may include a type prefix and
    /// generic arguments). Parameter names are appended when given.
    public func methodSignatureText(_ m: MethodSignature, name: String, parameterNames: [String]?) throws(BadImageFormatError) -> String {
        var s = callingConventionText(m.callingConvention)
        s += try signature(m.returnType)
        s += " " + name + "("
        for (i, p) in m.parameters.enumerated() {
            if i > 0 { s += ", " }
            if m.sentinelIndex == i { s += "..., " }
            s += try signature(p)
            if let names = parameterNames, i < names.count, !names[i].isEmpty { s += " " + ILAsmNames.quote(names[i]) }
        }
        if m.sentinelIndex == m.parameters.count && !m.parameters.isEmpty { s += ", ..." }
        else if m.sentinelIndex == m.parameters.count { s += "..." }
        return s + ")"
    }

    /// `Type::` for a member of TypeDef row `owner`; nothing for `<Module>` (row 1), whose
    /// members ilasm names without an owner, or for a member no type declares.
    func ownerPrefix(_ owner: UInt32) throws(BadImageFormatError) -> String {
        owner <= 1 ? "" : try typeName(MetadataToken(.typeDef, owner)) + "::"
    }

    /// Owner prefix for a member reference: `Type::`, with TypeSpec owners in signature form.
    func memberOwner(_ parent: MetadataToken) throws(BadImageFormatError) -> String {
        switch parent.table {
        case .typeDef, .typeRef, .typeSpec:
            if parent.isNil { return "" }
            return try typeName(parent) + "::"
        case .moduleRef:
            return "[.module " + ILAsmNames.quote(try md.strings.string(md.tables.moduleRef(parent.row).name)) + "]::"
        case .methodDef:
            // A vararg call site: the MemberRef's parent is the MethodDef it calls.
            _ = try md.tables.methodDef(parent.row)
            let owner = index.declaringType(ofMethod: parent.row)
            return try ownerPrefix(owner)
        default:
            throw BadImageFormatError("member reference parent, found \(parent)")
        }
    }

    /// A method operand: `instance void [mscorlib]System.Object::.ctor()`,
    /// `!!0 Enumerable::First<int32>(…)`.
    public func method(_ token: MetadataToken) throws(BadImageFormatError) -> String {
        if token.isSynthetic { return try syntheticMethod(token) }
        if let cached = methodCache[token] { return cached }
        let text: String
        switch token.table {
        case .methodDef:
            let m = try md.tables.methodDef(token.row)
            let owner = index.declaringType(ofMethod: token.row)
            let prefix = try ownerPrefix(owner)
            text = try methodSignatureText(md.methodSignature(m.signature), name: prefix + ILAsmNames.quote(md.strings.string(m.name)), parameterNames: nil)
        case .memberRef:
            let m = try md.tables.memberRef(token.row)
            let name = try memberOwner(m.parent) + ILAsmNames.quote(md.strings.string(m.name))
            if try md.isFieldSignature(m.signature) {
                text = "field " + (try signature(md.fieldSignature(m.signature))) + " " + name
            } else {
                text = try methodSignatureText(md.methodSignature(m.signature), name: name, parameterNames: nil)
            }
        case .methodSpec:
            let spec = try md.tables.methodSpec(token.row)
            let args = try md.methodSpecInstantiation(token.row)
            var generic = "<"
            for (i, a) in args.enumerated() {
                if i > 0 { generic += ", " }
                generic += try signature(a)
            }
            generic += ">"
            let sig: MethodSignature
            let name: String
            switch spec.method.table {
            case .methodDef:
                let m = try md.tables.methodDef(spec.method.row)
                let owner = index.declaringType(ofMethod: spec.method.row)
                sig = try md.methodSignature(m.signature)
                name = (try ownerPrefix(owner)) + ILAsmNames.quote(try md.strings.string(m.name))
            case .memberRef:
                let m = try md.tables.memberRef(spec.method.row)
                sig = try md.methodSignature(m.signature)
                name = try memberOwner(m.parent) + ILAsmNames.quote(try md.strings.string(m.name))
            default:
                throw BadImageFormatError("MethodSpec of a MethodDef or MemberRef, found \(spec.method)")
            }
            text = try methodSignatureText(sig, name: name + generic, parameterNames: nil)
        default:
            throw BadImageFormatError("a method token, found \(token)")
        }
        methodCache[token] = text
        return text
    }

    /// A field operand: `int32 C::x`, `!0 class G`1<int32>::f`.
    public func field(_ token: MetadataToken) throws(BadImageFormatError) -> String {
        if token.isSynthetic { return try syntheticField(token) }
        if let cached = fieldCache[token] { return cached }
        let text: String
        switch token.table {
        case .field:
            let f = try md.tables.field(token.row)
            let owner = index.declaringType(ofField: token.row)
            let prefix = try ownerPrefix(owner)
            text = try signature(md.fieldSignature(f.signature)) + " " + prefix + ILAsmNames.quote(md.strings.string(f.name))
        case .memberRef:
            let m = try md.tables.memberRef(token.row)
            guard try md.isFieldSignature(m.signature) else {
                return try method(token)
            }
            text = try signature(md.fieldSignature(m.signature)) + " " + (try memberOwner(m.parent)) + ILAsmNames.quote(md.strings.string(m.name))
        default:
            throw BadImageFormatError("a field token, found \(token)")
        }
        fieldCache[token] = text
        return text
    }

    /// Operand of `ldtoken`: `method …`, `field …` or a type.
    public func token(_ token: MetadataToken) throws(BadImageFormatError) -> String {
        if token.isSynthetic {
            switch try synthetic(token) {
            case .coreType, .typeSpec: return try syntheticTypeName(token)
            case .method: return "method " + (try syntheticMethod(token))
            case .field: return "field " + (try syntheticField(token))
            }
        }
        switch token.table {
        case .typeDef, .typeRef, .typeSpec: return try typeName(token)
        case .methodDef, .methodSpec: return "method " + (try method(token))
        case .field: return "field " + (try field(token))
        case .memberRef:
            let m = try md.tables.memberRef(token.row)
            return try md.isFieldSignature(m.signature) ? "field " + (try field(token)) : "method " + (try method(token))
        default: throw BadImageFormatError("a type, method or field token, found \(token)")
        }
    }

    /// Operand of `calli`: a standalone method signature.
    public func standAloneMethodSignature(_ token: MetadataToken) throws(BadImageFormatError) -> String {
        var d = SignatureDecoder(try md.standAloneSignature(token))
        let sig = try d.methodSignature()
        var s = callingConventionText(sig.callingConvention) + (try signature(sig.returnType)) + "("
        for (i, p) in sig.parameters.enumerated() {
            if i > 0 { s += ", " }
            if sig.sentinelIndex == i { s += "..., " }
            s += try signature(p)
        }
        return s + ")"
    }
}
