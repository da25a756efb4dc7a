import AsyncLowering
import CILMetadata
import Foundation
import TestSupport
import Testing

/// The validator rejects what the lowering must never produce.
@Suite("IL validator")
struct ILValidatorTests {
    static func metadata() throws -> Metadata? {
        guard Toolchain.available(Toolchain.mcs, "mcs"), let dll = try Toolchain.build(fixture: "AsyncLowering/Shapes.cs") else { return nil }
        return try Metadata(path: dll)
    }

    func rejects(_ body: SyntheticMethodBody, returnsValue: Bool = false, _ md: Metadata) -> Bool {
        (try? ILValidator.validate(body, metadata: md, returnsValue: returnsValue)) == nil
    }

    @Test("stack depth, branches, regions and returns are checked")
    func rejectsInvalidBodies() throws {
        guard let md = try Self.metadata() else { return }
        // ldc.i4.1; ret — valid for a value-returning body, not for a void one.
        let ret1 = SyntheticMethodBody(il: [0x17, 0x2A], maxStack: 1, locals: [])
        #expect(!rejects(ret1, returnsValue: true, md))
        #expect(rejects(ret1, returnsValue: false, md))
        // pop on an empty stack.
        #expect(rejects(SyntheticMethodBody(il: [0x26, 0x2A], maxStack: 1, locals: []), md))
        // Join with different depths: ldc.i4.0; brtrue.s +1; ldc.i4.1; ret  (depth 0 vs 1 at ret).
        #expect(rejects(SyntheticMethodBody(il: [0x16, 0x2D, 0x01, 0x17, 0x2A], maxStack: 1, locals: []), md))
        // ret inside a try: try [0,1) = ret; finally [1,2) = endfinally.
        let retInTry = SyntheticMethodBody(il: [0x2A, 0xDC], maxStack: 0, locals: [],
                                           exceptionClauses: [ExceptionClause(kind: .finally, tryOffset: 0, tryLength: 1, handlerOffset: 1, handlerLength: 1)])
        #expect(rejects(retInTry, md))
        // Unreachable code: ret; nop.
        #expect(rejects(SyntheticMethodBody(il: [0x2A, 0x00], maxStack: 0, locals: []), md))
        // A well-formed try/finally: try { leave.s END } finally { endfinally } END: ret.
        let good = SyntheticMethodBody(il: [0xDE, 0x01, 0xDC, 0x2A], maxStack: 0, locals: [],
                                       exceptionClauses: [ExceptionClause(kind: .finally, tryOffset: 0, tryLength: 2, handlerOffset: 2, handlerLength: 1)])
        #expect(!rejects(good, md))
        // br.s out of the try instead of leave.
        let brOut = SyntheticMethodBody(il: [0x2B, 0x01, 0xDC, 0x2A], maxStack: 0, locals: [],
                                        exceptionClauses: [ExceptionClause(kind: .finally, tryOffset: 0, tryLength: 2, handlerOffset: 2, handlerLength: 1)])
        #expect(rejects(brOut, md))
    }
}
