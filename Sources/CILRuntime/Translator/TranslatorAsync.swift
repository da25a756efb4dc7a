import CILMetadata

/// Calls with a runtime-async meaning (see Documentation/RuntimeAsync.md):
///
/// - `RuntimeAsync.Suspend(notifier)` and `RuntimeAsync.Resume<T>(frame)` (corlib) become the
///   `asyncSuspend` and `asyncResume` instructions.
/// - In an async body, `call X; call AsyncHelpers.Await(…)` where X is runtime-async becomes one
///   call of X's async entry, which returns the awaited value itself: no Task exists unless X
///   suspends. So does `call X; ldc.i4 b; callvirt ConfigureAwait(bool); call Await(Configured…)`;
///   with `ConfigureAwait(false)` the call instruction carries c = 1, so that if X suspends,
///   this frame resumes wherever X does instead of on its SynchronizationContext.
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
        if isAsyncBody, virtual, Runtime.asyncReturnKind(info.returnType) != nil, !info.owner.desc.flags.contains(.delegate),
           let awaited = info.returnType, try awaitFollows(taking: awaited, after: 0) {
            // A virtual or interface call of a task-returning method, awaited: decided at run
            // time — a runtime-async target's async entry returns the value past the Await; any
            // other target returns its task to the Await.
            emit(.callVirtAsync, base); word(m)
            asyncSkipPatch = (instructionStart, code.count)
            word(0)
            try pushResult(info.returnType)
            return true
        }
        guard isAsyncBody, !virtual, m.pointer.pointee.flags.has(.runtimeAsync), !m.pointer.pointee.flags.has(.asyncBody),
              let awaited = info.returnType else { return false }
        var skip = 0
        var continueOnContext = true
        if try awaitFollows(taking: awaited, after: 0) {
            skip = 1
        } else if let configured = try configureAwaitFollows(on: awaited) {
            skip = 3
            continueOnContext = configured
        } else {
            return false
        }
        let variant = try rt.asyncVariant(of: m)
        try emitCall(variant, base: base, returnType: variant.info.returnType, virtual: false)
        if !continueOnContext { code[instructionStart] = encode(.call, base, 0, 1) }
        skipInstructions = skip
        return true
    }

    /// `ldc.i4.0|1; callvirt (Value)Task::ConfigureAwait(bool); call AsyncHelpers.Await(Configured…)`
    /// after a call returning `awaited`: the argument (nil if the pattern is not there).
    func configureAwaitFollows(on awaited: TypeHandle) throws -> Bool? {
        guard var peek = lookahead, let constant = try peek.next(), let configure = try peek.next() else { return nil }
        let flag: Bool
        switch constant.opcode {
        case .ldc_i4_0: flag = false
        case .ldc_i4_1: flag = true
        default: return nil
        }
        guard configure.opcode == .callvirt || configure.opcode == .call, case .token(let tok) = configure.operand,
              !branchTargets.contains(constant.offset), !branchTargets.contains(configure.offset),
              let m = try? rt.resolveMethod(tok, in: asm, context: context),
              m.info.name == "ConfigureAwait", m.info.owner == awaited, let configured = m.info.returnType,
              try awaitFollows(taking: configured, after: 2) else { return nil }
        return flag
    }

    /// Whether the instruction `after` instructions from the next is `call AsyncHelpers.Await(T)`
    /// for a `T`-typed operand.
    func awaitFollows(taking awaited: TypeHandle, after: Int) throws -> Bool {
        guard var peek = lookahead else { return false }
        for _ in 0..<after { guard try peek.next() != nil else { return false } }
        guard let next = try peek.next(), next.opcode == .call,
              case .token(let tok) = next.operand, !branchTargets.contains(next.offset) else { return false }
        guard let helper = try? rt.resolveMethod(tok, in: asm, context: context) else { return false }
        let h = helper.info
        return h.name == "Await" && h.owner.info.fullName == "System.Runtime.CompilerServices.AsyncHelpers"
            && h.assembly?.isCorlib == true && h.parameterTypes.count == 1 && h.parameterTypes[0] == awaited
    }
}
