// System.Threading.ExecutionContext: the ambient AsyncLocal values that flow with the
// logical flow of control (to threads, pool work items, tasks and await continuations).
// An ExecutionContext is immutable: setting an AsyncLocal gives the thread a new context
// (copy-on-write), so a captured context is a snapshot. A null context on a thread means
// Default (no values).
namespace System.Threading
{
    public delegate void ContextCallback(object state);

    internal interface IAsyncLocal
    {
        void OnValueChanged(object previousValue, object currentValue, bool contextChanged);
    }

    public sealed class ExecutionContext : IDisposable
    {
        internal static readonly ExecutionContext Default = new ExecutionContext(true);
        private static readonly ExecutionContext DefaultFlowSuppressed = new ExecutionContext(new IAsyncLocal[0], new object[0], null, true);

        // A small immutable map AsyncLocal -> value (linear search: programs use few locals).
        private readonly IAsyncLocal[] _keys;
        private readonly object[] _values;
        private readonly IAsyncLocal[] _localChangeNotifications;
        private readonly bool _isFlowSuppressed;
        private readonly bool _isDefault;

        private ExecutionContext(bool isDefault)
        {
            _keys = new IAsyncLocal[0];
            _values = new object[0];
            _isDefault = isDefault;
        }

        private ExecutionContext(IAsyncLocal[] keys, object[] values, IAsyncLocal[] localChangeNotifications, bool isFlowSuppressed)
        {
            _keys = keys;
            _values = values;
            _localChangeNotifications = localChangeNotifications;
            _isFlowSuppressed = isFlowSuppressed;
        }

        internal bool IsDefault
        {
            get { return _isDefault; }
        }

        internal bool HasChangeNotifications
        {
            get { return _localChangeNotifications != null; }
        }

        // The current context, or null when flow is suppressed.
        public static ExecutionContext Capture()
        {
            ExecutionContext executionContext = Thread.CurrentThread._executionContext;
            if (executionContext == null)
                return Default;
            if (executionContext._isFlowSuppressed)
                return null;
            return executionContext;
        }

        // Contexts are immutable, so a copy is the same object.
        public ExecutionContext CreateCopy()
        {
            return this;
        }

        public void Dispose()
        {
        }

        private ExecutionContext ShallowClone(bool isFlowSuppressed)
        {
            if (_keys.Length == 0 && _localChangeNotifications == null)
                return isFlowSuppressed ? DefaultFlowSuppressed : null;
            return new ExecutionContext(_keys, _values, _localChangeNotifications, isFlowSuppressed);
        }

        public static AsyncFlowControl SuppressFlow()
        {
            Thread currentThread = Thread.CurrentThread;
            ExecutionContext executionContext = currentThread._executionContext ?? Default;
            if (executionContext._isFlowSuppressed)
                throw new InvalidOperationException("Context flow cannot be suppressed multiple times.");
            currentThread._executionContext = executionContext.ShallowClone(true);
            var asyncFlowControl = new AsyncFlowControl();
            asyncFlowControl.Initialize(currentThread);
            return asyncFlowControl;
        }

        public static void RestoreFlow()
        {
            Thread currentThread = Thread.CurrentThread;
            ExecutionContext executionContext = currentThread._executionContext;
            if (executionContext == null || !executionContext._isFlowSuppressed)
                throw new InvalidOperationException("Cannot restore context flow when it is not suppressed.");
            currentThread._executionContext = executionContext.ShallowClone(false);
        }

        public static bool IsFlowSuppressed()
        {
            ExecutionContext executionContext = Thread.CurrentThread._executionContext;
            return executionContext != null && executionContext._isFlowSuppressed;
        }

        public static void Run(ExecutionContext executionContext, ContextCallback callback, object state)
        {
            if (executionContext == null)
                throw new InvalidOperationException("Cannot call Set on a null context");
            RunInternal(executionContext, callback, state);
        }

