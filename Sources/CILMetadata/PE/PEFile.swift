/// A PE/COFF file as ECMA-335 partition II §25 describes it: just enough of the Windows image
/// format to find the CLI header and map RVAs to file offsets.
///
/// ```
///  file offset 0        0x3C                 e_lfanew
///  ┌──────────────────┬──────┬─── … ───┬───────────┬──────────────┬─────────────────────┬──────────┐
///  │ MS-DOS header "MZ"│lfanew│ stub    │ "PE\0\0"   │ COFF header  │ optional header      │ section  │
///  │                  │      │         │            │ (20 bytes)   │ PE32 / PE32+ with the │ headers  │
///  │                  │      │         │            │              │ data directories     │ (40 each)│
///  └──────────────────┴──────┴─── … ───┴───────────┴──────────────┴─────────────────────┴──────────┘
///  data directory 14 = CLI header (RVA, size) → CLIHeader → metadata root → streams
/// ```
public struct PEFile: Sendable {
    public struct DataDirectory: Sendable, Equatable {
        public var rva: UInt32
        public var size: UInt32
        public var isEmpty: Bool { rva == 0 || size == 0 }
    }

    public struct Section: Sendable {
        public var name: String
        public var virtualSize: UInt32
        public var virtualAddress: UInt32
        public var sizeOfRawData: UInt32
        public var pointerToRawData: UInt32
        public var characteristics: UInt32
    }

    public var machine: UInt16
    public var timeDateStamp: UInt32
    public var characteristics: UInt16
    /// True for PE32+ (64-bit optional header).
    public var isPE32Plus: Bool
    public var subsystem: UInt16
    public var dataDirectories: [DataDirectory]
    public var sections: [Section]
    /// Size of the file, to reject sections whose raw data lies past its end.
    public var fileSize: Int

    /// `IMAGE_FILE_DLL`.
    public var isDLL: Bool { characteristics & 0x2000 != 0 }

    /// Directory 14: the CLI header.
    public var cliHeaderDirectory: DataDirectory? {
        dataDirectories.count > 14 ? dataDirectories[14] : nil
    }

    public init(_ image: ImageBytes) throws(BadImageFormatError) {
        fileSize = image.count
        try image.checkRange(0, 64, "MS-DOS header")
        guard image.u16(0) == 0x5A4D else { throw BadImageFormatError("MS-DOS signature 'MZ'", at: 0) }
        let peOffset = Int(image.u32(0x3C))
        try image.checkRange(peOffset, 24, "PE signature and COFF header")
        guard image.u32(peOffset) == 0x0000_4550 else {
            throw BadImageFormatError("PE signature 'PE\\0\\0'", at: peOffset)
        }
        let coff = peOffset + 4
        machine = image.u16(coff)
        let sectionCount = Int(image.u16(coff + 2))
        timeDateStamp = image.u32(coff + 4)
        let optionalSize = Int(image.u16(coff + 16))
        characteristics = image.u16(coff + 18)

        let optional = coff + 20
        try image.checkRange(optional, optionalSize, "optional header")
        guard optionalSize >= 2 else { throw BadImageFormatError("optional header (at least 2 bytes)", at: optional) }
        let magic = image.u16(optional)
        let directoriesAt: Int
        switch magic {
        case 0x10B: isPE32Plus = false; directoriesAt = 96
        case 0x20B: isPE32Plus = true; directoriesAt = 112
        default: throw BadImageFormatError("optional header magic 0x10B or 0x20B, found 0x\(String(magic, radix: 16))", at: optional)
        }
        guard optionalSize >= directoriesAt else {
            throw BadImageFormatError("optional header of at least \(directoriesAt) bytes, found \(optionalSize)", at: optional)
        }
        subsystem = image.u16(optional + 68)
        let declared = Int(image.u32(optional + directoriesAt - 4))
        let fitting = (optionalSize - directoriesAt) / 8
        let directoryCount = min(declared, fitting, 16)
        var directories: [DataDirectory] = []
        for i in 0..<directoryCount {
            let at = optional + directoriesAt + i * 8
            directories.append(DataDirectory(rva: image.u32(at), size: image.u32(at + 4)))
        }
        dataDirectories = directories

        let sectionTable = optional + optionalSize
        try image.checkRange(sectionTable, sectionCount * 40, "\(sectionCount) section headers")
        var sections: [Section] = []
        sections.reserveCapacity(sectionCount)
        for i in 0..<sectionCount {
            let at = sectionTable + i * 40
            var nameBytes: [UInt8] = []
            for j in 0..<8 where image.u8(at + j) != 0 { nameBytes.append(image.u8(at + j)) }
            // Stop at the first NUL: section names are NUL-padded.
            if let nul = (0..<8).first(where: { image.u8(at + $0) == 0 }) { nameBytes = Array(nameBytes.prefix(nul)) }
            sections.append(Section(
                name: String(decoding: nameBytes, as: UTF8.self),
                virtualSize: image.u32(at + 8),
                virtualAddress: image.u32(at + 12),
                sizeOfRawData: image.u32(at + 16),
                pointerToRawData: image.u32(at + 20),
                characteristics: image.u32(at + 36)))
        }
        self.sections = sections
    }

    /// Maps `rva ..< rva + length` to a file offset, requiring the whole range to lie in one
    /// section's raw data (bytes past the raw data would be zero-fill, which never holds metadata).
    public func fileOffset(ofRVA rva: UInt32, length: Int, _ what: @autoclosure () -> String) throws(BadImageFormatError) -> Int {
        for s in sections {
            let start = UInt64(s.virtualAddress)
            let extent = UInt64(max(s.virtualSize, s.sizeOfRawData))
            let r = UInt64(rva)
            if r >= start && r < start + extent {
                let delta = r - start
                guard delta + UInt64(length) <= UInt64(s.sizeOfRawData) else {
                    throw BadImageFormatError("\(what()) at RVA 0x\(String(rva, radix: 16)) runs past the raw data of section \(s.name)")
                }
                let offset = UInt64(s.pointerToRawData) + delta
                guard offset + UInt64(length) <= UInt64(fileSize) else {
                    throw BadImageFormatError("\(what()) at RVA 0x\(String(rva, radix: 16)) lies past the end of the file (section \(s.name))")
                }
                return Int(offset)
            }
        }
        throw BadImageFormatError("\(what()): RVA 0x\(String(rva, radix: 16)) lies in no section")
    }
}
