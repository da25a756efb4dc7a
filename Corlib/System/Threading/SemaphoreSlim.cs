// System.Threading.SemaphoreSlim: a counting semaphore with synchronous waiters (parked on
// the semaphore) and asynchronous waiters (a FIFO list of tasks). Release serves synchronous
// waiters first, then completes async waiters in order; their continuations always run
// asynchronously, as in .NET.
using System.Threading.Tasks;

namespace System.Threading
{
    public class SemaphoreSlim : IDisposable
    {
        private int _currentCount;
        private readonly int _maxCount;
        private int _waitCount;          // synchronous waiters
        private bool _disposed;
        private ManualResetEvent _waitHandle;
        private TaskNode _asyncHead, _asyncTail;

        // An async waiter: a promise task whose continuations run asynchronously.
        private sealed class TaskNode : Task<bool>
        {
            internal TaskNode Prev, Next;

            internal TaskNode()
                : base((object)null, TaskCreationOptions.RunContinuationsAsynchronously, true)
            {
            }
        }

        public SemaphoreSlim(int initialCount)
            : this(initialCount, int.MaxValue)
        {
        }

        public SemaphoreSlim(int initialCount, int maxCount)
        {
            if (initialCount < 0 || initialCount > maxCount)
                throw new ArgumentOutOfRangeException("initialCount", initialCount, "The initialCount argument must be non-negative and less than or equal to the maximumCount.");
            if (maxCount <= 0)
                throw new ArgumentOutOfRangeException("maxCount", maxCount, "The maximumCount argument must be a positive number. If a maximum is not required, use the constructor without a maxCount parameter.");
            _currentCount = initialCount;
            _maxCount = maxCount;
        }

        public int CurrentCount
        {
            get { return _currentCount; }
        }

        public WaitHandle AvailableWaitHandle
        {
            get
            {
                CheckDispose();
                if (_waitHandle == null)
                    _waitHandle = new ManualResetEvent(_currentCount != 0);
                return _waitHandle;
            }
        }

        public void Wait()
        {
            Wait(Timeout.Infinite, default(CancellationToken));
        }

        public void Wait(CancellationToken cancellationToken)
        {
            Wait(Timeout.Infinite, cancellationToken);
        }

        public bool Wait(TimeSpan timeout)
        {
            return Wait(ToMilliseconds(timeout), default(CancellationToken));
        }

        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken)
        {
            return Wait(ToMilliseconds(timeout), cancellationToken);
        }

