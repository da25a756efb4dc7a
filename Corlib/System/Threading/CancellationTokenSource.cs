// System.Threading.CancellationTokenSource: signals cancellation to its tokens. Cancel runs
// the registered callbacks synchronously, newest first; their exceptions are collected into
// an AggregateException (or the first one propagates, with Cancel(true)).
using System.Collections.Generic;

namespace System.Threading
{
    public class CancellationTokenSource : IDisposable
    {
        internal static readonly CancellationTokenSource s_canceledSource = CreateCanceled();
        internal static readonly CancellationTokenSource s_neverCanceledSource = new CancellationTokenSource();

        private const int NotCanceledState = 0, NotifyingState = 1, NotifyingCompleteState = 2;

        private int _state;
        private bool _disposed;
        private ManualResetEvent _kernelEvent;
        private Timer _timer;
        private CallbackNode _callbacks;       // newest first
        private long _nextAvailableId = 1;
        private long _executingCallbackId;
        private Thread _threadExecutingCallbacks;

        // A registered callback, in a doubly linked list owned by its source.
        internal sealed class CallbackNode
        {
            internal readonly CancellationTokenSource Source;
            internal CallbackNode Prev, Next;
            internal long Id;
            internal Delegate Callback;             // Action<object> or Action<object, CancellationToken>
            internal object CallbackState;
            internal ExecutionContext ExecutionContext;
            internal SynchronizationContext SynchronizationContext;

            internal CallbackNode(CancellationTokenSource source)
            {
                Source = source;
            }

            internal void Invoke()
            {
                var action = Callback as Action<object>;
                if (action != null)
                    action(CallbackState);
                else
                    ((Action<object, CancellationToken>)Callback)(CallbackState, new CancellationToken(Source));
            }

            internal void ExecuteCallback()
            {
                if (ExecutionContext != null && !ExecutionContext.IsDefault)
                    ExecutionContext.RunInternal(ExecutionContext, s_invoke, this);
                else
                    Invoke();
            }

            private static readonly ContextCallback s_invoke = s => ((CallbackNode)s).Invoke();
        }

        public CancellationTokenSource()
        {
        }

        public CancellationTokenSource(TimeSpan delay)
            : this(ValidateDelay(delay))
        {
        }

        public CancellationTokenSource(int millisecondsDelay)
        {
            if (millisecondsDelay < -1)
                throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (millisecondsDelay == 0)
                _state = NotifyingCompleteState;
            else if (millisecondsDelay != Timeout.Infinite)
                _timer = new Timer(s_timerCallback, this, millisecondsDelay, Timeout.Infinite);
        }

        private static CancellationTokenSource CreateCanceled()
        {
            var cts = new CancellationTokenSource();
            cts._state = NotifyingCompleteState;
            return cts;
        }

        private static int ValidateDelay(TimeSpan delay)
        {
            long totalMilliseconds = (long)delay.TotalMilliseconds;
            if (totalMilliseconds < -1 || totalMilliseconds > int.MaxValue - 1)
                throw new ArgumentOutOfRangeException("delay");
            return (int)totalMilliseconds;
        }

        private static readonly TimerCallback s_timerCallback = state =>
        {
            var cts = (CancellationTokenSource)state;
            if (!cts._disposed)
                cts.NotifyCancellation(false);
        };

        public bool IsCancellationRequested
        {
            get { return _state != NotCanceledState; }
        }

        internal bool IsCancellationCompleted
        {
            get { return _state == NotifyingCompleteState; }
        }

        public CancellationToken Token
        {
            get
            {
                ThrowIfDisposed();
                return new CancellationToken(this);
            }
        }

        internal WaitHandle WaitHandle
        {
            get
            {
                ThrowIfDisposed();
                if (_kernelEvent == null)
                    _kernelEvent = new ManualResetEvent(IsCancellationRequested);
                return _kernelEvent;
            }
        }

        public void Cancel()
        {
            Cancel(false);
        }

        public void Cancel(bool throwOnFirstException)
        {
            ThrowIfDisposed();
            NotifyCancellation(throwOnFirstException);
        }

        public void CancelAfter(TimeSpan delay)
        {
            CancelAfter(ValidateDelay(delay));
        }

        public void CancelAfter(int millisecondsDelay)
        {
            ThrowIfDisposed();
            if (millisecondsDelay < -1)
                throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (IsCancellationRequested)
                return;
            if (_timer == null)
            {
                if (millisecondsDelay == Timeout.Infinite)
                    return;
                _timer = new Timer(s_timerCallback, this, Timeout.Infinite, Timeout.Infinite);
            }
            _timer.Change(millisecondsDelay, Timeout.Infinite);
        }

        // Returns a canceled-never source to its initial state (.NET 6).
        public bool TryReset()
        {
            ThrowIfDisposed();
            if (_state != NotCanceledState)
                return false;
            if (_timer != null)
                _timer.Change(Timeout.Infinite, Timeout.Infinite);
            _callbacks = null;
            return true;
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing || _disposed)
                return;
            if (_timer != null)
            {
                _timer.Dispose();
                _timer = null;
            }
            _callbacks = null;
            if (_kernelEvent != null)
            {
                _kernelEvent.Dispose();
                _kernelEvent = null;
            }
            _disposed = true;
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
                throw new ObjectDisposedException(null, "The CancellationTokenSource has been disposed.");
        }

