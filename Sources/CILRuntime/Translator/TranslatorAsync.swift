import CILMetadata

/// Calls with a runtime-async meaning (see Documentation/RuntimeAsync.md):
///
/// - `RuntimeAsync.Suspend(notifier)` and `RuntimeAsync.Resume<T>(frame)` (corlib) become the
///   `asyncSuspend` and `asyncResume` instructions.
/// - In an async body, `call X; call AsyncHelpers.Await(…)` where X is runtime-async becomes one
///   call of X's async entry, which returns the awaited value itself: no Task exists unless X
///   suspends.
///
/// ```
///   IL                                         IR
///   call   Task<int32> C::Fib(int32)           call  a, C::Fib$async      (returns int32 at a)
///   call   !!0 AsyncHelpers::Await<int32>(…)   —
/// ```
extension Translator {
    mutating func runtimeAsyncCall(_ m: MethodHandle, base: Int, virtual: Bool, _ il: Int) throws -> Bool {
        let info = m.info
        if info.owner.info.fullName == "System.Runtime.CompilerServices.RuntimeAsync" && info.assembly?.isCorlib == true {
            switch info.name {
            case "Suspend":
                guard isAsyncBody else {
                    throw fail("RuntimeAsync.Suspend outside a runtime-async body", at: il)
                }
                emit(.asyncSuspend, base)
                return true
            case "Resume":
                emit(.asyncResume, base)
                try pushResult(info.returnType)
                return true
            case "Start":
                emit(.asyncStart, base)
                try pushResult(info.returnType)
                return true
            default:
                return false
            }
        }
        guard isAsyncBody, !virtual, m.pointer.pointee.flags.has(.runtimeAsync), !m.pointer.pointee.flags.has(.asyncBody),
              let awaited = info.returnType, try awaitFollows(taking: awaited) else { return false }
        let variant = try rt.asyncVariant(of: m)
        try emitCall(variant, base: base, returnType: variant.info.returnType, virtual: false)
        skipNextInstruction = true
        return true
    }

    /// Whether the next instruction is `call AsyncHelpers.Await(T)` for a `T`-typed operand.
    func awaitFollows(taking awaited: TypeHandle) throws -> Bool {
        guard var peek = lookahead, let next = try peek.next(), next.opcode == .call,
              case .token(let tok) = next.operand, !branchTargets.contains(next.offset) else { return false }
        guard let helper = try? rt.resolveMethod(tok, in: asm, context: context) else { return false }
        let h = helper.info
        return h.name == "Await" && h.owner.info.fullName == "System.Runtime.CompilerServices.AsyncHelpers"
            && h.assembly?.isCorlib == true && h.parameterTypes.count == 1 && h.parameterTypes[0] == awaited
    }
}