        public bool Wait(int millisecondsTimeout)
        {
            return Wait(millisecondsTimeout, default(CancellationToken));
        }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckDispose();
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            cancellationToken.ThrowIfCancellationRequested();
            if (_currentCount == 0)
            {
                if (millisecondsTimeout == 0)
                    return false;
                long deadline = Thread.Deadline(millisecondsTimeout);
                CancellationTokenRegistration registration = default(CancellationTokenRegistration);
                if (cancellationToken.CanBeCanceled)
                    registration = cancellationToken.UnsafeRegister(s_cancellationTokenCanceledEventHandler, this);
                _waitCount++;
                try
                {
                    while (_currentCount == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        int remaining = Thread.Remaining(deadline);
                        if (remaining == 0)
                            return false;
                        Thread.Block(this, remaining);
                    }
                }
                finally
                {
                    _waitCount--;
                    registration.Dispose();
                }
            }
            _currentCount--;
            if (_waitHandle != null && _currentCount == 0)
                _waitHandle.Reset();
            return true;
        }

        private static readonly Action<object> s_cancellationTokenCanceledEventHandler = obj => GreenThreads.UnparkAll(obj);

        private static int ToMilliseconds(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException("timeout", timeout, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            return (int)ms;
        }

        public Task WaitAsync()
        {
            return WaitAsync(Timeout.Infinite, default(CancellationToken));
        }

        public Task WaitAsync(CancellationToken cancellationToken)
        {
            return WaitAsync(Timeout.Infinite, cancellationToken);
        }

        public Task<bool> WaitAsync(int millisecondsTimeout)
        {
            return WaitAsync(millisecondsTimeout, default(CancellationToken));
        }

        public Task<bool> WaitAsync(TimeSpan timeout)
        {
            return WaitAsync(ToMilliseconds(timeout), default(CancellationToken));
        }

        public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
        {
            return WaitAsync(ToMilliseconds(timeout), cancellationToken);
        }

        public Task<bool> WaitAsync(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckDispose();
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            if (cancellationToken.IsCancellationRequested)
                return Task.FromCanceled<bool>(cancellationToken);
            if (_currentCount > 0)
            {
                _currentCount--;
                if (_waitHandle != null && _currentCount == 0)
                    _waitHandle.Reset();
                return Task.s_trueTask;
            }
            if (millisecondsTimeout == 0)
                return Task.s_falseTask;
            TaskNode node = CreateAndAddAsyncWaiter();
            if (millisecondsTimeout == Timeout.Infinite && !cancellationToken.CanBeCanceled)
                return node;
            return WaitUntilCountOrTimeoutAsync(node, millisecondsTimeout, cancellationToken);
        }

        // The waiter completes true when released, false when the timeout passes first, and
        // canceled when the token is canceled first; a timed-out or canceled waiter leaves the list.
        private Task<bool> WaitUntilCountOrTimeoutAsync(TaskNode node, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            var result = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            Timer timer = null;
            CancellationTokenRegistration registration = default(CancellationTokenRegistration);
            if (millisecondsTimeout != Timeout.Infinite)
            {
                timer = new Timer(_ =>
                {
                    if (RemoveAsyncWaiter(node))
                        result.TrySetResult(false);
                }, null, millisecondsTimeout, Timeout.Infinite);
            }
            if (cancellationToken.CanBeCanceled)
            {
                registration = cancellationToken.UnsafeRegister(_ =>
                {
                    if (RemoveAsyncWaiter(node))
                        result.TrySetCanceled(cancellationToken);
                }, null);
            }
            node.ContinueWith(t =>
            {
                if (timer != null)
                    timer.Dispose();
                registration.Dispose();
                result.TrySetResult(true);
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return result.Task;
        }

        private TaskNode CreateAndAddAsyncWaiter()
        {
            var task = new TaskNode();
            if (_asyncHead == null)
            {
                _asyncHead = task;
                _asyncTail = task;
            }
            else
            {
                _asyncTail.Next = task;
                task.Prev = _asyncTail;
                _asyncTail = task;
            }
            return task;
        }

        private bool RemoveAsyncWaiter(TaskNode task)
        {
            bool wasInList = _asyncHead == task || task.Prev != null;
            if (task.Next != null)
                task.Next.Prev = task.Prev;
            if (task.Prev != null)
                task.Prev.Next = task.Next;
            if (_asyncHead == task)
                _asyncHead = task.Next;
            if (_asyncTail == task)
                _asyncTail = task.Prev;
            task.Next = task.Prev = null;
            return wasInList;
        }

        public int Release()
        {
            return Release(1);
        }

        public int Release(int releaseCount)
        {
            CheckDispose();
            if (releaseCount < 1)
                throw new ArgumentOutOfRangeException("releaseCount", releaseCount, "The releaseCount argument must be greater than zero.");
            int returnCount = _currentCount;
            if (_maxCount - returnCount < releaseCount)
                throw new SemaphoreFullException();
            int currentCount = returnCount + releaseCount;

            // Synchronous waiters first.
            int waitCount = _waitCount;
            int waitersToNotify = Math.Min(releaseCount, waitCount);
            for (int i = 0; i < waitersToNotify; i++)
                GreenThreads.UnparkOne(this);

            // Then async waiters, in FIFO order, with what the synchronous waiters leave.
            if (_asyncHead != null)
            {
                int maxAsyncToRelease = currentCount - waitCount;
                while (maxAsyncToRelease > 0 && _asyncHead != null)
                {
                    --currentCount;
                    --maxAsyncToRelease;
                    TaskNode waiterTask = _asyncHead;
                    RemoveAsyncWaiter(waiterTask);
                    waiterTask.TrySetResult(true);
                }
            }
            _currentCount = currentCount;
            if (_waitHandle != null && returnCount == 0 && currentCount > 0)
                _waitHandle.Set();
            return returnCount;
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (_waitHandle != null)
                {
                    _waitHandle.Dispose();
                    _waitHandle = null;
                }
                _disposed = true;
                _asyncHead = null;
                _asyncTail = null;
            }
        }

        private void CheckDispose()
        {
            if (_disposed)
                throw new ObjectDisposedException(null, "The semaphore has been disposed.");
        }
    }
}