        // Runs callback with executionContext installed on the current thread (null = Default),
        // then restores the thread's previous ExecutionContext and SynchronizationContext,
        // also when the callback throws.
        internal static void RunInternal(ExecutionContext executionContext, ContextCallback callback, object state)
        {
            Thread currentThread = Thread.CurrentThread;
            ExecutionContext previousExecutionCtx = currentThread._executionContext;
            if (previousExecutionCtx != null && previousExecutionCtx._isDefault)
                previousExecutionCtx = null;
            SynchronizationContext previousSyncCtx = currentThread._synchronizationContext;
            if (executionContext != null && executionContext._isDefault)
                executionContext = null;
            if (previousExecutionCtx != executionContext)
                RestoreChangedContextToThread(currentThread, executionContext, previousExecutionCtx);
            try
            {
                callback(state);
            }
            finally
            {
                if (currentThread._synchronizationContext != previousSyncCtx)
                    currentThread._synchronizationContext = previousSyncCtx;
                ExecutionContext currentExecutionCtx = currentThread._executionContext;
                if (currentExecutionCtx != previousExecutionCtx)
                    RestoreChangedContextToThread(currentThread, previousExecutionCtx, currentExecutionCtx);
            }
        }

        // Installs contextToRestore, raising the value-changed notifications of AsyncLocals
        // whose values differ between the two contexts.
        internal static void RestoreChangedContextToThread(Thread currentThread, ExecutionContext contextToRestore, ExecutionContext currentContext)
        {
            currentThread._executionContext = contextToRestore;
            if ((currentContext != null && currentContext.HasChangeNotifications) ||
                (contextToRestore != null && contextToRestore.HasChangeNotifications))
                OnValuesChanged(currentContext, contextToRestore);
        }

        // The thread pool runs every work item from a clean context.
        internal static void ResetThreadPoolThread(Thread currentThread)
        {
            ExecutionContext current = currentThread._executionContext;
            if (current != null)
                RestoreChangedContextToThread(currentThread, null, current);
            currentThread._synchronizationContext = null;
        }

        private static void OnValuesChanged(ExecutionContext previousExecutionCtx, ExecutionContext nextExecutionCtx)
        {
            IAsyncLocal[] previousLocals = previousExecutionCtx != null ? previousExecutionCtx._localChangeNotifications : null;
            IAsyncLocal[] nextLocals = nextExecutionCtx != null ? nextExecutionCtx._localChangeNotifications : null;
            if (previousLocals != null)
            {
                foreach (IAsyncLocal local in previousLocals)
                {
                    object previousValue = previousExecutionCtx.Lookup(local);
                    object currentValue = nextExecutionCtx != null ? nextExecutionCtx.Lookup(local) : null;
                    if (previousValue != currentValue)
                        local.OnValueChanged(previousValue, currentValue, true);
                }
            }
            if (nextLocals != null && nextLocals != previousLocals)
            {
                foreach (IAsyncLocal local in nextLocals)
                {
                    if (previousLocals != null && Array.IndexOf(previousLocals, local) >= 0)
                        continue;
                    object currentValue = nextExecutionCtx.Lookup(local);
                    if (currentValue != null)
                        local.OnValueChanged(null, currentValue, true);
                }
            }
        }

        private int IndexOf(IAsyncLocal local)
        {
            IAsyncLocal[] keys = _keys;
            for (int i = 0; i < keys.Length; i++)
                if (keys[i] == local)
                    return i;
            return -1;
        }

        private object Lookup(IAsyncLocal local)
        {
            int i = IndexOf(local);
            return i < 0 ? null : _values[i];
        }

        internal static object GetLocalValue(IAsyncLocal local)
        {
            ExecutionContext current = Thread.CurrentThread._executionContext;
            return current == null ? null : current.Lookup(local);
        }

        internal static void SetLocalValue(IAsyncLocal local, object newValue, bool needChangeNotifications)
        {
            Thread currentThread = Thread.CurrentThread;
            ExecutionContext current = currentThread._executionContext;
            int index = current == null ? -1 : current.IndexOf(local);
            object previousValue = index < 0 ? null : current._values[index];
            if (previousValue == newValue)
                return;

            IAsyncLocal[] keys = current != null ? current._keys : new IAsyncLocal[0];
            object[] values = current != null ? current._values : new object[0];
            IAsyncLocal[] newKeys;
            object[] newValues;
            if (newValue == null && !needChangeNotifications)
            {
                // Remove the entry (null means "not set").
                newKeys = new IAsyncLocal[keys.Length - 1];
                newValues = new object[keys.Length - 1];
                for (int i = 0, j = 0; i < keys.Length; i++)
                {
                    if (i == index)
                        continue;
                    newKeys[j] = keys[i];
                    newValues[j] = values[i];
                    j++;
                }
            }
            else if (index >= 0)
            {
                newKeys = keys;
                newValues = (object[])values.Clone();
                newValues[index] = newValue;
            }
            else
            {
                newKeys = new IAsyncLocal[keys.Length + 1];
                newValues = new object[keys.Length + 1];
                Array.Copy(keys, newKeys, keys.Length);
                Array.Copy(values, newValues, keys.Length);
                newKeys[keys.Length] = local;
                newValues[keys.Length] = newValue;
            }

            IAsyncLocal[] newChangeNotifications = current != null ? current._localChangeNotifications : null;
            if (needChangeNotifications && (newChangeNotifications == null || Array.IndexOf(newChangeNotifications, local) < 0))
            {
                int n = newChangeNotifications == null ? 0 : newChangeNotifications.Length;
                var grown = new IAsyncLocal[n + 1];
                if (n > 0)
                    Array.Copy(newChangeNotifications, grown, n);
                grown[n] = local;
                newChangeNotifications = grown;
            }

            bool isFlowSuppressed = current != null && current._isFlowSuppressed;
            currentThread._executionContext = (!isFlowSuppressed && newKeys.Length == 0 && newChangeNotifications == null)
                ? null
                : new ExecutionContext(newKeys, newValues, newChangeNotifications, isFlowSuppressed);

            if (needChangeNotifications)
                local.OnValueChanged(previousValue, newValue, false);
        }
    }

