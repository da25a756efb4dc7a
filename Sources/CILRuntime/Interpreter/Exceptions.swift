import CILMetadata

/// Exception dispatch with .NET's two-pass semantics.
///
/// Pass 1 walks the frames from the throw point toward the nearest Swift boundary looking for a
/// catch clause whose type matches or a filter that accepts (filters run *before* any finally
/// block, in their own funclet frame above the stack). Pass 2 then unwinds to that handler,
/// running every finally and fault block on the way, innermost first; each runs as ordinary
/// code in its own frame and ends in `endfinally`, which hands control back here. A managed
/// exception with no handler ends the run as `ExecutionError.unhandled`.
extension Runtime {
    struct FrameView {
        var method: MethodHandle
        /// IR offset inside the method's code of the faulting or calling instruction.
        var offset: Int
        var fp: UnsafeMutablePointer<UInt64>
        /// Number of frame records above which this frame is the running one.
        var depth: Int
        /// Left on its frame object by a lazy resumption (its record returns to the lazy
        /// stub): its slots must be restored before any of its code runs.
        var lazy = false
    }

    /// The frames from the running one toward the entry boundary, walked lazily: a handler
    /// search or a stack trace stops at the handler's frame, so an exception that a frame
    /// near the throw catches (each level of a deep async chain catches and rethrows) costs
    /// no walk over the whole stack.
    struct FrameWalk: Sequence, IteratorProtocol {
        let thread: ManagedThread
        let entryDepth: Int
        let asyncResumeStub: UnsafeMutablePointer<UInt64>?
        let asyncLazyStub: UnsafeMutablePointer<UInt64>?
        var running: FrameView?
        /// The next frame record to read.
        var index: Int

        mutating func next() -> FrameView? {
            if let view = running { running = nil; return view }
            guard index >= entryDepth else { return nil }
            let r = thread.frame(at: index)
            guard var back = r.returnPC else { index = -1; return nil }
            let frameFP = thread.stack + r.fpOffset
            let lazy = back == asyncLazyStub
            if back == asyncResumeStub || lazy, case let slot = Int(r.method.pointer.pointee.asyncFrameSlot), slot >= 0, let object = frameFP.ref(slot) {
                back = r.method.pointer.pointee.code! + Int(AsyncFrame(object).resumeOffset)
            }
            let view = FrameView(method: r.method, offset: back - r.method.pointer.pointee.code! - 1, fp: frameFP, depth: index, lazy: lazy)
            index -= 1
            return view
        }
    }

    func frames(thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>, pc: UnsafeMutablePointer<UInt64>, entryDepth: Int) -> FrameWalk {
        let running = FrameView(method: method, offset: pc - method.pointer.pointee.code!, fp: fp, depth: thread.depth)
        return FrameWalk(thread: thread, entryDepth: entryDepth, asyncResumeStub: asyncResumeStub, asyncLazyStub: asyncLazyStub, running: running, index: thread.depth - 1)
    }

