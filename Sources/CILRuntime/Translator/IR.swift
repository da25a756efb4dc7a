/// CILKit's register IR: what the translator emits and the interpreter runs.
///
/// Code is a sequence of 64-bit words. The first word of an instruction packs the opcode and
/// up to three 16-bit frame-slot operands; some instructions take extra words (immediates,
/// type or method pointers, branch targets as word indices):
///
/// ```
///  word 0:  ┌──────────┬──────────┬──────────┬──────────┐
///           │ op (16)  │ a (16)   │ b (16)   │ c (16)   │   a, b, c: slot indices relative to fp
///           └──────────┴──────────┴──────────┴──────────┘
///  word 1…: immediates, TypeDesc*/MethodDesc* pointers, branch targets
/// ```
/// A frame is `[args][locals][eval temps]` in 8-byte slots; every CIL eval-stack position has
/// a fixed slot, so `add` on the CIL stack becomes `add.i4 a ← b, c` over frame slots. Value
/// types occupy consecutive slots. Int32 values are kept sign-extended in their slot; float32
/// values are kept as Float bits in the low half.
public enum Op: UInt16, Sendable {
    // Moves and constants.
    case nop, mov, movN, const64, ldstr, addrOfSlot, zeroN
    // Int32 arithmetic: a ← b op c.
    case addI4, subI4, mulI4, divI4, divUnI4, remI4, remUnI4, andI4, orI4, xorI4, shlI4, shrI4, shrUnI4, negI4, notI4
    case addOvfI4, addOvfUnI4, subOvfI4, subOvfUnI4, mulOvfI4, mulOvfUnI4
    // Int64 / native int arithmetic.
    case addI8, subI8, mulI8, divI8, divUnI8, remI8, remUnI8, andI8, orI8, xorI8, shlI8, shrI8, shrUnI8, negI8, notI8
    case addOvfI8, addOvfUnI8, subOvfI8, subOvfUnI8, mulOvfI8, mulOvfUnI8
    // Floating point.
    case addR8, subR8, mulR8, divR8, remR8, negR8
    /// a ← √b: `Math.Sqrt`, an intrinsic (TranslatorCalls.swift).
    case sqrtR8
    case addR4, subR4, mulR4, divR4, remR4, negR4
    case ckfinite
    // Comparisons: a ← (b cmp c) ? 1 : 0.
    case ceqI4, cgtI4, cgtUnI4, cltI4, cltUnI4
    case ceqI8, cgtI8, cgtUnI8, cltI8, cltUnI8
    case ceqR8, cgtR8, cgtUnR8, cltR8, cltUnR8
    case ceqR4, cgtR4, cgtUnR4, cltR4, cltUnR4
    /// a ← convert(b); c packs (from kind, to kind, checked) — see `ConvCode`.
    case conv
    /// Common unchecked conversions, a ← b.
    case convI4I8, convU4I8, convI8I4, convI4R8, convI8R8, convR8I4, convR8I8, convR4R8, convR8R4,
         convI4I1, convI4U1, convI4I2, convI4U2
    /// Branches (target in word 1). A taken branch whose preemption flag is set (operand a of
    /// `br`, b of `brTrue`/`brFalse`, a of compare-and-branch; 1 on the backward branches of
    /// non-corlib code) is also a safepoint.
    case br, brTrueI4, brFalseI4, brTrueI8, brFalseI8
    /// Compare-and-branch: if b cmp c goto word 1.
    case beqI4, bneI4, bltI4, bleI4, bgtI4, bgeI4, bltUnI4, bleUnI4, bgtUnI4, bgeUnI4
    case beqI8, bneI8, bltI8, bleI8, bgtI8, bgeI8, bltUnI8, bleUnI8, bgtUnI8, bgeUnI8
    case beqR8, bneUnR8, bltR8, bleR8, bgtR8, bgeR8, bltUnR8, bleUnR8, bgtUnR8, bgeUnR8
    /// switch on a: word 1 = count n, words 2…n+1 = targets.
    case switchI4
    // Memory through a pointer/object in slot b, offset in c (or word 1 for large): a ← [b + c].
    case ldI1, ldU1, ldI2, ldU2, ldI4, ldU4, ldI8, ldR4, ldRef
    /// [a + c] ← b.
    case stI1, stI2, stI4, stI8, stRef
    /// a ← b + c (field address), with a null check on b.
    case addOffset
    /// Copy word 1 bytes from [b + c] to slots at a (value-type load).
    case ldValue
    /// Copy word 1 bytes from slots at b to [a + c].
    case stValue
    /// Copy word 1 bytes from slots at b+c*8 … i.e. a ← field of a value held in slots: a ← slots(b) at byte offset c, size word 1.
    case ldFromSlots
    /// Zero word 1 bytes at [a].
    case initBlock
    /// Copy word 1 bytes [b] → [a].
    case copyBlock
    // Statics (word 1 = address; word 2 = TypeDesc* to initialise first, or 0).
    case ldsI1, ldsU1, ldsI2, ldsU2, ldsI4, ldsU4, ldsI8, ldsR4, ldsRef, ldsValue
    case stsI1, stsI2, stsI4, stsI8, stsRef, stsValue
    case ldsAddr
    /// Run the type initializer of word 1 (TypeDesc*) if needed.
    case initClass
    // Objects.
    /// a ← new object of word 1 (TypeDesc*), then call ctor word 2 with args at a+2…; see Interpreter.
    case newObj
    /// Value-type `newobj`: value at a (slots word 3), ctor word 2, args at a+valueSlots+1.
    case newValue
    case box, unbox, unboxAny, isInst, castClass
    /// a ← box of the value at the address in slot b (word 1 = TypeDesc*): `constrained.` calls.
    case boxIndirect
    // Arrays: a ← new word1[] of length b; a ← length(b); element ops a/b/c = dest/array/index.
    case newArr, ldLen
    case ldElemI1, ldElemU1, ldElemI2, ldElemU2, ldElemI4, ldElemU4, ldElemI8, ldElemR4, ldElemRef, ldElemValue
    /// Element stores: array a, index b, value c.
    case stElemI1, stElemI2, stElemI4, stElemI8, stElemRef, stElemValue
    case ldElemAddr
    // Calls: a = first argument slot (result goes there too); word 1 = MethodDesc*.
    case call, callVirt, callInterface, callNative, callIndirect
    case ret, retVoid
    // Delegates and function pointers.
    case ldFtn, ldVirtFtn, invokeDelegate
    // Exceptions.
    case throwObject, rethrow, leave, endFinally, endFilter, callFinally
    /// Throw a runtime exception named by word 1 (an `EngineException` raw value).
    case throwEngine
    case localloc
    /// Multi-dimensional arrays: a = first argument slot, b = argument count; word 1 = array TypeDesc*.
    case newMDArray, mdGet, mdSet, mdAddress
    /// NullReferenceException if slot a is null (`callvirt` of a non-virtual method).
    case checkNull
    /// Where a green thread may be preempted: before every backward `switch` target of a
    /// non-corlib method (corlib code runs atomically; see Threading/Scheduler.swift). Other
    /// backward branches carry a preemption flag instead.
    case safepoint
    /// a ← address of the running thread's `[ThreadStatic]` block b, plus offset c.
    case threadStaticAddress
    /// Runtime async (RuntimeAsync/). The Task entry of a runtime-async method: call the start
    /// helper (word 2) with the async entry (word 1) and the address of this frame's arguments,
    /// placed at slots a, a+1.
    case asyncThunk
    /// Run async entry fp[a] with the arguments at address fp[a+1] as a new chain above this
    /// frame (its result lands at a), like asyncResume.
    case asyncStart
    /// Suspend the async chain until the notifier in slot a completes.
    case asyncSuspend
    /// Put the chain of the frame object in slot a back on the stack above this frame
    /// (the outermost frame's result lands at a) and run it.
    case asyncResume
    /// Async body entry: save the thread's ExecutionContext and SynchronizationContext in
    /// slots a, a+1.
    case asyncEnter
    /// Async body exit (before `ret`, and in its fault handler): if the contexts differ from
    /// slots a, a+1, restore them (a call of RuntimeAsync.RestoreContexts).
    case asyncLeave
    /// The return address of a resumed frame that must continue on its own
    /// SynchronizationContext: continue there if it is current, else suspend and post.
    case asyncCheckContext
    /// An awaited virtual/interface call of task-returning method word 1 (args at a), followed
    /// by the Await: a runtime-async target's async entry is called and returns word 2 words
    /// on (past the Await); any other target is called normally, its task then awaited.
    case callVirtAsync
    /// The return address of a frame that a resumption left on its frame object (resumed
    /// lazily): copy its slots back from the frame object, then continue at its resume point
    /// (or check its SynchronizationContext first, as asyncCheckContext does).
    case asyncRestoreFrame
}

