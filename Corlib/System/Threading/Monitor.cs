// System.Threading.Monitor: the locks behind C#'s `lock`, with Wait/Pulse. Ownership,
// recursion counts and the wait sets live in the engine (Threading/ThreadNatives.swift):
// a thread that must wait parks its green thread; the process never blocks.
using System.Runtime.CompilerServices;

namespace System.Threading
{
    public static class Monitor
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Enter(object obj);

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken)
                throw new ArgumentException("The lockTaken argument must be set to false before calling this method. (Parameter 'lockTaken')");
            Enter(obj);
            lockTaken = true;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool TryEnter(object obj);

        // Waits up to millisecondsTimeout (-1: forever) for the lock.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool TryEnter(object obj, int millisecondsTimeout);

        public static bool TryEnter(object obj, TimeSpan timeout)
        {
            return TryEnter(obj, TimeoutToMilliseconds(timeout));
        }

        public static void TryEnter(object obj, ref bool lockTaken)
        {
            CheckLockTaken(lockTaken);
            lockTaken = TryEnter(obj);
        }

        public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken)
        {
            CheckLockTaken(lockTaken);
            lockTaken = TryEnter(obj, millisecondsTimeout);
        }

        public static void TryEnter(object obj, TimeSpan timeout, ref bool lockTaken)
        {
            CheckLockTaken(lockTaken);
            lockTaken = TryEnter(obj, TimeoutToMilliseconds(timeout));
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Exit(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool IsEntered(object obj);

        // Releases the lock, waits to be pulsed (or for the timeout), reacquires the lock.
        // Returns false if the timeout elapsed before a pulse. Meanwhile the thread is in
        // WaitSleepJoin, and a blocked pool worker lets another worker take queued work.
        public static bool Wait(object obj, int millisecondsTimeout)
        {
            Thread current = Thread.BeginBlocking();
            try
            {
                return WaitCore(obj, millisecondsTimeout);
            }
            finally
            {
                current.EndBlocking();
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool WaitCore(object obj, int millisecondsTimeout);

        public static bool Wait(object obj)
        {
            return Wait(obj, Timeout.Infinite);
        }

        public static bool Wait(object obj, TimeSpan timeout)
        {
            return Wait(obj, TimeoutToMilliseconds(timeout));
        }

        public static bool Wait(object obj, int millisecondsTimeout, bool exitContext)
        {
            return Wait(obj, millisecondsTimeout);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void Pulse(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void PulseAll(object obj);

        static void CheckLockTaken(bool lockTaken)
        {
            if (lockTaken)
                throw new ArgumentException("The lockTaken argument must be set to false before calling this method. (Parameter 'lockTaken')");
        }

        static int TimeoutToMilliseconds(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException("timeout", "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), 0, or a positive integer less than or equal to the maximum allowed timer duration.");
            return (int)ms;
        }
    }
}
