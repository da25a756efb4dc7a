// System.Threading.CountdownEvent: set when its count reaches zero.
namespace System.Threading
{
    public class CountdownEvent : IDisposable
    {
        private int _initialCount;
        private volatile int _currentCount;
        private readonly ManualResetEventSlim _event;
        private bool _disposed;

        public CountdownEvent(int initialCount)
        {
            if (initialCount < 0)
                throw new ArgumentOutOfRangeException("initialCount");
            _initialCount = initialCount;
            _currentCount = initialCount;
            _event = new ManualResetEventSlim();
            if (initialCount == 0)
                _event.Set();
        }

        public int CurrentCount
        {
            get
            {
                int observedCount = _currentCount;
                return observedCount < 0 ? 0 : observedCount;
            }
        }

        public int InitialCount
        {
            get { return _initialCount; }
        }

        public bool IsSet
        {
            get { return _currentCount <= 0; }
        }

        public WaitHandle WaitHandle
        {
            get
            {
                ThrowIfDisposed();
                return _event.WaitHandle;
            }
        }

        public bool Signal()
        {
            return Signal(1);
        }

        public bool Signal(int signalCount)
        {
            if (signalCount <= 0)
                throw new ArgumentOutOfRangeException("signalCount");
            ThrowIfDisposed();
            if (_currentCount < signalCount)
                throw new InvalidOperationException("Invalid attempt made to decrement the event's count below zero.");
            _currentCount -= signalCount;
            if (_currentCount == 0)
            {
                _event.Set();
                return true;
            }
            return false;
        }

        public void AddCount()
        {
            AddCount(1);
        }

        public bool TryAddCount()
        {
            return TryAddCount(1);
        }

        public void AddCount(int signalCount)
        {
            if (!TryAddCount(signalCount))
                throw new InvalidOperationException("The event is already signaled and cannot be incremented.");
        }

        public bool TryAddCount(int signalCount)
        {
            if (signalCount <= 0)
                throw new ArgumentOutOfRangeException("signalCount");
            ThrowIfDisposed();
            if (_currentCount <= 0)
                return false;
            if (_currentCount > int.MaxValue - signalCount)
                throw new InvalidOperationException("The increment operation would cause the CurrentCount to overflow.");
            _currentCount += signalCount;
            return true;
        }

        public void Reset()
        {
            Reset(_initialCount);
        }

        public void Reset(int count)
        {
            ThrowIfDisposed();
            if (count < 0)
                throw new ArgumentOutOfRangeException("count");
            _currentCount = count;
            _initialCount = count;
            if (count == 0)
                _event.Set();
            else
                _event.Reset();
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
            return Wait(Thread.ToTimeoutMilliseconds(timeout, "timeout"), default(CancellationToken));
        }

        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken)
        {
            return Wait(Thread.ToTimeoutMilliseconds(timeout, "timeout"), cancellationToken);
        }

        public bool Wait(int millisecondsTimeout)
        {
            return Wait(millisecondsTimeout, default(CancellationToken));
        }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout");
            ThrowIfDisposed();
            cancellationToken.ThrowIfCancellationRequested();
            bool returnValue = IsSet;
            if (!returnValue)
                returnValue = _event.Wait(millisecondsTimeout, cancellationToken);
            return returnValue;
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                _event.Dispose();
                _disposed = true;
            }
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
                throw new ObjectDisposedException("CountdownEvent");
        }
    }
}
