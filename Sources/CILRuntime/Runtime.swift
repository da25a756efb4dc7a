import CILMetadata

/// Errors the loader and translator raise; each maps to the .NET exception it stands for.
public enum RuntimeError: Error, CustomStringConvertible {
    case typeLoad(String)
    case missingMethod(String)
    case missingField(String)
    case invalidProgram(String)
    case fileNotFound(String)
    case badImage(String)

    /// The .NET exception type this error surfaces as.
    public var exceptionTypeName: String {
        switch self {
        case .typeLoad: return "System.TypeLoadException"
        case .missingMethod: return "System.MissingMethodException"
        case .missingField: return "System.MissingFieldException"
        case .invalidProgram: return "System.InvalidProgramException"
        case .fileNotFound: return "System.IO.FileNotFoundException"
        case .badImage: return "System.BadImageFormatException"
        }
    }

    public var message: String {
        switch self {
        case .typeLoad(let m), .missingMethod(let m), .missingField(let m), .invalidProgram(let m),
             .fileNotFound(let m), .badImage(let m): return m
        }
    }

    public var description: String { "\(exceptionTypeName): \(message)" }

    /// The same error with a note about where it happened appended to the message.
    func withContext(_ note: String) -> RuntimeError {
        switch self {
        case .typeLoad(let m): return .typeLoad(m + " (" + note + ")")
        case .missingMethod(let m): return .missingMethod(m + " (" + note + ")")
        case .missingField(let m): return .missingField(m + " (" + note + ")")
        case .invalidProgram(let m): return .invalidProgram(m + " (" + note + ")")
        case .fileNotFound(let m): return .fileNotFound(m + " (" + note + ")")
        case .badImage(let m): return .badImage(m + " (" + note + ")")
        }
    }
}

/// One CILKit runtime: loaded assemblies, types and methods, the managed heap, and the
/// interpreter state. Not thread-safe: managed threads are green threads on one OS thread.
public final class Runtime {
    public let heap = ManagedHeap()
    public private(set) var assemblies: [LoadedAssembly] = []
    public private(set) var corlib: LoadedAssembly!
    /// Directories searched for non-framework references (the application folder).
    public var probingDirectories: [String] = []
    /// Applied to every assembly loaded after the corlib, before any of its types is: how
    /// `cilkit run --runtime-async` installs lowered bodies (`LoadedAssembly.loweredBodies`).
    public var transformAssembly: ((LoadedAssembly) throws -> Void)?
    /// Environment.GetCommandLineArgs(): the program path, then its arguments.
    public var commandLine: [String] = []

    /// Owners of all cold type and method data (TypeDesc/MethodDesc point at these unretained).
    var typeInfos: [TypeInfo] = []
    var methodInfos: [MethodInfo] = []
    /// Addresses of every MethodDesc, so that `calli` can reject a pointer that is not one.
    var methodDescAddresses: Set<UInt> = []
    var arrayTypes: [TypeHandle: TypeHandle] = [:]
    var mdArrayTypes: [MDArrayKey: TypeHandle] = [:]
    var pointerTypes: [TypeHandle: TypeHandle] = [:]
    var byRefTypes: [TypeHandle: TypeHandle] = [:]
    struct MDArrayKey: Hashable { var element: TypeHandle; var rank: Int }
    var methodParameterPlaceholders: [TypeHandle] = []
    var typeParameterPlaceholders: [GenericParameterKey: TypeHandle] = [:]
    /// String literals by value (interned once per runtime).
    /// Interned strings by their exact UTF-16 code units (not Swift `String`s: those compare
    /// canonically equivalent text as equal and decode lone surrogates to U+FFFD).
    var internedLiterals: [[UInt16]: ObjectRef] = [:]
    /// `System.Type` objects by type (one per type, as .NET guarantees).
    var runtimeTypeObjects: [TypeHandle: ObjectRef] = [:]
    var typeOfTypeObject: [ObjectRef: TypeHandle] = [:]
    var nextHash: UInt32 = 0x2545F491
    /// Held monitors (owner and recursion count), by object; roots for the GC.
    var monitors: [ObjectRef: MonitorState] = [:]
    var enumLiteralCache: [TypeHandle: [(name: String, value: UInt64)]] = [:]
    var preallocatedOutOfMemory: ObjectRef?
    /// The exception each failed type initializer threw (GC roots).
    var typeInitializationErrors: [TypeHandle: ObjectRef] = [:]
    /// Messages for engine-raised exceptions that the translator decided on.
    var messages: [String] = []
    /// The green threads (Threading/Scheduler.swift).
    let scheduler = Scheduler()
    /// The thread that runs `Main`.
    public var mainThread: ManagedThread { scheduler.main }
    /// Debug builds: print every executed IR instruction to stderr (`CILKIT_TRACE=1`).
    let traceExecution = getenv("CILKIT_TRACE") != nil
    /// Print each method's IR when it is translated (`CILKIT_DUMP_IR=1`).
    let dumpIR = getenv("CILKIT_DUMP_IR") != nil

