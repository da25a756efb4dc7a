import AsyncLowering
import CILMetadata
import CILRuntime
import Foundation
import TestSupport
import Testing

/// `Runtime.translate(_:)`, `asyncEntry(of:)` and `CompiledMethod.instructionCount(ilRange:)`:
/// translating a method on its own, as the microbenchmarks (Benchmarks/Micro) do, over every
/// non-generic method of the bundled sample and its async methods' lowered bodies.
@Suite("Translating a method on its own")
struct TranslationTests {
    static let corlib = Toolchain.repositoryRoot.appendingPathComponent("Corlib/corlib.dll").path
    static let sample = Toolchain.repositoryRoot.appendingPathComponent("Samples/FeatureFlags/FeatureFlags.exe").path

    static func words(_ c: CompiledMethod) -> [UInt64] { Array(UnsafeBufferPointer(start: c.code, count: c.codeCount)) }

    @Test("translate(_:) returns the IR a first call makes, installs nothing, and gives the same IR again")
    func translateAgain() throws {
        let runtime = try Runtime(corlibPath: Self.corlib)
        let assembly = try runtime.load(path: Self.sample)
        var translated = 0
        for row in 1...UInt32(assembly.md.tables.rowCount(.methodDef)) {
            guard try assembly.md.methodBody(ofMethod: row) != nil,
                  assembly.index.genericParameters[MetadataToken(.methodDef, row)] == nil,
                  assembly.index.genericParameters[MetadataToken(.typeDef, assembly.index.declaringType(ofMethod: row))] == nil
            else { continue }
            let method = try runtime.resolveMethod(MetadataToken(.methodDef, row), in: assembly, context: .empty)
            let first = try runtime.translate(method)
            #expect(method.pointer.pointee.code == nil)
            let again = try runtime.translate(method)
            #expect(Self.words(first) == Self.words(again), "\(method.info.name)")
            // Every IR instruction comes from one IL instruction, or from before the first.
            var decoder = ILDecoder(assembly.md, body: try #require(try assembly.md.methodBody(ofMethod: row)))
            var perInstruction = 0
            while let instruction = try decoder.next() {
                perInstruction += first.instructionCount(ilRange: instruction.offset..<instruction.nextOffset)
            }
            #expect(perInstruction == first.instructionCount, "\(method.info.name)")
            #expect(first.instructionCount > 0 && first.instructionCount <= first.codeCount)
            translated += 1
        }
        #expect(translated > 40)
    }

    /// IR instructions of the loop closed by the first backward branch of `name`'s IL.
    static func loopInstructions(_ name: String, in assembly: LoadedAssembly, _ runtime: Runtime) throws -> Int {
        let md = assembly.md
        let row = try #require((1...UInt32(md.tables.rowCount(.methodDef))).first {
            (try? md.strings.string(md.tables.methodDef($0).name)) == name
        })
        let compiled = try runtime.translate(try runtime.resolveMethod(MetadataToken(.methodDef, row), in: assembly, context: .empty))
        var decoder = ILDecoder(md, body: try #require(try md.methodBody(ofMethod: row)))
        while let instruction = try decoder.next() {
            if case .branch(let target) = instruction.operand, target <= instruction.offset {
                return compiled.instructionCount(ilRange: target..<instruction.nextOffset)
            }
        }
        Issue.record("\(name) has no loop")
        return 0
    }

    @Test("the benchmark loops translate to their pinned IR size: 8 instructions (Loop), 5 (Sieve's inner loop)")
    func loopSizes() throws {
        guard let exe = try Toolchain.build(fixture: "Runtime/LoopIR.cs") else { return }
        let runtime = try Runtime(corlibPath: Self.corlib)
        let assembly = try runtime.load(path: exe)
        #expect(try Self.loopInstructions("Arithmetic", in: assembly, runtime) == 8)
        #expect(try Self.loopInstructions("Sieve", in: assembly, runtime) == 5)
    }

    @Test("asyncEntry(of:) is the lowered body's method; translate gives the Task entry's thunk and the body's IR")
    func loweredBodies() throws {
        let runtime = try Runtime(corlibPath: Self.corlib)
        runtime.transformAssembly = { $0.loweredBodies = try AsyncLowering.lower($0.md).methods }
        let assembly = try runtime.load(path: Self.sample)
        #expect(assembly.loweredBodies.count == 10)
        for (row, body) in assembly.loweredBodies {
            let taskEntry = try runtime.resolveMethod(MetadataToken(.methodDef, row), in: assembly, context: .empty)
            let entry = try runtime.asyncEntry(of: taskEntry)
            #expect(entry != taskEntry)
            #expect(try runtime.asyncEntry(of: entry) == entry)
            #expect(try runtime.asyncEntry(of: taskEntry) == entry)
            let thunk = try runtime.translate(taskEntry)
            let lowered = try runtime.translate(entry)
            #expect(thunk.instructionCount == 2)
            #expect(Self.words(lowered) == Self.words(try runtime.translate(entry)))
            // The lowered body's IL is covered, besides what async bodies add around it.
            #expect(lowered.instructionCount(ilRange: 0..<body.il.count) > 0)
            #expect(lowered.instructionCount(ilRange: 0..<body.il.count) < lowered.instructionCount)
        }
        let plain = try #require(assembly.md.entryPoint)
        #expect(throws: RuntimeError.self) {
            try runtime.asyncEntry(of: try runtime.resolveMethod(plain, in: assembly, context: .empty))
        }
    }
}
