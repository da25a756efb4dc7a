/// Types the engine itself needs by name: the roots of the hierarchy, the primitives behind
/// the signature element types, and the exceptions the engine raises.
public final class WellKnownTypes {
    public private(set) var object: TypeHandle!
    public private(set) var valueType: TypeHandle!
    public private(set) var enumType: TypeHandle!
    public private(set) var string: TypeHandle!
    public private(set) var array: TypeHandle!
    public private(set) var delegate: TypeHandle!
    public private(set) var multicastDelegate: TypeHandle!
    public private(set) var exception: TypeHandle!
    public private(set) var void: TypeHandle!
    var primitives: [PrimitiveKind: TypeHandle] = [:]
    /// Field offsets of System.Delegate: target object, MethodDesc address, invocation list.
    var delegateTarget = 0, delegateMethod = 0, delegateList = 0
    /// Field offsets of System.Exception the engine reads and writes while unwinding.
    var exceptionMessage = 0, exceptionTraceSegments = 0, exceptionTraceString = 0, exceptionAppendTrace = 0
    /// `long[]` and `object[]` (stack-trace segments, runtime-async frame objects), made on
    /// first use.
    var int64Array: TypeHandle?, objectArray: TypeHandle?

    static let primitiveNames: [(String, PrimitiveKind)] = [
        ("System.Boolean", .boolean), ("System.Char", .char), ("System.SByte", .int8), ("System.Byte", .uint8),
        ("System.Int16", .int16), ("System.UInt16", .uint16), ("System.Int32", .int32), ("System.UInt32", .uint32),
        ("System.Int64", .int64), ("System.UInt64", .uint64), ("System.Single", .float32), ("System.Double", .float64),
        ("System.IntPtr", .intPtr), ("System.UIntPtr", .uintPtr),
    ]

    func load(_ rt: Runtime) throws {
        object = try rt.corlibType("System.Object")
        valueType = try rt.corlibType("System.ValueType")
        enumType = try rt.corlibType("System.Enum")
        for (name, kind) in Self.primitiveNames { primitives[kind] = try rt.corlibType(name) }
        string = try rt.corlibType("System.String")
        array = try rt.corlibType("System.Array")
        delegate = try rt.corlibType("System.Delegate")
        multicastDelegate = try rt.corlibType("System.MulticastDelegate")
        exception = try rt.corlibType("System.Exception")
        func offset(_ t: TypeHandle, _ name: String) throws -> Int {
            guard let f = t.info.fields.first(where: { $0.name == name && !$0.isStatic }) else {
                throw RuntimeError.missingField("CILKit's corlib lacks field \(t.info.fullName).\(name), which the engine uses.")
            }
            return f.offset
        }
        delegateTarget = try offset(delegate, "_target")
        delegateMethod = try offset(delegate, "_methodPtr")
        delegateList = try offset(delegate, "_invocationList")
        exceptionMessage = try offset(exception, "_message")
        exceptionTraceSegments = try offset(exception, "_stackTraceSegments")
        exceptionTraceString = try offset(exception, "_stackTraceString")
        exceptionAppendTrace = try offset(exception, "_appendStackTrace")
        void = try rt.corlibType("System.Void")
    }

    public func primitive(_ kind: PrimitiveKind) -> TypeHandle { primitives[kind]! }
}

extension Runtime {
    /// A corlib type by reflection full name, loaded on demand.
    public func corlibType(_ fullName: String) throws -> TypeHandle {
        guard let row = corlib.typeRows[fullName] else {
            throw RuntimeError.typeLoad("Could not load type '\(fullName)' from CILKit's corlib.")
        }
        return try loadType(corlib, row: row, arguments: [])
    }
}
