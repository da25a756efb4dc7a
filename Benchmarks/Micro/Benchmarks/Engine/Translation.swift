// Translation speed: the translator (CIL → register IR) over the same async methods in their
// two forms — the compiled state machine, and the runtime-async body AsyncLowering makes of it.
import AsyncLowering
import CILMetadata
import CILRuntime

enum AsyncForm {
    /// Classic: the kickoff stub, MoveNext and SetStateMachine (what `cilkit stats` counts as
    /// the state machine's IL).
    case stateMachine
    /// The lowered body (`--runtime-async`), translated as the method's async entry.
    case runtimeAsync
}

/// The methods to translate for the async methods of some assemblies, loaded in one runtime
/// with every type they name already loaded (a first translation pass ran), so a pass times
/// the translator alone.
struct TranslationSet {
    let runtime: Runtime
    let methods: [MethodHandle]
    /// Async methods covered (each is 3 methods as a state machine, 1 lowered).
    let asyncMethods: Int
    /// Their IL in this form.
    let ilBytes: Int
    /// Async methods left out: generic ones, whose state machines cannot be translated
    /// without type arguments (a call would supply them).
    let skipped: Int

    init(_ paths: [String], form: AsyncForm) throws {
        runtime = try makeRuntime(runtimeAsync: form == .runtimeAsync)
        var methods: [MethodHandle] = []
        var ilBytes = 0, asyncMethods = 0, skipped = 0
        for path in paths {
            let assembly = try runtime.load(path: path)
            let md = assembly.md
            // The same methods in both forms: those AsyncLowering lowers.
            let lowered = form == .runtimeAsync ? assembly.loweredBodies : try AsyncLowering.lower(md).methods
            for stub in lowered.keys.sorted() {
                guard let stubBody = try md.methodBody(ofMethod: stub) else { continue }
                // mcs keeps the state machine in the stub's first value-type local of this module.
                var stateMachine: UInt32 = 0
                for local in try md.localVariables(of: stubBody) {
                    if case .valueType(let t) = local, t.table == .typeDef { stateMachine = t.row; break }
                    if case .genericInstance(_, let t, _) = local, t.table == .typeDef { stateMachine = t.row; break }
                }
                guard stateMachine != 0 else { throw MicrobenchmarkError("no state machine found for method \(stub) of \(path)") }
                if assembly.index.genericParameters[MetadataToken(.methodDef, stub)] != nil
                    || assembly.index.genericParameters[MetadataToken(.typeDef, stateMachine)] != nil {
                    skipped += 1
                    continue
                }
                let kickoff = try runtime.resolveMethod(MetadataToken(.methodDef, stub), in: assembly, context: .empty)
                switch form {
                case .stateMachine:
                    methods.append(kickoff)
                    ilBytes += stubBody.codeSize
                    for m in try md.methods(ofType: stateMachine) {
                        let name = try md.strings.string(md.tables.methodDef(m).name)
                        guard name == "MoveNext" || name == "SetStateMachine", let body = try md.methodBody(ofMethod: m) else { continue }
                        methods.append(try runtime.resolveMethod(MetadataToken(.methodDef, m), in: assembly, context: .empty))
                        ilBytes += body.codeSize
                    }
                case .runtimeAsync:
                    methods.append(try runtime.asyncEntry(of: kickoff))
                    ilBytes += lowered[stub]!.il.count
                }
                asyncMethods += 1
            }
        }
        self.methods = methods
        self.ilBytes = ilBytes
        self.asyncMethods = asyncMethods
        self.skipped = skipped
        // Load every type the code names, and make sure all of it translates.
        for m in methods {
            do { _ = try runtime.translate(m) } catch {
                throw MicrobenchmarkError("cannot translate \(m.info.owner.info.fullName)::\(m.info.name): \(error)")
            }
        }
    }

    /// Translates every method once; returns the IR words made.
    @discardableResult
    func translateAll() throws -> Int {
        var words = 0
        for m in methods { words += try runtime.translate(m).codeCount }
        return words
    }
}