        // Registers a callback; on an already canceled source it runs at once, synchronously.
        internal CancellationTokenRegistration Register(Delegate callback, object stateForCallback, SynchronizationContext syncContext, ExecutionContext executionContext)
        {
            if (!IsCancellationRequested)
            {
                if (_disposed)
                    return default(CancellationTokenRegistration);
                var node = new CallbackNode(this);
                node.Id = _nextAvailableId++;
                node.Callback = callback;
                node.CallbackState = stateForCallback;
                node.SynchronizationContext = syncContext;
                node.ExecutionContext = executionContext;
                node.Next = _callbacks;
                if (node.Next != null)
                    node.Next.Prev = node;
                _callbacks = node;
                return new CancellationTokenRegistration(node.Id, node);
            }
            var now = new CallbackNode(this);
            now.Callback = callback;
            now.CallbackState = stateForCallback;
            now.ExecutionContext = executionContext;
            now.SynchronizationContext = syncContext;
            if (syncContext != null)
                syncContext.Send(s => ((CallbackNode)s).ExecuteCallback(), now);
            else
                now.ExecuteCallback();
            return default(CancellationTokenRegistration);
        }

        // Removes a registration that has not run yet.
        internal bool Unregister(long id, CallbackNode node)
        {
            if (node.Id != id || node.Id == 0)
                return false;
            if (_callbacks == node)
                _callbacks = node.Next;
            else if (node.Prev == null)
                return false;     // already taken off the list (running or run)
            if (node.Prev != null)
                node.Prev.Next = node.Next;
            if (node.Next != null)
                node.Next.Prev = node.Prev;
            node.Prev = node.Next = null;
            node.Id = 0;
            return true;
        }

        // Dispose of a registration whose callback is running on another thread waits for it.
        internal void WaitForCallbackToComplete(long id)
        {
            while (_executingCallbackId == id && _threadExecutingCallbacks != Thread.CurrentThread && _state == NotifyingState)
                Thread.Block(null, 1);
        }

        private void NotifyCancellation(bool throwOnFirstException)
        {
            if (_state != NotCanceledState)
                return;
            _state = NotifyingState;
            _threadExecutingCallbacks = Thread.CurrentThread;
            if (_timer != null)
            {
                _timer.Dispose();
                _timer = null;
            }
            if (_kernelEvent != null)
                _kernelEvent.Set();
            ExecuteCallbackHandlers(throwOnFirstException);
        }

        private void ExecuteCallbackHandlers(bool throwOnFirstException)
        {
            List<Exception> exceptionList = null;
            try
            {
                while (_callbacks != null)
                {
                    CallbackNode node = _callbacks;
                    _callbacks = node.Next;
                    if (_callbacks != null)
                        _callbacks.Prev = null;
                    node.Next = null;
                    _executingCallbackId = node.Id;
                    node.Id = 0;
                    try
                    {
                        if (node.SynchronizationContext != null)
                            node.SynchronizationContext.Send(s => ((CallbackNode)s).ExecuteCallback(), node);
                        else
                            node.ExecuteCallback();
                    }
                    catch (Exception ex)
                    {
                        if (throwOnFirstException)
                            throw;
                        if (exceptionList == null)
                            exceptionList = new List<Exception>();
                        exceptionList.Add(ex);
                    }
                }
            }
            finally
            {
                _state = NotifyingCompleteState;
                _executingCallbackId = 0;
                _threadExecutingCallbacks = null;
            }
            if (exceptionList != null)
                throw new AggregateException(exceptionList);
        }

        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token)
        {
            return token.CanBeCanceled ? new LinkedCancellationTokenSource(new[] { token }) : new CancellationTokenSource();
        }

        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token1, CancellationToken token2)
        {
            if (!token1.CanBeCanceled)
                return CreateLinkedTokenSource(token2);
            return token2.CanBeCanceled
                ? new LinkedCancellationTokenSource(new[] { token1, token2 })
                : new LinkedCancellationTokenSource(new[] { token1 });
        }

        public static CancellationTokenSource CreateLinkedTokenSource(params CancellationToken[] tokens)
        {
            if (tokens == null)
                throw new ArgumentNullException("tokens");
            switch (tokens.Length)
            {
                case 0:
                    throw new ArgumentException("No tokens were supplied.");
                case 1:
                    return CreateLinkedTokenSource(tokens[0]);
                case 2:
                    return CreateLinkedTokenSource(tokens[0], tokens[1]);
                default:
                    return new LinkedCancellationTokenSource((CancellationToken[])tokens.Clone());
            }
        }

        // Canceled when any of its parent tokens is; disposing it unregisters from them.
        private sealed class LinkedCancellationTokenSource : CancellationTokenSource
        {
            private static readonly Action<object> s_linkedTokenCancelDelegate = s => ((CancellationTokenSource)s).NotifyCancellation(false);
            private CancellationTokenRegistration[] _linkingRegistrations;

            internal LinkedCancellationTokenSource(CancellationToken[] tokens)
            {
                _linkingRegistrations = new CancellationTokenRegistration[tokens.Length];
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (tokens[i].CanBeCanceled)
                        _linkingRegistrations[i] = tokens[i].UnsafeRegister(s_linkedTokenCancelDelegate, this);
                }
            }

            protected override void Dispose(bool disposing)
            {
                if (!disposing || _disposed)
                    return;
                CancellationTokenRegistration[] registrations = _linkingRegistrations;
                if (registrations != null)
                {
                    _linkingRegistrations = null;
                    for (int i = 0; i < registrations.Length; i++)
                        registrations[i].Dispose();
                }
                base.Dispose(disposing);
            }
        }
    }
}
