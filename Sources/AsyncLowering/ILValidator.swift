import CILMetadata

/// A structural defect in a method body.
public struct ILValidationError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Checks the structural validity of a (synthetic) method body — what the lowering must never
/// get wrong, checked on every body it produces:
///
/// - every instruction decodes, every branch target and clause boundary is an instruction start;
/// - exception clauses: non-empty regions that nest or are disjoint, inner clauses before the
///   clauses of enclosing regions (ECMA-335 II.19), try regions entered at depth 0 only by
///   falling into their first instruction;
/// - one evaluation-stack depth per instruction over all paths (entry 0; catch and filter
///   handlers 1; finally/fault 0), never negative; `leave` empties the stack;
/// - `br`/conditional branches/`switch` stay within their protected block; `leave` only exits
///   blocks; no fall-through out of a block or into a handler; `ret` outside every block with
///   the return-convention depth (1 for `T`, 0 otherwise); `endfinally`/`endfilter`/`rethrow`
///   only in their handler kinds;
/// - every instruction is reachable;
/// - `AsyncHelpers` awaits are not inside a handler (runtime async has no suspension there) and
///   have only their operand on the stack (no value, in particular no byref, lives across them).
///
/// Returns the maximum stack depth and the depth before each instruction.
public struct ILValidator {
    public struct Result: Sendable {
        public var maxStack: Int
        /// Depth before each instruction, by offset.
        public var depths: [Int: Int]
        public var instructions: [ILInstruction]
    }

    struct Block: Equatable {
        enum Kind { case `try`, handler, filter }
        var start: Int
        var end: Int
        var kind: Kind
        var clause: Int
        func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    }