/// The opcode in an instruction word, without a validity check (the translator wrote it).
@inline(__always) func decodeOp(_ w: UInt64) -> Op {
    // The enum's in-memory form is its case index, which equals its raw value.
    if MemoryLayout<Op>.size == 1 { return unsafeBitCast(UInt8(truncatingIfNeeded: w), to: Op.self) }
    return unsafeBitCast(UInt16(truncatingIfNeeded: w), to: Op.self)
}

extension Op {
    /// The op at the same distance from `to` as `w`'s op is from `from` (maps e.g. an
    /// `ldElemI4` to the matching `ldI4`).
    @inline(__always) static func relative(_ w: UInt64, from: Op, to: Op) -> Op {
        decodeOp(UInt64(UInt16(truncatingIfNeeded: w) - from.rawValue + to.rawValue))
    }
}

/// What a `conv` instruction converts between, packed in its `c` operand.
public enum NumericKind: UInt8 {
    case i1, u1, i2, u2, i4, u4, i8, u8, r4, r8, rUn, i, u
}

@inline(__always) func encode(_ op: Op, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) -> UInt64 {
    UInt64(op.rawValue) | UInt64(UInt16(truncatingIfNeeded: a)) << 16 | UInt64(UInt16(truncatingIfNeeded: b)) << 32 | UInt64(UInt16(truncatingIfNeeded: c)) << 48
}

