// In-process microbenchmarks of CILKit, with the framework's wall time, malloc and CPU
// instruction counts, and figures of their own (custom metrics, below):
//
// - Metadata: opening corlib.dll, decoding every method body; AsyncLowering of the sample;
//   whole runs of the sample in both async modes.
// - Translate: the translator's speed in IL bytes per millisecond over the same async methods
//   as compiled state machines (stub + MoveNext + SetStateMachine) and as the runtime-async
//   bodies AsyncLowering makes of them — the sample's, and the whole async corpus's.
// - Dispatch: a tight integer loop (Programs/Dispatch.cs), per iteration and per executed IR
//   instruction.
// - Allocation: a million small objects or arrays (Programs/Allocation.cs), per allocation,
//   with the mallocs they cost (none: the engine's heap has its own pages).
// - Suspension: a chain of depth 1 or 16 whose leaf awaits a custom awaiter that a synchronous
//   driver resumes (Programs/Suspension.cs), per suspension + resumption, classic and
//   runtime async.
//
// The C# programs are compiled with `mcs` when first needed (Programs.swift).
import AsyncLowering
import Benchmark
import CILMetadata
import CILRuntime
import Foundation

extension BenchmarkMetric {
    static var ilBytesPerMillisecond: Self { .custom("IL bytes translated / ms", polarity: .prefersLarger, useScalingFactor: false) }
    static var ilBytes: Self { .custom("IL bytes / pass", useScalingFactor: false) }
    static var methodsPerPass: Self { .custom("methods / pass", useScalingFactor: false) }
    static var nanosecondsPerAsyncMethod: Self { .custom("ns / async method", useScalingFactor: false) }
    static var picosecondsPerIteration: Self { .custom("ps / loop iteration", useScalingFactor: false) }
    static var picosecondsPerInstruction: Self { .custom("ps / IR instruction", useScalingFactor: false) }
    static var instructionsPerIteration: Self { .custom("IR instructions / iteration", useScalingFactor: false) }
    static var picosecondsPerAllocation: Self { .custom("ps / allocation", useScalingFactor: false) }
    static var bytesPerAllocation: Self { .custom("managed bytes / allocation", useScalingFactor: false) }
    static var managedObjects: Self { .custom("managed objects allocated", useScalingFactor: false) }
    static var collections: Self { .custom("collections", useScalingFactor: false) }
    static var picosecondsPerSuspension: Self { .custom("ps / suspension + resumption", useScalingFactor: false) }
}

/// The configuration of a benchmark reporting `custom` metrics besides time and mallocs
/// (shown as exact numbers, not rounded to K or M).
func configuration(_ custom: [BenchmarkMetric], maxDuration: Duration = .seconds(3), maxIterations: Int = 100) -> Benchmark.Configuration {
    .init(metrics: [.wallClock, .mallocCountTotal] + custom,
          units: Dictionary(uniqueKeysWithValues: custom.map { ($0, BenchmarkUnits.count) }),
          maxDuration: maxDuration, maxIterations: maxIterations)
}

