// System.Threading.Tasks.Task<TResult>: a task with a result.
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public partial class Task<TResult> : Task
    {
        internal TResult m_result;

        internal Task()
        {
        }

        internal Task(object state, TaskCreationOptions options)
            : base(state, options, true)
        {
        }

        internal Task(object state, TaskCreationOptions options, bool promiseStyle)
            : base(state, options, promiseStyle)
        {
        }

        // A completed task.
        internal Task(TResult result)
            : base(false, TaskCreationOptions.None, default(CancellationToken))
        {
            m_result = result;
        }

        internal Task(bool canceled, TResult result, TaskCreationOptions creationOptions, CancellationToken ct)
            : base(canceled, creationOptions, ct)
        {
            if (!canceled)
                m_result = result;
        }

        public Task(Func<TResult> function)
            : this(function, null, default(CancellationToken), TaskCreationOptions.None, InternalTaskOptions.None, null)
        {
        }

        public Task(Func<TResult> function, CancellationToken cancellationToken)
            : this(function, null, cancellationToken, TaskCreationOptions.None, InternalTaskOptions.None, null)
        {
        }

        public Task(Func<TResult> function, TaskCreationOptions creationOptions)
            : this(function, InternalCurrentIfAttached2(creationOptions), default(CancellationToken), creationOptions, InternalTaskOptions.None, null)
        {
        }

        public Task(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : this(function, InternalCurrentIfAttached2(creationOptions), cancellationToken, creationOptions, InternalTaskOptions.None, null)
        {
        }

        public Task(Func<object, TResult> function, object state)
            : this(function, state, null, default(CancellationToken), TaskCreationOptions.None, InternalTaskOptions.None, null)
        {
        }

        public Task(Func<object, TResult> function, object state, CancellationToken cancellationToken)
            : this(function, state, null, cancellationToken, TaskCreationOptions.None, InternalTaskOptions.None, null)
        {
        }

        public Task(Func<object, TResult> function, object state, TaskCreationOptions creationOptions)
            : this(function, state, InternalCurrentIfAttached2(creationOptions), default(CancellationToken), creationOptions, InternalTaskOptions.None, null)
        {
        }

        public Task(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : this(function, state, InternalCurrentIfAttached2(creationOptions), cancellationToken, creationOptions, InternalTaskOptions.None, null)
        {
        }

        internal Task(Func<TResult> valueSelector, Task parent, CancellationToken cancellationToken,
            TaskCreationOptions creationOptions, InternalTaskOptions internalOptions, TaskScheduler scheduler)
            : base(valueSelector, null, parent, cancellationToken, creationOptions, internalOptions, scheduler)
        {
        }

        internal Task(Delegate valueSelector, object state, Task parent, CancellationToken cancellationToken,
            TaskCreationOptions creationOptions, InternalTaskOptions internalOptions, TaskScheduler scheduler)
            : base(valueSelector, state, parent, cancellationToken, creationOptions, internalOptions, scheduler)
        {
        }

        private static Task InternalCurrentIfAttached2(TaskCreationOptions creationOptions)
        {
            return (creationOptions & TaskCreationOptions.AttachedToParent) != 0 ? InternalCurrent : null;
        }

        internal static Task<TResult> StartNew(Task parent, Func<TResult> function, CancellationToken cancellationToken,
            TaskCreationOptions creationOptions, InternalTaskOptions internalOptions, TaskScheduler scheduler)
        {
            if (function == null)
                throw new ArgumentNullException("function");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            var f = new Task<TResult>(function, parent, cancellationToken, creationOptions, internalOptions | InternalTaskOptions.QueuedByRuntime, scheduler);
            f.ScheduleAndStart(false);
            return f;
        }

        internal static Task<TResult> StartNew(Task parent, Func<object, TResult> function, object state, CancellationToken cancellationToken,
            TaskCreationOptions creationOptions, InternalTaskOptions internalOptions, TaskScheduler scheduler)
        {
            if (function == null)
                throw new ArgumentNullException("function");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            var f = new Task<TResult>(function, state, parent, cancellationToken, creationOptions, internalOptions | InternalTaskOptions.QueuedByRuntime, scheduler);
            f.ScheduleAndStart(false);
            return f;
        }

        // The result, blocking until the task completes; AggregateException if it failed.
        public TResult Result
        {
            get { return IsCompletedSuccessfully ? m_result : GetResultCore(true); }
        }

        internal TResult ResultOnSuccess
        {
            get { return m_result; }
        }

        internal TResult GetResultCore(bool waitCompletionNotification)
        {
            if (!IsCompleted)
                InternalWait(Timeout.Infinite, default(CancellationToken));
            if (!IsCompletedSuccessfully)
                ThrowIfExceptional(true);
            return m_result;
        }

        internal bool TrySetResult(TResult result)
        {
            if ((m_stateFlags & (TASK_STATE_COMPLETION_RESERVED | TASK_STATE_COMPLETED_MASK)) != 0)
                return false;
            m_result = result;
            m_stateFlags |= TASK_STATE_COMPLETION_RESERVED | TASK_STATE_RAN_TO_COMPLETION;
            CompletePromise();
            return true;
        }

        internal override void InnerInvoke()
        {
            var func = m_action as Func<TResult>;
            if (func != null)
            {
                m_result = func();
                return;
            }
            var funcWithState = m_action as Func<object, TResult>;
            if (funcWithState != null)
                m_result = funcWithState(m_stateObject);
        }

        public new TaskAwaiter<TResult> GetAwaiter()
        {
            return new TaskAwaiter<TResult>(this);
        }

        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredTaskAwaitable<TResult>(this, continueOnCapturedContext);
        }

        public new static TaskFactory<TResult> Factory
        {
            get { return s_factory; }
        }

        private static readonly TaskFactory<TResult> s_factory = new TaskFactory<TResult>();
    }
}
