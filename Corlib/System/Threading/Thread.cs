// System.Threading.Thread: a managed thread, run by the engine as a green thread (see
// GreenThreads.cs). The Thread object also holds the per-thread state of the task library:
// the current ExecutionContext and SynchronizationContext, the task being executed and the
// pool-worker bookkeeping.
using System.Globalization;

namespace System.Threading
{
    public sealed class Thread
    {
        private const int StateUnstarted = 0, StateRunning = 1, StateStopped = 2;

        private Delegate _start;            // ThreadStart or ParameterizedThreadStart
        private object _startArg;
        private ExecutionContext _startContext; // captured by Start, used once by StartCallback
        private int _state;
        private readonly int _managedThreadId;
        private string _name;
        private bool _isBackground;
        private ThreadPriority _priority = ThreadPriority.Normal;
        private bool _pendingInterrupt;     // Interrupt before Start
        private int _blockedCount;          // > 0 while parked in Block (ThreadState.WaitSleepJoin)

        // Per-thread state of the threading library.
        internal ExecutionContext _executionContext;
        internal SynchronizationContext _synchronizationContext;
        internal System.Threading.Tasks.Task _currentTask;   // Task.InternalCurrent
        internal int _inlinedContinuationDepth;               // nested continuations run inline
        internal bool _isThreadPoolThread;
        internal System.Collections.Generic.Dictionary<object, object> _threadLocals;

        private static int s_nextManagedThreadId = 1;

        public Thread(ThreadStart start)
            : this((Delegate)start, 0)
        {
        }

        public Thread(ThreadStart start, int maxStackSize)
            : this((Delegate)start, maxStackSize)
        {
        }

        public Thread(ParameterizedThreadStart start)
            : this((Delegate)start, 0)
        {
        }

        public Thread(ParameterizedThreadStart start, int maxStackSize)
            : this((Delegate)start, maxStackSize)
        {
        }

        private Thread(Delegate start, int maxStackSize)
        {
            if (start == null)
                throw new ArgumentNullException("start");
            if (maxStackSize < 0)
                throw new ArgumentOutOfRangeException("maxStackSize", "Non-negative number required.");
            _start = start;
            _managedThreadId = ++s_nextManagedThreadId;
        }

        // The main thread's object, created on first use of CurrentThread.
        private Thread()
        {
            _state = StateRunning;
            _managedThreadId = 1;
        }

        public static Thread CurrentThread
        {
            get
            {
                Thread t = GreenThreads.GetCurrent();
                if (t == null)
                {
                    t = new Thread();
                    GreenThreads.SetCurrent(t);
                }
                return t;
            }
        }

        // Ids are assigned when the Thread object is created (as in .NET), so they are known
        // before Start: 1 is the main thread.
        public int ManagedThreadId
        {
            get { return _managedThreadId; }
        }

        public string Name
        {
            get { return _name; }
            set
            {
                if (_name != null)
                    throw new InvalidOperationException("This property has already been set and cannot be modified.");
                _name = value;
            }
        }

        public bool IsBackground
        {
            get
            {
                if (_state == StateStopped)
                    throw new ThreadStateException("Thread is dead; state cannot be accessed.");
                return _isBackground;
            }
            set
            {
                if (_state == StateStopped)
                    throw new ThreadStateException("Thread is dead; state cannot be accessed.");
                _isBackground = value;
                if (_state == StateRunning)
                    GreenThreads.SetBackground(this, value);
            }
        }

        public bool IsAlive
        {
            get { return _state == StateRunning; }
        }

        public bool IsThreadPoolThread
        {
            get { return _isThreadPoolThread; }
        }

        public ThreadPriority Priority
        {
            get { return _priority; }
            set
            {
                if (value < ThreadPriority.Lowest || value > ThreadPriority.Highest)
                    throw new ArgumentOutOfRangeException("value", "The value is not a valid ThreadPriority.");
                _priority = value;
            }
        }

        public ThreadState ThreadState
        {
            get
            {
                ThreadState s;
                if (_state == StateUnstarted)
                    s = ThreadState.Unstarted;
                else if (_state == StateStopped)
                    s = ThreadState.Stopped;
                else if (_blockedCount > 0)
                    s = ThreadState.WaitSleepJoin;
                else
                    s = ThreadState.Running;
                if (_isBackground)
                    s |= ThreadState.Background;
                return s;
            }
        }

        public CultureInfo CurrentCulture
        {
            get { return CultureInfo.CurrentCulture; }
        }

        public CultureInfo CurrentUICulture
        {
            get { return CultureInfo.CurrentCulture; }
        }

        public void Start()
        {
            StartCore(null, false);
        }

        public void Start(object parameter)
        {
            StartCore(parameter, true);
        }

        private void StartCore(object parameter, bool hasParameter)
        {
            if (_state != StateUnstarted)
                throw new ThreadStateException("Thread is running or terminated; it cannot restart.");
            if (hasParameter && _start is ThreadStart)
                throw new InvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter.");
            _startArg = parameter;
            _startContext = ExecutionContext.Capture();
            _state = StateRunning;
            GreenThreads.Start(this);
            if (_isBackground)
                GreenThreads.SetBackground(this, true);
            if (_pendingInterrupt)
            {
                _pendingInterrupt = false;
                GreenThreads.Interrupt(this);
            }
        }

