import CILMetadata
import Foundation
import Testing
import TestSupport

/// The C# and IL fixtures under Tests/Fixtures: compiled by mcs / assembled by ilasm at test
/// time, then read, disassembled and — the strongest check of the disassembler — reassembled
/// from our own output with ilasm. The reassembled program must disassemble to the same text
/// and, for runnable C# fixtures, print what the original prints under mono.
@Suite("Fixtures")
struct FixtureTests {
    static let csharp = Toolchain.fixtures("Metadata", "cs")
    static let il = Toolchain.fixtures("IL", "il")

    /// Mono's ilasm rewrites references to mscorlib's primitive types as the primitive keywords.
    static let primitiveNames: [(String, String)] = [
        ("Boolean", "bool"), ("Char", "char"), ("SByte", "int8"), ("Byte", "uint8"), ("Int16", "int16"),
        ("UInt16", "uint16"), ("Int32", "int32"), ("UInt32", "uint32"), ("Int64", "int64"), ("UInt64", "uint64"),
        ("Single", "float32"), ("Double", "float64"), ("String", "string"), ("Object", "object"),
        ("IntPtr", "native int"), ("UIntPtr", "native uint"), ("TypedReference", "typedref"),
    ]

    /// What legitimately changes when ilasm rebuilds an image: data labels carry RVAs, ilasm
    /// numbers methods, references and attributes in its own order (so lines are compared as a
    /// sorted multiset), it spells primitive type references as keywords, and comments go.
    static func normalize(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        for line in text.split(separator: "\n") {
            var l = String(line)
            while let open = l.range(of: "/*"), let close = l.range(of: "*/", range: open.upperBound..<l.endIndex) {
                l.removeSubrange(open.lowerBound..<close.upperBound)
            }
            if let comment = l.range(of: "//"), !l[..<comment.lowerBound].contains("\"") { l = String(l[..<comment.lowerBound]) }
            for (name, keyword) in primitiveNames {
                for prefix in ["class ", "valuetype ", ""] {
                    l = l.replacingOccurrences(of: prefix + "[mscorlib]System." + name + " ", with: keyword + " ")
                    if l.hasSuffix(prefix + "[mscorlib]System." + name) { l = String(l.dropLast((prefix + "[mscorlib]System." + name).count)) + keyword }
                }
            }
            l = l.replacingOccurrences(of: #"D_[0-9A-F]{8}"#, with: "D_RVA", options: .regularExpression)
            l = l.replacingOccurrences(of: " )", with: ")")
            while l.last == " " { l.removeLast() }
            if !l.isEmpty { lines.append(Substring(l)) }
        }
        return lines.sorted()
    }

    /// What Mono's ilasm (6.8) cannot reproduce, per fixture. Our disassembly is still read and
    /// checked; only the steps the assembler breaks are skipped, each with its reason.
    struct IlasmLimitation {
        var reason: String
        var rejectsText = false
        var changesText = false
        var breaksProgram = false
    }

    static let ilasmLimitations: [String: IlasmLimitation] = [
        "Metadata/Varargs.cs": .init(reason: "encodes `valuetype [mscorlib]System.Decimal` in a vararg call-site signature as CLASS", changesText: true, breaksProgram: true),
        "Metadata/CustomAttributes.cs": .init(reason: "drops nested exported types (`.class extern Enumerator { .class extern Outer }`)", changesText: true),
        "Metadata/Unsafe.cs": .init(reason: "ignores `pinned` on locals (`int32& pinned V_0` assembles unpinned)", changesText: true),
        "IL/Prefixes.il": .init(reason: "has no syntax for the `no.` prefix (the fixture itself emits it with .emitbyte)", rejectsText: true),
        "IL/ExceptionClauses.il": .init(reason: "rejects `catch object` (a TypeSpec), which it emits itself for `catch [mscorlib]System.Object`", rejectsText: true),
    ]

    @Test("reads, disassembles and round-trips through ilasm", arguments: csharp + il)
    func roundTrip(_ fixture: String) throws {
        guard Toolchain.available(fixture.hasSuffix(".il") ? Toolchain.ilasm : Toolchain.mcs, fixture.hasSuffix(".il") ? "ilasm" : "mcs"),
              let path = try Toolchain.build(fixture: fixture) else { return }
        let md = try Metadata(path: path)
        let text = try Disassembler(md).disassemble()
        #expect(!text.isEmpty)
        _ = try AssemblySummary(md).text(path: path)

        let limitation = Self.ilasmLimitations[fixture]
        guard limitation?.rejectsText != true, Toolchain.available(Toolchain.ilasm, "ilasm") else { return }
        let work = Toolchain.cacheDirectory.appendingPathComponent("roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let ilFile = work.appendingPathComponent("source.il")
        try text.write(to: ilFile, atomically: true, encoding: .utf8)
        let fileName = URL(fileURLWithPath: path).lastPathComponent
        let rebuilt = work.appendingPathComponent(fileName)
        let isExe = fileName.hasSuffix(".exe")
        let r = try Toolchain.run(Toolchain.ilasm!, [isExe ? "/exe" : "/dll", "/quiet", "/output:\(rebuilt.path)", ilFile.path])
        #expect(r.status == 0, "ilasm rejected our disassembly of \(fixture):\n\(r.stdout)\(r.stderr)")
        guard r.status == 0 else { return }
        let again = try Disassembler(Metadata(path: rebuilt.path)).disassemble()
        let a = Self.normalize(text), b = Self.normalize(again)
        if a != b && limitation?.changesText != true {
            let firstDifference = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("round trip changed the disassembly of \(fixture) (\(a.count) vs \(b.count) lines); first difference in sorted order:\n- \(firstDifference?.element.0 ?? "")\n+ \(firstDifference?.element.1 ?? "")")
        }
        // Same behaviour under mono for programs that run.
        if isExe, fixture.hasSuffix(".cs"), limitation?.breaksProgram != true, Toolchain.available(Toolchain.mono, "mono") {
            let original = try Toolchain.run(Toolchain.mono!, [path])
            let reassembled = try Toolchain.run(Toolchain.mono!, [rebuilt.path])
            #expect(original.status == reassembled.status)
            #expect(original.stdout == reassembled.stdout, "output of the reassembled \(fixture) differs")
        }
    }

    @Test("cilkit info lists the state machines of async methods")
    func asyncStateMachines() throws {
        guard Toolchain.available(Toolchain.mcs, "mcs"), let path = try Toolchain.build(fixture: "Metadata/Async.cs") else { return }
        let classic = try AssemblySummary(Metadata(path: path)).classicAsyncMethods()
        #expect(classic.count >= 3)
        // mcs names a named method's machine `<Name>c__asyncN`; an async lambda's machine nests
        // in its closure class. Either way it is a nested type of the method's declaring type.
        for (method, machine) in classic {
            let parts = method.components(separatedBy: "::")
            #expect(machine.hasPrefix(parts[0] + "+"), "\(method) → \(machine)")
            #expect(machine.range(of: #"c__async[0-9A-F]+(`[0-9]+)?$"#, options: .regularExpression) != nil, "\(method) → \(machine)")
            if !parts[1].hasPrefix("<") { #expect(machine.contains("+<\(parts[1])>c__async"), "\(method) → \(machine)") }
        }
    }

    @Test("exception clauses of every kind decode with their regions")
    func exceptionClauses() throws {
        guard Toolchain.available(Toolchain.mcs, "mcs"), let path = try Toolchain.build(fixture: "Metadata/ExceptionHandling.cs") else { return }
        let md = try Metadata(path: path)
        var kinds: Set<String> = []
        for m in 1..<(md.tables.rowCount(.methodDef) + 1) {
            guard let body = try md.methodBody(ofMethod: m) else { continue }
            for c in body.exceptionClauses {
                #expect(c.tryEnd <= body.codeSize && c.handlerEnd <= body.codeSize)
                switch c.kind {
                case .catch(let t): kinds.insert("catch"); #expect(t.table == .typeRef || t.table == .typeDef || t.table == .typeSpec)
                case .filter(let f): kinds.insert("filter"); #expect(f < c.handlerOffset)
                case .finally: kinds.insert("finally")
                case .fault: kinds.insert("fault")
                }
            }
        }
        #expect(kinds.isSuperset(of: ["catch", "filter", "finally"]))
    }
}
