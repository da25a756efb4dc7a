// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "CILKit",
    products: [
        .library(name: "CILMetadata", targets: ["CILMetadata"]),
        .library(name: "AsyncLowering", targets: ["AsyncLowering"]),
        .library(name: "CILRuntime", targets: ["CILRuntime"]),
        .executable(name: "cilkit", targets: ["cilkit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure ECMA-335 reader: PE image, heaps, tables, signatures, method bodies,
        // IL opcode table and disassembler. No dependencies, not even Foundation.
        .target(
            name: "CILMetadata"
        ),
        // The engine: loader, type system, translator to register IR, interpreter, heap/GC,
        // internal calls.
        .target(
            name: "CILRuntime",
            dependencies: ["CILMetadata"],
            // The engine's state lives in classes mutated on every instruction; Swift's
            // dynamic exclusivity checks cost a third of the allocation path. The engine is
            // single-threaded by design (green threads), so they are off in release builds.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // IL→IL transform: compiled async state machines → runtime-async method bodies
        // ("runtime-async=on" for assemblies no runtime-async compiler produced).
        .target(
            name: "AsyncLowering",
            dependencies: ["CILMetadata"]
        ),
        .executableTarget(
            name: "cilkit",
            dependencies: [
                "CILMetadata",
                "AsyncLowering",
                "CILRuntime",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Shared by the test targets: Mono toolchain discovery, fixture compilation cache.
        .target(
            name: "TestSupport",
            dependencies: ["CILMetadata"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "CILMetadataTests",
            dependencies: ["CILMetadata", "TestSupport"]
        ),
        .testTarget(
            name: "AsyncLoweringTests",
            dependencies: ["AsyncLowering", "CILMetadata", "TestSupport"]
        ),
        .testTarget(
            name: "CILRuntimeTests",
            dependencies: ["CILRuntime", "CILMetadata", "AsyncLowering", "TestSupport"]
        ),
    ]
)