    /// Finds the handler for `exception` and moves the interpreter registers there, running
    /// finally blocks on the way; returns the pc to continue at, or nil when unhandled.
    @inline(never)
    func unwind(_ exception: ObjectRef, thread: ManagedThread, method: inout MethodHandle, fp: inout UnsafeMutablePointer<UInt64>,
                pc: UnsafeMutablePointer<UInt64>, entryDepth: Int) throws -> UnsafeMutablePointer<UInt64>? {
        var startClause = 0
        if thread.resumingUnwind {
            thread.resumingUnwind = false
            startClause = thread.unwindNextClause
        } else {
            // Pass 1: find the handler. The stack trace then covers the frames the exception
            // leaves, up to the handler's (all of them when nothing handles it), as .NET's does.
            let rethrown = thread.rethrowing
            thread.rethrowing = false
            let target = try findHandler(exception, thread: thread, method: method, fp: fp, pc: pc, entryDepth: entryDepth)
            recordStackTrace(exception, thread: thread, method: method, fp: fp, pc: pc, handlerDepth: target?.depth ?? 0, rethrown: rethrown)
            guard let target else { return nil }
            thread.unwindTarget = target
            thread.inFlight = exception
        }
        // Pass 2: run finally/fault blocks up to the handler.
        let views = frames(thread: thread, method: method, fp: fp, pc: pc, entryDepth: entryDepth)
        for view in views {
            // Make `view` the running frame.
            while thread.depth > view.depth { _ = thread.popFrame() }
            method = view.method
            fp = view.fp
            let compiled = view.method.info.compiled!
            let code = view.method.pointer.pointee.code!
            let isTarget = view.depth == thread.unwindTarget.depth
            // Clause −1 marks a type initializer the exception leaves: run all its finallys.
            let limit = isTarget && thread.unwindTarget.clause >= 0 ? thread.unwindTarget.clause : compiled.clauses.count
            var i = startClause
            startClause = 0
            while i < limit {
                let c = compiled.clauses[i]
                if view.offset >= c.tryStart && view.offset < c.tryEnd {
                    switch c.kind {
                    case .finally, .fault:
                        // (A frame left on its frame object is restored before its code runs.)
                        if view.lazy { restoreLazyFrames(thread, method: method, fp: fp, index: view.depth) }
                        fp[c.slot] = UInt64(bitPattern: -1)   // endfinally resumes unwinding
                        thread.unwindNextClause = i + 1
                        return code + c.handlerStart
                    default: break
                    }
                }
                i += 1
            }
            if isTarget && thread.unwindTarget.clause < 0 {
                // The exception leaves a type initializer: the type is now unusable, and the
                // initializing access throws TypeInitializationException wrapping it.
                let owner = view.method.pointer.pointee.owner
                owner.pointer.pointee.initState = 3
                let inner = thread.inFlight!
                thread.inFlight = nil
                typeInitializationErrors[owner] = inner
                let caller = thread.popFrame()
                guard let back = caller.returnPC else { return nil }
                method = caller.method
                fp = thread.stack + caller.fpOffset
                guard let wrapped = typeInitializationFailure(owner) else { return nil }
                // Raised at the initClass instruction (two words before the return address).
                return try unwind(wrapped, thread: thread, method: &method, fp: &fp, pc: back - 2, entryDepth: entryDepth)
            }
            if isTarget {
                if view.lazy { restoreLazyFrames(thread, method: method, fp: fp, index: view.depth) }
                let c = compiled.clauses[thread.unwindTarget.clause]
                fp.setRef(c.slot, thread.inFlight)
                fp.setRef(c.exceptionSlot, thread.inFlight)
                thread.inFlight = nil
                return code + c.handlerStart
            }
        }
        return nil
    }

    /// Pass 1: the (frame depth, clause) of the first catch that matches or filter that accepts.
    func findHandler(_ exception: ObjectRef, thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>,
                     pc: UnsafeMutablePointer<UInt64>, entryDepth: Int) throws -> (depth: Int, clause: Int)? {
        for var view in frames(thread: thread, method: method, fp: fp, pc: pc, entryDepth: entryDepth) {
            // A filter funclet's own frame has no handlers: an exception inside a filter
            // means "not handled", never a jump to a catch of the filter's method.
            if !thread.funcletFrames.isEmpty && thread.funcletFrames.contains(view.depth) { return nil }
            guard let compiled = view.method.info.compiled else { continue }
            for (i, c) in compiled.clauses.enumerated() where view.offset >= c.tryStart && view.offset < c.tryEnd {
                switch c.kind {
                case .catch(let type):
                    if isInstance(exception, of: type) { return (view.depth, i) }
                case .filter(let start):
                    if view.lazy {
                        // The filter runs on a copy of the frame: restore it in place first
                        // (its record then returns to its resume point).
                        restoreLazyFrames(thread, method: view.method, fp: view.fp, index: view.depth)
                        view.lazy = false
                    }
                    if try runFilter(view, clause: c, start: start, exception: exception, thread: thread) { return (view.depth, i) }
                case .finally, .fault:
                    break
                }
            }
            if view.method.pointer.pointee.flags.contains(.typeInitializer),
               thread.depth > view.depth - 1, view.depth >= 1, thread.frame(at: view.depth - 1).returnPC != nil {
                // The exception leaves a type initializer run by `initClass`: pass 2 stops
                // there and re-raises it wrapped (clause −1).
                return (view.depth, -1)
            }
        }
        return nil
    }

