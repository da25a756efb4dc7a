import AsyncLowering
import CILMetadata
import Foundation
import TestSupport
import Testing

/// Exact lowered IL of small shapes (Tests/Fixtures/AsyncLowering/Shapes.cs), as `cilkit il
/// --runtime-async` prints it: sequential Task awaits fused into `call X; call Await<T>`, an
/// await inside try/finally (the "suspending" guard folded away), a generic method (state
/// machine `SM<!!0>` with synthetic field references, `ConfigureAwait(false)` → `Await(ConfiguredTaskAwaitable)`).
@Suite("AsyncLowering listings")
struct LoweredListingTests {
    static func lowered() throws -> (Metadata, LoweredAssembly)? {
        guard Toolchain.available(Toolchain.mcs, "mcs"), let dll = try Toolchain.build(fixture: "AsyncLowering/Shapes.cs") else { return nil }
        let md = try Metadata(path: dll)
        return (md, try AsyncLowering.lower(md))
    }

    @Test("lowered listing matches", arguments: ["Sequential", "TryFinally", "Generic"])
    func listing(_ method: String) throws {
        guard let (md, lowered) = try Self.lowered() else { return }
        let text = try Disassembler(md).disassembleLowered(lowered.methods, .init(methodName: "Shapes::" + method))
        let expectedURL = Toolchain.fixturesDirectory.appendingPathComponent("AsyncLowering/Shapes.\(method).lowered.il")
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(text == expected, "lowered \(method) differs:\n\(text)")
    }

    @Test("awaits are expressed as the engine expects")
    func awaitKinds() throws {
        guard let (_, lowered) = try Self.lowered() else { return }
        let byName = Dictionary(uniqueKeysWithValues: lowered.report.map { ($0.name, $0) })
        #expect(byName["Shapes::Sequential"]?.taskAwaits == 2)
        #expect(byName["Shapes::TryFinally"]?.awaiterAwaits == 1)
        #expect(byName["Shapes::Generic"]?.taskAwaits == 1)
        #expect(lowered.report.allSatisfy { $0.loweredILBytes != nil })
    }

    @Test("cilkit stats totals are the sums of the per-method figures")
    func statsTotals() throws {
        guard let (_, lowered) = try Self.lowered() else { return }
        let stats = AsyncStatsReport(lowered)
        let loweredEntries = lowered.report.filter { $0.loweredILBytes != nil }
        #expect(stats.loweredCount == loweredEntries.count)
        #expect(stats.loweredBytes == loweredEntries.reduce(0) { $0 + $1.loweredILBytes! })
        #expect(stats.loweredStateMachineBytes == loweredEntries.reduce(0) { $0 + $1.stateMachineILBytes })
        #expect(stats.loweredBytes == lowered.methods.values.reduce(0) { $0 + $1.il.count })
        #expect(stats.text.contains("total: 3 async methods, 3 lowered, 0 classic"))
        #expect(stats.text.contains("\(stats.loweredStateMachineBytes) bytes of state-machine IL -> \(stats.loweredBytes) bytes"))
    }
}
