// Awaiters of ValueTask and ValueTask<TResult>, plain and configured.
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace System.Runtime.CompilerServices
{
    internal static class ValueTaskAwaiterShared
    {
        internal static readonly Action<object> s_invokeActionDelegate = state => ((Action)state)();
        internal static readonly Action<object> s_invokeAsyncStateMachineBox = state => ((IAsyncStateMachineBox)state).MoveNext();

        internal static ValueTaskSourceOnCompletedFlags Flags(bool continueOnCapturedContext, bool flowExecutionContext)
        {
            var flags = continueOnCapturedContext ? ValueTaskSourceOnCompletedFlags.UseSchedulingContext : ValueTaskSourceOnCompletedFlags.None;
            if (flowExecutionContext)
                flags |= ValueTaskSourceOnCompletedFlags.FlowExecutionContext;
            return flags;
        }

        internal static void OnCompleted(object obj, short token, Action continuation, bool continueOnCapturedContext, bool flowExecutionContext)
        {
            var t = obj as Task;
            if (t != null)
            {
                TaskAwaiter.OnCompletedInternal(t, continuation, continueOnCapturedContext, flowExecutionContext);
                return;
            }
            if (obj == null)
            {
                TaskAwaiter.OnCompletedInternal(Task.CompletedTask, continuation, continueOnCapturedContext, flowExecutionContext);
                return;
            }
            var source = obj as IValueTaskSource;
            if (source != null)
                source.OnCompleted(s_invokeActionDelegate, continuation, token, Flags(continueOnCapturedContext, flowExecutionContext));
            else
                OnCompletedGeneric(obj, token, s_invokeActionDelegate, continuation, Flags(continueOnCapturedContext, flowExecutionContext));
        }

        internal static void AwaitUnsafeOnCompleted(object obj, short token, IAsyncStateMachineBox box, bool continueOnCapturedContext)
        {
            var t = obj as Task;
            if (t != null)
            {
                t.UnsafeSetContinuationForAwait(box, continueOnCapturedContext);
                return;
            }
            if (obj == null)
            {
                Task.CompletedTask.UnsafeSetContinuationForAwait(box, continueOnCapturedContext);
                return;
            }
            var flags = Flags(continueOnCapturedContext, false);
            var source = obj as IValueTaskSource;
            if (source != null)
                source.OnCompleted(s_invokeAsyncStateMachineBox, box, token, flags);
            else
                OnCompletedGeneric(obj, token, s_invokeAsyncStateMachineBox, box, flags);
        }

        // IValueTaskSource<TResult> for an unknown TResult: found through the interface map.
        private static void OnCompletedGeneric(object obj, short token, Action<object> continuation, object state, ValueTaskSourceOnCompletedFlags flags)
        {
            var sink = obj as IValueTaskSourceOnCompleted;
            if (sink == null)
                throw new InvalidOperationException("The ValueTask is backed by an unexpected object.");
            sink.OnCompleted(continuation, state, token, flags);
        }
    }

    // Implemented by ValueTaskAwaiter<TResult>'s helper to reach IValueTaskSource<TResult>.OnCompleted.
    internal interface IValueTaskSourceOnCompleted
    {
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
    }

    [System.Diagnostics.StackTraceHidden]
    public struct ValueTaskAwaiter : ICriticalNotifyCompletion, IStateMachineBoxAwareAwaiter
    {
        private readonly ValueTask _value;

        internal ValueTaskAwaiter(ValueTask value)
        {
            _value = value;
        }

        public bool IsCompleted
        {
            get { return _value.IsCompleted; }
        }

        public void GetResult()
        {
            _value.ThrowIfCompletedUnsuccessfully();
        }

        public void OnCompleted(Action continuation)
        {
            ValueTaskAwaiterShared.OnCompleted(_value._obj, _value._token, continuation, true, true);
        }

        public void UnsafeOnCompleted(Action continuation)
        {
            ValueTaskAwaiterShared.OnCompleted(_value._obj, _value._token, continuation, true, false);
        }

        void IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted(IAsyncStateMachineBox box)
        {
            ValueTaskAwaiterShared.AwaitUnsafeOnCompleted(_value._obj, _value._token, box, true);
        }
    }

    [System.Diagnostics.StackTraceHidden]
    public struct ValueTaskAwaiter<TResult> : ICriticalNotifyCompletion, IStateMachineBoxAwareAwaiter
    {
        private readonly ValueTask<TResult> _value;

        internal ValueTaskAwaiter(ValueTask<TResult> value)
        {
            _value = value;
        }

        public bool IsCompleted
        {
            get { return _value.IsCompleted; }
        }

        public TResult GetResult()
        {
            return _value.Result;
        }

        public void OnCompleted(Action continuation)
        {
            ValueTaskSourceHelper<TResult>.OnCompleted(_value._obj, _value._token, continuation, true, true);
        }

        public void UnsafeOnCompleted(Action continuation)
        {
            ValueTaskSourceHelper<TResult>.OnCompleted(_value._obj, _value._token, continuation, true, false);
        }

        void IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted(IAsyncStateMachineBox box)
        {
            ValueTaskSourceHelper<TResult>.AwaitUnsafeOnCompleted(_value._obj, _value._token, box, true);
        }
    }

    // Dispatch for ValueTask<TResult>'s object: Task, IValueTaskSource<TResult> or nothing.
    internal static class ValueTaskSourceHelper<TResult>
    {
        internal static void OnCompleted(object obj, short token, Action continuation, bool continueOnCapturedContext, bool flowExecutionContext)
        {
            var source = obj as IValueTaskSource<TResult>;
            if (source != null)
            {
                if (continuation == null)
                    throw new ArgumentNullException("continuation");
                source.OnCompleted(ValueTaskAwaiterShared.s_invokeActionDelegate, continuation, token, ValueTaskAwaiterShared.Flags(continueOnCapturedContext, flowExecutionContext));
                return;
            }
            ValueTaskAwaiterShared.OnCompleted(obj, token, continuation, continueOnCapturedContext, flowExecutionContext);
        }

        internal static void AwaitUnsafeOnCompleted(object obj, short token, IAsyncStateMachineBox box, bool continueOnCapturedContext)
        {
            var source = obj as IValueTaskSource<TResult>;
            if (source != null)
            {
                source.OnCompleted(ValueTaskAwaiterShared.s_invokeAsyncStateMachineBox, box, token, ValueTaskAwaiterShared.Flags(continueOnCapturedContext, false));
                return;
            }
            ValueTaskAwaiterShared.AwaitUnsafeOnCompleted(obj, token, box, continueOnCapturedContext);
        }
    }

    public struct ConfiguredValueTaskAwaitable
    {
        private readonly ValueTask _value;

        internal ConfiguredValueTaskAwaitable(ValueTask value)
        {
            _value = value;
        }

        public ConfiguredValueTaskAwaiter GetAwaiter()
        {
            return new ConfiguredValueTaskAwaiter(_value);
        }

        [System.Diagnostics.StackTraceHidden]
        public struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion, IStateMachineBoxAwareAwaiter
        {
            private readonly ValueTask _value;

            internal ConfiguredValueTaskAwaiter(ValueTask value)
            {
                _value = value;
            }

            public bool IsCompleted
            {
                get { return _value.IsCompleted; }
            }

            public void GetResult()
            {
                _value.ThrowIfCompletedUnsuccessfully();
            }

            public void OnCompleted(Action continuation)
            {
                ValueTaskAwaiterShared.OnCompleted(_value._obj, _value._token, continuation, _value._continueOnCapturedContext, true);
            }

            public void UnsafeOnCompleted(Action continuation)
            {
                ValueTaskAwaiterShared.OnCompleted(_value._obj, _value._token, continuation, _value._continueOnCapturedContext, false);
            }

            void IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted(IAsyncStateMachineBox box)
            {
                ValueTaskAwaiterShared.AwaitUnsafeOnCompleted(_value._obj, _value._token, box, _value._continueOnCapturedContext);
            }
        }
    }

    public struct ConfiguredValueTaskAwaitable<TResult>
    {
        private readonly ValueTask<TResult> _value;

        internal ConfiguredValueTaskAwaitable(ValueTask<TResult> value)
        {
            _value = value;
        }

        public ConfiguredValueTaskAwaiter GetAwaiter()
        {
            return new ConfiguredValueTaskAwaiter(_value);
        }

        [System.Diagnostics.StackTraceHidden]
        public struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion, IStateMachineBoxAwareAwaiter
        {
            private readonly ValueTask<TResult> _value;

            internal ConfiguredValueTaskAwaiter(ValueTask<TResult> value)
            {
                _value = value;
            }

            public bool IsCompleted
            {
                get { return _value.IsCompleted; }
            }

            public TResult GetResult()
            {
                return _value.Result;
            }

            public void OnCompleted(Action continuation)
            {
                ValueTaskSourceHelper<TResult>.OnCompleted(_value._obj, _value._token, continuation, _value._continueOnCapturedContext, true);
            }

            public void UnsafeOnCompleted(Action continuation)
            {
                ValueTaskSourceHelper<TResult>.OnCompleted(_value._obj, _value._token, continuation, _value._continueOnCapturedContext, false);
            }

            void IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted(IAsyncStateMachineBox box)
            {
                ValueTaskSourceHelper<TResult>.AwaitUnsafeOnCompleted(_value._obj, _value._token, box, _value._continueOnCapturedContext);
            }
        }
    }
}
