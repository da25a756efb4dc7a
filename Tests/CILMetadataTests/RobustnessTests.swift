import CILMetadata
import Foundation
import Testing
import TestSupport

/// Malformed input never crashes or hangs the reader: real assemblies truncated at many points
/// and with bytes flipped (fixed seeds) must each end in a successful parse or a
/// BadImageFormatError. A Swift trap would kill the test process, which fails the run.
@Suite("Malformed input")
struct RobustnessTests {
    /// Runs everything a tool would: load, index, summary, full disassembly, every body and
    /// signature. Returns the error, or nil when the bytes still parse.
    static func exercise(_ bytes: [UInt8]) -> BadImageFormatError? {
        do {
            let md = try Metadata(bytes: bytes)
            _ = try AssemblySummary(md).text(path: "fuzz")
            _ = try Disassembler(md).disassemble()
            for m in 1..<(md.tables.rowCount(.methodDef) + 1) {
                if let body = try md.methodBody(ofMethod: m) {
                    _ = try ILDecoder.decodeAll(md, body: body)
                    _ = try md.localVariables(of: body)
                }
            }
            let index = try MetadataIndex(md)
            let decoder = CustomAttributeDecoder(md, index: index)
            for r in 1..<(md.tables.rowCount(.customAttribute) + 1) { _ = try? decoder.decode(r) }
            _ = try md.userStrings.all()
            return nil
        } catch let e as BadImageFormatError {
            return e
        } catch {
            Issue.record("unexpected error type \(type(of: error)): \(error)")
            return nil
        }
    }

    /// xorshift64*, so every run tries the same cases.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12; state ^= state << 25; state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static var inputs: [String] { ["Metadata/Generics.cs", "Metadata/ExceptionHandling.cs", "Metadata/CustomAttributes.cs", "Metadata/Async.cs"] }

    static func load(_ fixture: String) throws -> [UInt8]? {
        guard Toolchain.available(Toolchain.mcs, "mcs"), let path = try Toolchain.build(fixture: fixture) else { return nil }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test("truncated at 400 points: parse or BadImageFormatError", arguments: inputs)
    func truncation(_ fixture: String) throws {
        guard let bytes = try Self.load(fixture) else { return }
        #expect(Self.exercise(bytes) == nil, "the intact file must parse")
        var errors = 0
        let step = max(1, bytes.count / 400)
        for length in stride(from: 0, to: bytes.count, by: step) {
            if Self.exercise(Array(bytes[0..<length])) != nil { errors += 1 }
        }
        #expect(errors > 0)
    }

    @Test("1,500 random byte flips: parse or BadImageFormatError", arguments: inputs)
    func bitFlips(_ fixture: String) throws {
        guard let bytes = try Self.load(fixture) else { return }
        var rng = Random(state: 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count))
        var errors = 0, parses = 0
        for _ in 0..<1500 {
            var mutated = bytes
            for _ in 0..<(1 + rng.below(4)) {
                mutated[rng.below(mutated.count)] ^= UInt8(truncatingIfNeeded: 1 << rng.below(8) | (rng.below(4) == 0 ? rng.below(256) : 0))
            }
            if Self.exercise(mutated) != nil { errors += 1 } else { parses += 1 }
        }
        #expect(errors + parses == 1500)
    }

    @Test("hostile structures are rejected with a message and offset")
    func handcraftedHeaders() {
        #expect(Self.exercise([]) == BadImageFormatError("MS-DOS header extends past the end of the file (needs 64 bytes)", at: 0))
        var notPE = [UInt8](repeating: 0, count: 128)
        notPE[0] = 0x4D; notPE[1] = 0x5A; notPE[0x3C] = 0x40
        let e = Self.exercise(notPE)
        #expect(e?.message.contains("PE signature") == true)
        #expect(e?.fileOffset == 0x40)
        // e_lfanew pointing far outside the file.
        notPE[0x3C] = 0xFF; notPE[0x3D] = 0xFF; notPE[0x3E] = 0xFF; notPE[0x3F] = 0x7F
        #expect(Self.exercise(notPE) != nil)
    }
}
