#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The managed heap: size-class pages for small objects, individually allocated large objects,
/// exact allocation accounting, and a precise-where-possible, non-moving mark-sweep collector.
///
/// ```
///  small-object page (64 KiB, 64 KiB-aligned):
///  ┌──────────────────────┬────────┬────────┬────────┬─── … ───┐
///  │ PageHeader (64 B)    │ cell 0 │ cell 1 │ cell 2 │         │   every cell = one size class
///  └──────────────────────┴────────┴────────┴────────┴─── … ───┘
///  free cells are linked through their second word; a live cell has the allocated bit set.
/// ```
/// Because pages are aligned and uniform, the object containing any address — including an
/// interior pointer such as a CIL byref from `ldflda`/`ldelema` — is found by arithmetic: page
/// base by masking, cell index by division. That is what lets the collector treat VM stack slots
/// conservatively while tracing heap objects precisely through their types' reference maps.
public final class ManagedHeap {
    public static let pageSize = 64 * 1024
    static let pageHeaderSize = 64
    static let sizeClasses: [Int] = [
        16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512,
        640, 768, 1024, 1280, 1536, 2048, 2560, 3072, 4096, 6144, 8192,
    ]
    static let largeObjectThreshold = 8192

    struct Page {
        var base: UnsafeMutableRawPointer
        var cellSize: Int
        var cellCount: Int
        var sizeClass: Int
    }

    /// Page base address → index in pageList + 1, an open-addressing table (no hashing
    /// library on the marking path; see `PageTable`).
    var pages = PageTable()
    /// Bounds of all small-object pages: most conservative roots (small integers, code
    /// addresses) fall outside and are rejected without a lookup.
    var lowestPage = UInt.max
    var highestPageEnd: UInt = 0
    var pageList: [Page] = []
    /// Head of each size class's free list (a raw buffer: no copy-on-write checks on the
    /// allocation path).
    let freeLists: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    /// Size class of every 8-byte-rounded size up to the large-object threshold, by size / 8.
    let sizeClassBySize: UnsafeMutablePointer<UInt8>

    /// Large objects by start address, kept sorted for interior-pointer lookup.
    var largeStarts: [UInt] = []
    var largeSizes: [UInt: Int] = [:]

    /// Exact accounting (GC.GetTotalAllocatedBytes and friends). Allocation only counts
    /// objects and `allocatedSinceCollection`; the byte totals are derived from it and from
    /// what each collection records.
    public var totalAllocatedBytes: UInt64 { allocatedBeforeCollection + UInt64(allocatedSinceCollection) }
    public private(set) var totalAllocatedObjects: UInt64 = 0
    /// Live bytes only grow between collections: what survived the last one plus what was
    /// allocated since.
    public var liveBytes: Int { liveAfterCollection + allocatedSinceCollection }
    /// The peak is reached just before a collection (recorded then) or now.
    public var peakLiveBytes: Int { max(peakBeforeCollection, liveBytes) }
    public private(set) var collectionCount = 0
    /// Bytes allocated since the last collection; a collection is requested past `threshold`.
    var allocatedSinceCollection = 0
    var allocatedBeforeCollection: UInt64 = 0
    var liveAfterCollection = 0
    var peakBeforeCollection = 0
    public var collectionThreshold = 8 * 1024 * 1024
    /// Upper bound on live heap bytes (`--max-heap`); exceeding it after a collection is an
    /// OutOfMemoryException.
    public var maxHeapBytes: Int?

    /// Objects of types with a finalizer that have not been queued yet (allocation registers
    /// them; `GC.ReRegisterForFinalize` registers them again).
    var finalizationCandidates: [ObjectRef] = []
    /// Unreachable finalizable objects, resurrected, waiting for their `Finalize` to run.
    public internal(set) var finalizationQueue: [ObjectRef] = []
    /// `GCHandle`s, including the weak ones behind `WeakReference`.
    public var gcHandles = GCHandleTable()
    /// Objects marked but not yet traced (kept between collections to reuse its storage).
    var markStack = MarkStack()
    /// Finalizers the runtime has run.
    public internal(set) var finalizersRun = 0

