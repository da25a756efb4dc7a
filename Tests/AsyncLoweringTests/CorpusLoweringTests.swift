import AsyncLowering
import CILMetadata
import Foundation
import TestSupport
import Testing

/// Lowers every async program of the differential corpus (Tests/Corpus/Async) and checks that
/// every async method is either lowered into a body that passes the IL validator and no longer
/// mentions the state machine's machinery, or stays classic with a reason.
@Suite("AsyncLowering over the async corpus")
struct CorpusLoweringTests {
    static let corpusDirectory = Toolchain.repositoryRoot.appendingPathComponent("Tests/Corpus/Async")

    static var programs: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: corpusDirectory.path)) ?? []
        return files.filter { $0.hasSuffix(".cs") }.sorted().map { String($0.dropLast(3)) }
    }

    @Test("every async method is lowered or has a reason, and lowered bodies validate", arguments: programs)
    func lowersProgram(_ program: String) throws {
        guard Toolchain.available(Toolchain.mcs, "mcs"),
              let exe = try Toolchain.build(source: Self.corpusDirectory.appendingPathComponent(program + ".cs")) else { return }
        let md = try Metadata(path: exe)
        let lowered = try AsyncLowering.lower(md)
        let classic = try AssemblySummary(md).classicAsyncMethods()
        #expect(lowered.report.count == classic.count, "\(program): \(lowered.report.count) reports for \(classic.count) async methods")
        for entry in lowered.report {
            if let bytes = entry.loweredILBytes {
                #expect(entry.reasonKeptClassic == nil)
                let body = try #require(lowered.methods[entry.methodDefRow])
                #expect(body.il.count == bytes)
                #expect(bytes < entry.stateMachineILBytes, "\(entry.name): lowered \(bytes) ≥ state machine \(entry.stateMachineILBytes)")
                let returnsValue = try Self.returnsValue(md, entry.methodDefRow)
                let result = try ILValidator.validate(body, metadata: md, returnsValue: returnsValue)
                #expect(result.maxStack == body.maxStack, "\(entry.name): maxStack")
                try Self.checkNoMachinery(md, body, result.instructions, entry.name)
            } else {
                #expect(entry.reasonKeptClassic != nil, "\(entry.name) stayed classic without a reason")
                #expect(lowered.methods[entry.methodDefRow] == nil)
            }
        }
    }

    static func returnsValue(_ md: Metadata, _ row: UInt32) throws -> Bool {
        let sig = try md.methodSignature(md.tables.methodDef(row).signature)
        if case .genericInstance = sig.returnType { return true }
        return false
    }

    /// No `$PC`/`$builder` field and no member of an async method builder survives lowering.
    static func checkNoMachinery(_ md: Metadata, _ body: SyntheticMethodBody, _ instructions: [ILInstruction], _ name: String) throws {
        let index = try MetadataIndex(md)
        let names = ILAsmNames(md, index: index)
        names.syntheticReferences = body.references
        for ins in instructions {
            guard case .token(let t) = ins.operand, ins.opcode.operandType != .string else { continue }
            let text: String
            switch ins.opcode.operandType {
            case .method: text = try names.method(t)
            case .field: text = try names.field(t)
            case .type: text = try names.typeName(t)
            default: text = try names.token(t)
            }
            if text.hasSuffix("::$PC") || text.hasSuffix("::$builder") || text.contains("MethodBuilder") {
                Issue.record("\(name): lowered body still uses the state machine's machinery: \(ins.opcode.name) \(text)")
            }
        }
    }
}
