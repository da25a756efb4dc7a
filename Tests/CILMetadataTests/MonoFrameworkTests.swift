import CILMetadata
import Foundation
import Testing
import TestSupport

/// The reader on assemblies nobody here wrote: Mono's own 4.5-profile framework.
@Suite("Mono framework assemblies")
struct MonoFrameworkTests {
    static let assemblies = ["mscorlib.dll", "System.dll", "System.Core.dll"]

    static func load(_ name: String) throws -> Metadata? {
        guard Toolchain.hasMonoFramework else {
            if Toolchain.requireTools { Issue.record("Mono's framework (\(Toolchain.monoFrameworkDirectory)) is required but missing") }
            return nil
        }
        return try Metadata(path: Toolchain.monoAssembly(name))
    }

    @Test("disassembles every method and decodes every signature", arguments: assemblies)
    func readsEverything(_ name: String) throws {
        guard let md = try Self.load(name) else { return }
        let d = try Disassembler(md)
        let text = try d.disassemble()
        var bodies = 0
        var ilBytes = 0
        for m in 1..<(md.tables.rowCount(.methodDef) + 1) {
            let row = try md.tables.methodDef(m)
            _ = try md.methodSignature(row.signature)
            if let body = try md.methodBody(ofMethod: m) {
                bodies += 1
                ilBytes += body.codeSize
                _ = try md.localVariables(of: body)
                _ = try ILDecoder.decodeAll(md, body: body)
            }
        }
        #expect(bodies > 1000)
        #expect(d.methodsWritten == bodies)
        #expect(d.ilBytesWritten == ilBytes)
        for r in 1..<(md.tables.rowCount(.memberRef) + 1) {
            let m = try md.tables.memberRef(r)
            if try md.isFieldSignature(m.signature) { _ = try md.fieldSignature(m.signature) } else { _ = try md.methodSignature(m.signature) }
        }
        for r in 1..<(md.tables.rowCount(.typeSpec) + 1) { _ = try md.typeSpecSignature(r) }
        for r in 1..<(md.tables.rowCount(.methodSpec) + 1) { _ = try md.methodSpecInstantiation(r) }
        for r in 1..<(md.tables.rowCount(.field) + 1) { _ = try md.fieldSignature(md.tables.field(r).signature) }
        for r in 1..<(md.tables.rowCount(.property) + 1) { _ = try md.propertySignature(md.tables.property(r).signature) }
        #expect(text.contains(".class public auto ansi"))
        _ = try AssemblySummary(md).text(path: name)
    }

    @Test("mscorlib's well-known members disassemble as ilasm writes them")
    func wellKnownShapes() throws {
        guard let md = try Self.load("mscorlib.dll") else { return }
        let d = try Disassembler(md)
        let text = try d.disassemble(.init(methodName: "System.String::Concat"))
        #expect(text.hasPrefix(".class public auto ansi sealed serializable beforefieldinit System.String\n"))
        #expect(text.contains("string Concat(string str0, string str1) cil managed"))
        #expect(!text.contains("Substring("), "--method prints only the named overloads")
        let list = try d.disassemble(.init(typeName: "System.Collections.Generic.List`1"))
        #expect(list.hasPrefix(".class public auto ansi serializable beforefieldinit System.Collections.Generic.List`1<T>\n"))
        #expect(list.contains("implements class System.Collections.Generic.IList`1<!0>,"))
        let nested = try d.disassemble(.init(typeName: "System.Collections.Generic.List`1/Enumerator"))
        #expect(nested.hasPrefix(".class nested public sequential ansi sealed serializable beforefieldinit Enumerator<T>\n"))
        #expect(throws: Disassembler.NotFound.self) { try d.disassemble(.init(typeName: "No.Such.Type")) }
        #expect(throws: Disassembler.NotFound.self) { try d.disassemble(.init(methodName: "System.String::NoSuchMethod")) }
    }
}
