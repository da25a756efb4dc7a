import CILMetadata
import Testing
import TestSupport

/// Custom-attribute blobs decoded into values, on the fixture that uses every encoding.
@Suite("Custom attributes")
struct CustomAttributeTests {
    @Test("every argument encoding decodes to the value in the C# source")
    func everyEncoding() throws {
        guard Toolchain.available(Toolchain.mcs, "mcs"), let path = try Toolchain.build(fixture: "Metadata/CustomAttributes.cs") else { return }
        let md = try Metadata(path: path)
        let index = try MetadataIndex(md)
        // AttributeTargets lives in mscorlib; the decoder must be told its underlying type.
        let decoder = CustomAttributeDecoder(md, index: index) { $0 == "System.AttributeTargets" ? 0x08 : nil }
        var target: UInt32?
        for row in 1..<(md.tables.rowCount(.typeDef) + 1) where try md.fullName(ofTypeDef: row, index: index) == "Fixtures.CustomAttributes.Target`1" {
            target = row
        }
        let typeRow = try #require(target)
        var decoded: [DecodedCustomAttribute] = []
        for r in index.customAttributes[MetadataToken(.typeDef, typeRow)] ?? []
        where try decoder.attributeTypeName(r) == "Fixtures.CustomAttributes.EverythingAttribute" {
            decoded.append(try decoder.decode(r))
        }
        #expect(decoded.count == 14)

        let extremes = decoded[0].fixedArguments
        #expect(extremes.count == 15)
        #expect(extremes[0] == .boolean(true))
        #expect(extremes[1] == .char(0x5A))
        #expect(extremes[2] == .int8(.min))
        #expect(extremes[3] == .uint8(.max))
        #expect(extremes[4] == .int16(.min))
        #expect(extremes[5] == .uint16(.max))
        #expect(extremes[6] == .int32(.min))
        #expect(extremes[7] == .uint32(.max))
        #expect(extremes[8] == .int64(.min))
        #expect(extremes[9] == .uint64(.max))
        #expect(extremes[10] == .float32(-.infinity))
        if case .float64(let d) = extremes[11] { #expect(d.isNaN) } else { Issue.record("float64 NaN expected") }
        #expect(extremes[12] == .string("str\u{e9}\0x"))
        #expect(extremes[13] == .type("System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"))
        #expect(extremes[14] == .enumeration(type: "Fixtures.CustomAttributes.Color", value: 100))

        let zeros = decoded[1].fixedArguments
        #expect(zeros[12] == .string(nil))
        #expect(zeros[13] == .type(nil))
        #expect(zeros[14] == .enumeration(type: "Fixtures.CustomAttributes.Color", value: 42))

        let arrays = decoded[2].fixedArguments
        #expect(arrays[0] == .array([.boolean(true), .boolean(false)]))
        #expect(arrays[6] == .array([.int32(5), .int32(6), .int32(7)]))
        #expect(arrays[12] == .array([.string("x"), .string(nil), .string("")]))
        #expect(arrays[14] == .array([.enumeration(type: "Fixtures.CustomAttributes.Color", value: 0), .enumeration(type: "Fixtures.CustomAttributes.Color", value: 1)]))
        #expect(decoded[3].fixedArguments[0] == .array([]))
        #expect(decoded[3].fixedArguments[1] == .array(nil))

        // object parameters carry their own type tags.
        #expect(decoded[4].fixedArguments == [.boxed(.uint8(1)), .boxed(.char(0x63)), .boxed(.float32(2.5)),
                                              .boxed(.enumeration(type: "Fixtures.CustomAttributes.Color", value: 1))])
        let enums = decoded[7].fixedArguments
        #expect(enums[0] == .enumeration(type: "Fixtures.CustomAttributes.Tiny", value: 255))
        #expect(enums[1] == .enumeration(type: "Fixtures.CustomAttributes.Huge", value: .min))
        #expect(enums[2] == .enumeration(type: "Fixtures.CustomAttributes.Unsigned", value: -1))
        #expect(enums[4] == .enumeration(type: "System.AttributeTargets", value: 0x2000 | 0x100))

        // Named arguments: fields and properties, in source order.
        let named = decoded[10].namedArguments
        #expect(named.first == CustomAttributeNamedArgument(isField: true, name: "Text", value: .string("named")))
        #expect(named.contains(CustomAttributeNamedArgument(isField: true, name: "HugeField", value: .enumeration(type: "Fixtures.CustomAttributes.Huge", value: .max))))
        #expect(decoded[11].namedArguments.contains { $0.name == "Big" && $0.value == .int64(.max) && !$0.isField })
        #expect(decoded[11].namedArguments.contains { $0.name == "Name" && $0.value == .string(nil) })
    }

    @Test("an enum from another assembly without a resolver is a clear error, not a guess")
    func unresolvedEnum() throws {
        guard Toolchain.available(Toolchain.mcs, "mcs"), let path = try Toolchain.build(fixture: "Metadata/CustomAttributes.cs") else { return }
        let md = try Metadata(path: path)
        let index = try MetadataIndex(md)
        let decoder = CustomAttributeDecoder(md, index: index)
        var sawError = false
        for r in 1..<(md.tables.rowCount(.customAttribute) + 1) where try decoder.attributeTypeName(r) == "System.AttributeUsageAttribute" {
            do { _ = try decoder.decode(r) } catch {
                sawError = true
                #expect(error.message.contains("System.AttributeTargets"))
            }
        }
        #expect(sawError)
    }
}
