import CILMetadata

/// The synthetic references a lowered body uses, interned: each distinct reference gets one
/// synthetic token (`SyntheticMethodBody.token(forReference:)`).
struct ReferenceTable {
    private(set) var references: [SyntheticReference] = []
    private var indices: [SyntheticReference: Int] = [:]

    mutating func token(_ reference: SyntheticReference) -> MetadataToken {
        if let i = indices[reference] { return SyntheticMethodBody.token(forReference: i) }
        references.append(reference)
        indices[reference] = references.count - 1
        return SyntheticMethodBody.token(forReference: references.count - 1)
    }
}

/// `System.Runtime.CompilerServices.AsyncHelpers` as the lowering calls it (the .NET 11 shape):
///
/// ```
/// void Await(Task)                          T Await<T>(Task<T>)
/// void Await(ValueTask)                     T Await<T>(ValueTask<T>)
/// void Await(ConfiguredTaskAwaitable)       T Await<T>(ConfiguredTaskAwaitable<T>)
/// void Await(ConfiguredValueTaskAwaitable)  T Await<T>(ConfiguredValueTaskAwaitable<T>)
/// void AwaitAwaiter<TAwaiter>(TAwaiter)        where TAwaiter : INotifyCompletion
/// void UnsafeAwaitAwaiter<TAwaiter>(TAwaiter)  where TAwaiter : ICriticalNotifyCompletion
/// ```
/// Every reference is `.method(owner: .coreType(AsyncHelpers), name, declared signature with
/// !!0, methodArguments)`; the awaitable types in the signatures are `.coreType` references too.
enum AsyncHelpersAPI {
    static let typeName = "System.Runtime.CompilerServices.AsyncHelpers"

    /// The awaitable kinds that have their own `Await` overload.
    enum Awaitable: Equatable {
        case task, valueTask, configuredTask, configuredValueTask

        /// Core-library type name of the non-generic and generic forms.
        var typeNames: (plain: String, generic: String) {
            switch self {
            case .task: return ("System.Threading.Tasks.Task", "System.Threading.Tasks.Task`1")
            case .valueTask: return ("System.Threading.Tasks.ValueTask", "System.Threading.Tasks.ValueTask`1")
            case .configuredTask: return ("System.Runtime.CompilerServices.ConfiguredTaskAwaitable", "System.Runtime.CompilerServices.ConfiguredTaskAwaitable`1")
            case .configuredValueTask: return ("System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable", "System.Runtime.CompilerServices.ConfiguredValueTaskAwaitable`1")
            }
        }
        var isValueType: Bool { self != .task }
    }

    /// `Await(awaitable)` or `Await<T>(awaitable<T>)` (result type nil for the non-generic form).
    static func await(_ kind: Awaitable, result: TypeSignature?, _ refs: inout ReferenceTable) -> MetadataToken {
        let owner = refs.token(.coreType(typeName))
        let names = kind.typeNames
        let signature: MethodSignature
        var arguments: [TypeSignature] = []
        if let result {
            let generic = refs.token(.coreType(names.generic))
            signature = MethodSignature(callingConvention: CallingConvention(rawValue: 0x10), genericParameterCount: 1,
                                        returnType: .methodParameter(0),
                                        parameters: [.genericInstance(isValueType: kind.isValueType, type: generic, arguments: [.methodParameter(0)])],
                                        sentinelIndex: nil)
            arguments = [result]
        } else {
            let plain = refs.token(.coreType(names.plain))
            signature = MethodSignature(callingConvention: CallingConvention(rawValue: 0), genericParameterCount: 0,
                                        returnType: .void, parameters: [kind.isValueType ? .valueType(plain) : .class(plain)],
                                        sentinelIndex: nil)
        }
        return refs.token(.method(owner: owner, name: "Await", signature: signature, methodArguments: arguments))
    }

    /// `UnsafeAwaitAwaiter<TAwaiter>(TAwaiter)` (or `AwaitAwaiter` when `critical` is false).
    static func awaitAwaiter(_ awaiter: TypeSignature, critical: Bool, _ refs: inout ReferenceTable) -> MetadataToken {
        let owner = refs.token(.coreType(typeName))
        let signature = MethodSignature(callingConvention: CallingConvention(rawValue: 0x10), genericParameterCount: 1,
                                        returnType: .void, parameters: [.methodParameter(0)], sentinelIndex: nil)
        return refs.token(.method(owner: owner, name: critical ? "UnsafeAwaitAwaiter" : "AwaitAwaiter",
                                  signature: signature, methodArguments: [awaiter]))
    }
}
