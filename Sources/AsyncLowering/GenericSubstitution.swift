import CILMetadata

/// Moves MoveNext's tokens from the state machine's generic context into the stub's.
///
/// For a generic method `M<T>`, mcs makes the state machine `SM<T>` and MoveNext names its
/// fields and everything else through `!0`:
/// ```
/// MoveNext:  ldfld     !0 class SM`1<!0>::value          (a MemberRef on TypeSpec SM`1<!0>)
/// lowered:   ldfld     !0 class SM`1<!!0>::value          (synthetic .field on .typeSpec(SM`1<!!0>))
/// ```
/// The substitution `!i → arguments[i]` comes from the stub's state-machine local
/// (`valuetype SM`1<!!0>`; for a method of a generic type, `SM`1<!0>`, which is the identity and
/// needs no rewriting). Tokens without `!n` stay image tokens; those with it become synthetic
/// `.typeSpec` / `.field` / `.method` references.
struct GenericSubstitution {
    let context: LoweringContext
    let arguments: [TypeSignature]
    private var cache: [MetadataToken: MetadataToken] = [:]

    init(_ context: LoweringContext, arguments: [TypeSignature]) {
        self.context = context
        self.arguments = arguments
    }

    /// Whether the substitution changes anything.
    var isIdentity: Bool {
        arguments.enumerated().allSatisfy { $0.element == .typeParameter($0.offset) }
    }

    func substitute(_ t: TypeSignature) throws -> TypeSignature {
        switch t {
        case .typeParameter(let n):
            guard n < arguments.count else { throw KeepClassic("type parameter !\(n) outside the state machine's \(arguments.count)") }
            return arguments[n]
        case .genericInstance(let v, let type, let args): return .genericInstance(isValueType: v, type: type, arguments: try args.map(substitute))
        case .pointer(let e): return .pointer(try substitute(e))
        case .byReference(let e): return .byReference(try substitute(e))
        case .szArray(let e): return .szArray(try substitute(e))
        case .array(let e, let shape): return .array(try substitute(e), shape)
        case .modified(let e, let m, let r): return .modified(try substitute(e), modifier: m, isRequired: r)
        case .pinned(let e): return .pinned(try substitute(e))
        case .functionPointer: throw KeepClassic("function-pointer type in a generic state machine")
        case .class(let tok), .valueType(let tok):
            if tok.table == .typeSpec, Self.mentionsTypeParameter(try context.md.typeSpecSignature(tok.row)) {
                throw KeepClassic("TypeSpec inside a signature of a generic state machine")
            }
            return t
        default: return t
        }
    }

    static func mentionsTypeParameter(_ t: TypeSignature) -> Bool {
        switch t {
        case .typeParameter: return true
        case .genericInstance(_, _, let args): return args.contains(where: mentionsTypeParameter)
        case .pointer(let e), .byReference(let e), .szArray(let e), .array(let e, _), .modified(let e, _, _), .pinned(let e):
            return mentionsTypeParameter(e)
        case .functionPointer(let m): return mentionsTypeParameter(m.returnType) || m.parameters.contains(where: mentionsTypeParameter)
        default: return false
        }
    }

    /// The token to use in the lowered body for MoveNext's `token`.
    mutating func remap(_ token: MetadataToken, _ refs: inout ReferenceTable) throws -> MetadataToken {
        if isIdentity { return token }
        if let t = cache[token] { return t }
        let md = context.md
        var result = token
        switch token.table {
        case .typeSpec:
            let sig = try md.typeSpecSignature(token.row)
            if Self.mentionsTypeParameter(sig) { result = refs.token(.typeSpec(try substitute(sig))) }
        case .memberRef:
            let m = try md.tables.memberRef(token.row)
            let owner = try remap(m.parent, &refs)
            if owner != m.parent {
                let name = try md.strings.string(m.name)
                if try md.isFieldSignature(m.signature) {
                    result = refs.token(.field(owner: owner, name: name))
                } else {
                    result = refs.token(.method(owner: owner, name: name, signature: try md.methodSignature(m.signature), methodArguments: []))
                }
            }
        case .methodSpec:
            guard let info = try context.method(token) else { throw KeepClassic("undecodable MethodSpec \(token)") }
            let spec = try md.tables.methodSpec(token.row)
            let owner = spec.method.table == .memberRef ? try remap(info.owner, &refs) : info.owner
            let args = try info.methodArguments.map(substitute)
            if owner != info.owner || args != info.methodArguments {
                result = refs.token(.method(owner: owner, name: info.name, signature: info.signature, methodArguments: args))
            }
        case .standAloneSig:
            throw KeepClassic("calli in a generic state machine")
        default:
            break
        }
        cache[token] = result
        return result
    }
}
