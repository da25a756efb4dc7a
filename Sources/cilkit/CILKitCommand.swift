import ArgumentParser
import CILMetadata

#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

@main
struct CILKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cilkit",
        abstract: "A .NET (ECMA-335) execution engine with runtime async.",
        subcommands: [RunCommand.self, TestCommand.self, InfoCommand.self, ILCommand.self, StatsCommand.self]
    )
}

/// Writes text to standard output in one call (disassemblies run to tens of megabytes).
func writeOut(_ text: String) {
    var text = text
    text.withUTF8 { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, stdout) }
}

/// Prints `cilkit: error: …` to stderr and exits with code 1: the CLI's answer to unreadable
/// or malformed input.
func fail(_ message: String) -> Never {
    fflush(stdout)
    fputs("cilkit: error: \(message)\n", stderr)
    exit(1)
}

/// Loads an assembly, turning every failure into a one-line error.
func loadMetadata(_ path: String) -> Metadata {
    do {
        return try Metadata(path: path)
    } catch let error as BadImageFormatError {
        fail("\(path): \(error)")
    } catch {
        fail("\(error)")
    }
}
