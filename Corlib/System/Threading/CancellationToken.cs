// System.Threading.CancellationToken: a view of a CancellationTokenSource. default(None) can
// never be canceled; new CancellationToken(true) is always canceled.
namespace System.Threading
{
    public struct CancellationToken : IEquatable<CancellationToken>
    {
        internal readonly CancellationTokenSource _source;

        internal CancellationToken(CancellationTokenSource source)
        {
            _source = source;
        }

        public CancellationToken(bool canceled)
            : this(canceled ? CancellationTokenSource.s_canceledSource : null)
        {
        }

        public static CancellationToken None
        {
            get { return default(CancellationToken); }
        }

        public bool IsCancellationRequested
        {
            get { return _source != null && _source.IsCancellationRequested; }
        }

        public bool CanBeCanceled
        {
            get { return _source != null; }
        }

        public WaitHandle WaitHandle
        {
            get { return (_source ?? CancellationTokenSource.s_neverCanceledSource).WaitHandle; }
        }

        public CancellationTokenRegistration Register(Action callback)
        {
            return Register(callback, false);
        }

        public CancellationTokenRegistration Register(Action callback, bool useSynchronizationContext)
        {
            if (callback == null)
                throw new ArgumentNullException("callback");
            return Register(s_actionToActionObjShunt, callback, useSynchronizationContext, true);
        }

        public CancellationTokenRegistration Register(Action<object> callback, object state)
        {
            if (callback == null)
                throw new ArgumentNullException("callback");
            return Register(callback, state, false, true);
        }

        public CancellationTokenRegistration Register(Action<object> callback, object state, bool useSynchronizationContext)
        {
            if (callback == null)
                throw new ArgumentNullException("callback");
            return Register(callback, state, useSynchronizationContext, true);
        }

        public CancellationTokenRegistration Register(Action<object, CancellationToken> callback, object state)
        {
            if (callback == null)
                throw new ArgumentNullException("callback");
            return Register((Delegate)callback, state, false, true);
        }

        public CancellationTokenRegistration UnsafeRegister(Action<object> callback, object state)
        {
            if (callback == null)
                throw new ArgumentNullException("callback");
            return Register(callback, state, false, false);
        }

        public CancellationTokenRegistration UnsafeRegister(Action<object, CancellationToken> callback, object state)
        {
            if (callback == null)
                throw new ArgumentNullException("callback");
            return Register((Delegate)callback, state, false, false);
        }

        private static readonly Action<object> s_actionToActionObjShunt = obj => ((Action)obj)();

        private CancellationTokenRegistration Register(Delegate callback, object state, bool useSynchronizationContext, bool useExecutionContext)
        {
            CancellationTokenSource source = _source;
            if (source == null)
                return default(CancellationTokenRegistration);
            return source.Register(callback, state,
                useSynchronizationContext ? SynchronizationContext.Current : null,
                useExecutionContext ? ExecutionContext.Capture() : null);
        }

        public void ThrowIfCancellationRequested()
        {
            if (IsCancellationRequested)
                throw new OperationCanceledException("The operation was canceled.", this);
        }

        public bool Equals(CancellationToken other)
        {
            return _source == other._source;
        }

        public override bool Equals(object other)
        {
            return other is CancellationToken && Equals((CancellationToken)other);
        }

        public override int GetHashCode()
        {
            return (_source ?? CancellationTokenSource.s_neverCanceledSource).GetHashCode();
        }

        public static bool operator ==(CancellationToken left, CancellationToken right)
        {
            return left.Equals(right);
        }

        public static bool operator !=(CancellationToken left, CancellationToken right)
        {
            return !left.Equals(right);
        }
    }

    // A registration returned by Register; Dispose/Unregister removes the callback (Dispose
    // also waits for it if it is running on another thread).
    public struct CancellationTokenRegistration : IDisposable, IEquatable<CancellationTokenRegistration>
    {
        private readonly long _id;
        private readonly CancellationTokenSource.CallbackNode _node;

        internal CancellationTokenRegistration(long id, CancellationTokenSource.CallbackNode node)
        {
            _id = id;
            _node = node;
        }

        public CancellationToken Token
        {
            get
            {
                CancellationTokenSource.CallbackNode node = _node;
                return node != null ? new CancellationToken(node.Source) : default(CancellationToken);
            }
        }

        public void Dispose()
        {
            CancellationTokenSource.CallbackNode node = _node;
            if (node != null && !node.Source.Unregister(_id, node))
                node.Source.WaitForCallbackToComplete(_id);
        }

        public bool Unregister()
        {
            CancellationTokenSource.CallbackNode node = _node;
            return node != null && node.Source.Unregister(_id, node);
        }

        public static bool operator ==(CancellationTokenRegistration left, CancellationTokenRegistration right)
        {
            return left.Equals(right);
        }

        public static bool operator !=(CancellationTokenRegistration left, CancellationTokenRegistration right)
        {
            return !left.Equals(right);
        }

        public override bool Equals(object obj)
        {
            return obj is CancellationTokenRegistration && Equals((CancellationTokenRegistration)obj);
        }

        public bool Equals(CancellationTokenRegistration other)
        {
            return _node == other._node && _id == other._id;
        }

        public override int GetHashCode()
        {
            return _node != null ? _node.GetHashCode() ^ _id.GetHashCode() : _id.GetHashCode();
        }
    }
}
