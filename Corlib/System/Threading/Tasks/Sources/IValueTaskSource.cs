// System.Threading.Tasks.Sources: the interface a ValueTask can be backed by, and the
// reusable implementation core (ManualResetValueTaskSourceCore<TResult>).
using System.Runtime.ExceptionServices;

namespace System.Threading.Tasks.Sources
{
    [Flags]
    public enum ValueTaskSourceOnCompletedFlags
    {
        None = 0,
        UseSchedulingContext = 0x1,
        FlowExecutionContext = 0x2,
    }

    public enum ValueTaskSourceStatus
    {
        Pending = 0,
        Succeeded = 1,
        Faulted = 2,
        Canceled = 3,
    }

    public interface IValueTaskSource
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        void GetResult(short token);
    }

    public interface IValueTaskSource<out TResult>
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        TResult GetResult(short token);
    }

    // The logic of a resettable IValueTaskSource: Version is the token of the current
    // operation, Reset starts the next one.
    public struct ManualResetValueTaskSourceCore<TResult>
    {
        private Action<object> _continuation;
        private object _continuationState;
        private ExecutionContext _executionContext;
        private object _capturedContext;     // SynchronizationContext or TaskScheduler
        private bool _completed;
        private TResult _result;
        private ExceptionDispatchInfo _error;
        private short _version;

        public bool RunContinuationsAsynchronously { get; set; }

        public void Reset()
        {
            _version++;
            _completed = false;
            _result = default(TResult);
            _error = null;
            _executionContext = null;
            _capturedContext = null;
            _continuation = null;
            _continuationState = null;
        }

        public void SetResult(TResult result)
        {
            _result = result;
            SignalCompletion();
        }

        public void SetException(Exception error)
        {
            _error = ExceptionDispatchInfo.Capture(error);
            SignalCompletion();
        }

        public short Version
        {
            get { return _version; }
        }

        public ValueTaskSourceStatus GetStatus(short token)
        {
            ValidateToken(token);
            return
                !_completed ? ValueTaskSourceStatus.Pending :
                _error == null ? ValueTaskSourceStatus.Succeeded :
                _error.SourceException is OperationCanceledException ? ValueTaskSourceStatus.Canceled :
                ValueTaskSourceStatus.Faulted;
        }

        public TResult GetResult(short token)
        {
            if (token != _version || !_completed || _error != null)
                ThrowForFailedGetResult(token);
            return _result;
        }

        private void ThrowForFailedGetResult(short token)
        {
            if (token != _version || !_completed)
                throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            _error.Throw();
        }

        public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            if (continuation == null)
                throw new ArgumentNullException("continuation");
            ValidateToken(token);

            if ((flags & ValueTaskSourceOnCompletedFlags.FlowExecutionContext) != 0)
                _executionContext = ExecutionContext.Capture();

            if ((flags & ValueTaskSourceOnCompletedFlags.UseSchedulingContext) != 0)
            {
                SynchronizationContext sc = SynchronizationContext.Current;
                if (sc != null && sc.GetType() != typeof(SynchronizationContext))
                {
                    _capturedContext = sc;
                }
                else
                {
                    TaskScheduler ts = TaskScheduler.Current;
                    if (ts != TaskScheduler.Default)
                        _capturedContext = ts;
                }
            }

            object storedContinuation = _continuation;
            if (storedContinuation == null)
            {
                _continuationState = state;
                _continuation = continuation;
                return;
            }
            if (!ReferenceEquals(storedContinuation, ManualResetValueTaskSourceCoreShared.s_sentinel))
                throw new InvalidOperationException("Operation is not valid due to the current state of the object.");

            // Already completed: run the continuation asynchronously.
            object capturedContext = _capturedContext;
            if (capturedContext == null)
            {
                if (_executionContext != null)
                    ThreadPool.QueueUserWorkItem(continuation, state, true);
                else
                    ThreadPool.UnsafeQueueUserWorkItem(continuation, state, true);
            }
            else if (capturedContext is SynchronizationContext)
            {
                ((SynchronizationContext)capturedContext).Post(s => ((ContinuationAndState)s).Invoke(), new ContinuationAndState(continuation, state));
            }
            else
            {
                Task.Factory.StartNew(continuation, state, CancellationToken.None, TaskCreationOptions.DenyChildAttach, (TaskScheduler)capturedContext);
            }
        }

        private sealed class ContinuationAndState
        {
            private readonly Action<object> _continuation;
            private readonly object _state;

            internal ContinuationAndState(Action<object> continuation, object state)
            {
                _continuation = continuation;
                _state = state;
            }

            internal void Invoke()
            {
                _continuation(_state);
            }
        }

        private void ValidateToken(short token)
        {
            if (token != _version)
                throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
        }

        private void SignalCompletion()
        {
            if (_completed)
                throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            _completed = true;

            Action<object> continuation = _continuation;
            if (continuation == null)
            {
                _continuation = ManualResetValueTaskSourceCoreShared.s_sentinel;
                return;
            }
            _continuation = ManualResetValueTaskSourceCoreShared.s_sentinel;
            object state = _continuationState;
            ExecutionContext ec = _executionContext;
            if (ec == null)
            {
                InvokeContinuation(continuation, state);
            }
            else
            {
                Thread currentThread = Thread.CurrentThread;
                ExecutionContext previous = currentThread._executionContext;
                SynchronizationContext previousSync = currentThread._synchronizationContext;
                ExecutionContext.RestoreChangedContextToThread(currentThread, ec.IsDefault ? null : ec, previous);
                try
                {
                    InvokeContinuation(continuation, state);
                }
                finally
                {
                    currentThread._synchronizationContext = previousSync;
                    ExecutionContext.RestoreChangedContextToThread(currentThread, previous, currentThread._executionContext);
                }
            }
        }

        private void InvokeContinuation(Action<object> continuation, object state)
        {
            object capturedContext = _capturedContext;
            if (capturedContext == null)
            {
                if (RunContinuationsAsynchronously)
                {
                    if (_executionContext != null)
                        ThreadPool.QueueUserWorkItem(continuation, state, true);
                    else
                        ThreadPool.UnsafeQueueUserWorkItem(continuation, state, true);
                }
                else
                {
                    continuation(state);
                }
            }
            else if (capturedContext is SynchronizationContext)
            {
                ((SynchronizationContext)capturedContext).Post(s => ((ContinuationAndState)s).Invoke(), new ContinuationAndState(continuation, state));
            }
            else
            {
                Task.Factory.StartNew(continuation, state, CancellationToken.None, TaskCreationOptions.DenyChildAttach, (TaskScheduler)capturedContext);
            }
        }
    }

    internal static class ManualResetValueTaskSourceCoreShared
    {
        internal static readonly Action<object> s_sentinel = s => { throw new InvalidOperationException("Operation is not valid due to the current state of the object."); };
    }
}
