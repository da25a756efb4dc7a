import ArgumentParser
import CILMetadata

/// `cilkit il <assembly> [--type T] [--method Type::Method]`: disassembly in ilasm syntax.
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

    func run() throws {
        let md = loadMetadata(assembly)
        do {
            let disassembler = try Disassembler(md)
            writeOut(try disassembler.disassemble(.init(typeName: type, methodName: method)))
        } catch let error as BadImageFormatError {
            fail("\(assembly): \(error)")
        } catch {
            fail("\(error)")
        }
    }
}
