/// Natives for corlib's `System.Threading.GreenThreads` (the scheduler's managed face) and
/// `System.Threading.Monitor`.
///
/// A native that must wait parks the running thread with the scheduler and throws
/// `ThreadBlocks`; the interpreter ends the slice with the call itself as the resume point, so
/// the native runs again once the thread is woken and finds the reason in
/// `ManagedThread.wakeReason`. A native called *after* a wake-up therefore always consumes it.
extension NativeMethods {
    func registerThreading() {
        register("System.Threading.GreenThreads::Park(System.Object,System.Int32)") { rt, thread, a in
            if let reason = thread.wakeReason {
                thread.wakeReason = nil
                a.setI4(0, reason.rawValue)
                return
            }
            if thread.pendingInterrupt {
                thread.pendingInterrupt = false
                a.setI4(0, WakeReason.interrupted.rawValue)
                return
            }
            let timeout = Int(a.i4(1))
            if timeout == 0 { a.setI4(0, WakeReason.timedOut.rawValue); return }
            rt.scheduler.park(thread, on: a.ref(0).map { WaitKey(object: $0, role: .object) }, timeoutMs: timeout)
            throw ThreadBlocks()
        }
        register("System.Threading.GreenThreads::UnparkOne(System.Object)") { rt, _, a in
            a.setBool(0, rt.scheduler.wakeOne(WaitKey(object: try rt.argument(a, 0, "key"), role: .object)))
        }
        register("System.Threading.GreenThreads::UnparkAll(System.Object)") { rt, _, a in
            a.setI4(0, Int32(rt.scheduler.wakeAll(WaitKey(object: try rt.argument(a, 0, "key"), role: .object))))
        }
        register("System.Threading.GreenThreads::Yield()") { rt, thread, _ in
            // Runs again after every other runnable thread has had a slice; then returns.
            if thread.wakeReason != nil { thread.wakeReason = nil; return }
            guard rt.scheduler.othersRunnable else { return }
            thread.wakeReason = .notified
            throw ThreadBlocks()
        }
        register("System.Threading.GreenThreads::Start(System.Threading.Thread)") { rt, _, a in
            let object = try rt.argument(a, 0, "thread")
            guard let entry = ObjectLayout.type(object).info.methods.first(where: { $0.info.name == "StartCallback" && $0.info.parameterTypes.isEmpty }) else {
                throw ManagedThrow(exception: try rt.newException("System.MissingMethodException", message: "Method not found: 'Void System.Threading.Thread.StartCallback()'."))
            }
            let t = rt.scheduler.makeThread()
            t.managedObject = object
            rt.start(t, in: entry, arguments: [UInt64(UInt(bitPattern: object))])
        }
        register("System.Threading.GreenThreads::GetCurrent()") { _, thread, a in a.setRef(0, thread.managedObject) }
        register("System.Threading.GreenThreads::SetCurrent(System.Threading.Thread)") { _, thread, a in thread.managedObject = a.ref(0) }
        register("System.Threading.GreenThreads::CurrentId()") { _, thread, a in a.setI4(0, Int32(thread.id)) }
        register("System.Threading.GreenThreads::SetBackground(System.Threading.Thread,System.Boolean)") { rt, _, a in
            let object = try rt.argument(a, 0, "thread")
            rt.scheduler.threads.first { $0.managedObject == object }?.isBackground = a[1] & 1 != 0
        }
        register("System.Threading.GreenThreads::Interrupt(System.Threading.Thread)") { rt, _, a in
            let object = try rt.argument(a, 0, "thread")
            guard let t = rt.scheduler.threads.first(where: { $0.managedObject == object }) else { return }
            if t.status == .parked { rt.scheduler.wake(t, .interrupted) } else { t.pendingInterrupt = true }
        }
        register("System.Threading.GreenThreads::Count(System.Int32)") { rt, _, a in
            switch a.i4(0) {
            case 0: rt.scheduler.suspensions += 1
            case 1: rt.scheduler.resumptions += 1
            default: break
            }
        }

        registerMonitor()
    }

