/// The one error the metadata reader throws: the input is not a well-formed ECMA-335 image.
///
/// It names what the reader expected and the file offset where it looked, in the spirit of
/// .NET's `BadImageFormatException`. Every malformed, truncated or hostile input ends in this
/// error (or in a successful parse): the reader never traps, never loops without bound and never
/// allocates more than the input can justify.
public struct BadImageFormatError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What was expected, e.g. "CLI header (72 bytes)" or "compressed integer in signature blob".
    public var message: String
    /// Offset in the file where the problem was found, when it is known.
    public var fileOffset: Int?

    public init(_ message: String, at fileOffset: Int? = nil) {
        self.message = message
        self.fileOffset = fileOffset
    }

    public var description: String {
        if let fileOffset {
            return "bad image format: \(message) (at file offset 0x\(String(fileOffset, radix: 16, uppercase: true)))"
        }
        return "bad image format: \(message)"
    }
}
