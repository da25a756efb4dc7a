/// What a run allocated and collected, exactly: the figures behind `cilkit run --stats`.
public struct RunStatistics: Sendable {
    /// One type's allocations.
    public struct TypeCount: Sendable {
        public var typeName: String
        public var objects: Int64
        public var bytes: Int64
    }

    public var allocatedObjects: UInt64
    /// Bytes allocated, headers included (what `GC.GetTotalAllocatedBytes` reports).
    public var allocatedBytes: UInt64
    public var collections: Int
    public var peakLiveBytes: Int
    public var liveBytes: Int
    public var finalizersRun: Int
    /// Every type that allocated, most bytes first.
    public var byType: [TypeCount]

    /// The report `--stats` prints: totals, then the `top` types by bytes.
    public func report(top: Int = 10) -> String {
        func grouped(_ n: some BinaryInteger) -> String {
            let digits = String(n)
            var out = ""
            for (i, c) in digits.reversed().enumerated() {
                if i > 0 && i % 3 == 0 { out.append(",") }
                out.append(c)
            }
            return String(out.reversed())
        }
        func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
        var lines = [
            "cilkit statistics",
            "  allocated       \(pad(grouped(allocatedObjects), 14)) objects \(pad(grouped(allocatedBytes), 16)) bytes",
            "  collections     \(pad(grouped(collections), 14))",
            "  peak live heap  \(pad(grouped(peakLiveBytes), 39)) bytes",
            "  live at exit    \(pad(grouped(liveBytes), 39)) bytes",
            "  finalizers run  \(pad(grouped(finalizersRun), 14))",
            "  top \(min(top, byType.count)) types by bytes allocated:",
        ]
        for t in byType.prefix(top) {
            lines.append("    \(pad(grouped(t.objects), 12)) objects \(pad(grouped(t.bytes), 16)) bytes  \(t.typeName)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Runtime {
    /// The allocation and collection figures so far.
    public var statistics: RunStatistics {
        var byType: [RunStatistics.TypeCount] = []
        for info in typeInfos {
            let d = info.handle.desc
            if d.allocatedObjects > 0 {
                byType.append(.init(typeName: info.fullName, objects: d.allocatedObjects, bytes: d.allocatedBytes))
            }
        }
        byType.sort { $0.bytes != $1.bytes ? $0.bytes > $1.bytes : $0.typeName < $1.typeName }
        return RunStatistics(
            allocatedObjects: heap.totalAllocatedObjects, allocatedBytes: heap.totalAllocatedBytes,
            collections: heap.collectionCount, peakLiveBytes: heap.peakLiveBytes, liveBytes: heap.liveBytes,
            finalizersRun: heap.finalizersRun, byType: byType)
    }
}
