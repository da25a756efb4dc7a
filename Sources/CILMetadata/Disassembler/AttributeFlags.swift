/// The keyword spelling of metadata flag words in ilasm (ECMA-335 II.23.1).
enum AttributeFlags {
    /// The visibility part of TypeAttributes.
    static func visibility(_ f: UInt32) -> String {
        switch f & 0x7 {
        case 0: return "private"
        case 1: return "public"
        case 2: return "nested public"
        case 3: return "nested private"
        case 4: return "nested family"
        case 5: return "nested assembly"
        case 6: return "nested famandassem"
        default: return "nested famorassem"
        }
    }

    /// TypeAttributes (II.23.1.15).
    static func type(_ f: UInt32) -> String {
        var s = [visibility(f)]
        if f & 0x20 != 0 { s.append("interface") }
        switch f & 0x18 {
        case 0x00: s.append("auto")
        case 0x08: s.append("sequential")
        case 0x10: s.append("explicit")
        default: break
        }
        switch f & 0x30000 {
        case 0x00000: s.append("ansi")
        case 0x10000: s.append("unicode")
        case 0x20000: s.append("autochar")
        default: break
        }
        if f & 0x80 != 0 { s.append("abstract") }
        if f & 0x100 != 0 { s.append("sealed") }
        if f & 0x400 != 0 { s.append("specialname") }
        if f & 0x800 != 0 { s.append("rtspecialname") }
        if f & 0x1000 != 0 { s.append("import") }
        if f & 0x2000 != 0 { s.append("serializable") }
        if f & 0x4000 != 0 { s.append("windowsruntime") }
        if f & 0x100000 != 0 { s.append("beforefieldinit") }
        return s.joined(separator: " ")
    }

    static func memberAccess(_ f: UInt16) -> String {
        switch f & 0x7 {
        case 0: return "compilercontrolled"
        case 1: return "private"
        case 2: return "famandassem"
        case 3: return "assembly"
        case 4: return "family"
        case 5: return "famorassem"
        case 6: return "public"
        default: return "/* access 7 */"
        }
    }

    /// MethodAttributes (II.23.1.10), without `pinvokeimpl(…)`, which needs the ImplMap row.
    static func method(_ f: UInt16) -> [String] {
        // ildasm's order: `public hidebysig newslot specialname abstract virtual final static`.
        var s = [memberAccess(f)]
        if f & 0x80 != 0 { s.append("hidebysig") }
        if f & 0x100 != 0 { s.append("newslot") }
        if f & 0x800 != 0 { s.append("specialname") }
        if f & 0x1000 != 0 { s.append("rtspecialname") }
        if f & 0x400 != 0 { s.append("abstract") }
        if f & 0x40 != 0 { s.append("virtual") }
        if f & 0x20 != 0 { s.append("final") }
        if f & 0x200 != 0 { s.append("strict") }
        if f & 0x10 != 0 { s.append("static") }
        if f & 0x8 != 0 { s.append("unmanagedexp") }
        if f & 0x8000 != 0 { s.append("reqsecobj") }
        return s
    }

    /// MethodImplAttributes (II.23.1.11), including `async` for .NET 11's 0x2000.
    static func methodImpl(_ f: UInt16) -> String {
        var s: [String] = []
        switch f & 0x3 {
        case 0: s.append("cil")
        case 1: s.append("native")
        case 2: s.append("optil")
        default: s.append("runtime")
        }
        s.append(f & 0x4 != 0 ? "unmanaged" : "managed")
        if f & 0x10 != 0 { s.append("forwardref") }
        if f & 0x80 != 0 { s.append("preservesig") }
        if f & 0x1000 != 0 { s.append("internalcall") }
        if f & 0x20 != 0 { s.append("synchronized") }
        if f & 0x8 != 0 { s.append("noinlining") }
        if f & 0x40 != 0 { s.append("nooptimization") }
        if f & 0x100 != 0 { s.append("aggressiveinlining") }
        if f & 0x200 != 0 { s.append("aggressiveoptimization") }
        if f & 0x2000 != 0 { s.append("async") }
        let known: UInt16 = 0x3 | 0x4 | 0x8 | 0x10 | 0x20 | 0x40 | 0x80 | 0x100 | 0x200 | 0x1000 | 0x2000
        if f & ~known != 0 { s.append("flags(0x\(String(f & ~known, radix: 16)))") }
        return s.joined(separator: " ")
    }

    /// FieldAttributes (II.23.1.5).
    static func field(_ f: UInt16) -> [String] {
        var s = [memberAccess(f)]
        if f & 0x10 != 0 { s.append("static") }
        if f & 0x20 != 0 { s.append("initonly") }
        if f & 0x40 != 0 { s.append("literal") }
        if f & 0x80 != 0 { s.append("notserialized") }
        if f & 0x200 != 0 { s.append("specialname") }
        if f & 0x400 != 0 { s.append("rtspecialname") }
        return s
    }

    /// ParamAttributes (II.23.1.13) as `[in][out][opt]`.
    static func parameter(_ f: UInt16) -> String {
        var s = ""
        if f & 0x1 != 0 { s += "[in]" }
        if f & 0x2 != 0 { s += "[out]" }
        if f & 0x10 != 0 { s += "[opt]" }
        return s
    }

    /// PInvokeAttributes (II.23.1.8) after the library name.
    static func pinvoke(_ f: UInt16) -> String {
        var s: [String] = []
        if f & 0x1 != 0 { s.append("nomangle") }
        switch f & 0x6 {
        case 0x2: s.append("ansi")
        case 0x4: s.append("unicode")
        case 0x6: s.append("autochar")
        default: break
        }
        if f & 0x40 != 0 { s.append("lasterr") }
        switch f & 0x700 {
        case 0x100: s.append("winapi")
        case 0x200: s.append("cdecl")
        case 0x300: s.append("stdcall")
        case 0x400: s.append("thiscall")
        case 0x500: s.append("fastcall")
        default: break
        }
        switch f & 0x30 {
        case 0x10: s.append("bestfit:on")
        case 0x20: s.append("bestfit:off")
        default: break
        }
        switch f & 0x3000 {
        case 0x1000: s.append("charmaperror:on")
        case 0x2000: s.append("charmaperror:off")
        default: break
        }
        return s.joined(separator: " ")
    }

    /// GenericParamAttributes (II.23.1.7) as ilasm prefixes: `+`/`-`, `class`, `valuetype`, `.ctor`.
    static func genericParameter(_ f: UInt16) -> String {
        var s = ""
        switch f & 0x3 {
        case 1: s += "+"
        case 2: s += "-"
        default: break
        }
        if f & 0x4 != 0 { s += "class " }
        if f & 0x8 != 0 { s += "valuetype " }
        if f & 0x10 != 0 { s += ".ctor " }
        return s
    }
}
