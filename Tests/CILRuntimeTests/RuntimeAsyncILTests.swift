import CILMetadata
import Foundation
import TestSupport
import Testing

/// Hand-written runtime-async IL (Tests/Fixtures/RuntimeAsync/): programs in the exact shapes
/// Roslyn emits for `MethodImplOptions.Async` (0x2000) methods, which no compiler here can
/// produce. Each fixture `<Name>.il` is assembled with Mono's ilasm, the methods listed in
/// `<Name>.async` get ImplFlags |= 0x2000 (`RuntimeAsyncPatch`), and the result must print
/// `<Name>.expected` and exit with the code in the table below. `<Name>.cs` is the same program
/// as classic C# async; its output under Mono is the ground truth `<Name>.expected` was made from.
///
/// The rest checks the harness itself: assembling, patching ("the flag is set on exactly those
/// methods"), and the C# twins agreeing with `.expected` under Mono.
///
/// The IL programs never run on Mono: Mono ignores 0x2000 and then rejects `ret` of a bare T
/// from a Task<T>-returning method ("Invalid IL code"), and its corlib has no AsyncHelpers.
@Suite("RuntimeAsync IL")
struct RuntimeAsyncILTests {
    static let folder = "RuntimeAsync"
    static let directory = Toolchain.fixturesDirectory.appendingPathComponent(folder)
    static var cilkit: String { CorpusTests.cilkit }

    /// Valid programs: fixture name → Main's exit code. Each has `.il`, `.async`, `.cs`, `.expected`.
    static let programs: [(String, Int32)] = [
        ("Fib", 0),
        ("Completed", 0),
        ("PendingTcs", 0),
        ("ConfigureAwait", 0),
        ("Yield", 0),
        ("CustomAwaiter", 0),
        ("TryCatchFinally", 0),
        ("ExceptionUpFrames", 0),
        ("AwaitInCatchFinally", 0),
        ("ValueTaskMethods", 0),
        ("Generic", 0),
        ("InstanceMethods", 0),
        ("VirtualInterface", 0),
        ("Delegates", 0),
        ("Interop", 0),
        ("SyncMain", 42),
        ("DeepRecursion", 0),
        ("ByRefArguments", 0),
    ]

    /// Invalid runtime-async methods: the call (or awaiting its Task) must raise this exception.
    /// Each program prints "calling Bad" and then the exception's type (`.expected` has both).
    static let invalid: [(String, String)] = [
        ("InvalidSynchronized", "System.InvalidProgramException"),
        ("InvalidLocalloc", "System.InvalidProgramException"),
        ("InvalidTailCall", "System.InvalidProgramException"),
        ("InvalidByRefReturn", "System.InvalidProgramException"),
        ("InvalidVarargs", "System.InvalidProgramException"),
    ]

    static var allFixtures: [String] { programs.map(\.0) + invalid.map(\.0) }

    static func url(_ name: String, _ ext: String) -> URL { directory.appendingPathComponent("\(name).\(ext)") }

