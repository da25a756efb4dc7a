// System.Threading.GreenThreads: the engine's scheduler as corlib sees it. Every blocking
// primitive (Thread.Join/Sleep, Monitor, events, semaphores, Task.Wait, the thread pool's idle
// workers, the timer thread) is written in C# on top of these few internal calls.
//
// Managed threads are green threads on one OS thread. The engine switches threads only at
// safepoints, and corlib methods contain none: code in this library runs atomically until
// it calls Park/Yield or calls out into user code (a delegate, a virtual method the user
// overrides). So "check a condition, then Park" needs no lock, as long as nothing between
// the check and the Park calls user code.
using System.Runtime.CompilerServices;

namespace System.Threading
{
    internal static class GreenThreads
    {
        // Park results.
        internal const int Notified = 0;
        internal const int TimedOut = 1;
        internal const int Interrupted = 2;

        // Parks the calling thread until UnparkOne/UnparkAll(key) wakes it (Notified), the
        // timeout (milliseconds, -1 = infinite, 0 = do not wait) passes (TimedOut), or
        // Thread.Interrupt targets it (Interrupted; a pending interrupt makes Park return at
        // once). `key` may be null: then only the timeout or an interrupt ends the wait
        // (Thread.Sleep). Wake-ups may be spurious: callers re-check their condition in a loop.
        // While parked, the key is what the deadlock report says the thread waits on.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int Park(object key, int millisecondsTimeout);

        // Wakes the longest-parked thread waiting on `key`; false if none was.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool UnparkOne(object key);

        // Wakes every thread parked on `key`; returns how many.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int UnparkAll(object key);

        // Lets every other runnable thread run before the caller continues.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void Yield();

        // Creates a green thread that runs `thread.StartCallback()` (a private instance method
        // of System.Threading.Thread, no arguments, void) and makes it runnable. The engine
        // keeps `thread` as that green thread's managed Thread object.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void Start(Thread thread);

        // The managed Thread object of the running green thread, or null if none was set yet
        // (the main thread: corlib creates its Thread object lazily and calls SetCurrent).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern Thread GetCurrent();

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void SetCurrent(Thread thread);

        // The engine's id of the running green thread: 1 for the main thread, then 2, 3, … in
        // creation order (Thread.ManagedThreadId, Environment.CurrentManagedThreadId).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int CurrentId();

        // A background thread does not keep the process alive after Main returns. Threads start
        // as foreground threads (as in .NET); pool workers and the timer thread set this.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void SetBackground(Thread thread, bool isBackground);

        // Wakes `thread` with Interrupted if it is parked; otherwise its next Park returns
        // Interrupted at once.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void Interrupt(Thread thread);

        // Counters for `cilkit run --stats` (see Count* below).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void Count(int counter);

        // An async method suspended (its builder's AwaitOnCompleted/AwaitUnsafeOnCompleted).
        internal const int CountSuspension = 0;
        // A suspended async method resumed (its MoveNext ran from a continuation).
        internal const int CountResumption = 1;
    }
}
