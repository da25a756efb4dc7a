// System.Threading.WaitHandle and the events built on it. A waiter parks on the handle
// itself; WaitAny/WaitAll park on one shared key that every signal also wakes.
namespace System.Threading
{
    public abstract class WaitHandle : IDisposable
    {
        public const int WaitTimeout = 258;
        protected static readonly IntPtr InvalidHandle = new IntPtr(-1);

        private static readonly object s_multiWaitKey = new object();
        private static int s_multiWaiters;
        private bool _disposed;

        protected WaitHandle()
        {
        }

        // True when a wait on this handle would succeed now; consumes the signal of auto-reset
        // handles and semaphores.
        internal abstract bool TryAcquire();

        // True when TryAcquire would succeed, without consuming anything (WaitAll).
        internal abstract bool IsSignaled { get; }

        // Called by subclasses whenever the handle becomes signaled.
        internal void WakeWaiters(bool all)
        {
            if (all)
                GreenThreads.UnparkAll(this);
            else
                GreenThreads.UnparkOne(this);
            if (s_multiWaiters > 0)
                GreenThreads.UnparkAll(s_multiWaitKey);
        }

        internal virtual void SignalForTimer()
        {
            throw new NotSupportedException("Timer.Dispose(WaitHandle) supports only EventWaitHandle notification objects.");
        }

        internal void ThrowIfDisposed()
        {
            if (_disposed)
                throw new ObjectDisposedException(null, "Safe handle has been closed.");
        }

        public virtual bool WaitOne()
        {
            return WaitOne(Timeout.Infinite);
        }

        public virtual bool WaitOne(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            ThrowIfDisposed();
            if (TryAcquire())
                return true;
            long deadline = Thread.Deadline(millisecondsTimeout);
            while (true)
            {
                int remaining = Thread.Remaining(deadline);
                if (remaining == 0)
                    return false;
                Thread.Block(this, remaining);
                if (TryAcquire())
                    return true;
            }
        }

        public virtual bool WaitOne(TimeSpan timeout)
        {
            return WaitOne(Thread.ToTimeoutMilliseconds(timeout, "timeout"));
        }

        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext)
        {
            return WaitOne(millisecondsTimeout);
        }

        public virtual bool WaitOne(TimeSpan timeout, bool exitContext)
        {
            return WaitOne(timeout);
        }

        public static bool WaitAll(WaitHandle[] waitHandles)
        {
            return WaitAll(waitHandles, Timeout.Infinite);
        }