    /// Runs a filter block as a funclet: a copy of the frame's args and locals above the live
    /// stack, so deeper frames (still needed by pass 2) stay intact. Locals the filter changes
    /// are copied back. An exception inside the filter counts as "does not handle".
    func runFilter(_ view: FrameView, clause: IRClause, start: Int, exception: ObjectRef, thread: ManagedThread) throws -> Bool {
        let slots = Int(view.method.pointer.pointee.frameSlots)
        let localsEnd = Int(view.method.pointer.pointee.localsStart + view.method.pointer.pointee.localSlots)
        let savedTop = thread.stackTop
        let funclet = thread.stackTop
        funclet.update(from: view.fp, count: slots)
        funclet.setRef(clause.slot, exception)
        thread.stackTop = funclet + slots
        defer { thread.stackTop = savedTop }
        let depth = thread.depth
        thread.funcletFrames.insert(depth + 1)
        defer { thread.funcletFrames.remove(depth + 1) }
        do {
            try execute(view.method, fp: funclet, thread: thread, startPC: view.method.pointer.pointee.code! + start)
        } catch ExecutionError.unhandled {
            while thread.depth > depth { _ = thread.popFrame() }
            return false
        }
        view.fp.update(from: funclet, count: localsEnd)
        return thread.filterResult
    }

    // MARK: Creating exceptions

    /// A managed exception object for an engine-detected fault, with .NET's message.
    func engineException(_ kind: EngineException, message: String? = nil) throws -> ObjectRef {
        if kind == .outOfMemory, message == nil {
            // Raised when the heap is full, so it cannot be allocated then: made at startup,
            // as .NET does.
            if let o = preallocatedOutOfMemory { return o }
        }
        return try newException(kind.typeName, message: message ?? kind.defaultMessage)
    }

    func engineException(_ error: RuntimeError) throws -> ObjectRef {
        try newException(error.exceptionTypeName, message: error.message)
    }

    /// Allocates exception `typeName` from corlib with `_message` set (no constructor runs:
    /// the engine raises these from the middle of an instruction).
    func newException(_ typeName: String, message: String?) throws -> ObjectRef {
        let type = (try? corlibType(typeName)) ?? wellKnown.exception!
        let thread = currentThread
        guard let object = allocateObject(type, thread: thread) else {
            throw ExecutionError.terminated(exitCode: 134, message: "Out of memory while raising \(typeName).")
        }
        if let message {
            let handle = retain(object)
            defer { release(handle: handle) }
            let s = newString(message, thread: thread)
            object.storeBytes(of: s, toByteOffset: wellKnown.exceptionMessage, as: ObjectRef?.self)
        }
        return object
    }

    /// TypeInitializationException for a type whose initializer failed (each access to the
    /// type raises a new one wrapping the original exception, as .NET does).
    func typeInitializationFailure(_ t: TypeHandle) -> ObjectRef? {
        guard let e = try? newException("System.TypeInitializationException", message: "The type initializer for '\(t.info.fullName)' threw an exception.") else { return nil }
        let h = retain(e)
        defer { release(handle: h) }
        setField(e, "_innerException", typeInitializationErrors[t])
        setField(e, "_typeName", newString(t.info.fullName, thread: currentThread))
        return e
    }

    /// Stores an object reference in the named instance field (searching base classes).
    func setField(_ object: ObjectRef, _ name: String, _ value: ObjectRef?) {
        var t: TypeHandle? = ObjectLayout.type(object)
        while let type = t {
            if let f = type.info.fields.first(where: { $0.name == name && !$0.isStatic }) {
                object.storeBytes(of: value, toByteOffset: f.offset, as: ObjectRef?.self)
                return
            }
            t = type.desc.parent
        }
    }

    func getField(_ object: ObjectRef, _ name: String) -> ObjectRef? {
        var t: TypeHandle? = ObjectLayout.type(object)
        while let type = t {
            if let f = type.info.fields.first(where: { $0.name == name && !$0.isStatic }) {
                return object.load(fromByteOffset: f.offset, as: ObjectRef?.self)
            }
            t = type.desc.parent
        }
        return nil
    }

    // MARK: Stack traces

