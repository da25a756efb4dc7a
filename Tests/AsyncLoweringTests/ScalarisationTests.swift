@testable import AsyncLowering
import CILMetadata
import Foundation
import TestSupport
import Testing

/// `Scalarisation` and `LocalCleanup` on hand-made bodies: what they rewrite, and the shapes
/// they must leave alone.
@Suite("Scalarisation")
struct ScalarisationTests {
    typealias Op = SymbolicInstruction.Op
    static let f = MetadataToken(.field, 1), g = MetadataToken(.field, 2)
    static let sm = TypeSignature.valueType(MetadataToken(.typeDef, 2))

    static func body(_ ops: [Op]) -> [SymbolicInstruction] {
        ops.enumerated().map { SymbolicInstruction($0.element, anchor: $0.offset * 10) }
    }
    static func ops(_ body: [SymbolicInstruction]) -> [Op] { body.map(\.op) }
    static func label(_ index: Int) -> Int { index * 10 }

    func scalarise(_ md: Metadata, _ ops: [Op], returnsValue: Bool = true, types: [String: TypeSignature] = ["F": .int32, "G": .boolean])
        throws -> ([Op], [TypeSignature])? {
        let s = Scalarisation(md: md, references: [], returnsValue: returnsValue, stateMachineLocal: 0,
                              fieldType: { types[$0] },
                              fieldName: { $0 == Self.f ? "F" : $0 == Self.g ? "G" : nil })
        guard let (b, l) = try s.apply(Self.body(ops), clauses: [], locals: [Self.sm]) else { return nil }
        return (Self.ops(b), l)
    }

    @Test("field loads, stores and addresses become locals; the address pushed before the value is paired by stack simulation")
    func rewrites() throws {
        guard let md = try ILValidatorTests.metadata() else { return }
        // V_0.F = x ? 1 : 2; return V_0.F + V_0.G (through its address);
        let input: [Op] = [
            .ldloca(0), .ldarg(0), .branch(.brtrue, Self.label(5)), .ldcI4(1), .branch(.br, Self.label(6)),
            .ldcI4(2), .plain(.stfld, .token(Self.f)),
            .ldloca(0), .plain(.ldfld, .token(Self.f)),
            .ldloca(0), .plain(.ldflda, .token(Self.g)), .plain(.ldind_u1, .none), .plain(.add, .none), .plain(.ret, .none),
        ]
        let (out, locals) = try #require(try scalarise(md, input))
        #expect(out == [
            .ldarg(0), .branch(.brtrue, Self.label(5)), .ldcI4(1), .branch(.br, Self.label(6)),
            .ldcI4(2), .stloc(1), .ldloc(1), .ldloca(2), .plain(.ldind_u1, .none), .plain(.add, .none), .plain(.ret, .none),
        ])
        #expect(locals == [Self.sm, .int32, .boolean])
    }

    @Test("the struct stays when its address escapes, is copied, or meets another stack shape")
    func refuses() throws {
        guard let md = try ILValidatorTests.metadata() else { return }
        let ret: Op = .plain(.ret, .none)
        // The address read through (could be any field) and popped.
        #expect(try scalarise(md, [.ldloca(0), .plain(.ldind_i4, .none), ret]) == nil)
        #expect(try scalarise(md, [.ldloca(0), .plain(.pop, .none), .ldcI4(0), ret]) == nil)
        // Duplicated: two consumers of one address.
        #expect(try scalarise(md, [.ldloca(0), .plain(.dup, .none), .plain(.ldfld, .token(Self.f)), .plain(.stfld, .token(Self.f)), .ldcI4(0), ret]) == nil)
        // The struct copied or overwritten as a whole.
        #expect(try scalarise(md, [.ldloc(0), .plain(.pop, .none), .ldloca(0), .plain(.ldfld, .token(Self.f)), ret]) == nil)
        // The address stored as the value of a field store.
        #expect(try scalarise(md, [.ldloca(0), .ldloca(0), .plain(.stfld, .token(Self.f)), .ldcI4(0), ret]) == nil)
        // A prefixed access.
        #expect(try scalarise(md, [.ldloca(0), .plain(.volatile_, .none), .plain(.ldfld, .token(Self.f)), ret]) == nil)
        // A field without a known type.
        #expect(try scalarise(md, [.ldloca(0), .plain(.ldfld, .token(Self.f)), ret], types: [:]) == nil)
        // Different addresses meeting at a join: x ? &V_0 : &V_0 are two producers for one consumer.
        #expect(try scalarise(md, [.ldarg(0), .branch(.brtrue, Self.label(4)), .ldloca(0), .branch(.br, Self.label(5)),
                                   .ldloca(0), .plain(.ldfld, .token(Self.f)), ret]) == nil)
    }

    @Test("single-use temporaries, parameter copies and the result local fold only where the value cannot change")
    func cleanup() {
        let ret: Op = .plain(.ret, .none)
        func clean(_ ops: [Op], _ locals: [TypeSignature], copies: Bool = false) -> ([Op], [TypeSignature]) {
            let (b, l) = LocalCleanup.apply(Self.body(ops), clauses: [], locals: locals) { _, _ in copies }
            return (Self.ops(b), l)
        }
        // int32 temporary: gone. bool temporary: stloc truncates, kept. bool stored on into a bool: gone.
        #expect(clean([.ldarg(1), .stloc(0), .ldloc(0), ret], [.int32]) == ([.ldarg(1), ret], []))
        #expect(clean([.ldarg(1), .stloc(0), .ldloc(0), ret], [.boolean]) == ([.ldarg(1), .stloc(0), .ldloc(0), ret], [.boolean]))
        #expect(clean([.ldarg(1), .stloc(0), .ldloc(0), .stloc(1), .ldloca(1), .plain(.ldind_u1, .none), ret], [.boolean, .boolean])
                == ([.ldarg(1), .stloc(0), .ldloca(0), .plain(.ldind_u1, .none), ret], [.boolean]))
        // Parameter copy: `ldarg 0; stloc 0` at entry, read twice.
        #expect(clean([.ldarg(0), .stloc(0), .ldloc(0), .ldloc(0), .plain(.add, .none), ret], [.int32], copies: true)
                == ([.ldarg(0), .ldarg(0), .plain(.add, .none), ret], []))
        // ...not when the argument is stored to.
        #expect(clean([.ldarg(0), .stloc(0), .ldcI4(1), .starg(0), .ldloc(0), ret], [.int32], copies: true).1 == [.int32])
        // Result local: `stloc R; br L` … `L: ldloc R; ret` → `ret`.
        #expect(clean([.ldarg(0), .branch(.brfalse, Self.label(5)), .ldcI4(1), .stloc(0), .branch(.br, Self.label(7)),
                       .ldcI4(2), .stloc(0), .ldloc(0), ret], [.int32])
                == ([.ldarg(0), .branch(.brfalse, Self.label(5)), .ldcI4(1), ret, .ldcI4(2), ret], []))
    }
}
