import CILMetadata

/// Translating a method on its own: what a first call does (`prepare` installs the result),
/// also public so that tools and the microbenchmarks (`Benchmarks/Micro`) can translate a
/// method again and again and look at its IR.
extension Runtime {
    /// Translates `method` into IR as its first call would — a runtime-async Task entry's
    /// thunk, a lowered (`--runtime-async`) body, or the method's own IL — and returns the
    /// result without installing it: the method's code, if it has any, is left as it is, so
    /// this can be called any number of times. Throws the loader's or translator's error
    /// (`RuntimeError`), as the first call would raise it.
    public func translate(_ method: MethodHandle) throws -> CompiledMethod {
        let info = method.info
        if let error = info.loadError { throw error }
        guard let asm = info.assembly else { throw RuntimeError.missingMethod("No code for \(info.name).") }
        let flags = method.pointer.pointee.flags
        if flags.has(.abstract) {
            throw RuntimeError.missingMethod("Cannot call abstract method '\(info.owner.info.fullName).\(info.name)'.")
        }
        do {
            if flags.has(.runtimeAsync) && !flags.has(.asyncBody) { return try taskEntryThunk(method) }
            if flags.has(.asyncBody) { try validateRuntimeAsync(method) }
            if flags.has(.asyncBody), let lowered = asm.loweredBodies[info.row] {
                return try translateSynthetic(lowered, of: info, in: asm)
            }
            guard let body = try asm.md.methodBody(ofMethod: info.row) else {
                throw RuntimeError.missingMethod("Method '\(info.owner.info.fullName).\(info.name)' has no body.")
            }
            var t = Translator(rt: self, method: info, body: body)
            return try t.translate()
        } catch let e as RuntimeError {
            // Say where: the method whose IL named the missing or broken member.
            switch e {
            case .invalidProgram: throw e
            default: throw e.withContext("while compiling \(info.owner.info.fullName).\(info.name)")
            }
        }
    }

    /// The async entry of a runtime-async method — the method whose code is its IL run as an
    /// async body (Documentation/RuntimeAsync.md) — or `method` itself if it is one. A method
    /// lowered by `--runtime-async` (`LoadedAssembly.loweredBodies`) is runtime-async; any other
    /// is a `RuntimeError.invalidProgram`.
    public func asyncEntry(of method: MethodHandle) throws -> MethodHandle {
        let flags = method.pointer.pointee.flags
        if flags.has(.asyncBody) { return method }
        guard flags.has(.runtimeAsync) else {
            throw RuntimeError.invalidProgram("'\(method.info.owner.info.fullName).\(method.info.name)' is not a runtime-async method.")
        }
        return try asyncVariant(of: method)
    }
}

extension CompiledMethod {
    /// The number of IR instructions (not words: an instruction may carry extra words).
    public var instructionCount: Int {
        var count = 0
        var i = 0
        while i < codeCount {
            count += 1
            i += 1 + decodeOp(code[i]).extraWords(code + i)
        }
        return count
    }

    /// The number of IR instructions translated from the IL instructions in `ilRange` — for a
    /// loop whose body has no other branch, from the backward branch's target through the
    /// branch itself, how many one iteration executes. Copies the translator emits before a
    /// join or branch count with the IL instruction before it.
    public func instructionCount(ilRange: Range<Int>) -> Int {
        var count = 0
        var i = 0
        var mapIndex = 0
        var il = -1
        while i < codeCount {
            // The IL instruction this IR instruction came from: the last one translated at or
            // before this word (`ilOffsets` is in IR order).
            while mapIndex < ilOffsets.count && ilOffsets[mapIndex].ir <= i {
                il = ilOffsets[mapIndex].il
                mapIndex += 1
            }
            if ilRange.contains(il) { count += 1 }
            i += 1 + decodeOp(code[i]).extraWords(code + i)
        }
        return count
    }
}
