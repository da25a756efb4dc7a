#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Natives for System.String construction, time, environment and randomness.
extension NativeMethods {
    func registerSystem() {
        register("System.String::FastAllocateString(System.Int32)") { rt, thread, a in
            let n = Int(a.i4(0))
            guard n >= 0 else { throw ManagedThrow(exception: try rt.engineException(.overflow)) }
            guard let s = rt.allocate(size: ObjectLayout.arrayDataOffset + n * 2 + 2, type: rt.wellKnown.string, thread: thread) else {
                throw ManagedThrow(exception: try rt.engineException(.outOfMemory))
            }
            s.storeBytes(of: n, toByteOffset: ObjectLayout.lengthOffset, as: Int.self)
            a.setRef(0, s)
        }
        register("System.String::.ctor(System.Char[])") { rt, thread, a in
            guard let chars = a.ref(0) else { a.setRef(0, rt.newString("", thread: thread)); return }
            try rt.newString(from: ObjectLayout.data(chars), count: ObjectLayout.length(chars), into: a, thread: thread)
        }
        register("System.String::.ctor(System.Char[],System.Int32,System.Int32)") { rt, thread, a in
            let chars = try rt.this(a)
            let start = Int(a.i4(1)), count = Int(a.i4(2))
            guard start >= 0, count >= 0, start + count <= ObjectLayout.length(chars) else {
                throw ManagedThrow(exception: try rt.newException("System.ArgumentOutOfRangeException", message: "Index and length must refer to a location within the string. (Parameter 'length')"))
            }
            try rt.newString(from: ObjectLayout.data(chars) + start * 2, count: count, into: a, thread: thread)
        }
        register("System.String::.ctor(System.Char*,System.Int32,System.Int32)") { rt, thread, a in
            guard let p = a.pointer(0) else { throw ManagedThrow(exception: try rt.newException("System.ArgumentNullException", message: "Value cannot be null. (Parameter 'value')")) }
            try rt.newString(from: p + Int(a.i4(1)) * 2, count: Int(a.i4(2)), into: a, thread: thread)
        }
        register("System.String::.ctor(System.Char,System.Int32)") { rt, thread, a in
            let c = UInt16(truncatingIfNeeded: a[0]), n = Int(a.i4(1))
            guard n >= 0 else { throw ManagedThrow(exception: try rt.newException("System.ArgumentOutOfRangeException", message: "Count cannot be less than zero. (Parameter 'count')")) }
            let units = [UInt16](repeating: c, count: n)
            try units.withUnsafeBytes { try rt.newString(from: UnsafeMutableRawPointer(mutating: $0.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!), count: n, into: a, thread: thread) }
        }
        register("System.DateTime::GetSystemTimeAsTicks()") { _, _, a in
            var ts = timespec()
            clock_gettime(CLOCK_REALTIME, &ts)
            // Ticks (100 ns) from 0001-01-01 to the Unix epoch: 621355968000000000.
            a.setI8(0, 621_355_968_000_000_000 + Int64(ts.tv_sec) * 10_000_000 + Int64(ts.tv_nsec) / 100)
        }
        register("System.Diagnostics.Stopwatch::GetTimestampNanoseconds()") { _, _, a in
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            a.setI8(0, Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec))
        }
        register("System.Environment::GetTickCount64()") { _, _, a in
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            a.setI8(0, Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000)
        }
        register("System.Environment::Exit(System.Int32)") { _, _, a in
            throw ExecutionError.terminated(exitCode: a.i4(0), message: nil)
        }
        register("System.Environment::GetProcessorCount()") { _, _, a in a.setI4(0, Int32(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
        register("System.Environment::GetEnvironmentVariable(System.String)") { rt, thread, a in
            guard let name = a.ref(0) else { throw ManagedThrow(exception: try rt.newException("System.ArgumentNullException", message: "Value cannot be null. (Parameter 'variable')")) }
            guard let v = getenv(rt.string(name)) else { a[0] = 0; return }
            a.setRef(0, rt.newString(String(cString: v), thread: thread))
        }
        register("System.Environment::GetCommandLineArgs()") { rt, thread, a in
            let args = rt.commandLine
            guard let array = rt.allocateArray(try rt.arrayType(of: rt.wellKnown.string), count: args.count, thread: thread) else {
                throw ManagedThrow(exception: try rt.engineException(.outOfMemory))
            }
            let h = rt.retain(array)
            defer { rt.release(handle: h) }
            for (i, s) in args.enumerated() { ObjectLayout.data(array).storeBytes(of: rt.newString(s, thread: thread), toByteOffset: i * 8, as: ObjectRef?.self) }
            a.setRef(0, array)
        }
        register("System.Guid::GetRandomBytes(System.Byte[])") { rt, _, a in
            let array = try rt.this(a)
            var generator = SystemRandomNumberGenerator()
            for i in 0..<ObjectLayout.length(array) { ObjectLayout.data(array).storeBytes(of: UInt8.random(in: 0...255, using: &generator), toByteOffset: i, as: UInt8.self) }
        }
    }
}

extension Runtime {
    func newString(from p: UnsafeMutableRawPointer, count: Int, into a: UnsafeMutablePointer<UInt64>, thread: ManagedThread) throws {
        if count == 0, let empty = internedLiterals[[]] {
            // `new string(new char[0])` is String.Empty, one object as in .NET.
            a.setRef(0, empty)
            return
        }
        let buffer = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt16.self), count: count)
        guard let s = newString(utf16: buffer, thread: thread) else { throw ManagedThrow(exception: try engineException(.outOfMemory)) }
        a.setRef(0, s)
    }
}
