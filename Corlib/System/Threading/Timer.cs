// System.Threading.Timer and the timer queue behind it (also used by Task.Delay and
// CancellationTokenSource.CancelAfter). One background green thread parks until the next
// due time and queues each due timer's callback to the thread pool.
using System.Collections.Generic;

namespace System.Threading
{
    public delegate void TimerCallback(object state);

    // One scheduled callback. Rescheduling bumps _version; queue entries of older versions
    // are skipped when they come due.
    internal sealed class TimerQueueTimer : IThreadPoolWorkItem
    {
        private readonly TimerCallback _callback;
        private readonly object _state;
        private readonly ExecutionContext _executionContext;
        internal long _dueTime;       // absolute, Environment.TickCount64 milliseconds
        internal int _period;         // Timeout.Infinite: one-shot
        internal int _version;
        internal bool _scheduled;
        private bool _canceled;
        private int _callbacksRunning;
        private WaitHandle _notifyWhenNoCallbacksRunning;

        internal TimerQueueTimer(TimerCallback callback, object state, int dueTime, int period, bool flowExecutionContext)
        {
            _callback = callback;
            _state = state;
            if (flowExecutionContext)
                _executionContext = ExecutionContext.Capture();
            Change(dueTime, period);
        }

        internal bool Change(int dueTime, int period)
        {
            if (_canceled)
                return false;
            _period = period == 0 ? Timeout.Infinite : period;   // 0: fire once
            _version++;
            if (dueTime == Timeout.Infinite)
            {
                _scheduled = false;
                return true;
            }
            _dueTime = Environment.TickCount64 + dueTime;
            _scheduled = true;
            TimerQueue.Schedule(this);
            return true;
        }

        internal void Close()
        {
            _canceled = true;
            _scheduled = false;
            _version++;
        }

        internal bool Close(WaitHandle toSignal)
        {
            if (_canceled)
                return false;
            Close();
            if (_callbacksRunning == 0)
                SignalNoCallbacksRunning(toSignal);
            else
                _notifyWhenNoCallbacksRunning = toSignal;
            return true;
        }

        private static void SignalNoCallbacksRunning(WaitHandle toSignal)
        {
            var ewh = toSignal as EventWaitHandle;
            if (ewh != null)
                ewh.Set();
            else
                toSignal.SignalForTimer();
        }

        // Called by the timer thread when this timer comes due; queues the callback.
        internal void Fire()
        {
            ThreadPool.UnsafeQueueUserWorkItemInternal(this);
        }

        private static readonly ContextCallback s_invokeCallback = s =>
        {
            var t = (TimerQueueTimer)s;
            t._callback(t._state);
        };

        // Runs on a pool thread.
        void IThreadPoolWorkItem.Execute()
        {
            if (_canceled)
                return;
            _callbacksRunning++;
            if (_executionContext == null || _executionContext.IsDefault)
                _callback(_state);
            else
                ExecutionContext.RunInternal(_executionContext, s_invokeCallback, this);
            _callbacksRunning--;
            if (_callbacksRunning == 0 && _canceled && _notifyWhenNoCallbacksRunning != null)
            {
                WaitHandle h = _notifyWhenNoCallbacksRunning;
                _notifyWhenNoCallbacksRunning = null;
                SignalNoCallbacksRunning(h);
            }
        }
    }

    internal static class TimerQueue
    {
        private struct Entry
        {
            internal long DueTime;
            internal long Sequence;   // FIFO among equal due times
            internal int Version;
            internal TimerQueueTimer Timer;
        }

        // A binary min-heap of entries ordered by (DueTime, Sequence).
        private static Entry[] s_heap = new Entry[16];
        private static int s_count;
        private static long s_sequence;
        private static readonly object s_key = new object();
        private static Thread s_thread;

        internal static void Schedule(TimerQueueTimer timer)
        {
            var e = new Entry();
            e.DueTime = timer._dueTime;
            e.Sequence = s_sequence++;
            e.Version = timer._version;
            e.Timer = timer;
            Push(e);
            if (s_thread == null)
                s_thread = Thread.StartBackground(TimerThreadLoop, false);
            else if (s_heap[0].Timer == timer && s_heap[0].Sequence == e.Sequence)
                GreenThreads.UnparkOne(s_key);   // the new timer is due first: re-arm the wait
        }

        private static void TimerThreadLoop()
        {
            while (true)
            {
                long now = Environment.TickCount64;
                while (s_count > 0 && s_heap[0].DueTime <= now)
                {
                    Entry e = Pop();
                    TimerQueueTimer t = e.Timer;
                    if (e.Version != t._version || !t._scheduled)
                        continue;
                    if (t._period == Timeout.Infinite)
                    {
                        t._scheduled = false;
                    }
                    else
                    {
                        long next = t._dueTime + t._period;
                        t._dueTime = next < now ? now + t._period : next;
                        var again = new Entry();
                        again.DueTime = t._dueTime;
                        again.Sequence = s_sequence++;
                        again.Version = t._version;
                        again.Timer = t;
                        Push(again);
                    }
                    t.Fire();
                }
                int wait = Timeout.Infinite;
                if (s_count > 0)
                {
                    long delta = s_heap[0].DueTime - Environment.TickCount64;
                    wait = delta <= 0 ? 0 : (delta > int.MaxValue ? int.MaxValue : (int)delta);
                }
                if (wait != 0)
                    GreenThreads.Park(s_key, wait);
            }
        }

