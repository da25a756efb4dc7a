import ArgumentParser
import CILMetadata

/// `cilkit info <assembly>`: identity, references, sizes, entry point and async methods.
struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Summarise an assembly: identity, references, counts, entry point, async methods."
    )

    @Argument(help: "Path to a .exe or .dll.")
    var assembly: String

    func run() throws {
        let md = loadMetadata(assembly)
        do {
            writeOut(try AssemblySummary(md).text(path: assembly))
        } catch {
            fail("\(assembly): \(error)")
        }
    }
}
