// swift-tools-version: 6.1
// In-process microbenchmarks of CILKit (ordo-one/benchmark: time, mallocs, instructions, and
// custom figures: translation speed, dispatch, allocation, suspension). A package of its own so
// that building or testing CILKit never builds the benchmark framework. Run from this folder:
//
//   swift package --disable-sandbox benchmark [--filter 'Translate.*']
//
// The C# programs the benchmarks run (Programs/*.cs, and Tests/Corpus/Async) are compiled with
// Mono's `mcs` on first use, into $TMPDIR/cilkit-micro.
//
import PackageDescription

let package = Package(
    name: "CILKitMicrobenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "CILKit", path: "../.."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Engine",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CILMetadata", package: "CILKit"),
                .product(name: "CILRuntime", package: "CILKit"),
                .product(name: "AsyncLowering", package: "CILKit"),
            ],
            path: "Benchmarks/Engine",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