    /// Static field blocks and where their references are, for the GC.
    var staticBlocks: [(UnsafeMutableRawPointer, [Int])] = []
    /// Size and reference offsets of each type's `[ThreadStatic]` block (TypeInfo.threadStaticIndex).
    var threadStaticLayouts: [(size: Int, references: [Int])] = []
    /// The reference table of the synthetic body being translated (TypeSystem/SyntheticTokens.swift).
    var syntheticReferences: [SyntheticReference] = []
    /// IL of synthetic bodies, kept for the runtime's lifetime (decoders point into it).
    var syntheticCode: [String: UnsafeMutableRawBufferPointer] = [:]
    /// Offsets of Thread._executionContext and _synchronizationContext (runtime async).
    var threadContextOffsetsCache: (execution: Int, synchronization: Int)?
    /// The return address of resumed async frames that must check their SynchronizationContext
    /// (one `asyncCheckContext` instruction; RuntimeAsync/Suspension.swift).
    let asyncResumeStub: UnsafeMutablePointer<UInt64> = {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 2)
        p[0] = encode(.asyncCheckContext)
        p[1] = 0
        return p
    }()
    /// The return address of frames a resumption left on their frame objects (lazy
    /// resumption: one `asyncRestoreFrame` instruction; RuntimeAsync/Suspension.swift).
    let asyncLazyStub: UnsafeMutablePointer<UInt64> = {
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 2)
        p[0] = encode(.asyncRestoreFrame)
        p[1] = 0
        return p
    }()
    /// `cilkit run --async-stacks`: keep every suspended runtime-async chain (leaf frame object →
    /// what it waits on) to print when the engine reports a deadlock or the program exits.
    public var recordAsyncStacks = false
    var suspendedChains: [ObjectRef: ObjectRef] = [:]
    var asyncStacksReported = false
    /// The base System.Threading.SynchronizationContext (awaits treat it as no context).
    var baseSynchronizationContextType: TypeHandle?
    /// Objects Swift code holds across allocations (GC roots).
    var handles: [ObjectRef?] = []
    /// Set while finalizers run, so a finalizer that collects does not re-enter the queue.
    var runningFinalizers = false

    /// When this runtime was created (monotonic nanoseconds), for `--stats`.
    let startTime = Scheduler.now()
    public let wellKnown = WellKnownTypes()
    let natives = NativeMethods()
    public var output = OutputBuffer()
    /// Standard-error text (unhandled exceptions, diagnostics).
    public var errorOutput = OutputBuffer(fileDescriptor: 2)

    public init(corlibPath: String) throws {
        let md = try Metadata(path: corlibPath)
        corlib = try LoadedAssembly(path: corlibPath, md: md, isCorlib: true)
        assemblies.append(corlib)
        try wellKnown.load(self)
        if let empty = newString("", thread: mainThread) { internedLiterals[[]] = empty }
        let oom = try engineException(.outOfMemory, message: EngineException.outOfMemory.defaultMessage)
        _ = retain(oom)
        preallocatedOutOfMemory = oom
    }

    /// Opens an assembly by path (the entry assembly or a probed reference).
    public func load(path: String) throws -> LoadedAssembly {
        if let existing = assemblies.first(where: { $0.path == path }) { return existing }
        let md: Metadata
        do { md = try Metadata(path: path) } catch let e as BadImageFormatError {
            throw RuntimeError.badImage("Could not load '\(path)': \(e)")
        } catch {
            throw RuntimeError.fileNotFound("Could not load file or assembly '\(path)': \(error)")
        }
        let a = try LoadedAssembly(path: path, md: md, isCorlib: false)
        if let transformAssembly { try transformAssembly(a) }
        assemblies.append(a)
        return a
    }

    /// The assembly an AssemblyRef names: framework names map to our corlib, others are probed
    /// in the application folder.
    func resolveAssembly(named name: String) throws -> LoadedAssembly {
        if LoadedAssembly.isFrameworkAssembly(name) { return corlib }
        if let a = assemblies.first(where: { $0.name == name }) { return a }
        for dir in probingDirectories {
            for ext in [".dll", ".exe"] {
                let path = dir + "/" + name + ext
                if let a = try? load(path: path) { return a }
            }
        }
        throw RuntimeError.fileNotFound("Could not load file or assembly '\(name)' or one of its dependencies.")
    }

    // MARK: Handles

    /// Keeps `object` alive until `release(handle:)`; returns the handle index.
    public func retain(_ object: ObjectRef?) -> Int {
        if let i = handles.firstIndex(where: { $0 == nil }) { handles[i] = object; return i }
        handles.append(object)
        return handles.count - 1
    }

    public func release(handle: Int) { handles[handle] = nil }
}

/// Buffered writes to a file descriptor (Console output), flushed at exit and when large.
public struct OutputBuffer {
    var bytes: [UInt8] = []
    let fileDescriptor: Int32
    /// When set, text is captured instead of written (tests, embedding).
    public var capture = false
    public private(set) var captured: [UInt8] = []

    public init(fileDescriptor: Int32 = 1) {
        self.fileDescriptor = fileDescriptor
        bytes.reserveCapacity(1 << 16)
    }

    public mutating func write(_ s: String) {
        bytes.append(contentsOf: s.utf8)
        if bytes.count >= 1 << 16 { flush() }
    }

    public mutating func flush() {
        if capture { captured += bytes; bytes.removeAll(keepingCapacity: true); return }
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { writeFD(fileDescriptor, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            written += n
        }
        bytes.removeAll(keepingCapacity: true)
    }

    public var capturedText: String { String(decoding: captured, as: UTF8.self) }
}

#if canImport(Glibc)
import Glibc
func writeFD(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int { Glibc.write(fd, p, n) }
#elseif canImport(Darwin)
import Darwin
func writeFD(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int { Darwin.write(fd, p, n) }
#endif