    public static func validate(_ body: SyntheticMethodBody, metadata: Metadata, returnsValue: Bool) throws -> Result {
        let instructions: [ILInstruction]
        do { instructions = try ILDecoder.decodeAll(il: body.il) } catch { throw ILValidationError("undecodable IL: \(error)") }
        let effects = StackEffects(md: metadata, references: body.references)
        var at: [Int: Int] = [:]
        for (i, ins) in instructions.enumerated() { at[ins.offset] = i }
        let codeSize = body.il.count
        func boundary(_ o: Int, _ what: String) throws {
            guard o == codeSize || at[o] != nil else { throw ILValidationError("\(what) at \(o) is not an instruction boundary") }
        }

        // Blocks of the clauses.
        var blocks: [Block] = []
        for (n, c) in body.exceptionClauses.enumerated() {
            for o in [c.tryOffset, c.tryEnd, c.handlerOffset, c.handlerEnd] { try boundary(o, "clause \(n) boundary") }
            guard c.tryLength > 0, c.handlerLength > 0 else { throw ILValidationError("clause \(n) has an empty region") }
            blocks.append(Block(start: c.tryOffset, end: c.tryEnd, kind: .try, clause: n))
            if case .filter(let f) = c.kind {
                try boundary(f, "filter \(n)")
                guard f < c.handlerOffset else { throw ILValidationError("filter \(n) must precede its handler") }
                blocks.append(Block(start: f, end: c.handlerOffset, kind: .filter, clause: n))
            }
            blocks.append(Block(start: c.handlerOffset, end: c.handlerEnd, kind: .handler, clause: n))
        }
        for a in blocks {
            for b in blocks where a.clause != b.clause {
                let disjoint = a.end <= b.start || b.end <= a.start
                let aInB = b.start <= a.start && a.end <= b.end
                let bInA = a.start <= b.start && b.end <= a.end
                guard disjoint || aInB || bInA else {
                    throw ILValidationError("regions [\(a.start),\(a.end)) and [\(b.start),\(b.end)) overlap without nesting")
                }
                // Inner first: a region strictly inside another clause's region must belong to an earlier clause.
                let strictlyInside = aInB && !(a.start == b.start && a.end == b.end)
                if strictlyInside && a.clause > b.clause {
                    throw ILValidationError("clause \(a.clause) is nested in clause \(b.clause) but comes after it")
                }
            }
        }
        func blocksContaining(_ o: Int) -> [Block] { blocks.filter { $0.contains(o) } }
        func sameBlocks(_ a: Int, _ b: Int) -> Bool { blocksContaining(a) == blocksContaining(b) }
        /// A branch may enter only try blocks, and only at their first instruction (loops around a
        /// try do this); it may exit blocks only when it is a `leave`.
        func mayBranch(from source: Int, to target: Int, exiting: Bool) -> Bool {
            let s = blocksContaining(source), t = blocksContaining(target)
            let entered = t.filter { !s.contains($0) }
            let exited = s.filter { !t.contains($0) }
            return entered.allSatisfy { $0.kind == .try && $0.start == target } && (exiting || exited.isEmpty)
        }

        // Depth propagation.
        var depth: [Int: Int] = [:]
        var work: [Int] = []
        func reach(_ o: Int, _ d: Int, from: String) throws {
            guard at[o] != nil else { throw ILValidationError("\(from) reaches \(o), not an instruction") }
            if let old = depth[o] {
                guard old == d else { throw ILValidationError("stack depth \(d) from \(from) meets depth \(old) at IL_\(hex(o))") }
                return
            }
            depth[o] = d
            work.append(o)
        }
        try reach(0, 0, from: "entry")
        for (n, c) in body.exceptionClauses.enumerated() {
            switch c.kind {
            case .catch: try reach(c.handlerOffset, 1, from: "catch \(n)")
            case .filter(let f): try reach(f, 1, from: "filter \(n)"); try reach(c.handlerOffset, 1, from: "filter handler \(n)")
            case .finally, .fault: try reach(c.handlerOffset, 0, from: "handler \(n)")
            }
        }
        var maxStack = 0
        let returnCount = returnsValue ? 1 : 0
        while let o = work.popLast() {
            let ins = instructions[at[o]!]
            let d = depth[o]!
            let (pop, push) = try effects.effect(ins, returnCount: returnCount)
            guard d >= pop else { throw ILValidationError("stack underflow at IL_\(hex(o)) \(ins.opcode.name) (depth \(d), pops \(pop))") }
            let after = d - pop + push
            maxStack = max(maxStack, after, d)
            let here = blocksContaining(o)
            let next = ins.nextOffset
            var fallsThrough = true
            switch ins.opcode {
            case .ret:
                guard here.isEmpty else { throw ILValidationError("ret inside a protected region at IL_\(hex(o))") }
                guard d == returnCount else { throw ILValidationError("ret with depth \(d) at IL_\(hex(o)), expected \(returnCount)") }
                fallsThrough = false
            case .leave, .leave_s:
                guard case .branch(let t) = ins.operand else { break }
                guard mayBranch(from: o, to: t, exiting: true) else { throw ILValidationError("leave at IL_\(hex(o)) enters a block at IL_\(hex(t))") }
                try reach(t, 0, from: "IL_\(hex(o))")
                fallsThrough = false
            case .endfinally:
                guard here.contains(where: { $0.kind == .handler && isFinallyOrFault(body.exceptionClauses[$0.clause]) }) else {
                    throw ILValidationError("endfinally outside a finally/fault handler at IL_\(hex(o))")
                }
                fallsThrough = false
            case .endfilter:
                guard here.contains(where: { $0.kind == .filter }), d == 1 else { throw ILValidationError("bad endfilter at IL_\(hex(o))") }
                fallsThrough = false
            case .rethrow:
                guard here.contains(where: { $0.kind == .handler && !isFinallyOrFault(body.exceptionClauses[$0.clause]) }) else {
                    throw ILValidationError("rethrow outside a catch handler at IL_\(hex(o))")
                }
                fallsThrough = false
            case .throw, .jmp:
                fallsThrough = false
            default:
                switch ins.operand {
                case .branch(let t):
                    guard mayBranch(from: o, to: t, exiting: false) else { throw ILValidationError("branch at IL_\(hex(o)) crosses a protected-block boundary to IL_\(hex(t))") }
                    try reach(t, after, from: "IL_\(hex(o))")
                    fallsThrough = ins.opcode != .br && ins.opcode != .br_s
                case .switch(let ts):
                    for t in ts {
                        guard mayBranch(from: o, to: t, exiting: false) else { throw ILValidationError("switch at IL_\(hex(o)) crosses a protected-block boundary") }
                        try reach(t, after, from: "IL_\(hex(o))")
                    }
                default: break
                }
            }
            if fallsThrough {
                guard next < codeSize else { throw ILValidationError("control falls off the end of the code at IL_\(hex(o))") }
                let there = blocksContaining(next)
                if there != here {
                    // Only entering try blocks that start exactly here, at depth 0.
                    let exited = here.filter { !there.contains($0) }
                    let entered = there.filter { !here.contains($0) }
                    guard exited.isEmpty, entered.allSatisfy({ $0.kind == .try && $0.start == next }), after == 0 else {
                        throw ILValidationError("fall-through across a block boundary at IL_\(hex(next))")
                    }
                }
                try reach(next, after, from: "IL_\(hex(o))")
            }
            // Awaits are suspension points: not allowed in handlers or filters.
            if case .token(let t) = ins.operand, t.isSynthetic, let r = body.reference(t),
               case .method(let owner, _, _, _) = r, case .coreType(let name)? = body.reference(owner),
               name == AsyncHelpersAPI.typeName {
                guard !here.contains(where: { $0.kind != .try }) else { throw ILValidationError("await inside a handler at IL_\(hex(o))") }
                // Only the awaitable is on the stack: nothing (in particular no byref, which
                // reads as null after a resume) is live on the evaluation stack across a suspension.
                guard d == 1 else { throw ILValidationError("await at IL_\(hex(o)) with \(d - 1) values live beneath its operand") }
            }
        }
        // Try blocks are entered at depth 0.
        for b in blocks where b.kind == .try {
            if let d = depth[b.start], d != 0 { throw ILValidationError("try block at IL_\(hex(b.start)) entered with depth \(d)") }
        }
        if let dead = instructions.first(where: { depth[$0.offset] == nil }) {
            throw ILValidationError("unreachable instruction at IL_\(hex(dead.offset)) \(dead.opcode.name)")
        }
        return Result(maxStack: maxStack, depths: depth, instructions: instructions)
    }

    static func isFinallyOrFault(_ c: ExceptionClause) -> Bool {
        switch c.kind {
        case .finally, .fault: return true
        default: return false
        }
    }
}

func hex(_ o: Int) -> String {
    let s = String(o, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - s.count)) + s
}