    private func registerMonitor() {
        register("System.Threading.Monitor::Enter(System.Object)") { rt, thread, a in
            let o = try rt.argument(a, 0, "obj")
            let reason = thread.wakeReason
            thread.wakeReason = nil
            if reason == .interrupted { throw try rt.threadInterrupted() }
            if rt.monitorTryEnter(o, thread) { return }
            rt.scheduler.park(thread, on: WaitKey(object: o, role: .monitorEntry), timeoutMs: -1)
            throw ThreadBlocks()
        }
        register("System.Threading.Monitor::TryEnter(System.Object)") { rt, thread, a in
            a.setBool(0, rt.monitorTryEnter(try rt.argument(a, 0, "obj"), thread))
        }
        register("System.Threading.Monitor::TryEnter(System.Object,System.Int32)") { rt, thread, a in
            let o = try rt.argument(a, 0, "obj")
            let timeout = Int(a.i4(1))
            guard timeout >= -1 else { throw try rt.timeoutOutOfRange() }
            let reason = thread.wakeReason
            thread.wakeReason = nil
            if reason == .interrupted { throw try rt.threadInterrupted() }
            if rt.monitorTryEnter(o, thread) { a.setBool(0, true); return }
            if timeout == 0 || reason == .timedOut { a.setBool(0, false); return }
            // First attempt: wait until the deadline; woken but beaten to the lock: wait again
            // until the same deadline.
            let deadline = reason == nil ? (timeout < 0 ? nil : Scheduler.now() &+ UInt64(timeout) &* 1_000_000) : thread.blockingDeadline
            thread.blockingDeadline = deadline
            rt.scheduler.park(thread, on: WaitKey(object: o, role: .monitorEntry), deadline: deadline)
            throw ThreadBlocks()
        }
        register("System.Threading.Monitor::Exit(System.Object)") { rt, thread, a in
            let o = try rt.argument(a, 0, "obj")
            guard var m = rt.monitors[o], m.owner == thread.id else { throw try rt.unsynchronized() }
            m.count -= 1
            if m.count > 0 { rt.monitors[o] = m; return }
            rt.monitors[o] = nil
            rt.scheduler.wakeOne(WaitKey(object: o, role: .monitorEntry))
        }
        register("System.Threading.Monitor::IsEntered(System.Object)") { rt, thread, a in
            a.setBool(0, rt.monitors[try rt.argument(a, 0, "obj")]?.owner == thread.id)
        }
        register("System.Threading.Monitor::WaitCore(System.Object,System.Int32)") { rt, thread, a in
            let o = try rt.argument(a, 0, "obj")
            let timeout = Int(a.i4(1))
            if var w = thread.monitorWait {
                // Woken: first from the wait set (pulsed, timed out or interrupted), then
                // possibly again while reacquiring the lock.
                let reason = thread.wakeReason ?? .notified
                thread.wakeReason = nil
                if !w.reacquiring {
                    w.reacquiring = true
                    w.pulsed = reason == .notified
                    w.interrupted = reason == .interrupted
                }
                if rt.monitorTryEnter(o, thread, count: w.savedCount) {
                    thread.monitorWait = nil
                    if w.interrupted { throw try rt.threadInterrupted() }
                    a.setBool(0, w.pulsed)
                    return
                }
                thread.monitorWait = w
                rt.scheduler.park(thread, on: WaitKey(object: o, role: .monitorEntry), timeoutMs: -1)
                throw ThreadBlocks()
            }
            guard timeout >= -1 else { throw try rt.timeoutOutOfRange() }
            guard let m = rt.monitors[o], m.owner == thread.id else { throw try rt.unsynchronized() }
            thread.wakeReason = nil
            if thread.pendingInterrupt {
                thread.pendingInterrupt = false
                throw try rt.threadInterrupted()
            }
            // Release the lock entirely, join the wait set.
            rt.monitors[o] = nil
            rt.scheduler.wakeOne(WaitKey(object: o, role: .monitorEntry))
            thread.monitorWait = MonitorWaitState(savedCount: m.count)
            rt.scheduler.park(thread, on: WaitKey(object: o, role: .monitorWait), timeoutMs: timeout)
            throw ThreadBlocks()
        }
        register("System.Threading.Monitor::Pulse(System.Object)") { rt, thread, a in
            let o = try rt.argument(a, 0, "obj")
            guard rt.monitors[o]?.owner == thread.id else { throw try rt.unsynchronized() }
            rt.scheduler.wakeOne(WaitKey(object: o, role: .monitorWait))
        }
        register("System.Threading.Monitor::PulseAll(System.Object)") { rt, thread, a in
            let o = try rt.argument(a, 0, "obj")
            guard rt.monitors[o]?.owner == thread.id else { throw try rt.unsynchronized() }
            rt.scheduler.wakeAll(WaitKey(object: o, role: .monitorWait))
        }
    }
}

/// A held monitor: the owning thread's id and its recursion count.
struct MonitorState {
    var owner: Int
    var count: Int
}

extension Runtime {
    /// Takes `o`'s monitor for `thread` if it is free or already `thread`'s.
    func monitorTryEnter(_ o: ObjectRef, _ thread: ManagedThread, count: Int = 1) -> Bool {
        if var m = monitors[o] {
            guard m.owner == thread.id else { return false }
            m.count += count
            monitors[o] = m
            return true
        }
        monitors[o] = MonitorState(owner: thread.id, count: count)
        return true
    }

    func unsynchronized() throws -> ManagedThrow {
        ManagedThrow(exception: try newException("System.Threading.SynchronizationLockException",
            message: "Object synchronization method was called from an unsynchronized block of code."))
    }

    func threadInterrupted() throws -> ManagedThrow {
        ManagedThrow(exception: try newException("System.Threading.ThreadInterruptedException",
            message: "Thread was interrupted from a waiting state."))
    }

    func timeoutOutOfRange() throws -> ManagedThrow {
        ManagedThrow(exception: try newException("System.ArgumentOutOfRangeException",
            message: "Number must be either non-negative and less than or equal to Int32.MaxValue or -1. (Parameter 'millisecondsTimeout')"))
    }
}