    // Returned by ExecutionContext.SuppressFlow; Undo (or Dispose) restores the flow, once,
    // on the thread that suppressed it.
    public struct AsyncFlowControl : IDisposable
    {
        private Thread _thread;

        internal void Initialize(Thread currentThread)
        {
            _thread = currentThread;
        }

        public void Undo()
        {
            if (_thread == null)
                throw new InvalidOperationException("AsyncFlowControl objects can be used to restore flow only on a Context that had its flow suppressed.");
            if (Thread.CurrentThread != _thread)
                throw new InvalidOperationException("AsyncFlowControl object must be used on the thread where it was created.");
            if (!ExecutionContext.IsFlowSuppressed())
                throw new InvalidOperationException("AsyncFlowControl objects can be used to restore flow only on a Context that had its flow suppressed.");
            _thread = null;
            ExecutionContext.RestoreFlow();
        }

        public void Dispose()
        {
            Undo();
        }

        public override bool Equals(object obj)
        {
            return obj is AsyncFlowControl && Equals((AsyncFlowControl)obj);
        }

        public bool Equals(AsyncFlowControl obj)
        {
            return _thread == obj._thread;
        }

        public override int GetHashCode()
        {
            return _thread == null ? 0 : _thread.GetHashCode();
        }

        public static bool operator ==(AsyncFlowControl a, AsyncFlowControl b)
        {
            return a.Equals(b);
        }

        public static bool operator !=(AsyncFlowControl a, AsyncFlowControl b)
        {
            return !a.Equals(b);
        }
    }

    // An ambient value that flows with the ExecutionContext.
    public sealed class AsyncLocal<T> : IAsyncLocal
    {
        private readonly Action<AsyncLocalValueChangedArgs<T>> _valueChangedHandler;

        public AsyncLocal()
        {
        }

        public AsyncLocal(Action<AsyncLocalValueChangedArgs<T>> valueChangedHandler)
        {
            _valueChangedHandler = valueChangedHandler;
        }

        public T Value
        {
            get
            {
                object obj = ExecutionContext.GetLocalValue(this);
                return obj == null ? default(T) : (T)obj;
            }
            set { ExecutionContext.SetLocalValue(this, value, _valueChangedHandler != null); }
        }

        void IAsyncLocal.OnValueChanged(object previousValueObj, object currentValueObj, bool contextChanged)
        {
            T previousValue = previousValueObj == null ? default(T) : (T)previousValueObj;
            T currentValue = currentValueObj == null ? default(T) : (T)currentValueObj;
            _valueChangedHandler(new AsyncLocalValueChangedArgs<T>(previousValue, currentValue, contextChanged));
        }
    }

    public struct AsyncLocalValueChangedArgs<T>
    {
        private readonly T _previousValue;
        private readonly T _currentValue;
        private readonly bool _threadContextChanged;

        internal AsyncLocalValueChangedArgs(T previousValue, T currentValue, bool contextChanged)
        {
            _previousValue = previousValue;
            _currentValue = currentValue;
            _threadContextChanged = contextChanged;
        }

        public T PreviousValue
        {
            get { return _previousValue; }
        }

        public T CurrentValue
        {
            get { return _currentValue; }
        }

        public bool ThreadContextChanged
        {
            get { return _threadContextChanged; }
        }
    }
}
