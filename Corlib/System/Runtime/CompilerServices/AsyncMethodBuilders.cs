// The builders behind async methods (what mcs/Roslyn-compiled state machines call), ported
// from .NET's AsyncMethodBuilderCore and AsyncTaskMethodBuilder<TResult>:
// - Start runs MoveNext inline and then restores the caller's ExecutionContext and
//   SynchronizationContext, so an async method's AsyncLocal changes never leak to its caller;
// - on the first suspension the state machine is copied into a box, which is also the
//   method's Task; later suspensions reuse it. Resuming runs the box's MoveNext in the
//   ExecutionContext captured at the last suspension;
// - a method that completes synchronously gets a completed Task (Task.CompletedTask for
//   async Task methods) and no box.
using System.Threading;
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    internal interface IAsyncStateMachineBox
    {
        void MoveNext();
        Action MoveNextAction { get; }
        IAsyncStateMachine GetStateMachineObject();
    }

    internal static class AsyncMethodBuilderCore
    {
        public static void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            Thread currentThread = Thread.CurrentThread;
            ExecutionContext previousExecutionCtx = currentThread._executionContext;
            SynchronizationContext previousSyncCtx = currentThread._synchronizationContext;
            try
            {
                stateMachine.MoveNext();
            }
            finally
            {
                if (previousSyncCtx != currentThread._synchronizationContext)
                    currentThread._synchronizationContext = previousSyncCtx;
                ExecutionContext currentExecutionCtx = currentThread._executionContext;
                if (previousExecutionCtx != currentExecutionCtx)
                    ExecutionContext.RestoreChangedContextToThread(currentThread, previousExecutionCtx, currentExecutionCtx);
            }
        }

        public static void SetStateMachine(IAsyncStateMachine stateMachine, Task task)
        {
            if (stateMachine == null)
                throw new ArgumentNullException("stateMachine");
            if (task != null)
                throw new InvalidOperationException("The builder was not properly initialized.");
        }
    }

    public struct AsyncTaskMethodBuilder<TResult>
    {
        internal Task<TResult> m_task;

        public static AsyncTaskMethodBuilder<TResult> Create()
        {
            return default(AsyncTaskMethodBuilder<TResult>);
        }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodBuilderCore.Start(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            AsyncMethodBuilderCore.SetStateMachine(stateMachine, m_task);
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            GreenThreads.Count(GreenThreads.CountSuspension);
            try
            {
                awaiter.OnCompleted(GetStateMachineBox(ref stateMachine, ref m_task).MoveNextAction);
            }
            catch (Exception e)
            {
                System.Threading.Tasks.Task.ThrowAsync(e, null);
            }
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            GreenThreads.Count(GreenThreads.CountSuspension);
            IAsyncStateMachineBox box = GetStateMachineBox(ref stateMachine, ref m_task);
            AwaitUnsafeOnCompleted(ref awaiter, box);
        }

        internal static void AwaitUnsafeOnCompleted<TAwaiter>(ref TAwaiter awaiter, IAsyncStateMachineBox box)
            where TAwaiter : ICriticalNotifyCompletion
        {
            try
            {
                // .NET's JIT removes the box in `awaiter is IStateMachineBoxAwareAwaiter`; an
                // interpreter does not, so struct awaiters go through a per-type caller that
                // makes a constrained call on the awaiter in place: no allocation.
                AwaiterDispatch<TAwaiter> dispatch = AwaiterDispatch<TAwaiter>.Instance;
                if (dispatch != null)
                {
                    dispatch.AwaitUnsafeOnCompleted(ref awaiter, box);
                }
                else if (!AwaiterDispatch<TAwaiter>.IsValueType)
                {
                    var aware = awaiter as IStateMachineBoxAwareAwaiter;
                    if (aware != null)
                        aware.AwaitUnsafeOnCompleted(box);
                    else
                        awaiter.UnsafeOnCompleted(box.MoveNextAction);
                }
                else
                {
                    awaiter.UnsafeOnCompleted(box.MoveNextAction);
                }
            }
            catch (Exception e)
            {
                System.Threading.Tasks.Task.ThrowAsync(e, null);
            }
        }

        // The box that holds the state machine from its first suspension on; it is the Task.
        // The task field is set before the state machine is copied, so the copy's builder
        // points at the box too.
        private static IAsyncStateMachineBox GetStateMachineBox<TStateMachine>(ref TStateMachine stateMachine, ref Task<TResult> taskField)
            where TStateMachine : IAsyncStateMachine
        {
            ExecutionContext currentContext = ExecutionContext.Capture();
            var stronglyTypedBox = taskField as AsyncStateMachineBox<TStateMachine>;
            if (stronglyTypedBox != null)
            {
                if (stronglyTypedBox.Context != currentContext)
                    stronglyTypedBox.Context = currentContext;
                return stronglyTypedBox;
            }
            var box = new AsyncStateMachineBox<TStateMachine>();
            taskField = box;
            box.StateMachine = stateMachine;
            box.Context = currentContext;
            return box;
        }

        private sealed class AsyncStateMachineBox<TStateMachine> : Task<TResult>, IAsyncStateMachineBox, IThreadPoolWorkItem
            where TStateMachine : IAsyncStateMachine
        {
            private static readonly ContextCallback s_callback = s => ((AsyncStateMachineBox<TStateMachine>)s).StateMachine.MoveNext();

            private Action _moveNextAction;
            public TStateMachine StateMachine;
            public ExecutionContext Context;

            public Action MoveNextAction
            {
                get { return _moveNextAction ?? (_moveNextAction = new Action(MoveNext)); }
            }

            // Resumes the suspended method (from a continuation).
            public void MoveNext()
            {
                GreenThreads.Count(GreenThreads.CountResumption);
                ExecutionContext context = Context;
                if (context == null)
                    StateMachine.MoveNext();
                else
                    ExecutionContext.RunInternal(context, s_callback, this);
                if (IsCompleted)
                {
                    StateMachine = default(TStateMachine);
                    Context = null;
                }
            }

            void IThreadPoolWorkItem.Execute()
            {
                MoveNext();
            }

            public IAsyncStateMachine GetStateMachineObject()
            {
                return StateMachine;
            }
        }

        public Task<TResult> Task
        {
            get { return m_task ?? (m_task = new Task<TResult>()); }
        }

        public void SetResult(TResult result)
        {
            if (m_task == null)
                m_task = new Task<TResult>(result);
            else
                SetExistingTaskResult(m_task, result);
        }

        internal static void SetExistingTaskResult(Task<TResult> task, TResult result)
        {
            if (!task.TrySetResult(result))
                throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        // An OperationCanceledException cancels the task; any other exception faults it.
        public void SetException(Exception exception)
        {
            if (exception == null)
                throw new ArgumentNullException("exception");
            Task<TResult> task = m_task ?? (m_task = new Task<TResult>());
            var oce = exception as OperationCanceledException;
            bool successfullySet = oce != null ? task.TrySetCanceled(oce.CancellationToken, oce) : task.TrySetException(exception);
            if (!successfullySet)
                throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        internal void SetCompletedTask(Task<TResult> completed)
        {
            m_task = completed;
        }
    }

    public struct AsyncTaskMethodBuilder
    {
        private AsyncTaskMethodBuilder<VoidTaskResult> m_builder;

        public static AsyncTaskMethodBuilder Create()
        {
            return default(AsyncTaskMethodBuilder);
        }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodBuilderCore.Start(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            m_builder.SetStateMachine(stateMachine);
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }

        public Task Task
        {
            get { return m_builder.Task; }
        }

        public void SetResult()
        {
            if (m_builder.m_task == null)
                m_builder.m_task = System.Threading.Tasks.Task.s_cachedCompleted;
            else
                AsyncTaskMethodBuilder<VoidTaskResult>.SetExistingTaskResult(m_builder.m_task, default(VoidTaskResult));
        }

        public void SetException(Exception exception)
        {
            m_builder.SetException(exception);
        }
    }

    // async void: no task to report to. The SynchronizationContext current at the call is told
    // OperationStarted/OperationCompleted, and an exception is rethrown on it (Post), or on
    // the thread pool, where it ends the process.
    public struct AsyncVoidMethodBuilder
    {
        private SynchronizationContext _synchronizationContext;
        private AsyncTaskMethodBuilder _builder;

        public static AsyncVoidMethodBuilder Create()
        {
            SynchronizationContext sc = SynchronizationContext.Current;
            if (sc != null)
                sc.OperationStarted();
            var b = default(AsyncVoidMethodBuilder);
            b._synchronizationContext = sc;
            return b;
        }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodBuilderCore.Start(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            _builder.SetStateMachine(stateMachine);
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            _builder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            _builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }

        public void SetResult()
        {
            if (_synchronizationContext != null)
                NotifySynchronizationContextOfCompletion();
            _builder.SetResult();
        }

        public void SetException(Exception exception)
        {
            if (exception == null)
                throw new ArgumentNullException("exception");
            if (_synchronizationContext != null)
            {
                try
                {
                    System.Threading.Tasks.Task.ThrowAsync(exception, _synchronizationContext);
                }
                finally
                {
                    NotifySynchronizationContextOfCompletion();
                }
            }
            else
            {
                System.Threading.Tasks.Task.ThrowAsync(exception, null);
            }
            _builder.SetResult();
        }

        private void NotifySynchronizationContextOfCompletion()
        {
            try
            {
                _synchronizationContext.OperationCompleted();
            }
            catch (Exception exc)
            {
                System.Threading.Tasks.Task.ThrowAsync(exc, null);
            }
        }
    }

    public struct AsyncValueTaskMethodBuilder<TResult>
    {
        private AsyncTaskMethodBuilder<TResult> _methodBuilder;
        private TResult _result;
        private bool _haveResult;
        private bool _useBuilder;

        public static AsyncValueTaskMethodBuilder<TResult> Create()
        {
            return default(AsyncValueTaskMethodBuilder<TResult>);
        }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodBuilderCore.Start(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            _methodBuilder.SetStateMachine(stateMachine);
        }

        public void SetResult(TResult result)
        {
            if (_useBuilder)
            {
                _methodBuilder.SetResult(result);
            }
            else
            {
                _result = result;
                _haveResult = true;
            }
        }

        public void SetException(Exception exception)
        {
            _methodBuilder.SetException(exception);
        }

        // A synchronously produced result needs no Task at all.
        public ValueTask<TResult> Task
        {
            get { return _haveResult ? new ValueTask<TResult>(_result) : new ValueTask<TResult>(_methodBuilder.Task); }
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            _useBuilder = true;
            _methodBuilder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            _useBuilder = true;
            _methodBuilder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }
    }

    public struct AsyncValueTaskMethodBuilder
    {
        private AsyncTaskMethodBuilder _methodBuilder;
        private bool _haveResult;
        private bool _useBuilder;

        public static AsyncValueTaskMethodBuilder Create()
        {
            return default(AsyncValueTaskMethodBuilder);
        }

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            AsyncMethodBuilderCore.Start(ref stateMachine);
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            _methodBuilder.SetStateMachine(stateMachine);
        }

        public void SetResult()
        {
            if (_useBuilder)
                _methodBuilder.SetResult();
            else
                _haveResult = true;
        }

        public void SetException(Exception exception)
        {
            _methodBuilder.SetException(exception);
        }

        public ValueTask Task
        {
            get { return _haveResult ? default(ValueTask) : new ValueTask(_methodBuilder.Task); }
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            _useBuilder = true;
            _methodBuilder.AwaitOnCompleted(ref awaiter, ref stateMachine);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion
            where TStateMachine : IAsyncStateMachine
        {
            _useBuilder = true;
            _methodBuilder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);
        }
    }

    // Calls IStateMachineBoxAwareAwaiter.AwaitUnsafeOnCompleted on a struct awaiter without
    // boxing it. Instance is null unless TAwaiter is a value type implementing the interface;
    // it is made once per awaiter type.
    internal abstract class AwaiterDispatch<TAwaiter>
    {
        internal static readonly bool IsValueType = typeof(TAwaiter).IsValueType;
        internal static readonly AwaiterDispatch<TAwaiter> Instance = Create();

        private static AwaiterDispatch<TAwaiter> Create()
        {
            if (!IsValueType || !typeof(IStateMachineBoxAwareAwaiter).IsAssignableFrom(typeof(TAwaiter)))
                return null;
            return (AwaiterDispatch<TAwaiter>)Activator.CreateInstance(
                typeof(StructAwaiterDispatch<>).MakeGenericType(typeof(TAwaiter)), true);
        }

        internal abstract void AwaitUnsafeOnCompleted(ref TAwaiter awaiter, IAsyncStateMachineBox box);
    }

    internal sealed class StructAwaiterDispatch<TAwaiter> : AwaiterDispatch<TAwaiter>
        where TAwaiter : struct, IStateMachineBoxAwareAwaiter
    {
        internal override void AwaitUnsafeOnCompleted(ref TAwaiter awaiter, IAsyncStateMachineBox box)
        {
            awaiter.AwaitUnsafeOnCompleted(box);
        }
    }
}
