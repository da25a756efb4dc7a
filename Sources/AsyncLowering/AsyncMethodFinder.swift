import CILMetadata

/// The four return types runtime async applies to (matched on the definition, as Roslyn does).
enum TaskReturnKind: Equatable {
    case task, taskOfT(TypeSignature), valueTask, valueTaskOfT(TypeSignature)

    /// Whether the lowered body returns a value (`ret` with `T` on the stack).
    var returnsValue: Bool {
        switch self {
        case .task, .valueTask: return false
        case .taskOfT, .valueTaskOfT: return true
        }
    }
}

/// One method carrying `[AsyncStateMachine]`, with what lowering needs to know about it.
struct AsyncMethodCandidate {
    var stub: UInt32
    var name: String
    var returnKind: TaskReturnKind?
    /// The state-machine TypeDef row (from the stub's locals), its MoveNext and SetStateMachine.
    var stateMachine: UInt32
    var moveNext: UInt32
    var stateMachineILBytes: Int
    /// Set when the method must stay classic before any IL is looked at.
    var keepClassicReason: String?
}

/// Finds the async methods of an assembly: every MethodDef with an `AsyncStateMachineAttribute`,
/// classified by return type and by the `RuntimeAsyncMethodGeneration(false)` opt-out.
struct AsyncMethodFinder {
    let context: LoweringContext
    init(_ context: LoweringContext) { self.context = context }

    static let stateMachineAttribute = "System.Runtime.CompilerServices.AsyncStateMachineAttribute"
    static let optOutAttribute = "System.Runtime.CompilerServices.RuntimeAsyncMethodGenerationAttribute"

    func candidates() throws -> [AsyncMethodCandidate] {
        let md = context.md
        let decoder = CustomAttributeDecoder(md, index: context.index)
        var stubs: [UInt32] = []
        for r in 1..<(md.tables.rowCount(.customAttribute) + 1) {
            let ca = try md.tables.customAttribute(r)
            guard ca.parent.table == .methodDef,
                  try decoder.attributeTypeName(r) == Self.stateMachineAttribute else { continue }
            stubs.append(ca.parent.row)
        }
        return try stubs.sorted().map { try candidate($0, decoder: decoder) }
    }

    func candidate(_ stub: UInt32, decoder: CustomAttributeDecoder) throws -> AsyncMethodCandidate {
        let md = context.md
        var c = AsyncMethodCandidate(stub: stub, name: try context.methodName(stub), returnKind: nil,
                                     stateMachine: 0, moveNext: 0, stateMachineILBytes: 0)
        let method = try md.tables.methodDef(stub)
        let signature = try md.methodSignature(method.signature)
        guard let stubBody = try md.methodBody(ofMethod: stub) else {
            c.keepClassicReason = "the kickoff stub has no IL body"
            return c
        }
        c.stateMachineILBytes = stubBody.codeSize
        // The state machine: the stub's first value-type local whose type is a TypeDef of this module.
        for local in try md.localVariables(of: stubBody) {
            switch local {
            case .valueType(let t) where t.table == .typeDef, .genericInstance(true, let t, _) where t.table == .typeDef:
                c.stateMachine = t.row
            default: continue
            }
            break
        }
        if c.stateMachine != 0 {
            for m in try md.methods(ofType: c.stateMachine) {
                let name = try md.strings.string(md.tables.methodDef(m).name)
                if name == "MoveNext" { c.moveNext = m }
                if name == "MoveNext" || name == "SetStateMachine", let b = try md.methodBody(ofMethod: m) {
                    c.stateMachineILBytes += b.codeSize
                }
            }
        }
        c.returnKind = try returnKind(signature.returnType)
        if signature.returnType == .void {
            c.keepClassicReason = "async void (runtime async applies to Task/ValueTask returns only)"
        } else if c.returnKind == nil {
            c.keepClassicReason = "returns a custom task-like type, not Task/Task<T>/ValueTask/ValueTask<T>"
        } else if try optedOut(stub, decoder: decoder) {
            c.keepClassicReason = "[RuntimeAsyncMethodGeneration(false)]"
        } else if method.implFlags & 0x20 != 0 || signature.callingConvention.isVararg {
            c.keepClassicReason = "synchronized or vararg methods cannot be runtime-async"
        } else if c.stateMachine == 0 || c.moveNext == 0 {
            c.keepClassicReason = "no state-machine local with a MoveNext method in the kickoff stub"
        }
        return c
    }

    func returnKind(_ type: TypeSignature) throws -> TaskReturnKind? {
        switch type {
        case .class(let t):
            return try context.typeName(t) == "System.Threading.Tasks.Task" ? .task : nil
        case .valueType(let t):
            return try context.typeName(t) == "System.Threading.Tasks.ValueTask" ? .valueTask : nil
        case .genericInstance(let isValueType, let t, let args) where args.count == 1:
            let name = try context.typeName(t)
            if !isValueType && name == "System.Threading.Tasks.Task`1" { return .taskOfT(args[0]) }
            if isValueType && name == "System.Threading.Tasks.ValueTask`1" { return .valueTaskOfT(args[0]) }
            return nil
        default:
            return nil
        }
    }

    /// `[RuntimeAsyncMethodGeneration(false)]`, matched by name (the attribute is user-defined).
    func optedOut(_ method: UInt32, decoder: CustomAttributeDecoder) throws -> Bool {
        for r in context.index.customAttributes[MetadataToken(.methodDef, method)] ?? [] {
            guard try decoder.attributeTypeName(r) == Self.optOutAttribute else { continue }
            if case .boolean(false)? = try decoder.decode(r).fixedArguments.first { return true }
        }
        return false
    }
}
