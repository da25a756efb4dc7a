/// One decoded CIL instruction. Offsets are relative to the first byte of the method's code.
public struct ILInstruction: Sendable, Equatable {
    public enum Operand: Sendable, Equatable {
        case none
        /// `ldc.i4`, `ldc.i4.s`, `unaligned.`, `no.` (sign-extended from the encoded width).
        case int(Int32)
        case int64(Int64)
        case float32(Float)
        case float64(Double)
        /// Argument or local index (`ldarg.s`, `ldloc`, …).
        case variable(Int)
        /// Method, field, type, `ldtoken`, `ldstr` (#US) or `calli` signature token.
        case token(MetadataToken)
        /// Absolute branch target (an IL offset).
        case branch(Int)
        /// `switch` targets (absolute IL offsets).
        case `switch`([Int])
    }

    public var offset: Int
    public var opcode: OpCode
    public var operand: Operand
    /// Size in bytes of opcode and operand.
    public var size: Int

    public var nextOffset: Int { offset + size }
}

/// Walks the IL of a method body one instruction at a time, validating every operand length.
///
/// It decodes encodings only; it does not check stack behaviour or tokens (the translator does).
/// `switch` tables are capped by the remaining code, so a hostile count cannot allocate more
/// than the body's size justifies.
public struct ILDecoder {
    var cursor: ByteCursor
    let codeStart: Int

    public init(_ metadata: Metadata, body: MethodBody) {
        cursor = ByteCursor(metadata.image.buffer, from: body.codeOffset, to: body.codeOffset + body.codeSize)
        codeStart = body.codeOffset
    }

    /// Decodes IL held in memory (a `SyntheticMethodBody`'s code): offsets are relative to its
    /// first byte. The `ImageBytes` must outlive the decoder.
    public init(il: ImageBytes) {
        cursor = ByteCursor(il.buffer, from: 0, to: il.count)
        codeStart = 0
    }

    /// Decodes a whole in-memory IL stream.
    public static func decodeAll(il bytes: [UInt8]) throws(BadImageFormatError) -> [ILInstruction] {
        let image = ImageBytes(bytes)
        var d = ILDecoder(il: image)
        var result: [ILInstruction] = []
        while let i = try d.next() { result.append(i) }
        return withExtendedLifetime(image) { result }
    }

    public init(code: ByteCursor) {
        cursor = code
        codeStart = code.position
    }

    public var isAtEnd: Bool { cursor.isAtEnd }

    /// The next instruction, or nil at the end of the code.
    public mutating func next() throws(BadImageFormatError) -> ILInstruction? {
        if cursor.isAtEnd { return nil }
        let start = cursor.position
        let b = try cursor.u8("opcode")
        let opcode: OpCode
        if b == 0xFE {
            let second = try cursor.u8("second byte of a two-byte opcode")
            guard let op = OpCode.twoByte(second) else {
                throw BadImageFormatError("a valid opcode, found 0xFE 0x\(String(second, radix: 16))", at: start)
            }
            opcode = op
        } else {
            guard let op = OpCode.oneByte(b) else {
                throw BadImageFormatError("a valid opcode, found 0x\(String(b, radix: 16))", at: start)
            }
            opcode = op
        }
        let operand: ILInstruction.Operand
        switch opcode.operandType {
        case .none: operand = .none
        case .shortBranchTarget:
            let d = Int8(bitPattern: try cursor.u8("short branch offset"))
            operand = .branch(cursor.position - codeStart + Int(d))
        case .branchTarget:
            let d = Int32(bitPattern: try cursor.u32("branch offset"))
            operand = .branch(cursor.position - codeStart + Int(d))
        case .shortInt8:
            let v = try cursor.u8("int8 operand")
            // unaligned. and no. take an unsigned int8; ldc.i4.s a signed one.
            operand = .int(opcode == .ldc_i4_s ? Int32(Int8(bitPattern: v)) : Int32(v))
        case .int32: operand = .int(Int32(bitPattern: try cursor.u32("int32 operand")))
        case .int64: operand = .int64(Int64(bitPattern: try cursor.u64("int64 operand")))
        case .shortFloat32: operand = .float32(Float(bitPattern: try cursor.u32("float32 operand")))
        case .float64: operand = .float64(Double(bitPattern: try cursor.u64("float64 operand")))
        case .shortVariable: operand = .variable(Int(try cursor.u8("variable index")))
        case .variable: operand = .variable(Int(try cursor.u16("variable index")))
        case .method, .field, .type, .token, .string, .signature:
            operand = .token(MetadataToken(rawValue: try cursor.u32("metadata token")))
        case .switchTable:
            let count = Int(try cursor.u32("switch target count"))
            guard count <= cursor.remaining / 4 else {
                throw BadImageFormatError("switch table of \(count) targets inside the method's code", at: start)
            }
            let base = cursor.position + 4 * count - codeStart
            var targets: [Int] = []
            targets.reserveCapacity(count)
            for _ in 0..<count { targets.append(base + Int(Int32(bitPattern: try cursor.u32("switch target")))) }
            operand = .switch(targets)
        }
        return ILInstruction(offset: start - codeStart, opcode: opcode, operand: operand, size: cursor.position - start)
    }

    /// Decodes the whole body.
    public static func decodeAll(_ metadata: Metadata, body: MethodBody) throws(BadImageFormatError) -> [ILInstruction] {
        var d = ILDecoder(metadata, body: body)
        var result: [ILInstruction] = []
        while let i = try d.next() { result.append(i) }
        return result
    }
}