    /// Records in `_stackTraceSegments` the frames the exception leaves: from the throw point to
    /// the handler's frame (`handlerDepth`; 0: every frame), as .NET builds it while unwinding.
    /// `throw` starts a new trace; `rethrow` continues it (the rethrowing frame is already its
    /// last line); a throw by `ExceptionDispatchInfo.Throw` (`_appendStackTrace`) continues it
    /// after "--- End of stack trace from previous location ---".
    ///
    /// The trace is a chain of segments, newest first, one per throw or dispatched throw:
    /// ```
    ///  segment: object[2] ─► [0] previous segment (older frames) or null
    ///                        [1] long[1 + capacity] ─► [0] count << 1 | dispatched
    ///                                                  [1…count] MethodDesc*, innermost first
    /// ```
    /// A rethrow appends to the newest segment in place, doubling its capacity when full, so
    /// an exception that every level of a deep chain catches and rethrows (each runtime-async
    /// body does) costs O(log depth) allocations, not two per level.
    func recordStackTrace(_ exception: ObjectRef, thread: ManagedThread, method: MethodHandle, fp: UnsafeMutablePointer<UInt64>,
                          pc: UnsafeMutablePointer<UInt64>, handlerDepth: Int, rethrown: Bool) {
        let known = wellKnown
        let previous = exception.load(fromByteOffset: known.exceptionTraceSegments, as: ObjectRef?.self)
        let dispatched = exception.load(fromByteOffset: known.exceptionAppendTrace, as: UInt8.self) != 0
        exception.storeBytes(of: 0, toByteOffset: known.exceptionAppendTrace, as: UInt8.self)
        let continues = previous != nil && (rethrown || dispatched)
        var methods = thread.traceScratch
        thread.traceScratch = []
        defer { methods.removeAll(keepingCapacity: true); thread.traceScratch = methods }
        var walk = frames(thread: thread, method: method, fp: fp, pc: pc, entryDepth: 0)
        if previous != nil && rethrown { _ = walk.next() }
        for view in walk {
            if view.depth < handlerDepth { break }
            // A runtime-async Task entry (a thunk) stands for the async method itself, whose
            // frame is already listed; [StackTraceHidden] frames (awaiters,
            // ExceptionDispatchInfo, AsyncHelpers, the runtime-async plumbing) are left out.
            if view.method.pointer.pointee.flags.has(.runtimeAsync) && !view.method.pointer.pointee.flags.has(.asyncBody) { continue }
            if isStackTraceHidden(view.method) { continue }
            methods.append(UInt64(UInt(bitPattern: view.method.pointer)))
        }
        if continues && methods.isEmpty && !dispatched { return }
        exception.storeBytes(of: nil, toByteOffset: known.exceptionTraceString, as: ObjectRef?.self)
        let handle = retain(exception)
        defer { release(handle: handle) }
        guard let (wordsType, nodeType) = stackTraceArrayTypes() else { return }
        if continues && !dispatched, let head = previous,
           let old = ObjectLayout.data(head).load(fromByteOffset: 8, as: ObjectRef?.self) {
            // A rethrow: extend the newest segment.
            var words = old
            let count = Int(ObjectLayout.data(old).load(as: UInt64.self) >> 1)
            let capacity = ObjectLayout.length(old) - 1
            if count + methods.count > capacity {
                guard let bigger = allocateArray(wordsType, count: 1 + max(2 * capacity, count + methods.count), thread: thread) else { return }
                ObjectLayout.data(bigger).copyMemory(from: ObjectLayout.data(old), byteCount: (1 + count) * 8)
                ObjectLayout.data(head).storeBytes(of: bigger, toByteOffset: 8, as: ObjectRef.self)
                words = bigger
            }
            let p = ObjectLayout.data(words).assumingMemoryBound(to: UInt64.self)
            for (k, f) in methods.enumerated() { p[1 + count + k] = f }
            p[0] += UInt64(methods.count) << 1
            return
        }
        guard let words = allocateArray(wordsType, count: 1 + max(methods.count, 1), thread: thread) else { return }
        let wordsHandle = retain(words)
        defer { release(handle: wordsHandle) }
        let p = ObjectLayout.data(words).assumingMemoryBound(to: UInt64.self)
        p[0] = UInt64(methods.count) << 1 | (dispatched ? 1 : 0)
        for (k, f) in methods.enumerated() { p[k + 1] = f }
        guard let segment = allocateArray(nodeType, count: 2, thread: thread) else { return }
        let slots = ObjectLayout.data(segment).assumingMemoryBound(to: ObjectRef?.self)
        slots[0] = continues ? exception.load(fromByteOffset: known.exceptionTraceSegments, as: ObjectRef?.self) : nil
        slots[1] = words
        exception.storeBytes(of: segment, toByteOffset: known.exceptionTraceSegments, as: ObjectRef?.self)
    }

