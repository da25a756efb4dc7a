import CILMetadata

/// The two entries of a runtime-async method (Documentation/RuntimeAsync.md).
///
/// ```
///  Task<int> C::M(int x)            MethodImplOptions.Async (0x2000)
///   ├─ Task entry   MethodDesc C::M        — the method's own descriptor: sync callers,
///   │                                        delegates, ldftn, reflection, virtual dispatch.
///   │                                        Code: a thunk (below), never the IL.
///   └─ async entry  MethodDesc C::M$async  — made on demand (`asyncVariant(of:)`), returns int,
///                                            runs the IL as an async body; runtime-async
///                                            callers call it directly (fused awaits).
///
///  Task-entry thunk frame:  [args … | entry, &args / result]
///    asyncThunk  a=S  async entry, start helper     S = argument slots
///    ret         a=S b=result slots
/// ```
/// The thunk calls `RuntimeAsyncThunks.Start…` (corlib) with the async entry and the address
/// of its own arguments; the helper runs the chain inline — its first frame is made from those
/// arguments in place (`asyncStart`) — and returns a completed or pending task.
extension Runtime {
    /// What a runtime-async method returns.
    enum AsyncReturnKind {
        case task, taskOfT, valueTask, valueTaskOfT
    }

    static func asyncReturnKind(_ t: TypeHandle?) -> AsyncReturnKind? {
        guard let t, t.info.assembly?.isCorlib == true else { return nil }
        switch t.info.definitionName {
        case "System.Threading.Tasks.Task": return .task
        case "System.Threading.Tasks.Task`1": return .taskOfT
        case "System.Threading.Tasks.ValueTask": return .valueTask
        case "System.Threading.Tasks.ValueTask`1": return .valueTaskOfT
        default: return nil
        }
    }

    /// Corlib's `[RuntimeAsyncMethod]`, which stands in for the 0x2000 flag mcs cannot emit.
    func hasRuntimeAsyncAttribute(_ asm: LoadedAssembly, _ row: UInt32) -> Bool {
        guard let attributes = asm.index.customAttributes[MetadataToken(.methodDef, row)] else { return false }
        let decoder = CustomAttributeDecoder(asm.md, index: asm.index)
        return attributes.contains { (try? decoder.attributeTypeName($0)) == "System.Runtime.CompilerServices.RuntimeAsyncMethodAttribute" }
    }

    /// The async entry of runtime-async Task entry `m`: same owner, arguments and IL, returning
    /// the awaited type (nothing for Task/ValueTask).
    func asyncVariant(of m: MethodHandle) throws -> MethodHandle {
        let info = m.info
        if let v = info.asyncVariant { return v }
        if let e = info.taskEntry, e.info.asyncVariant == m { return m }
        let kind = Self.asyncReturnKind(info.returnType)
        let result: TypeHandle? = (kind == .taskOfT || kind == .valueTaskOfT) ? info.returnType?.info.typeArguments.first : nil
        let p = UnsafeMutablePointer<MethodDesc>.allocate(capacity: 1)
        p.initialize(to: MethodDesc(owner: info.owner))
        let handle = MethodHandle(p)
        let variant = MethodInfo(handle: handle, assembly: info.assembly, row: info.row, name: info.name, owner: info.owner,
                                 signature: info.signature, methodArguments: info.methodArguments, parameterTypes: info.parameterTypes,
                                 returnType: result, implFlags: info.implFlags, attributes: info.attributes & ~0x440)
        variant.taskEntry = m
        variant.genericDefinition = info.genericDefinition
        methodInfos.append(variant)
        methodDescAddresses.insert(UInt(bitPattern: p))
        p.pointee.info = Unmanaged.passUnretained(variant)
        var flags = m.pointer.pointee.flags
        flags.remove([.virtual, .abstract, .newSlot, .final])
        flags.insert(.asyncBody)
        p.pointee.flags = flags
        p.pointee.argSlots = m.pointer.pointee.argSlots
        p.pointee.returnSlots = Int32(try result.map(slotCount) ?? 0)
        info.asyncVariant = handle
        return handle
    }