/// Exceptions the engine itself raises.
public enum EngineException: UInt64 {
    case nullReference = 1, indexOutOfRange, invalidCast, divideByZero, overflow, arrayTypeMismatch,
         outOfMemory, stackOverflow, arithmetic, invalidProgram, missingMethod, typeLoad, notSupported

    public var typeName: String {
        switch self {
        case .nullReference: return "System.NullReferenceException"
        case .indexOutOfRange: return "System.IndexOutOfRangeException"
        case .invalidCast: return "System.InvalidCastException"
        case .divideByZero: return "System.DivideByZeroException"
        case .overflow: return "System.OverflowException"
        case .arrayTypeMismatch: return "System.ArrayTypeMismatchException"
        case .outOfMemory: return "System.OutOfMemoryException"
        case .stackOverflow: return "System.StackOverflowException"
        case .arithmetic: return "System.ArithmeticException"
        case .invalidProgram: return "System.InvalidProgramException"
        case .missingMethod: return "System.MissingMethodException"
        case .typeLoad: return "System.TypeLoadException"
        case .notSupported: return "System.NotSupportedException"
        }
    }

    /// The message .NET gives these exceptions.
    public var defaultMessage: String {
        switch self {
        case .nullReference: return "Object reference not set to an instance of an object."
        case .indexOutOfRange: return "Index was outside the bounds of the array."
        case .invalidCast: return "Specified cast is not valid."
        case .divideByZero: return "Attempted to divide by zero."
        case .overflow: return "Arithmetic operation resulted in an overflow."
        case .arrayTypeMismatch: return "Attempted to access an element as a type incompatible with the array."
        case .outOfMemory: return "Insufficient memory to continue the execution of the program."
        case .stackOverflow: return "Stack overflow."
        case .arithmetic: return "Overflow or underflow in the arithmetic operation."
        case .invalidProgram: return "Common Language Runtime detected an invalid program."
        case .missingMethod: return "Method not found."
        case .typeLoad: return "Could not load type."
        case .notSupported: return "Specified method is not supported."
        }
    }
}

/// A translated method: its IR and what the interpreter needs around it.
public final class CompiledMethod {
    public let code: UnsafeMutablePointer<UInt64>
    public let codeCount: Int
    public let frameSlots: Int
    public let localsStart: Int
    public let localSlots: Int
    /// Constant values copied into the frame at entry (slots `constantsStart…`).
    public let constantCount: Int
    public let constantsStart: Int
    /// What a call writes into the new frame from `localsStart` on, in blocks of four
    /// words: zeroed locals, then the constants, then zero padding to the block.
    ///
    /// ```
    ///  frame: [args][locals][constants][eval temps]
    ///                ▲─ frameInit: 0 … 0 c₀ c₁ … 0 0   (frameInitBlocks × 4 words)
    /// ```
    /// One fixed-size copy loop replaces a zeroing loop and a constant-copy loop (each of
    /// which the compiler turns into a memset/memcpy call, expensive for a few slots); the
    /// padding lands in eval temps, which are always written before they are read (the
    /// frame always has 4 spare slots: see `frameSlots`).
    public let frameInit: UnsafeMutablePointer<UInt64>
    public let frameInitBlocks: Int
    /// Exception clauses in IR word offsets, inner first (table order).
    public let clauses: [IRClause]
    /// IR word offset → IL offset, for stack traces (sorted by IR offset).
    public let ilOffsets: [(ir: Int, il: Int)]
    /// Runtime async bodies: the slot holding the frame object (-1: not an async body).
    public var asyncFrameSlot = -1
    /// Async bodies outside corlib: the entry ExecutionContext and SynchronizationContext
    /// (-1: none); the frame-object slot is just before them.
    public var asyncContextSlot = -1
    /// An async body with an argument that may address its caller's frame (MethodFlags.addressArguments).
    public var addressArguments = false

