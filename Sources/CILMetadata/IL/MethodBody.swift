/// A method body (ECMA-335 II.25.4): header, IL code and exception-handling clauses.
///
/// ```
///  tiny header (1 byte):  [size << 2 | 0x2]                              code ≤ 63 bytes, maxstack 8
///  fat header (12 bytes): [flags:12 | size:4 (=3 dwords)][maxstack u16][code size u32][locals token u32]
///                         flags 0x3 fat, 0x8 more sections, 0x10 init locals
///  code bytes
///  (aligned to 4) section: [kind u8: 0x1 EH, 0x40 fat, 0x80 more][data size: u8 + 2 pad | u24]
///     small clause 12 bytes: flags u16, try off u16, try len u8, handler off u16, handler len u8, token/filter u32
///     fat clause   24 bytes: flags u32, try off u32, try len u32, handler off u32, handler len u32, token/filter u32
/// ```
public struct MethodBody: Sendable {
    public var maxStack: Int
    /// File offset of the first IL byte.
    public var codeOffset: Int
    public var codeSize: Int
    /// StandAloneSig token of the locals signature, or nil.
    public var localVariablesSignature: MetadataToken?
    public var initLocals: Bool
    public var isFatHeader: Bool
    public var exceptionClauses: [ExceptionClause]
    /// Size of header + code + sections, for statistics.
    public var totalSize: Int

    init(_ image: ImageBytes, at offset: Int) throws(BadImageFormatError) {
        var c = ByteCursor(image.buffer, from: offset, to: image.count)
        let first = try c.u8("method body header")
        exceptionClauses = []
        switch first & 0x3 {
        case 0x2:
            maxStack = 8
            codeSize = Int(first >> 2)
            localVariablesSignature = nil
            initLocals = false
            isFatHeader = false
            codeOffset = c.position
            try c.skip(codeSize, "tiny method body code")
            totalSize = 1 + codeSize
            return
        case 0x3:
            let second = try c.u8("fat method header")
            let flags = UInt16(first) | UInt16(second & 0x0F) << 8
            let headerDwords = Int(second >> 4)
            guard headerDwords >= 3 else {
                throw BadImageFormatError("fat method header size of 3 dwords, found \(headerDwords)", at: offset)
            }
            maxStack = Int(try c.u16("max stack"))
            codeSize = Int(try c.u32("code size"))
            let localsToken = try c.u32("locals signature token")
            localVariablesSignature = localsToken == 0 ? nil : MetadataToken(rawValue: localsToken)
            initLocals = flags & 0x10 != 0
            isFatHeader = true
            try c.skip((headerDwords - 3) * 4, "fat header extension")
            codeOffset = c.position
            guard codeSize <= c.remaining else {
                throw BadImageFormatError("\(codeSize) bytes of IL code", at: codeOffset)
            }
            try c.skip(codeSize, "method code")
            var more = flags & 0x8 != 0
            while more {
                try c.align(4, from: offset)
                let sectionStart = c.position
                let kind = try c.u8("method data section kind")
                guard kind & 0x01 != 0 else {
                    throw BadImageFormatError("exception-handling section (kind 0x1), found kind 0x\(String(kind, radix: 16))", at: sectionStart)
                }
                let fat = kind & 0x40 != 0
                more = kind & 0x80 != 0
                let dataSize: Int
                if fat {
                    let b0 = Int(try c.u8()), b1 = Int(try c.u8()), b2 = Int(try c.u8())
                    dataSize = b0 | b1 << 8 | b2 << 16
                } else {
                    dataSize = Int(try c.u8("small section size"))
                    _ = try c.u16("small section padding")
                }
                let clauseSize = fat ? 24 : 12
                guard dataSize >= 4 else {
                    throw BadImageFormatError("exception section data size 4 + n × \(clauseSize), found \(dataSize)", at: sectionStart)
                }
                let count = (dataSize - 4) / clauseSize
                guard count * clauseSize <= c.remaining else {
                    throw BadImageFormatError("\(count) exception clauses", at: c.position)
                }
                for _ in 0..<count {
                    let flags, tryOffset, tryLength, handlerOffset, handlerLength: UInt32
                    if fat {
                        flags = try c.u32(); tryOffset = try c.u32(); tryLength = try c.u32()
                        handlerOffset = try c.u32(); handlerLength = try c.u32()
                    } else {
                        flags = UInt32(try c.u16()); tryOffset = UInt32(try c.u16()); tryLength = UInt32(try c.u8())
                        handlerOffset = UInt32(try c.u16()); handlerLength = UInt32(try c.u8())
                    }
                    let extra = try c.u32("class token or filter offset")
                    let clause = try ExceptionClause(
                        flags: flags, tryOffset: Int(tryOffset), tryLength: Int(tryLength),
                        handlerOffset: Int(handlerOffset), handlerLength: Int(handlerLength), extra: extra,
                        codeSize: codeSize, at: c.position - clauseSize)
                    exceptionClauses.append(clause)
                }
                // Some compilers pad sections; skip whatever the size claims beyond the clauses.
                try c.skip((dataSize - 4) % clauseSize, "exception section padding")
            }
            totalSize = c.position - offset
        default:
            throw BadImageFormatError("tiny (0x2) or fat (0x3) method header, found 0x\(String(first, radix: 16))", at: offset)
        }
    }
}

/// One exception-handling clause, offsets relative to the start of the IL code.
public struct ExceptionClause: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `catch` with the caught type's TypeDef/TypeRef/TypeSpec token.
        case `catch`(MetadataToken)
        /// `filter`: the filter block starts at this IL offset and ends where the handler starts.
        case filter(filterOffset: Int)
        case finally
        case fault
    }

    public var kind: Kind
    public var tryOffset: Int
    public var tryLength: Int
    public var handlerOffset: Int
    public var handlerLength: Int

    public var tryEnd: Int { tryOffset + tryLength }

    /// A clause made in memory (for a `SyntheticMethodBody`).
    public init(kind: Kind, tryOffset: Int, tryLength: Int, handlerOffset: Int, handlerLength: Int) {
        self.kind = kind
        self.tryOffset = tryOffset
        self.tryLength = tryLength
        self.handlerOffset = handlerOffset
        self.handlerLength = handlerLength
    }
    public var handlerEnd: Int { handlerOffset + handlerLength }

    init(flags: UInt32, tryOffset: Int, tryLength: Int, handlerOffset: Int, handlerLength: Int,
         extra: UInt32, codeSize: Int, at: Int) throws(BadImageFormatError) {
        switch flags & 0x7 {
        case 0: kind = .catch(MetadataToken(rawValue: extra))
        case 1:
            guard Int(extra) < codeSize else {
                throw BadImageFormatError("filter offset \(extra) inside the \(codeSize)-byte code", at: at)
            }
            kind = .filter(filterOffset: Int(extra))
        case 2: kind = .finally
        case 4: kind = .fault
        default: throw BadImageFormatError("exception clause kind 0 (catch), 1 (filter), 2 (finally) or 4 (fault), found \(flags)", at: at)
        }
        guard tryOffset + tryLength <= codeSize, handlerOffset + handlerLength <= codeSize else {
            throw BadImageFormatError("exception clause regions inside the \(codeSize)-byte code", at: at)
        }
        self.tryOffset = tryOffset
        self.tryLength = tryLength
        self.handlerOffset = handlerOffset
        self.handlerLength = handlerLength
    }
}