    /// Rejects what the runtime-async convention forbids on a method (spec §1).
    func validateRuntimeAsync(_ m: MethodHandle) throws {
        let info = m.info
        let name = info.owner.info.fullName + "." + info.name
        if info.implFlags & 0x20 != 0 {
            throw RuntimeError.invalidProgram("Runtime-async method '\(name)' cannot be synchronized (MethodImplOptions.Synchronized).")
        }
        if info.signature.callingConvention.isVararg {
            throw RuntimeError.invalidProgram("Runtime-async method '\(name)' cannot take variable arguments.")
        }
        if case .byReference = info.signature.returnType.unmodified {
            throw RuntimeError.invalidProgram("Runtime-async method '\(name)' cannot return by reference.")
        }
        if m.pointer.pointee.flags.has(.asyncBody) && info.taskEntry == nil && Self.asyncReturnKind(info.returnType) == nil
            && info.assembly?.isCorlib != true {
            // 0x2000 on a method that returns no task: only corlib's AsyncHelpers may do this.
            throw RuntimeError.invalidProgram("Runtime-async method '\(name)' must return Task, Task<T>, ValueTask or ValueTask<T>.")
        }
    }

    /// The Task entry's code: call the start helper with the async entry and the arguments' address.
    func taskEntryThunk(_ m: MethodHandle) throws -> CompiledMethod {
        try validateRuntimeAsync(m)
        let variant = try asyncVariant(of: m)
        let info = m.info
        let helpers = try corlibType("System.Runtime.CompilerServices.RuntimeAsyncThunks")
        let (helperName, result): (String, TypeHandle?) = switch Self.asyncReturnKind(info.returnType) {
        case .task: ("StartVoidTask", nil)
        case .taskOfT: ("StartTask", variant.info.returnType)
        case .valueTask: ("StartVoidValueTask", nil)
        case .valueTaskOfT: ("StartValueTask", variant.info.returnType)
        case nil: throw RuntimeError.invalidProgram("Runtime-async method '\(info.owner.info.fullName).\(info.name)' must return Task, Task<T>, ValueTask or ValueTask<T>.")
        }
        guard var helper = helpers.info.methods.first(where: { $0.info.name == helperName }) else {
            throw RuntimeError.missingMethod("CILKit's corlib lacks RuntimeAsyncThunks.\(helperName).")
        }
        if let result { helper = try instantiate(helper, arguments: [result]) }
        let argSlots = Int(m.pointer.pointee.argSlots)
        let resultSlots = Int(m.pointer.pointee.returnSlots)
        let code: [UInt64] = [
            encode(.asyncThunk, argSlots, argSlots, 0), UInt64(UInt(bitPattern: variant.pointer)), UInt64(UInt(bitPattern: helper.pointer)),
            encode(.ret, argSlots, resultSlots, 0),
        ]
        return CompiledMethod(code: code, frameSlots: argSlots + max(resultSlots, 2) + 4, localsStart: argSlots, localSlots: 0,
                              constants: [], constantsStart: argSlots, clauses: [], ilOffsets: [])
    }
}

/// The contexts an async body saves at entry and restores at exit (as the classic builder's
/// Start does): the running thread's `Thread._executionContext` and `_synchronizationContext`.
extension Runtime {
    @inline(__always)
    func threadContexts(_ thread: ManagedThread) -> (execution: ObjectRef?, synchronization: ObjectRef?) {
        guard let o = thread.managedObject else { return (nil, nil) }
        guard let offsets = threadContextOffsetsCache ?? (try? threadContextOffsets()) else { return (nil, nil) }
        return (o.load(fromByteOffset: offsets.execution, as: ObjectRef?.self), o.load(fromByteOffset: offsets.synchronization, as: ObjectRef?.self))
    }

    @inline(never)
    func threadContextOffsets() throws -> (execution: Int, synchronization: Int) {
        if let o = threadContextOffsetsCache { return o }
        let thread = try corlibType("System.Threading.Thread")
        try complete(thread)
        guard let ec = thread.info.fields.first(where: { $0.name == "_executionContext" }),
              let sc = thread.info.fields.first(where: { $0.name == "_synchronizationContext" }) else {
            throw RuntimeError.missingField("CILKit's corlib Thread lacks _executionContext/_synchronizationContext.")
        }
        threadContextOffsetsCache = (ec.offset, sc.offset)
        return (ec.offset, sc.offset)
    }

    /// `RuntimeAsync.RestoreContexts(ExecutionContext, SynchronizationContext)`.
    func restoreContextsMethod() throws -> MethodHandle {
        let type = try corlibType("System.Runtime.CompilerServices.RuntimeAsync")
        guard let m = type.info.methods.first(where: { $0.info.name == "RestoreContexts" }) else {
            throw RuntimeError.missingMethod("CILKit's corlib lacks RuntimeAsync.RestoreContexts.")
        }
        return m
    }
}