        // Called by the engine on the new green thread. An exception escaping the delegate
        // escapes this method unhandled: the engine then ends the process, as .NET does.
        private void StartCallback()
        {
            ExecutionContext context = _startContext;
            _startContext = null;
            if (context != null && !context.IsDefault)
                ExecutionContext.RunInternal(context, s_runStartDelegate, this);
            else
                RunStartDelegate();
            _state = StateStopped;
            _start = null;
            _startArg = null;
            GreenThreads.UnparkAll(this);
        }

        private static readonly ContextCallback s_runStartDelegate = state => ((Thread)state).RunStartDelegate();

        private void RunStartDelegate()
        {
            var threadStart = _start as ThreadStart;
            if (threadStart != null)
                threadStart();
            else
                ((ParameterizedThreadStart)_start)(_startArg);
        }

        // Starts a thread that runs `body` with no ExecutionContext (pool workers, the timer thread).
        internal static Thread StartBackground(ThreadStart body, bool isThreadPoolThread)
        {
            var t = new Thread(body);
            t._isBackground = true;
            t._isThreadPoolThread = isThreadPoolThread;
            t._state = StateRunning;
            GreenThreads.Start(t);
            GreenThreads.SetBackground(t, true);
            return t;
        }

        public void Join()
        {
            JoinCore(Timeout.Infinite);
        }

        public bool Join(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            return JoinCore(millisecondsTimeout);
        }

        public bool Join(TimeSpan timeout)
        {
            return Join(ToTimeoutMilliseconds(timeout, "timeout"));
        }

        private bool JoinCore(int millisecondsTimeout)
        {
            if (_state == StateUnstarted)
                throw new ThreadStateException("Thread has not been started.");
            if (_state == StateStopped)
                return true;
            long deadline = Deadline(millisecondsTimeout);
            while (_state != StateStopped)
            {
                int remaining = Remaining(deadline);
                if (remaining == 0)
                    return false;
                Block(this, remaining);
            }
            return true;
        }

        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (millisecondsTimeout == 0)
            {
                // A pending interrupt is delivered even by Sleep(0).
                if (GreenThreads.Park(null, 0) == GreenThreads.Interrupted)
                    throw new ThreadInterruptedException();
                GreenThreads.Yield();
                return;
            }
            long deadline = Deadline(millisecondsTimeout);
            while (true)
            {
                int remaining = Remaining(deadline);
                if (remaining == 0)
                    return;
                Block(null, remaining);
            }
        }

        public static void Sleep(TimeSpan timeout)
        {
            Sleep(ToTimeoutMilliseconds(timeout, "timeout"));
        }

        public static bool Yield()
        {
            GreenThreads.Yield();
            return true;
        }

        // Green threads share one OS thread: spinning cannot see progress made by others.
        public static void SpinWait(int iterations)
        {
        }

        public static void MemoryBarrier()
        {
        }

        public void Interrupt()
        {
            if (_state == StateStopped)
                return;
            if (_state == StateUnstarted)
            {
                _pendingInterrupt = true;
                return;
            }
            GreenThreads.Interrupt(this);
        }

        public void Abort()
        {
            throw new PlatformNotSupportedException("Thread abort is not supported on this platform.");
        }

        public override int GetHashCode()
        {
            return _managedThreadId;
        }

        // ---- Blocking helpers shared by every waiting primitive ----

        // Parks the calling thread on `key` (ThreadState shows WaitSleepJoin meanwhile) until
        // it is unparked (true) or the timeout passes (false). Throws
        // ThreadInterruptedException if the thread is interrupted. Wake-ups may be spurious:
        // callers re-check their condition. A pool worker about to block makes sure another
        // worker can run the queued work items.
        internal static bool Block(object key, int millisecondsTimeout)
        {
            Thread current = CurrentThread;
            if (current._isThreadPoolThread)
                ThreadPool.NotifyWorkerBlocking();
            current._blockedCount++;
            int result = GreenThreads.Park(key, millisecondsTimeout);
            current._blockedCount--;
            if (result == GreenThreads.Interrupted)
                throw new ThreadInterruptedException();
            return result == GreenThreads.Notified;
        }

        // For blocking internal calls (Monitor.Wait, contended Monitor.Enter): ThreadState shows
        // WaitSleepJoin from BeginBlocking to EndBlocking, and a pool worker that blocks lets
        // another worker take the queued work.
        internal static Thread BeginBlocking()
        {
            Thread current = CurrentThread;
            if (current._isThreadPoolThread)
                ThreadPool.NotifyWorkerBlocking();
            current._blockedCount++;
            return current;
        }

        internal void EndBlocking()
        {
            _blockedCount--;
        }

        // A deadline for a timeout in milliseconds: -1 for Infinite.
        internal static long Deadline(int millisecondsTimeout)
        {
            if (millisecondsTimeout == Timeout.Infinite)
                return -1;
            return Environment.TickCount64 + millisecondsTimeout;
        }

        // Milliseconds left before the deadline: -1 (infinite) or >= 0.
        internal static int Remaining(long deadline)
        {
            if (deadline == -1)
                return Timeout.Infinite;
            long left = deadline - Environment.TickCount64;
            if (left <= 0)
                return 0;
            return left > int.MaxValue ? int.MaxValue : (int)left;
        }

        // A TimeSpan timeout as milliseconds; -1 ms is Infinite; anything else below zero or
        // above Int32.MaxValue throws ArgumentOutOfRangeException.
        internal static int ToTimeoutMilliseconds(TimeSpan timeout, string paramName)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException(paramName, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            return (int)ms;
        }
    }
}