        public static bool WaitAll(WaitHandle[] waitHandles, TimeSpan timeout)
        {
            return WaitAll(waitHandles, Thread.ToTimeoutMilliseconds(timeout, "timeout"));
        }

        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext)
        {
            return WaitAll(waitHandles, millisecondsTimeout);
        }

        // Waits until every handle is signaled at the same time, then acquires them all.
        public static bool WaitAll(WaitHandle[] waitHandles, int millisecondsTimeout)
        {
            CheckHandles(waitHandles, millisecondsTimeout);
            long deadline = Thread.Deadline(millisecondsTimeout);
            while (true)
            {
                bool all = true;
                foreach (WaitHandle h in waitHandles)
                {
                    if (!h.IsSignaled)
                    {
                        all = false;
                        break;
                    }
                }
                if (all)
                {
                    foreach (WaitHandle h in waitHandles)
                        h.TryAcquire();
                    return true;
                }
                if (!BlockOnAny(deadline))
                    return false;
            }
        }

        public static int WaitAny(WaitHandle[] waitHandles)
        {
            return WaitAny(waitHandles, Timeout.Infinite);
        }

        public static int WaitAny(WaitHandle[] waitHandles, TimeSpan timeout)
        {
            return WaitAny(waitHandles, Thread.ToTimeoutMilliseconds(timeout, "timeout"));
        }

        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout, bool exitContext)
        {
            return WaitAny(waitHandles, millisecondsTimeout);
        }

        // The lowest index of a signaled handle (acquired), or WaitTimeout.
        public static int WaitAny(WaitHandle[] waitHandles, int millisecondsTimeout)
        {
            CheckHandles(waitHandles, millisecondsTimeout);
            long deadline = Thread.Deadline(millisecondsTimeout);
            while (true)
            {
                for (int i = 0; i < waitHandles.Length; i++)
                    if (waitHandles[i].TryAcquire())
                        return i;
                if (!BlockOnAny(deadline))
                    return WaitTimeout;
            }
        }

        private static bool BlockOnAny(long deadline)
        {
            int remaining = Thread.Remaining(deadline);
            if (remaining == 0)
                return false;
            s_multiWaiters++;
            try
            {
                Thread.Block(s_multiWaitKey, remaining);
            }
            finally
            {
                s_multiWaiters--;
            }
            return true;
        }

        private static void CheckHandles(WaitHandle[] waitHandles, int millisecondsTimeout)
        {
            if (waitHandles == null)
                throw new ArgumentNullException("waitHandles", "The waitHandles parameter cannot be null.");
            if (waitHandles.Length == 0)
                throw new ArgumentException("Waithandle array may not be empty.", "waitHandles");
            if (waitHandles.Length > 64)
                throw new NotSupportedException("The number of WaitHandles must be less than or equal to 64.");
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            foreach (WaitHandle h in waitHandles)
            {
                if (h == null)
                    throw new ArgumentNullException("waitHandles[i]", "At least one element in the specified array was null.");
                h.ThrowIfDisposed();
            }
        }

        public virtual void Close()
        {
            Dispose();
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool explicitDisposing)
        {
            _disposed = true;
        }
    }

    public enum EventResetMode
    {
        AutoReset = 0,
        ManualReset = 1,
    }

    public class EventWaitHandle : WaitHandle
    {
        private bool _signaled;
        private readonly bool _autoReset;

        public EventWaitHandle(bool initialState, EventResetMode mode)
        {
            if (mode != EventResetMode.AutoReset && mode != EventResetMode.ManualReset)
                throw new ArgumentException("Value of flags is invalid.", "mode");
            _signaled = initialState;
            _autoReset = mode == EventResetMode.AutoReset;
        }

        public EventWaitHandle(bool initialState, EventResetMode mode, string name)
            : this(initialState, mode)
        {
            if (name != null)
                throw new PlatformNotSupportedException("Named synchronization primitives are not supported on this platform.");
        }

        public bool Set()
        {
            ThrowIfDisposed();
            _signaled = true;
            WakeWaiters(!_autoReset);
            return true;
        }

        public bool Reset()
        {
            ThrowIfDisposed();
            _signaled = false;
            return true;
        }

        internal override bool TryAcquire()
        {
            if (!_signaled)
                return false;
            if (_autoReset)
                _signaled = false;
            return true;
        }

        internal override bool IsSignaled
        {
            get { return _signaled; }
        }
    }

    public sealed class ManualResetEvent : EventWaitHandle
    {
        public ManualResetEvent(bool initialState)
            : base(initialState, EventResetMode.ManualReset)
        {
        }
    }

    public sealed class AutoResetEvent : EventWaitHandle
    {
        public AutoResetEvent(bool initialState)
            : base(initialState, EventResetMode.AutoReset)
        {
        }
    }

    public sealed class Semaphore : WaitHandle
    {
        private int _count;
        private readonly int _maximumCount;

        public Semaphore(int initialCount, int maximumCount)
        {
            if (initialCount < 0)
                throw new ArgumentOutOfRangeException("initialCount", "Non-negative number required.");
            if (maximumCount < 1)
                throw new ArgumentOutOfRangeException("maximumCount", "Positive number required.");
            if (initialCount > maximumCount)
                throw new ArgumentException("The initial count for the semaphore must be greater than or equal to zero and less than the maximum count.");
            _count = initialCount;
            _maximumCount = maximumCount;
        }

        public Semaphore(int initialCount, int maximumCount, string name)
            : this(initialCount, maximumCount)
        {
            if (name != null)
                throw new PlatformNotSupportedException("Named synchronization primitives are not supported on this platform.");
        }

        public int Release()
        {
            return Release(1);
        }

        public int Release(int releaseCount)
        {
            if (releaseCount < 1)
                throw new ArgumentOutOfRangeException("releaseCount", "Non-negative number required.");
            ThrowIfDisposed();
            if (_maximumCount - _count < releaseCount)
                throw new SemaphoreFullException();
            int previous = _count;
            _count += releaseCount;
            WakeWaiters(true);
            return previous;
        }

        internal override bool TryAcquire()
        {
            if (_count == 0)
                return false;
            _count--;
            return true;
        }

        internal override bool IsSignaled
        {
            get { return _count > 0; }
        }
    }

    public class SemaphoreFullException : SystemException
    {
        public SemaphoreFullException()
            : base("Adding the specified count to the semaphore would cause it to exceed its maximum count.")
        {
        }

        public SemaphoreFullException(string message)
            : base(message)
        {
        }

        public SemaphoreFullException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }
}
