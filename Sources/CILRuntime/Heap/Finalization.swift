/// Finalization: which objects get a `Finalize` call, and when.
///
/// An object whose type overrides `Object.Finalize` is registered when it is allocated: its
/// header gets the *finalizable* bit and it joins `finalizationCandidates`. When a collection
/// finds a candidate unmarked it does not free it: it sets the *finalizer ran* bit (the object
/// has been handed over), moves it to `finalizationQueue` and marks everything it reaches, so
/// that the finalizer sees a whole object graph. The queue is a root until the runtime has run
/// the finalizers, and the objects are freed by a later collection if nothing revived them.
///
/// ```
///  allocate ──► candidates ──(unreachable at GC)──► queue ──(Finalize ran)──► unreachable ──► swept
///                  ▲   │ SuppressFinalize: clear finalizable bit, dropped at the next GC
///                  └───┴── ReRegisterForFinalize: set the bit again, rejoin the candidates
/// ```
/// The runtime runs the queue at safe points (`GC.Collect`, `GC.WaitForPendingFinalizers`),
/// never from inside an allocation, so a finalizer never runs in the middle of an instruction.
extension ManagedHeap {
    func registerForFinalization(_ o: ObjectRef) {
        let h = ObjectLayout.header(o)
        ObjectLayout.setHeader(o, (h | ObjectLayout.finalizableBit) & ~ObjectLayout.finalizedBit)
        finalizationCandidates.append(o)
    }

    /// `GC.SuppressFinalize`: the object stays a candidate until the next collection, which
    /// drops it without queueing.
    public func suppressFinalization(_ o: ObjectRef) {
        ObjectLayout.setHeader(o, ObjectLayout.header(o) & ~ObjectLayout.finalizableBit)
    }

    /// `GC.ReRegisterForFinalize`: finalizable again, even after its finalizer ran.
    public func reregisterForFinalization(_ o: ObjectRef) {
        let h = ObjectLayout.header(o)
        if h & ObjectLayout.finalizedBit != 0 {
            registerForFinalization(o)
        } else {
            ObjectLayout.setHeader(o, h | ObjectLayout.finalizableBit)
        }
    }

    /// Moves unmarked candidates to the queue and marks them (tracing is left to the caller).
    func resurrectFinalizable(_ mark: (UInt) -> Void) {
        var survivors: [ObjectRef] = []
        survivors.reserveCapacity(finalizationCandidates.count)
        for o in finalizationCandidates {
            let h = ObjectLayout.header(o)
            if h & ObjectLayout.markBit != 0 {
                survivors.append(o)
            } else if h & ObjectLayout.finalizableBit != 0 {
                ObjectLayout.setHeader(o, (h | ObjectLayout.finalizedBit) & ~ObjectLayout.finalizableBit)
                finalizationQueue.append(o)
                mark(UInt(bitPattern: o))
            }
            // Suppressed and unreachable: dropped, and swept like any other object.
        }
        finalizationCandidates = survivors
    }

    /// Takes the next object whose finalizer must run.
    public func dequeueForFinalization() -> ObjectRef? {
        finalizationQueue.isEmpty ? nil : finalizationQueue.removeFirst()
    }
}

/// The GC handle table behind `System.Runtime.InteropServices.GCHandle`, `WeakReference` and
/// `WeakReference<T>`. Kinds use `GCHandleType`'s values. Strong handles (`Normal`, `Pinned`)
/// are roots; weak handles are cleared when their target dies — short ones before
/// finalization resurrection, long ones (`WeakTrackResurrection`) after it. The heap never
/// moves objects, so a pinned handle is simply a strong one.
public struct GCHandleTable {
    public enum Kind: UInt8 { case weak = 0, weakTrackResurrection = 1, normal = 2, pinned = 3 }

    var targets: [ObjectRef?] = []
    var kinds: [Kind?] = []         // nil: the slot is free
    var freeSlots: [Int] = []

    /// A new handle; its value (slot + 1) is never 0, which stays `GCHandle`'s "not allocated".
    public mutating func allocate(_ target: ObjectRef?, kind: Kind) -> Int {
        if let slot = freeSlots.popLast() {
            targets[slot] = target
            kinds[slot] = kind
            return slot + 1
        }
        targets.append(target)
        kinds.append(kind)
        return targets.count
    }

    public func isAllocated(_ handle: Int) -> Bool {
        handle >= 1 && handle <= kinds.count && kinds[handle - 1] != nil
    }

    public mutating func free(_ handle: Int) {
        guard isAllocated(handle) else { return }
        targets[handle - 1] = nil
        kinds[handle - 1] = nil
        freeSlots.append(handle - 1)
    }

    public func target(_ handle: Int) -> ObjectRef? { isAllocated(handle) ? targets[handle - 1] : nil }

    public mutating func setTarget(_ handle: Int, _ target: ObjectRef?) {
        if isAllocated(handle) { targets[handle - 1] = target }
    }

    public func kind(_ handle: Int) -> Kind? { isAllocated(handle) ? kinds[handle - 1] : nil }

    func markStrong(_ mark: (UInt) -> Void) {
        for (i, k) in kinds.enumerated() where k == .normal || k == .pinned {
            mark(UInt(bitPattern: targets[i]))
        }
    }

    mutating func clearUnmarked(kind: Kind, isMarked: (ObjectRef) -> Bool) {
        for i in kinds.indices where kinds[i] == kind {
            if let t = targets[i], !isMarked(t) { targets[i] = nil }
        }
    }
}
