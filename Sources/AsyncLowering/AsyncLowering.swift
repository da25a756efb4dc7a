import CILMetadata

/// The result of lowering one assembly: runtime-async bodies for the async methods that could be
/// converted, and a report line for every async method found.
public struct LoweredAssembly: Sendable {
    /// Replacement bodies by MethodDef row of the *kickoff stub* (the method carrying
    /// [AsyncStateMachine]); the engine runs these with ImplFlags 0x2000 (MethodImplOptions.Async).
    public var methods: [UInt32: SyntheticMethodBody]
    /// One entry per async method found, lowered or not.
    public var report: [AsyncMethodReport]

    public init(methods: [UInt32: SyntheticMethodBody] = [:], report: [AsyncMethodReport] = []) {
        self.methods = methods
        self.report = report
    }
}

/// What happened to one async method.
public struct AsyncMethodReport: Sendable {
    public var methodDefRow: UInt32
    /// `Namespace.Type::Method` (nested types joined by `+`).
    public var name: String
    /// Code bytes of the stub + MoveNext + SetStateMachine.
    public var stateMachineILBytes: Int
    /// Code bytes of the lowered body; nil when the method stayed classic.
    public var loweredILBytes: Int?
    /// Why the method stayed classic (nil when lowered).
    public var reasonKeptClassic: String?
    /// How the awaits of a lowered method were expressed: `Await(...)` calls on a task value
    /// (fusable with the preceding call) and `[Unsafe]AwaitAwaiter` calls.
    public var taskAwaits: Int = 0
    public var awaiterAwaits: Int = 0

    public init(methodDefRow: UInt32, name: String, stateMachineILBytes: Int, loweredILBytes: Int?, reasonKeptClassic: String?) {
        self.methodDefRow = methodDefRow
        self.name = name
        self.stateMachineILBytes = stateMachineILBytes
        self.loweredILBytes = loweredILBytes
        self.reasonKeptClassic = reasonKeptClassic
    }
}

/// "runtime-async=on" for assemblies compiled with state machines (DESIGN.md, "Lowering existing
/// assemblies").
///
/// For each method with `[AsyncStateMachine(typeof(SM))]` returning `Task`, `Task<T>`,
/// `ValueTask` or `ValueTask<T>`, the kickoff stub and `SM.MoveNext` are fused into one
/// straight-line body that the engine runs as a runtime-async method:
///
/// ```
///  stub:      ldloca V_0; ldarg.1; stfld SM::a          ─┐ kept: the state machine is a *local*
///             ldloca V_0; call Builder::Create(); stfld $builder      ─ dropped
///             ldloca V_0; ldflda $builder; dup; ldloca V_0; call Start; call get_Task; ret  ─ dropped
///  MoveNext:  ldarg.0 (SM&)                               → ldloca V_0
///             $PC dispatch switches                       → folded ($PC is 0 and never re-enters)
///             $PC = k; builder.AwaitUnsafeOnCompleted(ref $awaiterK, ref this); leave END
///                                                         → ldloca V_0; ldfld $awaiterK;
///                                                           call AsyncHelpers::UnsafeAwaitAwaiter<TA>(!!0)
///             $PC = -1; builder.SetResult(V_r)            → ldloc V_r; ret
///             .try { … } catch Exception { builder.SetException(e) }  → the body alone
/// ```
/// Awaits on a plain `Task`/`Task<T>` (optionally through `ConfigureAwait(bool)`) whose awaiter is
/// used at that site only become `call X; call AsyncHelpers::Await<T>(Task<T>)`, the shape the
/// engine fuses into one async call.
///
/// Anything that does not match the shapes `mcs` emits stays classic, with the reason in the
/// report; every lowered body passes `ILValidator` or stays classic too.
public enum AsyncLowering {
    public static func lower(_ metadata: Metadata) throws -> LoweredAssembly {
        let context = try LoweringContext(metadata)
        var result = LoweredAssembly()
        for candidate in try AsyncMethodFinder(context).candidates() {
            var entry = AsyncMethodReport(methodDefRow: candidate.stub, name: candidate.name,
                                          stateMachineILBytes: candidate.stateMachineILBytes,
                                          loweredILBytes: nil, reasonKeptClassic: candidate.keepClassicReason)
            if candidate.keepClassicReason == nil {
                do {
                    let lowered = try MethodLowering(context, candidate).lower()
                    result.methods[candidate.stub] = lowered.body
                    entry.loweredILBytes = lowered.body.il.count
                    entry.taskAwaits = lowered.taskAwaits
                    entry.awaiterAwaits = lowered.awaiterAwaits
                } catch let refusal as KeepClassic {
                    entry.reasonKeptClassic = refusal.reason
                } catch let error as BadImageFormatError {
                    entry.reasonKeptClassic = "malformed metadata: \(error)"
                } catch let error as ILValidationError {
                    entry.reasonKeptClassic = "lowered IL failed validation (internal): \(error)"
                }
            }
            result.report.append(entry)
        }
        return result
    }
}

/// Thrown inside the lowering when a method cannot be proven safe to convert.
struct KeepClassic: Error, CustomStringConvertible {
    var reason: String
    init(_ reason: String) { self.reason = reason }
    var description: String { reason }
}
