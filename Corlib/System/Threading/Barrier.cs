// System.Threading.Barrier: participants wait for each other phase by phase; the last
// participant to arrive runs the post-phase action, then everyone proceeds.
namespace System.Threading
{
    public class BarrierPostPhaseException : Exception
    {
        public BarrierPostPhaseException()
            : this((string)null)
        {
        }

        public BarrierPostPhaseException(Exception innerException)
            : this(null, innerException)
        {
        }

        public BarrierPostPhaseException(string message)
            : this(message, null)
        {
        }

        public BarrierPostPhaseException(string message, Exception innerException)
            : base(message ?? "The postPhaseAction failed with an exception.", innerException)
        {
        }
    }

    public class Barrier : IDisposable
    {
        private int _participantCount;
        private int _arrived;
        private long _currentPhase;
        private readonly Action<Barrier> _postPhaseAction;
        private Exception _exception;
        private bool _disposed;

        public Barrier(int participantCount)
            : this(participantCount, null)
        {
        }

        public Barrier(int participantCount, Action<Barrier> postPhaseAction)
        {
            if (participantCount < 0 || participantCount > 32767)
                throw new ArgumentOutOfRangeException("participantCount", participantCount, "The participantCount argument must be non-negative and less than or equal to 32767.");
            _participantCount = participantCount;
            _postPhaseAction = postPhaseAction;
        }

        public int ParticipantCount
        {
            get { return _participantCount; }
        }

        public int ParticipantsRemaining
        {
            get { return _participantCount - _arrived; }
        }

        public long CurrentPhaseNumber
        {
            get { return _currentPhase; }
        }

        public long AddParticipant()
        {
            return AddParticipants(1);
        }

        public long AddParticipants(int participantCount)
        {
            ThrowIfDisposed();
            if (participantCount < 1)
                throw new ArgumentOutOfRangeException("participantCount", participantCount, "The participantCount argument must be a positive value.");
            if (participantCount > 32767 - _participantCount)
                throw new ArgumentOutOfRangeException("participantCount", "Adding participantCount participants would result in the number of participants exceeding the maximum number allowed.");
            _participantCount += participantCount;
            return _currentPhase;
        }

        public void RemoveParticipant()
        {
            RemoveParticipants(1);
        }

        public void RemoveParticipants(int participantCount)
        {
            ThrowIfDisposed();
            if (participantCount < 1)
                throw new ArgumentOutOfRangeException("participantCount", participantCount, "The participantCount argument must be a positive value.");
            if (participantCount > _participantCount)
                throw new ArgumentOutOfRangeException("participantCount", "The participantCount argument must be less than or equal the number of participants.");
            if (_participantCount - participantCount < _arrived)
                throw new InvalidOperationException("The participantCount argument is greater than the number of participants that haven't yet arrived at the barrier in this phase.");
            _participantCount -= participantCount;
            if (_participantCount > 0 && _arrived == _participantCount)
                FinishPhase();
        }

        public void SignalAndWait()
        {
            SignalAndWait(Timeout.Infinite, default(CancellationToken));
        }

        public void SignalAndWait(CancellationToken cancellationToken)
        {
            SignalAndWait(Timeout.Infinite, cancellationToken);
        }

        public bool SignalAndWait(TimeSpan timeout)
        {
            return SignalAndWait(Thread.ToTimeoutMilliseconds(timeout, "timeout"), default(CancellationToken));
        }

        public bool SignalAndWait(int millisecondsTimeout)
        {
            return SignalAndWait(millisecondsTimeout, default(CancellationToken));
        }

        public bool SignalAndWait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            ThrowIfDisposed();
            cancellationToken.ThrowIfCancellationRequested();
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout, "The specified timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            if (_participantCount == 0)
                throw new InvalidOperationException("The barrier has no registered participants.");
            if (_arrived >= _participantCount)
                throw new InvalidOperationException("The number of threads using the barrier exceeded the total number of registered participants.");
            long phase = _currentPhase;
            _arrived++;
            if (_arrived == _participantCount)
            {
                FinishPhase();
                if (_exception != null)
                    throw new BarrierPostPhaseException(_exception);
                return true;
            }
            long deadline = Thread.Deadline(millisecondsTimeout);
            while (_currentPhase == phase)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int remaining = Thread.Remaining(deadline);
                if (remaining == 0)
                {
                    // Timed out: withdraw the arrival.
                    _arrived--;
                    return false;
                }
                Thread.Block(this, remaining);
            }
            if (_exception != null)
                throw new BarrierPostPhaseException(_exception);
            return true;
        }

        private void FinishPhase()
        {
            _exception = null;
            if (_postPhaseAction != null)
            {
                try
                {
                    _postPhaseAction(this);
                }
                catch (Exception e)
                {
                    _exception = e;
                }
            }
            _arrived = 0;
            _currentPhase++;
            GreenThreads.UnparkAll(this);
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            _disposed = true;
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
                throw new ObjectDisposedException("Barrier", "The barrier has been disposed.");
        }
    }
}
