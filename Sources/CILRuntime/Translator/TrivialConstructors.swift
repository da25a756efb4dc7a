import CILMetadata

/// Constructors that do nothing — `Object::.ctor`, and every constructor whose body is only
/// `ldarg.0; call <a constructor that does nothing>; ret` (what the C# compiler emits for a
/// class without field initialisers or constructor code). `newobj` of such a class only
/// allocates, and a base-constructor call to one emits nothing: two frames fewer per object.
///
/// A constructor is not trivial when its type has a type initializer (calling a constructor
/// may be what runs it), when it is an internal call, or when its body does anything else.
extension Runtime {
    func isTrivialConstructor(_ m: MethodHandle) -> Bool {
        let info = m.info
        if let known = info.isTrivialConstructor { return known }
        info.isTrivialConstructor = false  // also what a cycle (malformed IL) sees
        let result = (try? analyseTrivialConstructor(m)) ?? false
        info.isTrivialConstructor = result
        return result
    }

    private func analyseTrivialConstructor(_ m: MethodHandle) throws -> Bool {
        let info = m.info
        guard info.name == ".ctor", !info.isStatic, info.parameterTypes.isEmpty,
              !m.pointer.pointee.flags.contains(.internalCall),
              info.owner.desc.kind == .class, info.owner.info.typeInitializer == nil,
              let asm = info.assembly, let body = try asm.md.methodBody(ofMethod: info.row),
              body.exceptionClauses.isEmpty else { return false }
        var decoder = ILDecoder(asm.md, body: body)
        var instructions: [ILInstruction] = []
        while let ins = try decoder.next() {
            if ins.opcode == .nop { continue }
            instructions.append(ins)
            if instructions.count > 3 { return false }
        }
        switch instructions.map(\.opcode) {
        case [.ret]:
            return true
        case [.ldarg_0, .call, .ret]:
            guard case .token(let tok) = instructions[1].operand,
                  let base = try? resolveMethod(tok, in: asm, context: .empty),
                  let parent = info.owner.desc.parent, base.info.owner == parent else { return false }
            return isTrivialConstructor(base)
        default:
            return false
        }
    }
}
