/// Method headers and bodies: `.method …`, `.maxstack`, `.locals`, instructions, and exception
/// clauses as nested `.try { } catch T { }` blocks (or the label form when the clauses do not
/// nest, which ilasm also accepts).
extension Disassembler {
    func writeMethod(_ row: UInt32, indent: String, lowered: SyntheticMethodBody? = nil) throws(BadImageFormatError) {
        let m = try md.tables.methodDef(row)
        let token = MetadataToken(.methodDef, row)
        let sig = try md.methodSignature(m.signature)
        let methodName = try md.strings.string(m.name)

        // Parameter rows: sequence 0 is the return value, 1…n the parameters.
        var parameterNames = [String](repeating: "", count: sig.parameters.count)
        var parameterRows: [(sequence: Int, row: UInt32, flags: UInt16)] = []
        for p in try md.parameters(ofMethod: row) {
            let pr = try md.tables.param(p)
            let seq = Int(pr.sequence)
            if seq >= 1 && seq <= parameterNames.count { parameterNames[seq - 1] = try md.strings.string(pr.name) }
            parameterRows.append((seq, p, pr.flags))
        }

        var flags = AttributeFlags.method(m.flags)
        if m.flags & 0x2000 != 0, let map = index.implMaps[token] {
            let im = try md.tables.implMap(map)
            let module = try md.strings.string(md.tables.moduleRef(im.importScope).name)
            let entry = try md.strings.string(im.importName)
            var text = "pinvokeimpl(\"\(module)\""
            if entry != methodName { text += " as \"\(entry)\"" }
            let attrs = AttributeFlags.pinvoke(im.mappingFlags)
            if !attrs.isEmpty { text += " " + attrs }
            flags.append(text + ")")
        }
        out += indent + ".method " + flags.joined(separator: " ") + "\n" + indent + "        "
        // Return-value marshalling and parameter attributes are folded into the signature text.
        var sigText = names.callingConventionText(sig.callingConvention)
        sigText += try names.signature(sig.returnType)
        if let ret = parameterRows.first(where: { $0.sequence == 0 }), ret.flags & 0x2000 != 0 {
            sigText += try marshalText(MetadataToken(.param, ret.row))
        }
        sigText += " " + ILAsmNames.quote(methodName) + (try genericParameterList(token)) + "("
        for (i, p) in sig.parameters.enumerated() {
            if i > 0 { sigText += ", " }
            if sig.sentinelIndex == i { sigText += "..., " }
            if let pr = parameterRows.first(where: { $0.sequence == i + 1 }) {
                let attrs = AttributeFlags.parameter(pr.flags)
                if !attrs.isEmpty { sigText += attrs + " " }
            }
            sigText += try names.signature(p)
            if let pr = parameterRows.first(where: { $0.sequence == i + 1 }), pr.flags & 0x2000 != 0 {
                sigText += try marshalText(MetadataToken(.param, pr.row))
            }
            if !parameterNames[i].isEmpty { sigText += " " + ILAsmNames.quote(parameterNames[i]) }
        }
        // A vararg definition ends its parameter list with `...` (its blob has no sentinel).
        if sig.callingConvention.isVararg && sig.sentinelIndex == nil { sigText += sig.parameters.isEmpty ? "..." : ", ..." }
        out += sigText + ") " + AttributeFlags.methodImpl(lowered == nil ? m.implFlags : m.implFlags | 0x2000) + "\n"
        out += indent + "{\n"
        let inner = indent + "  "
        if md.entryPoint == token { out += inner + ".entrypoint\n" }
        try writeCustomAttributes(token, indent: inner, skipping: lowered == nil ? [] : Self.stateMachineAttributes)
        try writeGenericParameterAttributes(token, indent: inner)
        for s in index.declSecurity[token] ?? [] { try writeDeclSecurity(s, indent: inner) }
        for pr in parameterRows.sorted(by: { $0.sequence < $1.sequence }) {
            let ptoken = MetadataToken(.param, pr.row)
            let constant = try constantText(ptoken)
            let hasAttributes = !(index.customAttributes[ptoken] ?? []).isEmpty
            guard constant != nil || hasAttributes else { continue }
            out += inner + ".param [\(pr.sequence)]" + (constant.map { " = " + $0 } ?? "") + "\n"
            try writeCustomAttributes(ptoken, indent: inner)
        }
        let typeRow = index.declaringType(ofMethod: row)
        for mi in index.methodImpls[typeRow] ?? [] {
            let impl = try md.tables.methodImpl(mi)
            if impl.methodBody == token {
                out += inner + ".override method " + (try names.method(impl.methodDeclaration)) + "\n"
            }
        }
        if let lowered {
            try writeSyntheticBody(lowered, signature: sig, parameterNames: parameterNames, indent: inner)
        } else if let body = try md.methodBody(ofMethod: row) {
            try writeBody(body, signature: sig, parameterNames: parameterNames, indent: inner)
        }
        out += indent + "} // end of method " + (try names.ownerPrefix(typeRow)) + ILAsmNames.quote(methodName) + "\n\n"
    }

