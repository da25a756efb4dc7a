/// Page base address → page index, for the collector's "which object contains this word"
/// question, asked for every conservative root and every traced reference.
///
/// Open addressing with linear probing over a power-of-two table; keys are 64 KiB-aligned
/// addresses, so the hash is the page number times a large odd constant (Fibonacci hashing).
/// Entries are never removed (pages are kept for the heap's lifetime). Slot value 0 = empty,
/// otherwise page index + 1.
struct PageTable {
    private var keys: UnsafeMutablePointer<UInt>
    private var values: UnsafeMutablePointer<Int>
    private var capacity: Int
    private(set) var count = 0

    init() {
        capacity = 64
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        values = .allocate(capacity: capacity)
        values.initialize(repeating: 0, count: capacity)
    }

    /// Frees the table; the heap calls this from its deinit.
    func deallocate() {
        keys.deallocate()
        values.deallocate()
    }

    @inline(__always)
    private func slot(for key: UInt, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((key >> 16) &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    @inline(__always)
    func index(of key: UInt) -> Int? {
        let mask = capacity - 1
        var i = slot(for: key, mask: mask)
        while true {
            let k = keys[i]
            if k == key { return values[i] - 1 }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ key: UInt, index: Int) {
        if (count + 1) * 2 > capacity { grow() }
        let mask = capacity - 1
        var i = slot(for: key, mask: mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = index + 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldCapacity = capacity
        capacity *= 2
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: 0, count: capacity)
        values = .allocate(capacity: capacity)
        values.initialize(repeating: 0, count: capacity)
        count = 0
        for i in 0..<oldCapacity where oldKeys[i] != 0 { insert(oldKeys[i], index: oldValues[i] - 1) }
        oldKeys.deallocate()
        oldValues.deallocate()
    }
}

/// The collector's stack of marked, untraced objects: a raw growable buffer, so pushing and
/// popping cost no copy-on-write or bounds checks.
struct MarkStack {
    private var base: UnsafeMutablePointer<ObjectRef>
    private var capacity = 4096
    private var count = 0

    init() { base = .allocate(capacity: capacity) }

    func deallocate() { base.deallocate() }

    @inline(__always)
    mutating func append(_ o: ObjectRef) {
        if count == capacity { grow() }
        base[count] = o
        count += 1
    }

    @inline(__always)
    mutating func popLast() -> ObjectRef? {
        if count == 0 { return nil }
        count -= 1
        return base[count]
    }

    @inline(never)
    private mutating func grow() {
        let bigger = UnsafeMutablePointer<ObjectRef>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