        private static bool Less(ref Entry a, ref Entry b)
        {
            return a.DueTime < b.DueTime || (a.DueTime == b.DueTime && a.Sequence < b.Sequence);
        }

        private static void Push(Entry e)
        {
            if (s_count == s_heap.Length)
            {
                var bigger = new Entry[s_heap.Length * 2];
                Array.Copy(s_heap, bigger, s_count);
                s_heap = bigger;
            }
            int i = s_count++;
            s_heap[i] = e;
            while (i > 0)
            {
                int parent = (i - 1) / 2;
                if (!Less(ref s_heap[i], ref s_heap[parent]))
                    break;
                Entry tmp = s_heap[i];
                s_heap[i] = s_heap[parent];
                s_heap[parent] = tmp;
                i = parent;
            }
        }

        private static Entry Pop()
        {
            Entry top = s_heap[0];
            s_count--;
            s_heap[0] = s_heap[s_count];
            s_heap[s_count] = default(Entry);
            int i = 0;
            while (true)
            {
                int left = 2 * i + 1;
                if (left >= s_count)
                    break;
                int smallest = left;
                int right = left + 1;
                if (right < s_count && Less(ref s_heap[right], ref s_heap[left]))
                    smallest = right;
                if (!Less(ref s_heap[smallest], ref s_heap[i]))
                    break;
                Entry tmp = s_heap[i];
                s_heap[i] = s_heap[smallest];
                s_heap[smallest] = tmp;
                i = smallest;
            }
            return top;
        }
    }

    public sealed class Timer : IDisposable
    {
        private const uint MaxSupportedTimeout = 0xfffffffe;
        private readonly TimerQueueTimer _timer;
        private bool _disposed;

        public Timer(TimerCallback callback)
        {
            if (callback == null)
                throw new ArgumentNullException("callback");
            _timer = new TimerQueueTimer(callback, this, Timeout.Infinite, Timeout.Infinite, true);
        }

        public Timer(TimerCallback callback, object state, int dueTime, int period)
        {
            if (callback == null)
                throw new ArgumentNullException("callback");
            CheckTimes(dueTime, period);
            _timer = new TimerQueueTimer(callback, state, dueTime, period, true);
        }

        public Timer(TimerCallback callback, object state, long dueTime, long period)
            : this(callback, state, ToInt(dueTime, "dueTime"), ToInt(period, "period"))
        {
        }

        public Timer(TimerCallback callback, object state, uint dueTime, uint period)
            : this(callback, state, ToInt(dueTime == uint.MaxValue ? -1 : (long)dueTime, "dueTime"), ToInt(period == uint.MaxValue ? -1 : (long)period, "period"))
        {
        }

        public Timer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period)
            : this(callback, state, ToInt((long)dueTime.TotalMilliseconds, "dueTime"), ToInt((long)period.TotalMilliseconds, "period"))
        {
        }

        private static int ToInt(long ms, string paramName)
        {
            if (ms < -1)
                throw new ArgumentOutOfRangeException(paramName, "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (ms > MaxSupportedTimeout)
                throw new ArgumentOutOfRangeException(paramName, "Time-out interval must be less than 2^32-2.");
            return ms > int.MaxValue ? int.MaxValue : (int)ms;
        }

        private static void CheckTimes(int dueTime, int period)
        {
            if (dueTime < -1)
                throw new ArgumentOutOfRangeException("dueTime", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (period < -1)
                throw new ArgumentOutOfRangeException("period", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
        }

        public bool Change(int dueTime, int period)
        {
            CheckTimes(dueTime, period);
            if (_disposed)
                throw new ObjectDisposedException(null, "Cannot access a disposed object.");
            return _timer.Change(dueTime, period);
        }

        public bool Change(long dueTime, long period)
        {
            return Change(ToInt(dueTime, "dueTime"), ToInt(period, "period"));
        }

        public bool Change(uint dueTime, uint period)
        {
            return Change(dueTime == uint.MaxValue ? -1 : (long)dueTime, period == uint.MaxValue ? -1 : (long)period);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            return Change((long)dueTime.TotalMilliseconds, (long)period.TotalMilliseconds);
        }

        public void Dispose()
        {
            _disposed = true;
            _timer.Close();
        }

        // Stops the timer; notifyObject is signaled once no callback is running any more.
        public bool Dispose(WaitHandle notifyObject)
        {
            if (notifyObject == null)
                throw new ArgumentNullException("notifyObject");
            _disposed = true;
            return _timer.Close(notifyObject);
        }
    }
}
