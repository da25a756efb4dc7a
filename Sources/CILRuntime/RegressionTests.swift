import CILMetadata

/// Mono's regression-test convention (`mono --regression`): `static int test_<N>_<name>()`
/// must return N.
extension Runtime {
    public struct RegressionResult: Sendable {
        public var name: String
        public var passed: Bool
        public var detail: String
    }

    public func runRegressionTests(path: String) throws -> [RegressionResult] {
        let asm = try load(path: path)
        probingDirectories = [path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."]
        var results: [RegressionResult] = []
        for row in 1..<(asm.md.tables.rowCount(.methodDef) + 1) {
            let def = try asm.md.tables.methodDef(row)
            let name = try asm.md.strings.string(def.name)
            let parts = name.split(separator: "_", maxSplits: 2)
            guard parts.count == 3, parts[0] == "test", let expected = Int32(parts[1]), def.flags & 0x10 != 0 else { continue }
            let sig = try asm.md.methodSignature(def.signature)
            guard sig.parameters.isEmpty, sig.returnType == .int32, sig.genericParameterCount == 0 else { continue }
            let ownerRow = asm.index.declaringType(ofMethod: row)
            let qualified = (try? asm.md.fullName(ofTypeDef: ownerRow, index: asm.index)).map { $0 + "." + name } ?? name
            do {
                let method = try resolveMethod(MetadataToken(.methodDef, row), in: asm, context: .empty)
                let result = try invoke(method, arguments: [], on: mainThread)
                let value = Int32(truncatingIfNeeded: result.first ?? 0)
                results.append(RegressionResult(name: qualified, passed: value == expected, detail: "returned \(value), expected \(expected)"))
            } catch ExecutionError.unhandled(let e) {
                results.append(RegressionResult(name: qualified, passed: false, detail: "threw " + describe(e).split(separator: "\n").first.map(String.init)!))
            } catch {
                results.append(RegressionResult(name: qualified, passed: false, detail: "\(error)"))
            }
        }
        output.flush()
        return results
    }
}