    func writeBody(_ body: MethodBody, signature: MethodSignature, parameterNames: [String], indent: String) throws(BadImageFormatError) {
        var decoder = ILDecoder(md, body: body)
        try writeCode(codeSize: body.codeSize, maxStack: body.maxStack, locals: try md.localVariables(of: body),
                      initLocals: body.initLocals, clauses: body.exceptionClauses, decoder: &decoder,
                      signature: signature, parameterNames: parameterNames, indent: indent)
    }

    /// A body made in memory, its synthetic tokens named through `references`.
    func writeSyntheticBody(_ body: SyntheticMethodBody, signature: MethodSignature, parameterNames: [String], indent: String) throws(BadImageFormatError) {
        let image = ImageBytes(body.il)
        var decoder = ILDecoder(il: image)
        names.syntheticReferences = body.references
        defer { names.syntheticReferences = [] }
        try withExtendedLifetime(image) { () throws(BadImageFormatError) in
            try writeCode(codeSize: body.il.count, maxStack: body.maxStack, locals: body.locals, initLocals: body.initLocals,
                          clauses: body.exceptionClauses, decoder: &decoder, signature: signature,
                          parameterNames: parameterNames, indent: indent)
        }
    }

    func writeCode(codeSize: Int, maxStack: Int, locals: [TypeSignature], initLocals: Bool, clauses: [ExceptionClause],
                   decoder: inout ILDecoder, signature: MethodSignature, parameterNames: [String], indent: String) throws(BadImageFormatError) {
        methodsWritten += 1
        ilBytesWritten += codeSize
        out += indent + "// Code size \(codeSize) (0x" + String(codeSize, radix: 16) + ")\n"
        out += indent + ".maxstack \(maxStack)\n"
        if !locals.isEmpty {
            out += indent + ".locals " + (initLocals ? "init " : "") + "("
            for (i, l) in locals.enumerated() {
                if i > 0 { out += ",\n" + indent + "         " }
                out += try names.signature(l) + " V_\(i)"
            }
            out += ")\n"
        }
        let blocks = StructuredBlocks(clauses, codeSize: codeSize)
        var depth = 0
        var pad: String { indent + String(repeating: "  ", count: depth) }
        let hasThis = signature.callingConvention.hasThis
        while let ins = try decoder.next() {
            for close in blocks.closing(at: ins.offset) {
                depth -= 1
                out += pad + "}  // end " + close + "\n"
            }
            for open in blocks.opening(at: ins.offset) {
                out += pad + (try blockHeader(open)) + "\n" + pad + "{\n"
                depth += 1
            }
            out += pad + ILText.label(ins.offset) + ":  " + ins.opcode.name
            let operand = try operandText(ins, hasThis: hasThis, parameterNames: parameterNames)
            if !operand.isEmpty {
                let n = ins.opcode.name.utf8.count
                out += n < 11 ? String(repeating: " ", count: 11 - n) : " "
                out += operand
            }
            out += "\n"
        }
        for close in blocks.closing(at: codeSize) {
            depth -= 1
            out += pad + "}  // end " + close + "\n"
        }
        for clause in blocks.unstructured {
            out += indent + ".try " + ILText.label(clause.tryOffset) + " to " + ILText.label(clause.tryEnd) + " "
            switch clause.kind {
            case .catch(let t): out += "catch " + (try names.typeName(t))
            case .filter(let f): out += "filter " + ILText.label(f)
            case .finally: out += "finally"
            case .fault: out += "fault"
            }
            out += " handler " + ILText.label(clause.handlerOffset) + " to " + ILText.label(clause.handlerEnd) + "\n"
        }
    }

    func blockHeader(_ block: StructuredBlocks.Block) throws(BadImageFormatError) -> String {
        switch block.kind {
        case .try: return ".try"
        case .catch(let t): return "catch " + (try names.typeName(t))
        case .filter: return "filter"
        case .filterHandler: return ""
        case .finally: return "finally"
        case .fault: return "fault"
        }
    }

    func operandText(_ ins: ILInstruction, hasThis: Bool, parameterNames: [String]) throws(BadImageFormatError) -> String {
        switch ins.operand {
        case .none: return ""
        case .int(let v): return String(v)
        case .int64(let v): return "0x" + String(UInt64(bitPattern: v), radix: 16, uppercase: true)
        case .float32(let f): return ILText.float32(f)
        case .float64(let d): return ILText.float64(d)
        case .branch(let t): return ILText.label(t)
        case .switch(let targets): return "(" + targets.map(ILText.label).joined(separator: ", ") + ")"
        case .variable(let n):
            switch ins.opcode {
            case .ldarg, .ldarg_s, .ldarga, .ldarga_s, .starg, .starg_s:
                let index = hasThis ? n - 1 : n
                if index >= 0 && index < parameterNames.count && !parameterNames[index].isEmpty {
                    return ILAsmNames.quote(parameterNames[index])
                }
                return String(n)
            default:
                return "V_\(n)"
            }
        case .token(let t):
            switch ins.opcode.operandType {
            case .string:
                guard t.tableByte == MetadataToken.userStringTableByte else {
                    throw BadImageFormatError("ldstr with a #US token (0x70), found \(t)")
                }
                return ILText.stringLiteral(try md.userStrings.utf16(t.row))
            case .method: return try names.method(t)
            case .field: return try names.field(t)
            case .type: return try names.typeName(t)
            case .signature: return try names.standAloneMethodSignature(t)
            default: return try names.token(t)
            }
        }
    }
}

