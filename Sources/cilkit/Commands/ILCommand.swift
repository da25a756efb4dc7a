import ArgumentParser
import AsyncLowering
import CILMetadata

/// `cilkit il <assembly> [--type T] [--method Type::Method] [--runtime-async]`: disassembly in
/// ilasm syntax; with `--runtime-async`, the async methods as `AsyncLowering` rewrites them.
struct ILCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "il",
        abstract: "Disassemble an assembly (or one type or method) in ilasm syntax."
    )

    @Argument(help: "Path to a .exe or .dll.")
    var assembly: String

    @Option(help: "Only this type, by full name (Namespace.Outer+Inner or Namespace.Outer/Inner).")
    var type: String?

    @Option(help: "Only the methods named Type::Method (all overloads).")
    var method: String?

    @Flag(name: .customLong("runtime-async"), help: "Print the runtime-async (lowered) form of the async methods instead.")
    var runtimeAsync = false

    func run() throws {
        let md = loadMetadata(assembly)
        do {
            let disassembler = try Disassembler(md)
            if runtimeAsync {
                let lowered = try AsyncLowering.lower(md)
                writeOut(try disassembler.disassembleLowered(lowered.methods, .init(typeName: type, methodName: method)))
                return
            }
            writeOut(try disassembler.disassemble(.init(typeName: type, methodName: method)))
        } catch let error as BadImageFormatError {
            fail("\(assembly): \(error)")
        } catch {
            fail("\(error)")
        }
    }
}
