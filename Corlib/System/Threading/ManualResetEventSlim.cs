// System.Threading.ManualResetEventSlim: a manual-reset event without a kernel handle.
// Waiters park on the event; a cancellation token wakes them through a registration.
namespace System.Threading
{
    public class ManualResetEventSlim : IDisposable
    {
        private volatile bool _isSet;
        private bool _disposed;
        private ManualResetEvent _waitHandle;
        private int _spinCount = 35;

        public ManualResetEventSlim()
            : this(false)
        {
        }

        public ManualResetEventSlim(bool initialState)
        {
            _isSet = initialState;
        }

        public ManualResetEventSlim(bool initialState, int spinCount)
            : this(initialState)
        {
            if (spinCount < 0 || spinCount > 2047)
                throw new ArgumentOutOfRangeException("spinCount", "The spinCount argument must be in the range 0 to 2047, inclusive.");
            _spinCount = spinCount;
        }

        public bool IsSet
        {
            get { return _isSet; }
        }

        public int SpinCount
        {
            get { return _spinCount; }
        }

        public WaitHandle WaitHandle
        {
            get
            {
                ThrowIfDisposed();
                if (_waitHandle == null)
                    _waitHandle = new ManualResetEvent(_isSet);
                return _waitHandle;
            }
        }

        public void Set()
        {
            ThrowIfDisposed();
            _isSet = true;
            GreenThreads.UnparkAll(this);
            if (_waitHandle != null)
                _waitHandle.Set();
        }

        public void Reset()
        {
            ThrowIfDisposed();
            _isSet = false;
            if (_waitHandle != null)
                _waitHandle.Reset();
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
            ThrowIfDisposed();
            cancellationToken.ThrowIfCancellationRequested();
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            if (_isSet)
                return true;
            if (millisecondsTimeout == 0)
                return false;
            long deadline = Thread.Deadline(millisecondsTimeout);
            CancellationTokenRegistration registration = default(CancellationTokenRegistration);
            if (cancellationToken.CanBeCanceled)
                registration = cancellationToken.UnsafeRegister(s_cancellationTokenCallback, this);
            try
            {
                while (!_isSet)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int remaining = Thread.Remaining(deadline);
                    if (remaining == 0)
                        return false;
                    Thread.Block(this, remaining);
                }
                return true;
            }
            finally
            {
                registration.Dispose();
            }
        }

        private static readonly Action<object> s_cancellationTokenCallback = obj => GreenThreads.UnparkAll(obj);

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (_disposed)
                return;
            _disposed = true;
            if (_waitHandle != null)
                _waitHandle.Dispose();
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
                throw new ObjectDisposedException(null, "The event has been disposed.");
        }
    }
}
