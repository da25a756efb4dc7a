/// The CLI header (ECMA-335 II.25.3.3), 72 bytes, found through PE data directory 14.
public struct CLIHeader: Sendable {
    public var majorRuntimeVersion: UInt16
    public var minorRuntimeVersion: UInt16
    public var metadata: PEFile.DataDirectory
    /// `COMIMAGE_FLAGS_*`: 0x1 IL only, 0x2 32-bit required, 0x8 strong-name signed, 0x10000 native entry point, 0x20000 32-bit preferred.
    public var flags: UInt32
    /// A MethodDef or File token (or an RVA when flag 0x10000 is set).
    public var entryPointToken: UInt32
    public var resources: PEFile.DataDirectory
    public var strongNameSignature: PEFile.DataDirectory
    public var vtableFixups: PEFile.DataDirectory

    init(_ image: ImageBytes, at offset: Int) throws(BadImageFormatError) {
        try image.checkRange(offset, 72, "CLI header (72 bytes)")
        let cb = image.u32(offset)
        guard cb >= 72 else { throw BadImageFormatError("CLI header size of at least 72, found \(cb)", at: offset) }
        func dir(_ o: Int) -> PEFile.DataDirectory { .init(rva: image.u32(offset + o), size: image.u32(offset + o + 4)) }
        majorRuntimeVersion = image.u16(offset + 4)
        minorRuntimeVersion = image.u16(offset + 6)
        metadata = dir(8)
        flags = image.u32(offset + 16)
        entryPointToken = image.u32(offset + 20)
        resources = dir(24)
        strongNameSignature = dir(32)
        vtableFixups = dir(48)
    }
}
