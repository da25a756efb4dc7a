import ArgumentParser
import AsyncLowering
import CILMetadata

/// `cilkit stats <assembly>`: IL size of every async method as a compiled state machine (kickoff
/// stub + MoveNext + SetStateMachine) and as the runtime-async body `AsyncLowering` makes of it,
/// and which methods stay classic, and why.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "State-machine IL vs runtime-async IL of every async method."
    )

    @Argument(help: "Path to a .exe or .dll.")
    var assembly: String

    func run() throws {
        let md = loadMetadata(assembly)
        do {
            writeOut(AsyncStatsReport(try AsyncLowering.lower(md)).text)
        } catch let error as BadImageFormatError {
            fail("\(assembly): \(error)")
        }
    }
}