    public init() {
        freeLists = .allocate(capacity: Self.sizeClasses.count)
        freeLists.initialize(repeating: nil, count: Self.sizeClasses.count)
        let entries = Self.largeObjectThreshold / 8 + 1
        sizeClassBySize = .allocate(capacity: entries)
        for i in 0..<entries { sizeClassBySize[i] = UInt8(Self.sizeClass(for: max(i * 8, 1))) }
    }

    deinit {
        freeLists.deallocate()
        pages.deallocate()
        markStack.deallocate()
        sizeClassBySize.deallocate()
        for p in pageList { free(p.base) }
        for start in largeStarts { free(UnsafeMutableRawPointer(bitPattern: start)) }
    }

    var shouldCollect: Bool { allocatedSinceCollection >= collectionThreshold }

    @inline(__always)
    static func sizeClass(for size: Int) -> Int {
        var lo = 0, hi = sizeClasses.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if sizeClasses[mid] >= size { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// Allocates `size` zeroed bytes (rounded up to 8) and stamps the header and type.
    /// Returns nil when the heap limit or the host's memory is exhausted.
    ///
    /// The fast path (a small object, a free cell in its size class, no heap limit) pops the
    /// free list, zeroes the cell's fields with plain stores (a memset call costs more than
    /// the few words of a typical object), and bumps two counters: the byte totals are
    /// derived from `allocatedSinceCollection` (see `liveBytes`).
    @inline(__always)
    public func allocate(size requested: Int, type: TypeHandle) -> ObjectRef? {
        let size = (max(requested, ObjectLayout.headerSize) + 7) & ~7
        guard size <= Self.largeObjectThreshold, maxHeapBytes == nil,
              let object = freeLists[Int(sizeClassBySize[size >> 3])] else { return allocateSlowly(size: size, type: type) }
        freeLists[Int(sizeClassBySize[size >> 3])] = object.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
        Self.zeroFields(object, size: size)
        stamp(object, size: size, type: type)
        return object
    }

    /// Zeroes the words after the header and type (which the caller writes). Straight-line
    /// stores for up to six words: a loop here would become a memset call.
    @inline(__always)
    static func zeroFields(_ object: ObjectRef, size: Int) {
        let f = object + ObjectLayout.headerSize
        let zero = SIMD2<UInt64>()
        switch (size - ObjectLayout.headerSize) >> 3 {
        case 0: break
        case 1: f.storeBytes(of: 0, as: UInt64.self)
        case 2: f.storeBytes(of: zero, as: SIMD2<UInt64>.self)
        case 3: f.storeBytes(of: zero, as: SIMD2<UInt64>.self); f.storeBytes(of: 0, toByteOffset: 16, as: UInt64.self)
        case 4: f.storeBytes(of: zero, as: SIMD2<UInt64>.self); f.storeBytes(of: zero, toByteOffset: 16, as: SIMD2<UInt64>.self)
        case 5:
            f.storeBytes(of: zero, as: SIMD2<UInt64>.self); f.storeBytes(of: zero, toByteOffset: 16, as: SIMD2<UInt64>.self)
            f.storeBytes(of: 0, toByteOffset: 32, as: UInt64.self)
        case 6:
            f.storeBytes(of: zero, as: SIMD2<UInt64>.self); f.storeBytes(of: zero, toByteOffset: 16, as: SIMD2<UInt64>.self)
            f.storeBytes(of: zero, toByteOffset: 32, as: SIMD2<UInt64>.self)
        default: memset(f, 0, size - ObjectLayout.headerSize)
        }
    }

    @inline(__always)
    func stamp(_ object: ObjectRef, size: Int, type: TypeHandle) {
        ObjectLayout.setHeader(object, ObjectLayout.allocatedBit | UInt64(size >> 3) << 32)
        object.storeBytes(of: type.pointer, toByteOffset: ObjectLayout.typeOffset, as: UnsafeMutablePointer<TypeDesc>.self)
        if type.pointer.pointee.flags.contains(.hasFinalizer) { registerForFinalization(object) }
        totalAllocatedObjects &+= 1
        type.pointer.pointee.allocatedObjects &+= 1
        type.pointer.pointee.allocatedBytes &+= Int64(size)
        allocatedSinceCollection &+= size
    }

    /// Large objects, a size class without a free cell, or a heap limit to check.
    @inline(never)
    func allocateSlowly(size: Int, type: TypeHandle) -> ObjectRef? {
        if let limit = maxHeapBytes, liveBytes + size > limit { return nil }
        let object: ObjectRef
        if size > Self.largeObjectThreshold {
            guard let p = calloc(1, size) else { return nil }
            object = p
            let start = UInt(bitPattern: p)
            let at = insertionIndex(start)
            largeStarts.insert(start, at: at)
            largeSizes[start] = size
        } else {
            let sc = Int(sizeClassBySize[size >> 3])
            if freeLists[sc] == nil { guard addPage(sizeClass: sc) else { return nil } }
            object = freeLists[sc]!
            freeLists[sc] = object.load(fromByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            memset(object, 0, size)
        }
        stamp(object, size: size, type: type)
        return object
    }

    func insertionIndex(_ start: UInt) -> Int {
        var lo = 0, hi = largeStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if largeStarts[mid] < start { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func addPage(sizeClass sc: Int) -> Bool {
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, Self.pageSize, Self.pageSize) == 0, let base = raw else { return false }
        let cell = Self.sizeClasses[sc]
        let count = (Self.pageSize - Self.pageHeaderSize) / cell
        pages.insert(UInt(bitPattern: base), index: pageList.count)
        lowestPage = min(lowestPage, UInt(bitPattern: base))
        highestPageEnd = max(highestPageEnd, UInt(bitPattern: base) + UInt(Self.pageSize))
        pageList.append(Page(base: base, cellSize: cell, cellCount: count, sizeClass: sc))
        // Thread the cells onto the free list, lowest address first.
        var next: UnsafeMutableRawPointer? = freeLists[sc]
        for i in stride(from: count - 1, through: 0, by: -1) {
            let c = base + Self.pageHeaderSize + i * cell
            c.storeBytes(of: 0, as: UInt64.self)
            c.storeBytes(of: next, toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
            next = c
        }
        freeLists[sc] = next
        return true
    }

    /// The live object whose storage contains `address`, or nil (for conservative roots and
    /// byrefs).
    public func object(containing address: UInt) -> ObjectRef? {
        let base = address & ~UInt(Self.pageSize - 1)
        if address >= lowestPage && address < highestPageEnd, let i = pages.index(of: base) {
            let page = pageList[i]
            let offset = Int(address - base) - Self.pageHeaderSize
            guard offset >= 0 else { return nil }
            let index = offset / page.cellSize
            guard index < page.cellCount else { return nil }
            let o = page.base + Self.pageHeaderSize + index * page.cellSize
            return ObjectLayout.header(o) & ObjectLayout.allocatedBit != 0 ? o : nil
        }
        // Conservative roots are arbitrary words: guard the arithmetic.
        if largeStarts.isEmpty || address == UInt.max { return nil }
        let i = insertionIndex(address + 1) - 1
        guard i >= 0 else { return nil }
        let start = largeStarts[i]
        guard let size = largeSizes[start], address < start + UInt(size) else { return nil }
        return UnsafeMutableRawPointer(bitPattern: start)
    }

    // MARK: Collection

    /// Marks from `roots` (object addresses, possibly interior), tracing through type reference
    /// maps, then sweeps. `conservative` roots may be arbitrary words.
    ///
    /// The order of the phases is .NET's: mark from the roots (strong handles and objects
    /// waiting for their finalizer included) → clear short weak handles whose target is
    /// unmarked → resurrect unreachable finalizable objects into the finalization queue and
    /// mark what they reach → clear long (resurrection-tracking) weak handles → sweep.
    public func collect(roots: (_ mark: (UInt) -> Void) -> Void) {
        roots { markWord($0) }
        for o in finalizationQueue { markWord(UInt(bitPattern: o)) }
        gcHandles.markStrong { markWord($0) }
        drainMarkStack()
        gcHandles.clearUnmarked(kind: .weak, isMarked: isMarked)
        resurrectFinalizable { markWord($0) }
        drainMarkStack()
        gcHandles.clearUnmarked(kind: .weakTrackResurrection, isMarked: isMarked)
        peakBeforeCollection = peakLiveBytes
        liveAfterCollection = liveBytes - sweep()
        allocatedBeforeCollection += UInt64(allocatedSinceCollection)
        allocatedSinceCollection = 0
        collectionCount += 1
        // Collect again after allocating as much as survived (at least 8 MiB): the cost of
        // marking stays proportional to allocation.
        collectionThreshold = max(8 * 1024 * 1024, liveBytes)
    }

    /// Marks the object containing `word`, if any, and queues it for tracing.
    @inline(__always)
    func markWord(_ word: UInt) {
        guard word != 0, let o = object(containing: word) else { return }
        let h = ObjectLayout.header(o)
        if h & ObjectLayout.markBit != 0 { return }
        ObjectLayout.setHeader(o, h | ObjectLayout.markBit)
        markStack.append(o)
    }

    /// Traces queued objects until none is left.
    func drainMarkStack() {
        while let o = markStack.popLast() { trace(o) }
    }

    @inline(__always)
    func isMarked(_ o: ObjectRef) -> Bool { ObjectLayout.header(o) & ObjectLayout.markBit != 0 }

    /// Marks every reference held by object `o`.
    @inline(__always)
    func trace(_ o: ObjectRef) {
        let visit = markWord
        let type = ObjectLayout.type(o).pointer.pointee
        switch type.kind {
        case .szArray, .mdArray:
            guard let element = type.element else { return }
            let count = ObjectLayout.length(o)
            let data = arrayData(o, type)
            if element.isReference {
                for i in 0..<count { visit(UInt(bitPattern: data.load(fromByteOffset: i * 8, as: UnsafeRawPointer?.self))) }
            } else if element.desc.flags.contains(.containsReferences), let map = element.desc.refOffsets {
                let stride = Int(type.componentSize)
                for i in 0..<count {
                    for r in 0..<Int(element.desc.refCount) {
                        visit(UInt(bitPattern: data.load(fromByteOffset: i * stride + Int(map[r]), as: UnsafeRawPointer?.self)))
                    }
                }
            }
        case .string:
            return
        default:
            guard let map = type.refOffsets else { return }
            for r in 0..<Int(type.refCount) {
                visit(UInt(bitPattern: o.load(fromByteOffset: Int(map[r]), as: UnsafeRawPointer?.self)))
            }
        }
    }

    @inline(__always)
    func arrayData(_ o: ObjectRef, _ type: TypeDesc) -> UnsafeMutableRawPointer {
        // Multi-dimensional arrays keep rank × (length, lower bound) before the data.
        type.kind == .mdArray ? o + ObjectLayout.arrayDataOffset + Int(type.rank) * 16 : o + ObjectLayout.arrayDataOffset
    }

    /// Frees every unmarked object and clears the marks; returns the bytes freed.
    func sweep() -> Int {
        var freed = 0
        for page in pageList {
            for i in 0..<page.cellCount {
                let o = page.base + Self.pageHeaderSize + i * page.cellSize
                let h = ObjectLayout.header(o)
                guard h & ObjectLayout.allocatedBit != 0 else { continue }
                if h & ObjectLayout.markBit != 0 {
                    ObjectLayout.setHeader(o, h & ~ObjectLayout.markBit)
                } else {
                    freed += Int(h >> 32) << 3
                    ObjectLayout.setHeader(o, 0)
                    o.storeBytes(of: freeLists[page.sizeClass], toByteOffset: 8, as: UnsafeMutableRawPointer?.self)
                    freeLists[page.sizeClass] = o
                }
            }
        }
        var keep: [UInt] = []
        for start in largeStarts {
            let o = UnsafeMutableRawPointer(bitPattern: start)!
            let h = ObjectLayout.header(o)
            if h & ObjectLayout.markBit != 0 {
                ObjectLayout.setHeader(o, h & ~ObjectLayout.markBit)
                keep.append(start)
            } else {
                freed += largeSizes[start] ?? 0
                largeSizes[start] = nil
                free(o)
            }
        }
        largeStarts = keep
        return freed
    }
}
