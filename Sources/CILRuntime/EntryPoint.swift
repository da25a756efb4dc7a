import CILMetadata

/// Running a program's entry point, as `dotnet app.dll` would.
extension Runtime {
    /// Loads the assembly at `path`, runs its entry point with `arguments`, and returns the
    /// process exit code: `Main`'s int result, 0 for a void `Main`, 134 after an unhandled
    /// exception (printed to stderr in .NET's format).
    public func runMain(path: String, arguments: [String]) -> Int32 {
        defer { output.flush(); errorOutput.flush() }
        let code = runEntryPoint(path: path, arguments: arguments)
        output.flush()
        if !asyncStacksReported, let report = asyncStacksReport(title: "Async chains still suspended at exit") {
            errorOutput.write(report + "\n")
        }
        return code
    }

    func runEntryPoint(path: String, arguments: [String]) -> Int32 {
        let asm: LoadedAssembly
        do {
            asm = try load(path: path)
        } catch {
            // The program itself cannot be read: a tool error, not a managed exception.
            errorOutput.write("cilkit: error: \((error as? RuntimeError)?.message ?? "\(error)")\n")
            return 1
        }
        do {
            let directory = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
            probingDirectories = [directory]
            commandLine = [path] + arguments
            guard let token = asm.md.entryPoint else {
                throw RuntimeError.missingMethod("'\(path)' has no entry point (it is a library).")
            }
            let main = try resolveMethod(token, in: asm, context: .empty)
            var args: [UInt64] = []
            if !main.info.parameterTypes.isEmpty {
                let stringArray = try arrayType(of: wellKnown.string)
                guard let array = allocateArray(stringArray, count: arguments.count, thread: mainThread) else {
                    throw RuntimeError.invalidProgram("Out of memory creating the argument array.")
                }
                let handle = retain(array)
                defer { release(handle: handle) }
                for (i, a) in arguments.enumerated() {
                    let s = newString(a, thread: mainThread)
                    ObjectLayout.data(array).storeBytes(of: s, toByteOffset: i * 8, as: ObjectRef?.self)
                }
                args.append(UInt64(UInt(bitPattern: array)))
            }
            start(mainThread, in: main, arguments: args)
            try runThreads { scheduler.programDone }
            if main.info.returnType != nil { return Int32(truncatingIfNeeded: mainThread.stack[0]) }
            return 0
        } catch ExecutionError.unhandled(let exception) {
            output.flush()
            errorOutput.write("Unhandled exception. " + describe(exception) + "\n")
            return 134
        } catch ExecutionError.terminated(let code, let message) {
            output.flush()
            if let message { errorOutput.write(message + "\n") }
            return code
        } catch let e as RuntimeError {
            output.flush()
            errorOutput.write("Unhandled exception. \(e.exceptionTypeName): \(e.message)\n")
            return 134
        } catch {
            errorOutput.write("cilkit: error: \(error)\n")
            return 1
        }
    }

    /// `exception.ToString()`, run as managed code; falls back to the type name and message.
    public func describe(_ exception: ObjectRef) -> String {
        let handle = retain(exception)
        defer { release(handle: handle) }
        let type = ObjectLayout.type(exception)
        if let toString = type.info.methods.first(where: { $0.info.name == "ToString" }) ?? findVirtual(type, "ToString"),
           let result = try? invoke(toString, arguments: [UInt64(UInt(bitPattern: exception))], on: currentThread),
           let s = UnsafeMutableRawPointer(bitPattern: UInt(result[0])) {
            return string(s)
        }
        let message = getField(exception, "_message").map(string) ?? ""
        return type.info.fullName + (message.isEmpty ? "" : ": " + message)
    }

    func findVirtual(_ t: TypeHandle, _ name: String, parameters: Int = 0) -> MethodHandle? {
        guard let v = t.desc.vtable else { return nil }
        for i in 0..<Int(t.desc.vtableCount) {
            if let m = v[i], m.info.name == name, m.info.parameterTypes.count == parameters { return m }
        }
        return nil
    }
}