    /// `long[]` and `object[]`, the types of a stack-trace segment's parts.
    func stackTraceArrayTypes() -> (words: TypeHandle, node: TypeHandle)? {
        if let words = wellKnown.int64Array, let node = wellKnown.objectArray { return (words, node) }
        guard let words = try? arrayType(of: primitiveType(.int64)), let node = try? asyncFrameType() else { return nil }
        wellKnown.int64Array = words
        return (words, node)
    }

    /// `Exception.StackTrace` from its segments: oldest first, each in .NET's format, a
    /// dispatched one after "--- End of stack trace from previous location ---".
    func formatStackTrace(_ segments: ObjectRef) -> String {
        var chain: [ObjectRef] = []
        var next: ObjectRef? = segments
        while let s = next {
            chain.append(s)
            next = ObjectLayout.data(s).load(as: ObjectRef?.self)
        }
        var lines: [String] = []
        for s in chain.reversed() {
            guard let words = ObjectLayout.data(s).load(fromByteOffset: 8, as: ObjectRef?.self) else { continue }
            let p = ObjectLayout.data(words).assumingMemoryBound(to: UInt64.self)
            if p[0] & 1 != 0 && !lines.isEmpty { lines.append("--- End of stack trace from previous location ---") }
            let count = min(Int(p[0] >> 1), ObjectLayout.length(words) - 1)
            for k in 0..<max(count, 0) {
                lines.append("   at " + stackTraceName(MethodHandle(UnsafeMutablePointer<MethodDesc>(bitPattern: UInt(p[k + 1]))!)))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `[System.Diagnostics.StackTraceHidden]` on the method or its type (cached).
    func isStackTraceHidden(_ m: MethodHandle) -> Bool {
        let info = m.info
        if let known = info.isStackTraceHidden { return known }
        var hidden = false
        if let asm = info.assembly {
            let decoder = CustomAttributeDecoder(asm.md, index: asm.index)
            func marked(_ token: MetadataToken) -> Bool {
                (asm.index.customAttributes[token] ?? []).contains { (try? decoder.attributeTypeName($0)) == "System.Diagnostics.StackTraceHiddenAttribute" }
            }
            let owner = info.owner.info
            hidden = marked(MetadataToken(.methodDef, info.row)) || (owner.assembly === asm && marked(MetadataToken(.typeDef, owner.typeDefRow)))
        }
        info.isStackTraceHidden = hidden
        return hidden
    }

    /// A bool field of an exception (searching base classes), optionally cleared.
    func exceptionFlag(_ object: ObjectRef, _ name: String, clear: Bool) -> Bool {
        var t: TypeHandle? = ObjectLayout.type(object)
        while let type = t {
            if let f = type.info.fields.first(where: { $0.name == name && !$0.isStatic }) {
                let value = object.load(fromByteOffset: f.offset, as: UInt8.self) != 0
                if clear { object.storeBytes(of: 0, toByteOffset: f.offset, as: UInt8.self) }
                return value
            }
            t = type.desc.parent
        }
        return false
    }

    /// `Namespace.Type.Method(Int32 x, String[] args)`, as .NET prints frames.
    func stackTraceName(_ m: MethodHandle) -> String {
        let info = m.info
        var params: [String] = []
        if let asm = info.assembly {
            var names: [Int: String] = [:]
            if let rows = try? asm.md.parameters(ofMethod: info.row) {
                for r in rows {
                    if let p = try? asm.md.tables.param(r), let n = try? asm.md.strings.string(p.name) { names[Int(p.sequence)] = n }
                }
            }
            for (i, t) in info.parameterTypes.enumerated() {
                params.append(t.info.name + (names[i + 1].map { " " + $0 } ?? ""))
            }
        }
        var name = info.name
        if !info.methodArguments.isEmpty { name += "[" + info.methodArguments.map { $0.info.name }.joined(separator: ",") + "]" }
        return info.owner.info.fullName + "." + name + "(" + params.joined(separator: ", ") + ")"
    }
}

/// Thrown by native methods to raise a managed exception.
struct ManagedThrow: Error {
    var exception: ObjectRef
}