    init(code: [UInt64], frameSlots: Int, localsStart: Int, localSlots: Int, constants: [UInt64], constantsStart: Int,
         clauses: [IRClause], ilOffsets: [(Int, Int)]) {
        precondition(constantsStart >= localsStart && (constants.isEmpty || constantsStart >= localsStart + localSlots))
        constantCount = constants.count
        self.constantsStart = constantsStart
        let initWords = constants.isEmpty ? localSlots : constantsStart + constants.count - localsStart
        frameInitBlocks = (initWords + 3) / 4
        frameInit = UnsafeMutablePointer<UInt64>.allocate(capacity: max(frameInitBlocks * 4, 1))
        frameInit.initialize(repeating: 0, count: max(frameInitBlocks * 4, 1))
        for (i, c) in constants.enumerated() { frameInit[constantsStart - localsStart + i] = c }
        self.code = UnsafeMutablePointer<UInt64>.allocate(capacity: max(code.count, 1))
        self.code.initialize(from: code, count: code.count)
        codeCount = code.count
        self.frameSlots = frameSlots
        self.localsStart = localsStart
        self.localSlots = localSlots
        self.clauses = clauses
        self.ilOffsets = ilOffsets
    }

    deinit {
        code.deallocate()
        frameInit.deallocate()
    }
}

public struct IRClause {
    public enum Kind { case `catch`(TypeHandle), filter(Int), finally, fault }
    public var kind: Kind
    public var tryStart: Int
    public var tryEnd: Int
    public var handlerStart: Int
    public var handlerEnd: Int
    /// Slot where the handler finds the exception object (catch/filter) or the return address
    /// (finally, for `leave`).
    public var slot: Int
    /// Catch and filter handlers: a hidden slot that keeps the exception for `rethrow`, since
    /// the handler's code reuses its stack slot.
    public var exceptionSlot: Int
}

extension CompiledMethod {
    /// A readable listing of the IR: word offset, op, slot operands and extra words.
    public func listing(title: String) -> String {
        var out = "== \(title): \(frameSlots) slots, locals at \(localsStart) (\(localSlots))\n"
        var i = 0
        let starts = Set(ilOffsets.map(\.ir))
        while i < codeCount {
            let w = code[i]
            let op = decodeOp(w)
            let a = Int((w >> 16) & 0xFFFF), b = Int((w >> 32) & 0xFFFF), c = Int(w >> 48)
            out += (starts.contains(i) ? "*" : " ") + String(i).leftPadded(5) + "  \(op) \(a) \(b) \(c)"
            let extra = op.extraWords(code + i)
            for k in 0..<extra { out += " [\(Int64(bitPattern: code[i + 1 + k]))]" }
            out += "\n"
            i += 1 + extra
        }
        return out
    }
}

extension Op {
    /// Number of words after the first that this instruction occupies.
    func extraWords(_ at: UnsafeMutablePointer<UInt64>) -> Int {
        switch self {
        case .const64, .ldstr, .initClass, .box, .boxIndirect, .unbox, .unboxAny, .isInst, .castClass, .newArr, .call, .callVirt,
             .callInterface, .callNative, .ldFtn, .ldVirtFtn, .invokeDelegate, .br, .brTrueI4, .brFalseI4, .brTrueI8, .brFalseI8,
             .beqI4, .bneI4, .bltI4, .bleI4, .bgtI4, .bgeI4, .bltUnI4, .bleUnI4, .bgtUnI4, .bgeUnI4,
             .beqI8, .bneI8, .bltI8, .bleI8, .bgtI8, .bgeI8, .bltUnI8, .bleUnI8, .bgtUnI8, .bgeUnI8,
             .beqR8, .bneUnR8, .bltR8, .bleR8, .bgtR8, .bgeR8, .bltUnR8, .bleUnR8, .bgtUnR8, .bgeUnR8,
             .ldValue, .stValue, .initBlock, .copyBlock, .ldsI1, .ldsU1, .ldsI2, .ldsU2, .ldsI4, .ldsU4, .ldsI8, .ldsR4, .ldsRef,
             .stsI1, .stsI2, .stsI4, .stsI8, .stsRef, .ldsAddr, .newValue, .leave, .callFinally,
             .ldElemI1, .ldElemU1, .ldElemI2, .ldElemU2, .ldElemI4, .ldElemU4, .ldElemI8, .ldElemR4, .ldElemRef,
             .stElemI1, .stElemI2, .stElemI4, .stElemI8, .stElemRef, .newMDArray, .mdGet, .mdSet, .mdAddress:
            return 1
        case .ldsValue, .stsValue, .newObj, .ldElemValue, .stElemValue, .throwEngine, .asyncThunk, .callVirtAsync: return 2
        case .ldElemAddr: return 3
        case .ldFromSlots: return 2
        case .switchI4: return 1 + Int(at[1])
        default: return 0
        }
    }
}

private extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: " ", count: max(0, n - count)) + self }
}
