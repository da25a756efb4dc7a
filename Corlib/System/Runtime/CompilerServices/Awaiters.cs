// The awaiter types of Task, Task<TResult>, ConfigureAwait and Task.Yield.
using System.Threading;
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    public interface INotifyCompletion
    {
        void OnCompleted(Action continuation);
    }

    public interface ICriticalNotifyCompletion : INotifyCompletion
    {
        void UnsafeOnCompleted(Action continuation);
    }

    public interface IAsyncStateMachine
    {
        void MoveNext();
        void SetStateMachine(IAsyncStateMachine stateMachine);
    }

    // Awaiters that can hand the builder's state machine box straight to what they await,
    // with no Action delegate in between.
    internal interface IStateMachineBoxAwareAwaiter
    {
        void AwaitUnsafeOnCompleted(IAsyncStateMachineBox box);
    }

    [System.Diagnostics.StackTraceHidden]
    public struct TaskAwaiter : ICriticalNotifyCompletion, IStateMachineBoxAwareAwaiter
    {
        internal readonly Task m_task;

        internal TaskAwaiter(Task task)
        {
            m_task = task;
        }

        public bool IsCompleted
        {
            get { return m_task.IsCompleted; }
        }

        public void OnCompleted(Action continuation)
        {
            OnCompletedInternal(m_task, continuation, true, true);
        }

        public void UnsafeOnCompleted(Action continuation)
        {
            OnCompletedInternal(m_task, continuation, true, false);
        }

        void IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted(IAsyncStateMachineBox box)
        {
            m_task.UnsafeSetContinuationForAwait(box, true);
        }

        public void GetResult()
        {
            ValidateEnd(m_task);
        }

        // Blocks until the task completes, then throws its first exception (or
        // TaskCanceledException / the recorded OperationCanceledException) if it did not succeed.
        internal static void ValidateEnd(Task task)
        {
            if (!task.IsCompletedSuccessfully)
                HandleNonSuccess(task);
        }

        private static void HandleNonSuccess(Task task)
        {
            if (!task.IsCompleted)
                task.InternalWait(Timeout.Infinite, default(CancellationToken));
            if (!task.IsCompletedSuccessfully)
                ThrowForNonSuccess(task);
        }

        private static void ThrowForNonSuccess(Task task)
        {
            switch (task.Status)
            {
                case TaskStatus.Canceled:
                    var oceEdi = task.GetCancellationExceptionDispatchInfo();
                    if (oceEdi != null)
                        oceEdi.Throw();
                    throw new TaskCanceledException(task);
                case TaskStatus.Faulted:
                    var exceptions = task.GetExceptionList();
                    if (exceptions.Count > 0)
                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exceptions[0]);
                    break;
            }
        }

        internal static void OnCompletedInternal(Task task, Action continuation, bool continueOnCapturedContext, bool flowExecutionContext)
        {
            if (continuation == null)
                throw new ArgumentNullException("continuation");
            task.SetContinuationForAwait(continuation, continueOnCapturedContext, flowExecutionContext);
        }
    }

    [System.Diagnostics.StackTraceHidden]
    public struct TaskAwaiter<TResult> : ICriticalNotifyCompletion, IStateMachineBoxAwareAwaiter
    {
        private readonly Task<TResult> m_task;

        internal TaskAwaiter(Task<TResult> task)
        {
            m_task = task;
        }

        public bool IsCompleted
        {
            get { return m_task.IsCompleted; }
        }

        public void OnCompleted(Action continuation)
        {
            TaskAwaiter.OnCompletedInternal(m_task, continuation, true, true);
        }

        public void UnsafeOnCompleted(Action continuation)
        {
            TaskAwaiter.OnCompletedInternal(m_task, continuation, true, false);
        }

        void IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted(IAsyncStateMachineBox box)
        {
            m_task.UnsafeSetContinuationForAwait(box, true);
        }

        public TResult GetResult()
        {
            TaskAwaiter.ValidateEnd(m_task);
            return m_task.ResultOnSuccess;
        }
    }

    public struct ConfiguredTaskAwaitable
    {
        private readonly ConfiguredTaskAwaiter m_configuredTaskAwaiter;

        internal ConfiguredTaskAwaitable(Task task, bool continueOnCapturedContext)
        {
            m_configuredTaskAwaiter = new ConfiguredTaskAwaiter(task, continueOnCapturedContext);
        }

        public ConfiguredTaskAwaiter GetAwaiter()
        {
            return m_configuredTaskAwaiter;
        }

        [System.Diagnostics.StackTraceHidden]
        public struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion, IStateMachineBoxAwareAwaiter
        {
            internal readonly Task m_task;
            internal readonly bool m_continueOnCapturedContext;

            internal ConfiguredTaskAwaiter(Task task, bool continueOnCapturedContext)
            {
                m_task = task;
                m_continueOnCapturedContext = continueOnCapturedContext;
            }

            public bool IsCompleted
            {
                get { return m_task.IsCompleted; }
            }

            public void OnCompleted(Action continuation)
            {
                TaskAwaiter.OnCompletedInternal(m_task, continuation, m_continueOnCapturedContext, true);
            }

            public void UnsafeOnCompleted(Action continuation)
            {
                TaskAwaiter.OnCompletedInternal(m_task, continuation, m_continueOnCapturedContext, false);
            }

            void IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted(IAsyncStateMachineBox box)
            {
                m_task.UnsafeSetContinuationForAwait(box, m_continueOnCapturedContext);
            }

            public void GetResult()
            {
                TaskAwaiter.ValidateEnd(m_task);
            }
        }
    }

    public struct ConfiguredTaskAwaitable<TResult>
    {
        private readonly ConfiguredTaskAwaiter m_configuredTaskAwaiter;

        internal ConfiguredTaskAwaitable(Task<TResult> task, bool continueOnCapturedContext)
        {
            m_configuredTaskAwaiter = new ConfiguredTaskAwaiter(task, continueOnCapturedContext);
        }

        public ConfiguredTaskAwaiter GetAwaiter()
        {
            return m_configuredTaskAwaiter;
        }

        [System.Diagnostics.StackTraceHidden]
        public struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion, IStateMachineBoxAwareAwaiter
        {
            private readonly Task<TResult> m_task;
            private readonly bool m_continueOnCapturedContext;

            internal ConfiguredTaskAwaiter(Task<TResult> task, bool continueOnCapturedContext)
            {
                m_task = task;
                m_continueOnCapturedContext = continueOnCapturedContext;
            }

            public bool IsCompleted
            {
                get { return m_task.IsCompleted; }
            }

            public void OnCompleted(Action continuation)
            {
                TaskAwaiter.OnCompletedInternal(m_task, continuation, m_continueOnCapturedContext, true);
            }

            public void UnsafeOnCompleted(Action continuation)
            {
                TaskAwaiter.OnCompletedInternal(m_task, continuation, m_continueOnCapturedContext, false);
            }

            void IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted(IAsyncStateMachineBox box)
            {
                m_task.UnsafeSetContinuationForAwait(box, m_continueOnCapturedContext);
            }

            public TResult GetResult()
            {
                TaskAwaiter.ValidateEnd(m_task);
                return m_task.ResultOnSuccess;
            }
        }
    }

    // Task.Yield(): always suspends; the continuation is posted to the current
    // SynchronizationContext, or the current TaskScheduler, or the thread pool.
    public struct YieldAwaitable
    {
        public YieldAwaiter GetAwaiter()
        {
            return new YieldAwaiter();
        }

        public struct YieldAwaiter : ICriticalNotifyCompletion, IStateMachineBoxAwareAwaiter
        {
            public bool IsCompleted
            {
                get { return false; }
            }

            public void OnCompleted(Action continuation)
            {
                QueueContinuation(continuation, true);
            }

            public void UnsafeOnCompleted(Action continuation)
            {
                QueueContinuation(continuation, false);
            }

            void IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted(IAsyncStateMachineBox box)
            {
                SynchronizationContext syncCtx = SynchronizationContext.Current;
                if (syncCtx != null && syncCtx.GetType() != typeof(SynchronizationContext))
                {
                    syncCtx.Post(s_sendOrPostCallbackRunAction, box.MoveNextAction);
                    return;
                }
                TaskScheduler scheduler = TaskScheduler.Current;
                if (scheduler == TaskScheduler.Default)
                    ThreadPool.UnsafeQueueUserWorkItemInternal(box);
                else
                    Task.Factory.StartNew(box.MoveNextAction, default(CancellationToken), TaskCreationOptions.PreferFairness, scheduler);
            }

            private static void QueueContinuation(Action continuation, bool flowContext)
            {
                if (continuation == null)
                    throw new ArgumentNullException("continuation");
                SynchronizationContext syncCtx = SynchronizationContext.Current;
                if (syncCtx != null && syncCtx.GetType() != typeof(SynchronizationContext))
                {
                    syncCtx.Post(s_sendOrPostCallbackRunAction, continuation);
                    return;
                }
                TaskScheduler scheduler = TaskScheduler.Current;
                if (scheduler == TaskScheduler.Default)
                {
                    if (flowContext)
                        ThreadPool.QueueUserWorkItem(s_waitCallbackRunAction, continuation);
                    else
                        ThreadPool.UnsafeQueueUserWorkItemInternal(continuation);
                }
                else
                {
                    Task.Factory.StartNew(continuation, default(CancellationToken), TaskCreationOptions.PreferFairness, scheduler);
                }
            }

            private static readonly WaitCallback s_waitCallbackRunAction = state => ((Action)state)();
            private static readonly SendOrPostCallback s_sendOrPostCallbackRunAction = state => ((Action)state)();

            public void GetResult()
            {
            }
        }
    }
}