    /// Every fixture file in the folder is in one of the tables (a new fixture cannot be forgotten).
    @Test("every fixture in Tests/Fixtures/RuntimeAsync is listed, with all its files")
    func fixturesAreListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
        let ilNames = Set(files.filter { $0.hasSuffix(".il") }.map { String($0.dropLast(3)) })
        #expect(ilNames == Set(Self.allFixtures))
        for name in Self.allFixtures {
            for ext in ["il", "async", "expected"] {
                #expect(FileManager.default.fileExists(atPath: Self.url(name, ext).path), "\(name).\(ext) missing")
            }
        }
        for (name, _) in Self.programs {
            #expect(FileManager.default.fileExists(atPath: Self.url(name, "cs").path), "\(name).cs missing")
        }
    }

    /// Assembles and patches; then checks, with CILMetadata and with `cilkit il`, that exactly the
    /// sidecar's methods carry 0x2000 (ilasm itself never sets it).
    @Test("the patch sets 0x2000 on exactly the listed methods", arguments: allFixtures)
    func patchSetsFlag(_ name: String) throws {
        guard Toolchain.available(Toolchain.ilasm, "ilasm") else { return }
        let listed = Set(try RuntimeAsyncPatch.sidecarMethods(Self.url(name, "async")))
        #expect(!listed.isEmpty)
        let plain = try #require(try Toolchain.build(fixture: "\(Self.folder)/\(name).il"))
        #expect(try RuntimeAsyncPatch.asyncMethods(file: plain).isEmpty, "ilasm output already has 0x2000")
        let exe = try #require(try RuntimeAsyncPatch.buildPatched(fixture: "\(Self.folder)/\(name).il"))
        #expect(Set(try RuntimeAsyncPatch.asyncMethods(file: exe)) == listed)

        // Only the flag bits changed: same size, and every differing byte is inside an ImplFlags cell.
        let before = [UInt8](try Data(contentsOf: URL(fileURLWithPath: plain)))
        let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: exe)))
        #expect(before.count == after.count)
        let md = try Metadata(path: exe)
        let layout = md.tables.layouts[Int(TableID.methodDef.rawValue)]
        var cells = Set<Int>()
        for row in UInt32(1)...md.tables.rowCount(.methodDef) {
            let o = try md.tables.rowOffset(.methodDef, row) + layout.columnOffset(1)
            cells.formUnion([o, o + 1])
        }
        for i in 0..<min(before.count, after.count) where before[i] != after[i] {
            #expect(cells.contains(i), "byte \(i) changed outside MethodDef.ImplFlags")
        }

        // The disassembler prints `async` after `cil managed` on exactly those methods.
        guard FileManager.default.isExecutableFile(atPath: Self.cilkit) else {
            Issue.record("cilkit is not built at \(Self.cilkit); run `swift build` first")
            return
        }
        let il = try Toolchain.run(Self.cilkit, ["il", exe], timeout: 60)
        #expect(il.status == 0, "\(il.stderr)")
        #expect(Set(Self.asyncMethodsInDisassembly(il.stdout)) == listed)
    }

    @Test("patching names nothing that does not exist, and is idempotent")
    func patchErrors() throws {
        guard Toolchain.available(Toolchain.ilasm, "ilasm"),
              let plain = try Toolchain.build(fixture: "\(Self.folder)/Fib.il") else { return }
        let copy = Toolchain.cacheDirectory.appendingPathComponent("ra-patch-errors-\(UUID().uuidString).exe")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.copyItem(atPath: plain, toPath: copy.path)
        #expect(throws: RuntimeAsyncPatch.PatchError.self) { try RuntimeAsyncPatch.patch(file: copy.path, methods: ["Program::NoSuchMethod"]) }
        let rows = try RuntimeAsyncPatch.patch(file: copy.path, methods: ["Program::Fib"])
        #expect(rows.count == 1)
        let once = try Data(contentsOf: copy)
        #expect(try RuntimeAsyncPatch.patch(file: copy.path, methods: ["Program::Fib"]) == rows)
        #expect(try Data(contentsOf: copy) == once)
        let md = try Metadata(path: copy.path)
        // ilasm wrote ImplFlags 0 (cil managed); now exactly 0x2000.
        #expect(try md.tables.methodDef(rows[0]).implFlags == 0x2000)
    }

    /// The C# twin under Mono (classic async) gives `.expected` and the exit code: the ground
    /// truth the IL program must reproduce on CILKit.
    @Test("the C# twin prints .expected under Mono", arguments: programs)
    func twinMatchesExpected(_ name: String, _ exitCode: Int32) throws {
        guard Toolchain.available(Toolchain.mcs, "mcs"), Toolchain.available(Toolchain.mono, "mono"),
              let exe = try Toolchain.build(fixture: "\(Self.folder)/\(name).cs") else { return }
        let expected = try String(contentsOf: Self.url(name, "expected"), encoding: .utf8)
        let r = try Toolchain.run(Toolchain.mono!, [exe], timeout: 120)
        #expect(r.status == exitCode, "\(r.stderr)")
        #expect(r.stdout == expected)
    }

    @Test("runtime-async IL runs on CILKit with the classic twin's output",
          arguments: programs)
    func runsOnCILKit(_ name: String, _ exitCode: Int32) throws {
        try runOnCILKit(name, exitCode)
    }

    @Test("invalid runtime-async methods raise their exception when first called",
          arguments: invalid)
    func invalidMethods(_ name: String, _ exception: String) throws {
        let expected = try String(contentsOf: Self.url(name, "expected"), encoding: .utf8)
        #expect(expected == "calling Bad\n\(exception)\n")
        try runOnCILKit(name, 0)
    }

    func runOnCILKit(_ name: String, _ exitCode: Int32) throws {
        guard Toolchain.available(Toolchain.ilasm, "ilasm"),
              let exe = try RuntimeAsyncPatch.buildPatched(fixture: "\(Self.folder)/\(name).il") else { return }
        guard FileManager.default.isExecutableFile(atPath: Self.cilkit) else {
            Issue.record("cilkit is not built at \(Self.cilkit); run `swift build` first")
            return
        }
        let expected = try String(contentsOf: Self.url(name, "expected"), encoding: .utf8)
        let r = try Toolchain.run(Self.cilkit, ["run", exe], timeout: 120)
        #expect(r.status == exitCode, "\(name): exit code \(r.status)\n\(r.stderr.prefix(2000))")
        #expect(r.stdout == expected, "\(name): output differs\n\(r.stderr.prefix(2000))")
    }

    /// `Type::Method` of every method whose header in `cilkit il` output ends in `cil managed … async`.
    /// Tracks `.class` nesting by braces; nested classes are joined with `/`.
    static func asyncMethodsInDisassembly(_ text: String) -> [String] {
        var result: [String] = []
        var classStack: [String?] = []
        var pendingClass: String?
        var header: String?
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if var h = header {
                h += " " + line
                header = h
                if line.contains(" cil ") || line.hasPrefix("cil ") || line.contains("managed") {
                    if let m = methodHeader(h, classStack) { result.append(m) }
                    header = nil
                }
                continue
            }
            if line.hasPrefix(".class ") {
                var name = String(line.split(separator: " ").last ?? "")
                if let lt = name.firstIndex(of: "<") { name = String(name[..<lt]) }
                pendingClass = name.replacingOccurrences(of: "'", with: "")
            } else if line.hasPrefix(".method ") {
                header = line
                if line.contains("managed") {
                    if let m = methodHeader(line, classStack) { result.append(m) }
                    header = nil
                }
            } else if line == "{" {
                classStack.append(pendingClass)
                pendingClass = nil
            } else if line.hasPrefix("}") {
                _ = classStack.popLast()
            }
        }
        return result
    }

    static func methodHeader(_ header: String, _ classStack: [String?]) -> String? {
        guard let managed = header.range(of: "managed", options: .backwards),
              header[managed.upperBound...].split(separator: " ").contains("async") else { return nil }
        guard let paren = header.firstIndex(of: "(") else { return nil }
        var before = String(header[..<paren])
        // Drop a generic parameter list `Name<T, U>` (it may contain spaces).
        if before.hasSuffix(">"), let lt = before.lastIndex(of: "<") { before = String(before[..<lt]) }
        let name = String(before.split(separator: " ").last ?? "").replacingOccurrences(of: "'", with: "")
        let type = classStack.compactMap { $0 }.joined(separator: "/")
        return type + "::" + name
    }
}
