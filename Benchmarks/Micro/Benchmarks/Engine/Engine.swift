// In-process microbenchmarks: metadata decoding, the async lowering, and whole runs of the
// bundled sample in both async modes (interpreter dispatch, allocation, suspension and
// resumption), with the framework's time, malloc and instruction counts.
import AsyncLowering
import Benchmark
import CILMetadata
import CILRuntime
import Foundation

/// The repository root, from this file's path (Benchmarks/Micro/Benchmarks/Engine/Engine.swift).
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
let corlib = repository + "/Corlib/corlib.dll"
let sample = repository + "/Samples/FeatureFlags/FeatureFlags.exe"

/// One run of the sample on a fresh runtime, output captured.
func runSample(runtimeAsync: Bool) throws -> Int32 {
    let runtime = try Runtime(corlibPath: corlib)
    runtime.output.capture = true
    runtime.errorOutput.capture = true
    if runtimeAsync {
        runtime.transformAssembly = { assembly in assembly.loweredBodies = try AsyncLowering.lower(assembly.md).methods }
    }
    return runtime.runMain(path: sample, arguments: [])
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .instructions], maxDuration: .seconds(5), maxIterations: 50)

    Benchmark("Metadata: open and index corlib.dll") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Metadata(path: corlib))
        }
    }

    Benchmark("Metadata: decode every method body of corlib.dll") { benchmark in
        let md = try Metadata(path: corlib)
        benchmark.startMeasurement()
        var instructions = 0
        for row in 1...UInt32(md.tables.rowCount(.methodDef)) {
            guard let body = try md.methodBody(ofMethod: row) else { continue }
            var decoder = ILDecoder(md, body: body)
            while try decoder.next() != nil { instructions += 1 }
        }
        blackHole(instructions)
    }

    Benchmark("AsyncLowering: the sample's state machines") { benchmark in
        let md = try Metadata(path: sample)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try AsyncLowering.lower(md))
        }
    }

    Benchmark("Run: the sample, classic async") { _ in
        blackHole(try runSample(runtimeAsync: false))
    }

    Benchmark("Run: the sample, runtime async") { _ in
        blackHole(try runSample(runtimeAsync: true))
    }
}
