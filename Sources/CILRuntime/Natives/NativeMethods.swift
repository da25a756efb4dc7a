/// Internal calls: corlib methods marked `[MethodImpl(MethodImplOptions.InternalCall)]`,
/// bound by `Type::Method(parameter types)` to Swift functions.
///
/// A native receives the runtime, the thread, and a pointer to its argument slots (the same
/// layout as a managed frame's arguments); it writes its result into the first slot(s).
/// Natives never call managed code (that would nest the interpreter in Swift): anything that
/// needs to is written in C# in corlib instead.
typealias NativeFunction = (Runtime, ManagedThread, UnsafeMutablePointer<UInt64>) throws -> Void

final class NativeMethods {
    var functions: [NativeFunction] = []
    var indexByKey: [String: Int32] = [:]
    /// Bound index per method descriptor.
    var bound: [MethodHandle: Int32] = [:]

    init() { registerAll() }

    func register(_ key: String, _ f: @escaping NativeFunction) {
        indexByKey[key] = Int32(functions.count)
        functions.append(f)
    }

    @inline(__always)
    func call(_ index: Int32, _ rt: Runtime, _ thread: ManagedThread, _ args: UnsafeMutablePointer<UInt64>) throws {
        try functions[Int(index)](rt, thread, args)
    }
}

extension Runtime {
    /// The native bound to `m`, by `Namespace.Type::Name(ParamType,…)`.
    func bindNative(_ m: MethodHandle) -> Int32? {
        if let i = natives.bound[m] { return i }
        let info = m.info
        let key = info.owner.info.definitionName + "::" + info.name + "(" + info.parameterTypes.map { $0.info.fullName }.joined(separator: ",") + ")"
        guard let i = natives.indexByKey[key] else { return nil }
        natives.bound[m] = i
        return i
    }
}

extension Runtime {
    /// A native's `this` (or first reference argument), or a NullReferenceException.
    @inline(__always)
    func this(_ a: UnsafeMutablePointer<UInt64>) throws -> ObjectRef {
        guard let o = a.ref(0) else { throw ManagedThrow(exception: try engineException(.nullReference)) }
        return o
    }
}