/// One run of the sample on a fresh runtime, output captured.
func runSample(runtimeAsync: Bool) throws -> Int32 {
    try makeRuntime(runtimeAsync: runtimeAsync).runMain(path: sample, arguments: [])
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal, .instructions], maxDuration: .seconds(3), maxIterations: 50)

    // MARK: Metadata, lowering, whole runs

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

    // MARK: Translation speed

    // Each iteration translates every method of the set once (types already loaded), and
    // reports IL bytes per millisecond (= kB/s) and the time per async method, of its own
    // timing. The async methods are those AsyncLowering lowers, generic ones left out (see
    // TranslationSet).
    let translationMetrics: [BenchmarkMetric] = [.ilBytesPerMillisecond, .ilBytes, .methodsPerPass, .nanosecondsPerAsyncMethod]
    for (corpus, paths) in [("the sample", { [sample] }), ("the async corpus", Compiler.asyncCorpus)] as [(String, () throws -> [String])] {
        for (form, label) in [(AsyncForm.stateMachine, "state machines (classic)"), (.runtimeAsync, "runtime-async bodies (lowered)")] {
            let set = Lazy { try TranslationSet(try paths(), form: form) }
            Benchmark("Translate: \(corpus)'s async methods, \(label)",
                      configuration: configuration(translationMetrics, maxIterations: 200)) { benchmark in
                let set = try set.get()
                benchmark.startMeasurement()
                let elapsed = try nanoseconds { blackHole(try set.translateAll()) }
                benchmark.stopMeasurement()
                benchmark.measurement(.ilBytesPerMillisecond, Int(Int64(set.ilBytes) * 1_000_000 / max(elapsed, 1)))
                benchmark.measurement(.ilBytes, set.ilBytes)
                benchmark.measurement(.methodsPerPass, set.methods.count)
                benchmark.measurement(.nanosecondsPerAsyncMethod, Int(elapsed / Int64(max(set.asyncMethods, 1))))
            }
        }
    }

    // MARK: Interpreter dispatch

    // Dispatch.Loop(1,000,000) per iteration. The IR instructions of one loop iteration are
    // counted from the translation: those from the backward branch's target through the branch.
    let loopIterations: Int32 = 1_000_000
    let dispatch = Lazy { () throws -> (Runtime, MethodHandle, Int) in
        let runtime = try makeRuntime(runtimeAsync: false)
        let assembly = try runtime.load(path: Compiler.program("Dispatch"))
        let loop = try method(runtime, assembly, type: "Dispatch", name: "Loop")
        try call(runtime, loop, 10)
        guard let compiled = loop.info.compiled, let body = try assembly.md.methodBody(ofMethod: loop.info.row) else {
            throw MicrobenchmarkError("Dispatch.Loop was not translated")
        }
        var decoder = ILDecoder(assembly.md, body: body)
        var loopRange: Range<Int>?
        while let instruction = try decoder.next() {
            if case .branch(let target) = instruction.operand, target < instruction.offset {
                loopRange = target..<instruction.nextOffset
            }
        }
        guard let loopRange else { throw MicrobenchmarkError("Dispatch.Loop has no backward branch") }
        return (runtime, loop, compiled.instructionCount(ilRange: loopRange))
    }
    Benchmark("Dispatch: integer loop, 1,000,000 iterations",
              configuration: configuration([.picosecondsPerIteration, .picosecondsPerInstruction, .instructionsPerIteration])) { benchmark in
        let (runtime, loop, perIteration) = try dispatch.get()
        benchmark.startMeasurement()
        var result: Int64 = 0
        let elapsed = try nanoseconds { result = try call(runtime, loop, loopIterations) }
        benchmark.stopMeasurement()
        blackHole(result)
        benchmark.measurement(.picosecondsPerIteration, Int(elapsed * 1000 / Int64(loopIterations)))
        benchmark.measurement(.picosecondsPerInstruction, Int(elapsed * 1000 / (Int64(loopIterations) * Int64(perIteration))))
        benchmark.measurement(.instructionsPerIteration, perIteration)
    }

    // MARK: Allocation

    // A million allocations per iteration; the collector runs whenever 8 MB were allocated.
    let allocations: Int32 = 1_000_000
    for (name, label) in [("Objects", "objects (class with an int and a reference)"), ("Arrays", "int[4] arrays")] {
        let allocation = Lazy { () throws -> (Runtime, MethodHandle) in
            let runtime = try makeRuntime(runtimeAsync: false)
            let assembly = try runtime.load(path: Compiler.program("Allocation"))
            let allocate = try method(runtime, assembly, type: "Allocation", name: name)
            try call(runtime, allocate, 10)
            return (runtime, allocate)
        }
        Benchmark("Allocation: 1,000,000 \(label)",
                  configuration: configuration([.picosecondsPerAllocation, .bytesPerAllocation, .managedObjects, .collections])) { benchmark in
            let (runtime, allocate) = try allocation.get()
            let (objects, bytes, collections) = (runtime.heap.totalAllocatedObjects, runtime.heap.totalAllocatedBytes, runtime.heap.collectionCount)
            benchmark.startMeasurement()
            let elapsed = try nanoseconds { try call(runtime, allocate, allocations) }
            benchmark.stopMeasurement()
            let allocated = Int(runtime.heap.totalAllocatedObjects - objects)
            benchmark.measurement(.picosecondsPerAllocation, Int(elapsed * 1000 / Int64(allocations)))
            benchmark.measurement(.bytesPerAllocation, Int(runtime.heap.totalAllocatedBytes - bytes) / max(allocated, 1))
            benchmark.measurement(.managedObjects, allocated)
            benchmark.measurement(.collections, runtime.heap.collectionCount - collections)
        }
    }

    // MARK: Suspension and resumption

    // Suspension.Run(depth, 20,000): 20,000 suspensions of the chain at its leaf, each resumed
    // by the driver.
    let suspensions: Int32 = 20_000
    for depth: Int32 in [1, 16] {
        for runtimeAsync in [false, true] {
            let suspension = Lazy { () throws -> (Runtime, MethodHandle) in
                let runtime = try makeRuntime(runtimeAsync: runtimeAsync)
                let assembly = try runtime.load(path: Compiler.program("Suspension"))
                if runtimeAsync && assembly.loweredBodies.count != 2 { throw MicrobenchmarkError("Suspension.cs: expected Leaf and Chain lowered") }
                let run = try method(runtime, assembly, type: "Suspension", name: "Run")
                try call(runtime, run, depth, 10)
                return (runtime, run)
            }
            Benchmark("Suspension: depth \(depth), 20,000 suspensions at the leaf, \(runtimeAsync ? "runtime async" : "classic")",
                      configuration: configuration([.picosecondsPerSuspension, .managedObjects])) { benchmark in
                let (runtime, run) = try suspension.get()
                let objects = runtime.heap.totalAllocatedObjects
                benchmark.startMeasurement()
                var steps: Int64 = 0
                let elapsed = try nanoseconds { steps = try call(runtime, run, depth, suspensions) }
                benchmark.stopMeasurement()
                guard steps == Int64(suspensions) else { throw MicrobenchmarkError("Suspension.Run resumed \(steps) times, expected \(suspensions)") }
                benchmark.measurement(.picosecondsPerSuspension, Int(elapsed * 1000 / Int64(suspensions)))
                benchmark.measurement(.managedObjects, Int(runtime.heap.totalAllocatedObjects - objects))
            }
        }
    }
}
