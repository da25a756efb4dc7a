@testable import CILMetadata
import Testing
import TestSupport

@Suite("Decoders")
struct DecoderTests {
    func cursor(_ bytes: [UInt8]) -> (ImageBytes, ByteCursor) {
        let image = ImageBytes(bytes)
        return (image, try! image.cursor(0, bytes.count, "test"))
    }

    // ECMA-335 II.23.2 examples.
    @Test("compressed unsigned integers", arguments: [
        ([0x03], 0x03), ([0x7F], 0x7F), ([0x80, 0x80], 0x80), ([0xAE, 0x57], 0x2E57),
        ([0xBF, 0xFF], 0x3FFF), ([0xC0, 0x00, 0x40, 0x00], 0x4000), ([0xDF, 0xFF, 0xFF, 0xFF], 0x1FFF_FFFF),
    ] as [([UInt8], UInt32)])
    func compressedUInt(_ bytes: [UInt8], _ value: UInt32) throws {
        var (image, c) = cursor(bytes)
        #expect(try c.compressedUInt() == value)
        #expect(c.isAtEnd)
        withExtendedLifetime(image) {}
    }

    @Test("compressed signed integers", arguments: [
        ([0x06], 3), ([0x7B], -3), ([0x80, 0x80], 64), ([0x01], -64), ([0xC0, 0x00, 0x40, 0x00], 8192),
        ([0x80, 0x01], -8192), ([0xDF, 0xFF, 0xFF, 0xFE], 268_435_455), ([0xC0, 0x00, 0x00, 0x01], -268_435_456),
    ] as [([UInt8], Int32)])
    func compressedInt(_ bytes: [UInt8], _ value: Int32) throws {
        var (image, c) = cursor(bytes)
        #expect(try c.compressedInt() == value)
        withExtendedLifetime(image) {}
    }

    @Test("an invalid compressed lead byte is an error, not a trap")
    func badCompressed() {
        var (image, c) = cursor([0xFF])
        #expect(throws: BadImageFormatError.self) { try c.compressedUInt() }
        var (image2, d) = cursor([0xC0, 0x01])
        #expect(throws: BadImageFormatError.self) { try d.compressedUInt() }
        withExtendedLifetime((image, image2)) {}
    }

    @Test("signatures: generic instance, arrays, modifiers, vararg sentinel")
    func signatures() throws {
        // instance vararg int32 (class List`1<!!0>, int32[0...,0...], ..., int32 modreq(T))
        let blob: [UInt8] = [0x25, 0x03, 0x08,
                             0x15, 0x12, 0x05, 0x01, 0x1E, 0x00,
                             0x14, 0x08, 0x02, 0x00, 0x02, 0x00, 0x00,
                             0x41, 0x1F, 0x09, 0x08]
        var (image, c) = cursor(blob)
        var d = SignatureDecoder(c)
        let sig = try d.methodSignature()
        #expect(sig.callingConvention.hasThis && sig.callingConvention.isVararg)
        #expect(sig.returnType == .int32)
        #expect(sig.parameters.count == 3)
        #expect(sig.sentinelIndex == 2)
        #expect(sig.parameters[0] == .genericInstance(isValueType: false, type: MetadataToken(.typeRef, 1), arguments: [.methodParameter(0)]))
        #expect(sig.parameters[1] == .array(.int32, ArrayShape(rank: 2, sizes: [], lowerBounds: [0, 0])))
        #expect(sig.parameters[2] == .modified(.int32, modifier: MetadataToken(.typeRef, 2), isRequired: true))
        withExtendedLifetime(image) {}
        _ = c.remaining
    }

    @Test("deeply nested signatures stop at a limit instead of overflowing the stack")
    func deepSignature() {
        let blob = [UInt8](repeating: 0x0F, count: 100_000) + [0x08]
        var (image, c) = cursor(blob)
        var d = SignatureDecoder(c)
        #expect(throws: BadImageFormatError.self) { try d.type() }
        withExtendedLifetime(image) {}
        _ = c.remaining
    }

    @Test("every opcode round-trips through the generated lookup tables")
    func opcodeTable() {
        #expect(OpCode.allCases.count == 219)
        var names: Set<String> = []
        for op in OpCode.allCases {
            names.insert(op.name)
            if op.rawValue >= 0xFE00 {
                #expect(OpCode.twoByte(UInt8(op.rawValue & 0xFF)) == op)
                #expect(op.encodedSize == 2)
            } else {
                #expect(OpCode.oneByte(UInt8(op.rawValue)) == op)
                #expect(op.encodedSize == 1)
            }
        }
        #expect(names.count == OpCode.allCases.count)
        #expect(OpCode.oneByte(0xFE) == nil)
        #expect(OpCode.ldc_i4_s.operandType == .shortInt8)
        #expect(OpCode.switch.operandType == .switchTable)
        #expect(OpCode.constrained_.isPrefix)
    }
}