/// Exception clauses arranged as properly nested blocks for the structured ilasm form.
///
/// A clause group (clauses sharing one try region whose handlers follow the try and each other
/// contiguously) becomes `.try { } handler { } …`. If any group cannot be written that way
/// (blocks that overlap without nesting, handlers apart from their try, filters), the whole
/// method's clauses go to `unstructured`, for the `.try IL_a to IL_b …` label form.
struct StructuredBlocks {
    enum Kind: Equatable { case `try`, `catch`(MetadataToken), filter, filterHandler, finally, fault }
    struct Block {
        var start: Int
        var end: Int
        var kind: Kind
        var order: Int
    }

    private(set) var blocks: [Block] = []
    private(set) var unstructured: [ExceptionClause] = []
    private var opens: [Int: [Block]] = [:]
    private var closes: [Int: [Block]] = [:]

    init(_ clauses: [ExceptionClause], codeSize: Int) {
        guard !clauses.isEmpty else { return }
        // Group clauses by try region, in table order.
        var groups: [(tryStart: Int, tryEnd: Int, clauses: [ExceptionClause])] = []
        for c in clauses {
            if let i = groups.firstIndex(where: { $0.tryStart == c.tryOffset && $0.tryEnd == c.tryEnd }) {
                groups[i].clauses.append(c)
            } else {
                groups.append((c.tryOffset, c.tryEnd, [c]))
            }
        }
        var order = 0
        for g in groups {
            var candidate: [Block] = []
            var position = g.tryEnd
            // Filters use the label form: Mono's ilasm (6.8) writes a structured `filter { } { }`
            // that shares its try with other handlers as a *catch* clause, corrupting the image.
            var ok = g.tryEnd > g.tryStart && !g.clauses.contains { if case .filter = $0.kind { return true } else { return false } }
            candidate.append(Block(start: g.tryStart, end: g.tryEnd, kind: .try, order: order))
            for c in g.clauses {
                if case .filter(let f) = c.kind {
                    guard f == position, c.handlerOffset > f else { ok = false; break }
                    candidate.append(Block(start: f, end: c.handlerOffset, kind: .filter, order: order))
                    position = c.handlerOffset
                    candidate.append(Block(start: position, end: c.handlerEnd, kind: .filterHandler, order: order))
                } else {
                    guard c.handlerOffset == position else { ok = false; break }
                    let kind: Kind
                    switch c.kind {
                    case .catch(let t): kind = .catch(t)
                    case .finally: kind = .finally
                    case .fault: kind = .fault
                    case .filter: kind = .filter
                    }
                    candidate.append(Block(start: c.handlerOffset, end: c.handlerEnd, kind: kind, order: order))
                }
                position = c.handlerEnd
                if c.handlerEnd <= c.handlerOffset { ok = false; break }
            }
            // Every block must nest with every block already accepted.
            if ok {
                outer: for b in candidate {
                    for a in blocks {
                        let disjoint = b.end <= a.start || a.end <= b.start
                        let bInA = a.start <= b.start && b.end <= a.end && !(a.start == b.start && a.end == b.end)
                        let aInB = b.start <= a.start && a.end <= b.end && !(a.start == b.start && a.end == b.end)
                        if !(disjoint || bInA || aInB) { ok = false; break outer }
                    }
                }
            }
            if ok {
                blocks += candidate
                order += 1
            } else {
                // Clause order is semantic (inner before outer), and ilasm appends label-form
                // clauses after structured ones: so once one group needs the label form, every
                // clause of the method uses it, in table order.
                blocks = []
                unstructured = clauses
                return
            }
        }
        for b in blocks {
            opens[b.start, default: []].append(b)
            closes[b.end, default: []].append(b)
        }
        // Outermost first when opening (larger extent first); innermost first when closing.
        for (k, v) in opens { opens[k] = v.sorted { ($0.end, -$0.order) > ($1.end, -$1.order) } }
        for (k, v) in closes { closes[k] = v.sorted { ($0.start, $0.order) > ($1.start, $1.order) } }
    }

    func opening(at offset: Int) -> [Block] { opens[offset] ?? [] }

    /// Names of the blocks that end at `offset`, innermost first.
    func closing(at offset: Int) -> [String] {
        (closes[offset] ?? []).map { b in
            switch b.kind {
            case .try: return ".try"
            case .catch: return "catch"
            case .filter: return "filter"
            case .filterHandler: return "filter handler"
            case .finally: return "finally"
            case .fault: return "fault"
            }
        }
    }
}
