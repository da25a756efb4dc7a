// System.Threading.Tasks.Task: a port of .NET's Task (System.Private.CoreLib), simplified for
// green threads: corlib code is never preempted, so the state transitions that .NET does with
// Interlocked operations are plain reads and writes here, and waiting parks the green thread
// on the task itself.
//
// A task is either a delegate task (new Task, Task.Run, StartNew, ContinueWith) run by a
// TaskScheduler, or a promise (TaskCompletionSource, async methods, Delay, WhenAll...)
// completed from outside. Completion runs the registered continuations: await continuations
// run inline on the completing thread when allowed, ContinueWith continuations are scheduled
// unless ExecuteSynchronously.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace System.Threading.Tasks
{
    public partial class Task : IAsyncResult, IDisposable, IThreadPoolWorkItem
    {
        internal static int s_taskIdCounter;
        private int m_taskId;
        internal Delegate m_action;        // Action, Action<object>, Func<TResult>, Func<object,TResult> or a continuation delegate
        internal object m_stateObject;
        internal TaskScheduler m_taskScheduler;
        internal int m_stateFlags;
        private object m_continuationObject; // null, one continuation, a List<object>, or s_taskCompletionSentinel
        private static readonly object s_taskCompletionSentinel = new object();
        internal ContingentProperties m_contingentProperties;

        internal const int OptionsMask = 0xFFFF;
        internal const int TASK_STATE_STARTED = 0x10000;
        internal const int TASK_STATE_DELEGATE_INVOKED = 0x20000;
        internal const int TASK_STATE_DISPOSED = 0x40000;
        internal const int TASK_STATE_EXCEPTIONOBSERVEDBYPARENT = 0x80000;
        internal const int TASK_STATE_CANCELLATIONACKNOWLEDGED = 0x100000;
        internal const int TASK_STATE_FAULTED = 0x200000;
        internal const int TASK_STATE_CANCELED = 0x400000;
        internal const int TASK_STATE_WAITING_ON_CHILDREN = 0x800000;
        internal const int TASK_STATE_RAN_TO_COMPLETION = 0x1000000;
        internal const int TASK_STATE_WAITINGFORACTIVATION = 0x2000000;
        internal const int TASK_STATE_COMPLETION_RESERVED = 0x4000000;
        internal const int TASK_STATE_WAIT_COMPLETION_NOTIFICATION = 0x10000000;
        internal const int TASK_STATE_EXECUTIONCONTEXT_IS_NULL = 0x20000000;
        internal const int TASK_STATE_COMPLETED_MASK = TASK_STATE_CANCELED | TASK_STATE_FAULTED | TASK_STATE_RAN_TO_COMPLETION;

        // Continuations nested deeper than this on one thread's stack are queued instead of
        // run inline (.NET checks the remaining stack the same way).
        private const int MaxInlineDepth = 64;

        // Rarely used state, allocated on demand.
        internal sealed class ContingentProperties
        {
            internal ExecutionContext m_capturedContext;
            internal TaskExceptionHolder m_exceptionsHolder;
            internal CancellationToken m_cancellationToken;
            internal CancellationTokenRegistration m_cancellationRegistration;
            internal bool m_internalCancellationRequested;
            internal int m_completionCountdown = 1;
            internal List<Task> m_exceptionalChildren;
            internal Task m_parent;

            internal void UnregisterCancellationCallback()
            {
                m_cancellationRegistration.Dispose();
                m_cancellationRegistration = default(CancellationTokenRegistration);
            }
        }

        // ---- Construction ----

        // A promise: completed by the library (TrySetResult & co).
        internal Task()
        {
            m_stateFlags = TASK_STATE_WAITINGFORACTIVATION | (int)InternalTaskOptions.PromiseTask;
        }

        // A promise with a state object and options (TaskCompletionSource).
        internal Task(object state, TaskCreationOptions creationOptions, bool promiseStyle)
        {
            if ((creationOptions & ~(TaskCreationOptions.AttachedToParent | TaskCreationOptions.RunContinuationsAsynchronously)) != 0)
                throw new ArgumentOutOfRangeException("creationOptions");
            if ((creationOptions & TaskCreationOptions.AttachedToParent) != 0)
            {
                Task parent = InternalCurrent;
                if (parent != null)
                {
                    EnsureContingentProperties().m_parent = parent;
                    parent.AddNewChild();
                }
            }
            m_stateObject = state;
            m_stateFlags = TASK_STATE_WAITINGFORACTIVATION | (int)InternalTaskOptions.PromiseTask | (int)creationOptions;
        }

        // An already completed task: canceled (with its token) or ran to completion.
        internal Task(bool canceled, TaskCreationOptions creationOptions, CancellationToken ct)
        {
            int optionFlags = (int)creationOptions;
            if (canceled)
            {
                m_stateFlags = TASK_STATE_CANCELED | TASK_STATE_CANCELLATIONACKNOWLEDGED | optionFlags;
                EnsureContingentProperties().m_cancellationToken = ct;
            }
            else
            {
                m_stateFlags = TASK_STATE_RAN_TO_COMPLETION | optionFlags;
            }
        }

        public Task(Action action)
            : this(action, null, null, default(CancellationToken), TaskCreationOptions.None, InternalTaskOptions.None, null)
        {
        }

        public Task(Action action, CancellationToken cancellationToken)
            : this(action, null, null, cancellationToken, TaskCreationOptions.None, InternalTaskOptions.None, null)
        {
        }

        public Task(Action action, TaskCreationOptions creationOptions)
            : this(action, null, InternalCurrentIfAttached(creationOptions), default(CancellationToken), creationOptions, InternalTaskOptions.None, null)
        {
        }

        public Task(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : this(action, null, InternalCurrentIfAttached(creationOptions), cancellationToken, creationOptions, InternalTaskOptions.None, null)
        {
        }

        public Task(Action<object> action, object state)
            : this(action, state, null, default(CancellationToken), TaskCreationOptions.None, InternalTaskOptions.None, null)
        {
        }

        public Task(Action<object> action, object state, CancellationToken cancellationToken)
            : this(action, state, null, cancellationToken, TaskCreationOptions.None, InternalTaskOptions.None, null)
        {
        }

        public Task(Action<object> action, object state, TaskCreationOptions creationOptions)
            : this(action, state, InternalCurrentIfAttached(creationOptions), default(CancellationToken), creationOptions, InternalTaskOptions.None, null)
        {
        }

        public Task(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : this(action, state, InternalCurrentIfAttached(creationOptions), cancellationToken, creationOptions, InternalTaskOptions.None, null)
        {
        }

        internal Task(Delegate action, object state, Task parent, CancellationToken cancellationToken,
            TaskCreationOptions creationOptions, InternalTaskOptions internalOptions, TaskScheduler scheduler)
        {
            if (action == null)
                throw new ArgumentNullException("action");
            if (parent != null && (creationOptions & TaskCreationOptions.AttachedToParent) != 0)
            {
                EnsureContingentProperties().m_parent = parent;
            }
            TaskConstructorCore(action, state, cancellationToken, creationOptions, internalOptions, scheduler);
            CapturedContext = ExecutionContext.Capture();
        }

        internal void TaskConstructorCore(Delegate action, object state, CancellationToken cancellationToken,
            TaskCreationOptions creationOptions, InternalTaskOptions internalOptions, TaskScheduler scheduler)
        {
            m_action = action;
            m_stateObject = state;
            m_taskScheduler = scheduler;
            if ((creationOptions & ~(TaskCreationOptions.AttachedToParent | TaskCreationOptions.LongRunning |
                                     TaskCreationOptions.DenyChildAttach | TaskCreationOptions.HideScheduler |
                                     TaskCreationOptions.PreferFairness | TaskCreationOptions.RunContinuationsAsynchronously)) != 0)
                throw new ArgumentOutOfRangeException("creationOptions");
            int tmpFlags = (int)creationOptions | (int)internalOptions;
            m_stateFlags = m_action == null || (internalOptions & InternalTaskOptions.ContinuationTask) != 0
                ? tmpFlags | TASK_STATE_WAITINGFORACTIVATION
                : tmpFlags;

            ContingentProperties props = m_contingentProperties;
            if (props != null && props.m_parent != null)
            {
                Task parent = props.m_parent;
                if ((creationOptions & TaskCreationOptions.AttachedToParent) != 0 &&
                    (parent.CreationOptions & TaskCreationOptions.DenyChildAttach) == 0)
                    parent.AddNewChild();
                else
                    props.m_parent = null;
            }

            if (cancellationToken.CanBeCanceled)
                AssignCancellationToken(cancellationToken, null, null);
        }

        internal static Task InternalCurrentIfAttachedPublic(TaskCreationOptions creationOptions)
        {
            return InternalCurrentIfAttached(creationOptions);
        }

        private static Task InternalCurrentIfAttached(TaskCreationOptions creationOptions)
        {
            return (creationOptions & TaskCreationOptions.AttachedToParent) != 0 ? InternalCurrent : null;
        }

        internal void AssignCancellationTokenForContinuation(CancellationToken cancellationToken, Task antecedent, TaskContinuation continuation)
        {
            AssignCancellationToken(cancellationToken, antecedent, continuation);
        }

        private void AssignCancellationToken(CancellationToken cancellationToken, Task antecedent, TaskContinuation continuation)
        {
            ContingentProperties props = EnsureContingentProperties();
            props.m_cancellationToken = cancellationToken;
            if (((InternalTaskOptions)Options & (InternalTaskOptions.QueuedByRuntime | InternalTaskOptions.PromiseTask | InternalTaskOptions.LazyCancellation)) == 0)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    InternalCancel();
                }
                else
                {
                    object state = antecedent == null ? (object)this : new CancelContinuationState(this, antecedent, continuation);
                    props.m_cancellationRegistration = cancellationToken.UnsafeRegister(s_taskCancelCallback, state);
                }
            }
        }

        private sealed class CancelContinuationState
        {
            internal readonly Task Task, Antecedent;
            internal readonly TaskContinuation Continuation;

            internal CancelContinuationState(Task task, Task antecedent, TaskContinuation continuation)
            {
                Task = task;
                Antecedent = antecedent;
                Continuation = continuation;
            }
        }

        private static readonly Action<object> s_taskCancelCallback = obj =>
        {
            var task = obj as Task;
            if (task == null)
            {
                var state = (CancelContinuationState)obj;
                state.Antecedent.RemoveContinuation(state.Continuation);
                task = state.Task;
            }
            task.InternalCancel();
        };

        internal ContingentProperties EnsureContingentProperties()
        {
            return m_contingentProperties ?? (m_contingentProperties = new ContingentProperties());
        }

        // ---- Properties ----

        public int Id
        {
            get
            {
                if (m_taskId == 0)
                {
                    int newId;
                    do
                    {
                        newId = ++s_taskIdCounter;
                    } while (newId == 0);
                    m_taskId = newId;
                }
                return m_taskId;
            }
        }

        public static int? CurrentId
        {
            get
            {
                Task currentTask = InternalCurrent;
                if (currentTask != null)
                    return currentTask.Id;
                return null;
            }
        }

        internal static Task InternalCurrent
        {
            get { return Thread.CurrentThread._currentTask; }
        }

        public object AsyncState
        {
            get { return m_stateObject; }
        }

        bool IAsyncResult.CompletedSynchronously
        {
            get { return false; }
        }

        WaitHandle IAsyncResult.AsyncWaitHandle
        {
            get
            {
                if ((m_stateFlags & TASK_STATE_DISPOSED) != 0)
                    throw new ObjectDisposedException(null, "The task has been disposed.");
                var mre = new ManualResetEvent(false);
                if (IsCompleted)
                    mre.Set();
                else
                    AddCompletionAction(new SetEventOnCompletion(mre));
                return mre;
            }
        }

        private sealed class SetEventOnCompletion : ITaskCompletionAction
        {
            private readonly EventWaitHandle _event;

            internal SetEventOnCompletion(EventWaitHandle e)
            {
                _event = e;
            }

            public void Invoke(Task completingTask)
            {
                _event.Set();
            }

            public bool InvokeMayRunArbitraryCode
            {
                get { return false; }
            }
        }

        internal TaskCreationOptions Options
        {
            get { return (TaskCreationOptions)(m_stateFlags & OptionsMask); }
        }

        public TaskCreationOptions CreationOptions
        {
            get { return Options & (TaskCreationOptions)(~(int)InternalTaskOptions.InternalOptionsMask); }
        }

        public TaskStatus Status
        {
            get
            {
                int sf = m_stateFlags;
                if ((sf & TASK_STATE_FAULTED) != 0) return TaskStatus.Faulted;
                if ((sf & TASK_STATE_CANCELED) != 0) return TaskStatus.Canceled;
                if ((sf & TASK_STATE_RAN_TO_COMPLETION) != 0) return TaskStatus.RanToCompletion;
                if ((sf & TASK_STATE_WAITING_ON_CHILDREN) != 0) return TaskStatus.WaitingForChildrenToComplete;
                if ((sf & TASK_STATE_DELEGATE_INVOKED) != 0) return TaskStatus.Running;
                if ((sf & TASK_STATE_STARTED) != 0) return TaskStatus.WaitingToRun;
                if ((sf & TASK_STATE_WAITINGFORACTIVATION) != 0) return TaskStatus.WaitingForActivation;
                return TaskStatus.Created;
            }
        }

        public bool IsCompleted
        {
            get { return (m_stateFlags & TASK_STATE_COMPLETED_MASK) != 0; }
        }

        public bool IsCompletedSuccessfully
        {
            get { return (m_stateFlags & TASK_STATE_COMPLETED_MASK) == TASK_STATE_RAN_TO_COMPLETION; }
        }

        public bool IsCanceled
        {
            get { return (m_stateFlags & (TASK_STATE_CANCELED | TASK_STATE_FAULTED)) == TASK_STATE_CANCELED; }
        }

        public bool IsFaulted
        {
            get { return (m_stateFlags & TASK_STATE_FAULTED) != 0; }
        }

        internal bool IsDelegateInvoked
        {
            get { return (m_stateFlags & TASK_STATE_DELEGATE_INVOKED) != 0; }
        }

        internal bool IsCancellationRequested
        {
            get
            {
                ContingentProperties props = m_contingentProperties;
                return props != null && (props.m_internalCancellationRequested || props.m_cancellationToken.IsCancellationRequested);
            }
        }

        internal bool IsCancellationAcknowledged
        {
            get { return (m_stateFlags & TASK_STATE_CANCELLATIONACKNOWLEDGED) != 0; }
        }

        internal CancellationToken CancellationToken
        {
            get
            {
                ContingentProperties props = m_contingentProperties;
                return props == null ? default(CancellationToken) : props.m_cancellationToken;
            }
        }

        internal bool ExceptionRecorded
        {
            get
            {
                ContingentProperties props = m_contingentProperties;
                return props != null && props.m_exceptionsHolder != null && props.m_exceptionsHolder.ContainsFaultList;
            }
        }

        internal bool IsExceptionObservedByParent
        {
            get { return (m_stateFlags & TASK_STATE_EXCEPTIONOBSERVEDBYPARENT) != 0; }
        }

        internal ExecutionContext CapturedContext
        {
            get
            {
                if ((m_stateFlags & TASK_STATE_EXECUTIONCONTEXT_IS_NULL) == TASK_STATE_EXECUTIONCONTEXT_IS_NULL)
                    return null;
                ContingentProperties props = m_contingentProperties;
                return props != null && props.m_capturedContext != null ? props.m_capturedContext : ExecutionContext.Default;
            }
            set
            {
                if (value == null)
                    m_stateFlags |= TASK_STATE_EXECUTIONCONTEXT_IS_NULL;
                else if (!value.IsDefault)
                    EnsureContingentProperties().m_capturedContext = value;
            }
        }

        internal TaskScheduler ExecutingTaskScheduler
        {
            get { return m_taskScheduler; }
        }

        // The faults of a faulted task, wrapped in a new AggregateException each time (as .NET).
        public AggregateException Exception
        {
            get
            {
                AggregateException e = null;
                if (IsFaulted)
                    e = GetExceptions(false);
                return e;
            }
        }

        public static TaskFactory Factory
        {
            get { return s_factory; }
        }

        private static readonly TaskFactory s_factory = new TaskFactory();

        // A completed task; the same object every time.
        public static Task CompletedTask
        {
            get { return s_cachedCompleted; }
        }

        internal static readonly Task<VoidTaskResult> s_cachedCompleted = new Task<VoidTaskResult>(false, default(VoidTaskResult), (TaskCreationOptions)InternalTaskOptions.DoNotDispose, default(CancellationToken));
        internal static readonly Task<bool> s_trueTask = new Task<bool>(false, true, (TaskCreationOptions)InternalTaskOptions.DoNotDispose, default(CancellationToken));
        internal static readonly Task<bool> s_falseTask = new Task<bool>(false, false, (TaskCreationOptions)InternalTaskOptions.DoNotDispose, default(CancellationToken));

        // ---- Starting ----

        internal bool MarkStarted()
        {
            if ((m_stateFlags & (TASK_STATE_CANCELED | TASK_STATE_STARTED)) != 0)
                return false;
            m_stateFlags |= TASK_STATE_STARTED;
            return true;
        }

        public void Start()
        {
            Start(TaskScheduler.Current);
        }

        public void Start(TaskScheduler scheduler)
        {
            int flags = m_stateFlags;
            if ((flags & TASK_STATE_COMPLETED_MASK) != 0)
                throw new InvalidOperationException("Start may not be called on a task that has completed.");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            InternalTaskOptions options = (InternalTaskOptions)(flags & OptionsMask);
            if ((options & InternalTaskOptions.PromiseTask) != 0)
                throw new InvalidOperationException("Start may not be called on a promise-style task.");
            if ((options & InternalTaskOptions.ContinuationTask) != 0)
                throw new InvalidOperationException("Start may not be called on a continuation task.");
            if (!MarkStarted())
                throw new InvalidOperationException("Start may not be called on a task that was already started.");
            m_taskScheduler = scheduler;
            ScheduleAndStartCore();
        }

        public void RunSynchronously()
        {
            InternalRunSynchronously(TaskScheduler.Current, true);
        }

        public void RunSynchronously(TaskScheduler scheduler)
        {
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            InternalRunSynchronously(scheduler, true);
        }

        internal void InternalRunSynchronously(TaskScheduler scheduler, bool waitForCompletion)
        {
            int flags = m_stateFlags;
            InternalTaskOptions options = (InternalTaskOptions)(flags & OptionsMask);
            if ((options & InternalTaskOptions.ContinuationTask) != 0)
                throw new InvalidOperationException("RunSynchronously may not be called on a continuation task.");
            if ((options & InternalTaskOptions.PromiseTask) != 0)
                throw new InvalidOperationException("RunSynchronously may not be called on a task not bound to a delegate, such as the task returned from an asynchronous method.");
            if ((flags & TASK_STATE_COMPLETED_MASK) != 0)
                throw new InvalidOperationException("RunSynchronously may not be called on a task that has already completed.");
            if (!MarkStarted())
                throw new InvalidOperationException("RunSynchronously may not be called on a task that was already started.");
            m_taskScheduler = scheduler;
            bool inlined = false;
            try
            {
                inlined = scheduler.TryRunInline(this, false);
                if (!inlined)
                    scheduler.InternalQueueTask(this);
            }
            catch (Exception e)
            {
                var tse = new TaskSchedulerException(e);
                AddException(tse);
                Finish(false);
                m_stateFlags |= TASK_STATE_EXCEPTIONOBSERVEDBYPARENT;
                throw tse;
            }
            if (waitForCompletion && !IsCompleted)
                InternalWait(Timeout.Infinite, default(CancellationToken));
        }

        internal static Task InternalStartNew(Task creatingTask, Delegate action, object state, CancellationToken cancellationToken,
            TaskScheduler scheduler, TaskCreationOptions options, InternalTaskOptions internalOptions)
        {
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            var t = new Task(action, state, creatingTask, cancellationToken, options, internalOptions | InternalTaskOptions.QueuedByRuntime, scheduler);
            t.ScheduleAndStart(false);
            return t;
        }

        // Queues the task to its scheduler. needsProtection: the task may have been canceled or
        // started concurrently (continuations).
        internal void ScheduleAndStart(bool needsProtection)
        {
            if (needsProtection)
            {
                if (!MarkStarted())
                    return;
            }
            else
            {
                m_stateFlags |= TASK_STATE_STARTED;
            }
            ScheduleAndStartCore();
        }

        private void ScheduleAndStartCore()
        {
            try
            {
                m_taskScheduler.InternalQueueTask(this);
            }
            catch (Exception e)
            {
                var tse = new TaskSchedulerException(e);
                AddException(tse);
                Finish(false);
                if ((Options & (TaskCreationOptions)InternalTaskOptions.ContinuationTask) == 0)
                    m_stateFlags |= TASK_STATE_EXCEPTIONOBSERVEDBYPARENT;
                throw tse;
            }
        }

        // ---- Execution ----

        // Runs the task unless it already ran or was canceled; false if it already ran.
        internal bool ExecuteEntry()
        {
            int previousState = m_stateFlags;
            if ((previousState & (TASK_STATE_DELEGATE_INVOKED | TASK_STATE_COMPLETED_MASK)) != 0)
            {
                if ((previousState & TASK_STATE_CANCELED) == 0)
                    return false;
            }
            else
            {
                m_stateFlags |= TASK_STATE_DELEGATE_INVOKED;
            }
            if (!IsCancellationRequested && !IsCanceled)
                ExecuteWithThreadLocal();
            else
                ExecuteEntryCancellationRequestedOrCanceled();
            return true;
        }

        void IThreadPoolWorkItem.Execute()
        {
            ExecuteEntry();
        }

        private void ExecuteEntryCancellationRequestedOrCanceled()
        {
            if (!IsCanceled)
            {
                int prevState = m_stateFlags;
                m_stateFlags |= TASK_STATE_CANCELED;
                if ((prevState & TASK_STATE_CANCELED) == 0)
                    CancellationCleanupLogic();
            }
        }

        private static readonly ContextCallback s_ecCallback = obj => ((Task)obj).InnerInvoke();

        private void ExecuteWithThreadLocal()
        {
            Thread currentThread = Thread.CurrentThread;
            Task previousTask = currentThread._currentTask;
            try
            {
                currentThread._currentTask = this;
                try
                {
                    ExecutionContext ec = CapturedContext;
                    if (ec == null || ec.IsDefault && currentThread._executionContext == null)
                        InnerInvoke();
                    else
                        ExecutionContext.RunInternal(ec, s_ecCallback, this);
                }
                catch (Exception exn)
                {
                    HandleException(exn);
                }
                Finish(true);
            }
            finally
            {
                currentThread._currentTask = previousTask;
            }
        }

        // Runs the delegate; Task<TResult> and the continuation tasks override it.
        internal virtual void InnerInvoke()
        {
            var action = m_action as Action;
            if (action != null)
            {
                action();
                return;
            }
            var actionWithState = m_action as Action<object>;
            if (actionWithState != null)
            {
                actionWithState(m_stateObject);
                return;
            }
        }

        private void HandleException(Exception unhandledException)
        {
            var exceptionAsOce = unhandledException as OperationCanceledException;
            if (exceptionAsOce != null && IsCancellationRequested &&
                m_contingentProperties.m_cancellationToken == exceptionAsOce.CancellationToken)
            {
                SetCancellationAcknowledged();
                AddException(exceptionAsOce, true);
            }
            else
            {
                AddException(unhandledException);
            }
        }

        private void SetCancellationAcknowledged()
        {
            m_stateFlags |= TASK_STATE_CANCELLATIONACKNOWLEDGED;
        }

        // ---- Exceptions ----

        internal void AddException(object exceptionObject)
        {
            AddException(exceptionObject, false);
        }

        internal void AddException(object exceptionObject, bool representsCancellation)
        {
            ContingentProperties props = EnsureContingentProperties();
            if (props.m_exceptionsHolder == null)
                props.m_exceptionsHolder = new TaskExceptionHolder(this);
            props.m_exceptionsHolder.Add(exceptionObject, representsCancellation);
        }

        internal AggregateException GetExceptions(bool includeTaskCanceledExceptions)
        {
            Exception canceledException = null;
            if (includeTaskCanceledExceptions && IsCanceled)
                canceledException = new TaskCanceledException(this);
            if (ExceptionRecorded)
                return m_contingentProperties.m_exceptionsHolder.CreateExceptionObject(false, canceledException);
            if (canceledException != null)
                return new AggregateException(canceledException);
            return null;
        }

        // The fault exceptions (marked observed), in order.
        internal List<Exception> GetExceptionList()
        {
            if (!ExceptionRecorded)
                return new List<Exception>();
            return m_contingentProperties.m_exceptionsHolder.GetExceptions();
        }

        internal ExceptionDispatchInfo GetCancellationExceptionDispatchInfo()
        {
            ContingentProperties props = m_contingentProperties;
            if (props == null || props.m_exceptionsHolder == null)
                return null;
            Exception oce = props.m_exceptionsHolder.GetCancellationException();
            return oce == null ? null : ExceptionDispatchInfo.Capture(oce);
        }

        internal void UpdateExceptionObservedStatus()
        {
            Task parent = m_contingentProperties != null ? m_contingentProperties.m_parent : null;
            if (parent != null && (Options & TaskCreationOptions.AttachedToParent) != 0 &&
                (parent.CreationOptions & TaskCreationOptions.DenyChildAttach) == 0 &&
                InternalCurrent == parent)
                m_stateFlags |= TASK_STATE_EXCEPTIONOBSERVEDBYPARENT;
        }

        internal void ThrowIfExceptional(bool includeTaskCanceledExceptions)
        {
            Exception exception = GetExceptions(includeTaskCanceledExceptions);
            if (exception != null)
            {
                UpdateExceptionObservedStatus();
                throw exception;
            }
        }

        // ---- Completion ----

        internal void Finish(bool userDelegateExecute)
        {
            ContingentProperties props = m_contingentProperties;
            if (props == null || !userDelegateExecute)
            {
                FinishStageTwo();
                return;
            }
            if (props.m_completionCountdown == 1 || --props.m_completionCountdown == 0)
                FinishStageTwo();
            else
                m_stateFlags |= TASK_STATE_WAITING_ON_CHILDREN;
            List<Task> exceptionalChildren = props.m_exceptionalChildren;
            if (exceptionalChildren != null)
                exceptionalChildren.RemoveAll(t => t.IsExceptionObservedByParent);
        }

        private void FinishStageTwo()
        {
            ContingentProperties props = m_contingentProperties;
            if (props != null)
                AddExceptionsFromChildren(props);
            int completionState;
            if (ExceptionRecorded)
                completionState = TASK_STATE_FAULTED;
            else if (IsCancellationRequested && IsCancellationAcknowledged)
                completionState = TASK_STATE_CANCELED;
            else
                completionState = TASK_STATE_RAN_TO_COMPLETION;
            m_stateFlags |= completionState;
            if (props != null)
                props.UnregisterCancellationCallback();
            FinishStageThree();
        }

        private void FinishStageThree()
        {
            m_action = null;
            ContingentProperties props = m_contingentProperties;
            if (props != null)
            {
                props.m_capturedContext = null;
                NotifyParentIfPotentiallyAttachedTask();
            }
            FinishContinuations();
        }

        private void NotifyParentIfPotentiallyAttachedTask()
        {
            Task parent = m_contingentProperties != null ? m_contingentProperties.m_parent : null;
            if (parent != null && (parent.CreationOptions & TaskCreationOptions.DenyChildAttach) == 0 &&
                ((TaskCreationOptions)(m_stateFlags & OptionsMask) & TaskCreationOptions.AttachedToParent) != 0)
                parent.ProcessChildCompletion(this);
        }

        internal void AddNewChild()
        {
            EnsureContingentProperties().m_completionCountdown++;
        }

        private void ProcessChildCompletion(Task childTask)
        {
            ContingentProperties props = m_contingentProperties;
            if (childTask.IsFaulted && !childTask.IsExceptionObservedByParent)
            {
                if (props.m_exceptionalChildren == null)
                    props.m_exceptionalChildren = new List<Task>();
                props.m_exceptionalChildren.Add(childTask);
            }
            if (--props.m_completionCountdown == 0)
                FinishStageTwo();
        }

        private void AddExceptionsFromChildren(ContingentProperties props)
        {
            List<Task> children = props.m_exceptionalChildren;
            if (children == null)
                return;
            foreach (Task task in children)
            {
                if (task.IsFaulted && !task.IsExceptionObservedByParent)
                    AddException(task.GetExceptions(false));
            }
            props.m_exceptionalChildren = null;
        }

        internal void RecordInternalCancellationRequest()
        {
            EnsureContingentProperties().m_internalCancellationRequested = true;
        }

        internal void RecordInternalCancellationRequest(CancellationToken tokenToRecord, object cancellationException)
        {
            RecordInternalCancellationRequest();
            if (tokenToRecord != default(CancellationToken))
                m_contingentProperties.m_cancellationToken = tokenToRecord;
            if (cancellationException != null)
                AddException(cancellationException, true);
        }

        // Cancels a task that has not started running; a started one is canceled when its
        // scheduler runs it (ExecuteEntry sees the request).
        internal bool InternalCancel()
        {
            bool popped = false;
            if ((m_stateFlags & TASK_STATE_STARTED) != 0)
            {
                TaskScheduler ts = m_taskScheduler;
                try
                {
                    popped = ts != null && ts.TryDequeue(this);
                }
                catch (Exception)
                {
                }
            }
            RecordInternalCancellationRequest();
            bool mustCleanup = false;
            if (popped)
            {
                if ((m_stateFlags & (TASK_STATE_CANCELED | TASK_STATE_DELEGATE_INVOKED)) == 0)
                {
                    m_stateFlags |= TASK_STATE_CANCELED;
                    mustCleanup = true;
                }
            }
            else if ((m_stateFlags & TASK_STATE_STARTED) == 0)
            {
                if ((m_stateFlags & (TASK_STATE_CANCELED | TASK_STATE_STARTED | TASK_STATE_RAN_TO_COMPLETION | TASK_STATE_FAULTED | TASK_STATE_DELEGATE_INVOKED)) == 0)
                {
                    m_stateFlags |= TASK_STATE_CANCELED;
                    mustCleanup = true;
                }
            }
            if (mustCleanup)
                CancellationCleanupLogic();
            return mustCleanup;
        }

        // A continuation skipped because of its NotOn*/OnlyOn* options ends Canceled.
        internal void InternalCancelContinueWithInitialState()
        {
            m_stateFlags |= TASK_STATE_CANCELED;
            CancellationCleanupLogic();
        }

        private void CancellationCleanupLogic()
        {
            m_stateFlags |= TASK_STATE_CANCELED;
            ContingentProperties props = m_contingentProperties;
            if (props != null)
                props.UnregisterCancellationCallback();
            FinishStageThree();
        }

        // Promise completion (TaskCompletionSource, async builders, library promises).
        internal bool TrySetResult()
        {
            if ((m_stateFlags & (TASK_STATE_COMPLETION_RESERVED | TASK_STATE_COMPLETED_MASK)) != 0)
                return false;
            m_stateFlags |= TASK_STATE_COMPLETION_RESERVED | TASK_STATE_RAN_TO_COMPLETION;
            CompletePromise();
            return true;
        }

        internal void CompletePromise()
        {
            if (m_contingentProperties != null)
                NotifyParentIfPotentiallyAttachedTask();
            FinishContinuations();
        }

        internal bool TrySetException(object exceptionObject)
        {
            if ((m_stateFlags & (TASK_STATE_COMPLETION_RESERVED | TASK_STATE_COMPLETED_MASK)) != 0)
                return false;
            m_stateFlags |= TASK_STATE_COMPLETION_RESERVED;
            AddException(exceptionObject);
            Finish(false);
            return true;
        }

        internal bool TrySetCanceled(CancellationToken tokenToRecord)
        {
            return TrySetCanceled(tokenToRecord, null);
        }

        internal bool TrySetCanceled(CancellationToken tokenToRecord, object cancellationException)
        {
            if ((m_stateFlags & (TASK_STATE_COMPLETION_RESERVED | TASK_STATE_COMPLETED_MASK)) != 0)
                return false;
            m_stateFlags |= TASK_STATE_COMPLETION_RESERVED;
            RecordInternalCancellationRequest(tokenToRecord, cancellationException);
            CancellationCleanupLogic();
            return true;
        }

        // ---- Continuations ----

        internal bool AddTaskContinuation(object tc, bool addBeforeOthers)
        {
            if (IsCompleted)
                return false;
            object oldValue = m_continuationObject;
            if (oldValue == null)
            {
                m_continuationObject = tc;
                return true;
            }
            if (oldValue == s_taskCompletionSentinel)
                return false;
            var list = oldValue as List<object>;
            if (list == null)
            {
                list = new List<object>();
                list.Add(oldValue);
                m_continuationObject = list;
            }
            if (addBeforeOthers)
                list.Insert(0, tc);
            else
                list.Add(tc);
            return true;
        }

        internal void RemoveContinuation(object continuationObject)
        {
            object continuations = m_continuationObject;
            if (continuations == s_taskCompletionSentinel)
                return;
            if (continuations == continuationObject)
            {
                m_continuationObject = null;
                return;
            }
            var list = continuations as List<object>;
            if (list == null)
                return;
            int index = list.IndexOf(continuationObject);
            if (index >= 0)
                list[index] = null;
        }

        internal void AddCompletionAction(ITaskCompletionAction action)
        {
            AddCompletionAction(action, false);
        }

        internal void AddCompletionAction(ITaskCompletionAction action, bool addBeforeOthers)
        {
            if (!AddTaskContinuation(action, addBeforeOthers))
                action.Invoke(this);
        }

        internal void FinishContinuations()
        {
            if ((m_stateFlags & TASK_STATE_WAIT_COMPLETION_NOTIFICATION) != 0)
                GreenThreads.UnparkAll(this);
            object continuationObject = m_continuationObject;
            m_continuationObject = s_taskCompletionSentinel;
            if (continuationObject != null)
                RunContinuations(continuationObject);
        }

        // True when continuations may run inline on this thread now (not too deep).
        internal static bool CanInlineOnThisStack()
        {
            return Thread.CurrentThread._inlinedContinuationDepth < MaxInlineDepth;
        }

        private void RunContinuations(object continuationObject)
        {
            bool canInlineContinuations = (m_stateFlags & (int)TaskCreationOptions.RunContinuationsAsynchronously) == 0 &&
                                          CanInlineOnThisStack();
            var list = continuationObject as List<object>;
            if (list == null)
            {
                RunContinuation(continuationObject, canInlineContinuations);
                return;
            }
            // First the continuations that are queued anyway (ContinueWith without
            // ExecuteSynchronously), then the rest in registration order.
            int count = list.Count;
            for (int i = 0; i < count; i++)
            {
                var stc = list[i] as ContinueWithTaskContinuation;
                if (stc != null && (stc.m_options & TaskContinuationOptions.ExecuteSynchronously) == 0)
                {
                    list[i] = null;
                    stc.Run(this, canInlineContinuations);
                }
            }
            for (int i = 0; i < count; i++)
            {
                object current = list[i];
                if (current == null)
                    continue;
                list[i] = null;
                RunContinuation(current, canInlineContinuations);
            }
        }

        private void RunContinuation(object continuation, bool canInlineContinuations)
        {
            var box = continuation as IAsyncStateMachineBox;
            if (box != null)
            {
                AwaitTaskContinuation.RunOrScheduleAction(box, canInlineContinuations);
                return;
            }
            var action = continuation as Action;
            if (action != null)
            {
                AwaitTaskContinuation.RunOrScheduleAction(action, canInlineContinuations);
                return;
            }
            var tc = continuation as TaskContinuation;
            if (tc != null)
            {
                tc.Run(this, canInlineContinuations);
                return;
            }
            RunOrQueueCompletionAction((ITaskCompletionAction)continuation, canInlineContinuations);
        }

        private void RunOrQueueCompletionAction(ITaskCompletionAction completionAction, bool allowInlining)
        {
            if (allowInlining || !completionAction.InvokeMayRunArbitraryCode)
            {
                Thread current = Thread.CurrentThread;
                current._inlinedContinuationDepth++;
                try
                {
                    completionAction.Invoke(this);
                }
                finally
                {
                    current._inlinedContinuationDepth--;
                }
            }
            else
            {
                ThreadPool.UnsafeQueueUserWorkItemInternal(new CompletionActionInvoker(completionAction, this));
            }
        }

        private sealed class CompletionActionInvoker : IThreadPoolWorkItem
        {
            private readonly ITaskCompletionAction _action;
            private readonly Task _completingTask;

            internal CompletionActionInvoker(ITaskCompletionAction action, Task completingTask)
            {
                _action = action;
                _completingTask = completingTask;
            }

            public void Execute()
            {
                _action.Invoke(_completingTask);
            }
        }

        // await: the continuation runs on the captured SynchronizationContext or TaskScheduler
        // if there is one (and continueOnCapturedContext), otherwise wherever the task completes.
        internal void SetContinuationForAwait(Action continuationAction, bool continueOnCapturedContext, bool flowExecutionContext)
        {
            TaskContinuation tc = null;
            if (continueOnCapturedContext)
            {
                SynchronizationContext syncCtx = SynchronizationContext.Current;
                if (syncCtx != null && syncCtx.GetType() != typeof(SynchronizationContext))
                {
                    tc = new SynchronizationContextAwaitTaskContinuation(syncCtx, continuationAction, flowExecutionContext);
                }
                else
                {
                    TaskScheduler scheduler = TaskScheduler.InternalCurrent;
                    if (scheduler != null && scheduler != TaskScheduler.Default)
                        tc = new TaskSchedulerAwaitTaskContinuation(scheduler, continuationAction, flowExecutionContext);
                }
            }
            if (tc == null && flowExecutionContext)
                tc = new AwaitTaskContinuation(continuationAction, true);
            if (tc != null)
            {
                if (!AddTaskContinuation(tc, false))
                    tc.Run(this, false);
            }
            else if (!AddTaskContinuation(continuationAction, false))
            {
                AwaitTaskContinuation.UnsafeScheduleAction(continuationAction);
            }
        }

        internal void UnsafeSetContinuationForAwait(IAsyncStateMachineBox stateMachineBox, bool continueOnCapturedContext)
        {
            if (continueOnCapturedContext)
            {
                SynchronizationContext syncCtx = SynchronizationContext.Current;
                if (syncCtx != null && syncCtx.GetType() != typeof(SynchronizationContext))
                {
                    var tc = new SynchronizationContextAwaitTaskContinuation(syncCtx, stateMachineBox.MoveNextAction, false);
                    if (!AddTaskContinuation(tc, false))
                        tc.Run(this, false);
                    return;
                }
                TaskScheduler scheduler = TaskScheduler.InternalCurrent;
                if (scheduler != null && scheduler != TaskScheduler.Default)
                {
                    var tc = new TaskSchedulerAwaitTaskContinuation(scheduler, stateMachineBox.MoveNextAction, false);
                    if (!AddTaskContinuation(tc, false))
                        tc.Run(this, false);
                    return;
                }
            }
            if (!AddTaskContinuation(stateMachineBox, false))
                ThreadPool.UnsafeQueueUserWorkItemInternal(stateMachineBox);
        }

        // ---- Waiting ----

        public void Wait()
        {
            Wait(Timeout.Infinite, default(CancellationToken));
        }

        public bool Wait(TimeSpan timeout)
        {
            return Wait(Thread.ToTimeoutMilliseconds(timeout, "timeout"), default(CancellationToken));
        }

        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken)
        {
            return Wait(Thread.ToTimeoutMilliseconds(timeout, "timeout"), cancellationToken);
        }

        public void Wait(CancellationToken cancellationToken)
        {
            Wait(Timeout.Infinite, cancellationToken);
        }

        public bool Wait(int millisecondsTimeout)
        {
            return Wait(millisecondsTimeout, default(CancellationToken));
        }

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout");
            if (IsCompletedSuccessfully)
                return true;
            if (!InternalWait(millisecondsTimeout, cancellationToken))
                return false;
            if (IsCanceled)
                cancellationToken.ThrowIfCancellationRequested();
            ThrowIfExceptional(true);
            return true;
        }

        // Waits for completion (inlining the task first when it has not started); false on
        // timeout. Throws OperationCanceledException if the token is canceled first.
        internal bool InternalWait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (IsCompleted)
                return true;
            if (millisecondsTimeout == Timeout.Infinite && !cancellationToken.CanBeCanceled && WrappedTryRunInline() && IsCompleted)
                return true;
            cancellationToken.ThrowIfCancellationRequested();
            if (millisecondsTimeout == 0)
                return false;
            long deadline = Thread.Deadline(millisecondsTimeout);
            CancellationTokenRegistration registration = default(CancellationTokenRegistration);
            if (cancellationToken.CanBeCanceled)
                registration = cancellationToken.UnsafeRegister(s_wakeWaiters, this);
            try
            {
                while (!IsCompleted)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    int remaining = Thread.Remaining(deadline);
                    if (remaining == 0)
                        return false;
                    m_stateFlags |= TASK_STATE_WAIT_COMPLETION_NOTIFICATION;
                    Thread.Block(this, remaining);
                }
                return true;
            }
            finally
            {
                registration.Dispose();
            }
        }

        private static readonly Action<object> s_wakeWaiters = obj => GreenThreads.UnparkAll(obj);

        private bool WrappedTryRunInline()
        {
            if (m_taskScheduler == null)
                return false;
            try
            {
                return m_taskScheduler.TryRunInline(this, true);
            }
            catch (Exception e)
            {
                throw new TaskSchedulerException(e);
            }
        }

        public static void WaitAll(params Task[] tasks)
        {
            WaitAll(tasks, Timeout.Infinite, default(CancellationToken));
        }

        public static bool WaitAll(Task[] tasks, TimeSpan timeout)
        {
            return WaitAll(tasks, Thread.ToTimeoutMilliseconds(timeout, "timeout"), default(CancellationToken));
        }

        public static bool WaitAll(Task[] tasks, int millisecondsTimeout)
        {
            return WaitAll(tasks, millisecondsTimeout, default(CancellationToken));
        }

        public static void WaitAll(Task[] tasks, CancellationToken cancellationToken)
        {
            WaitAll(tasks, Timeout.Infinite, cancellationToken);
        }

        // Waits for every task; then throws one AggregateException with the exceptions of all
        // faulted tasks and a TaskCanceledException per canceled task, in input order.
        public static bool WaitAll(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout");
            foreach (Task t in tasks)
                if (t == null)
                    throw new ArgumentException("The tasks array included at least one null element.", "tasks");
            cancellationToken.ThrowIfCancellationRequested();
            long deadline = Thread.Deadline(millisecondsTimeout);
            foreach (Task t in tasks)
            {
                if (t.IsCompleted)
                    continue;
                int remaining = Thread.Remaining(deadline);
                if (remaining == 0 && millisecondsTimeout != Timeout.Infinite)
                    return false;
                if (!t.InternalWait(remaining, cancellationToken))
                    return false;
            }
            List<Exception> exceptions = null;
            foreach (Task t in tasks)
            {
                if (t.IsFaulted)
                {
                    if (exceptions == null)
                        exceptions = new List<Exception>();
                    exceptions.AddRange(t.GetExceptionList());
                }
                else if (t.IsCanceled)
                {
                    if (exceptions == null)
                        exceptions = new List<Exception>();
                    exceptions.Add(new TaskCanceledException(t));
                }
            }
            if (exceptions != null)
                throw new AggregateException(exceptions);
            return true;
        }

        public static int WaitAny(params Task[] tasks)
        {
            return WaitAny(tasks, Timeout.Infinite, default(CancellationToken));
        }

        public static int WaitAny(Task[] tasks, TimeSpan timeout)
        {
            return WaitAny(tasks, Thread.ToTimeoutMilliseconds(timeout, "timeout"), default(CancellationToken));
        }

        public static int WaitAny(Task[] tasks, CancellationToken cancellationToken)
        {
            return WaitAny(tasks, Timeout.Infinite, cancellationToken);
        }

        public static int WaitAny(Task[] tasks, int millisecondsTimeout)
        {
            return WaitAny(tasks, millisecondsTimeout, default(CancellationToken));
        }

        // The index of the first completed task in the array, or -1 on timeout.
        public static int WaitAny(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout");
            foreach (Task t in tasks)
                if (t == null)
                    throw new ArgumentException("The tasks array included at least one null element.", "tasks");
            cancellationToken.ThrowIfCancellationRequested();
            for (int i = 0; i < tasks.Length; i++)
                if (tasks[i].IsCompleted)
                    return i;
            if (millisecondsTimeout == 0)
                return -1;
            Task<Task> any = WhenAny(tasks);
            if (!any.InternalWait(millisecondsTimeout, cancellationToken))
                return -1;
            return Array.IndexOf(tasks, any.Result);
        }

        // ---- Disposal ----

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                if ((Options & (TaskCreationOptions)InternalTaskOptions.DoNotDispose) != 0)
                    return;
                if (!IsCompleted)
                    throw new InvalidOperationException("A task may only be disposed if it is in a completion state (RanToCompletion, Faulted or Canceled).");
            }
            m_stateFlags |= TASK_STATE_DISPOSED;
        }

        // ---- Awaiting ----

        public TaskAwaiter GetAwaiter()
        {
            return new TaskAwaiter(this);
        }

        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext)
        {
            return new ConfiguredTaskAwaitable(this, continueOnCapturedContext);
        }

        public static YieldAwaitable Yield()
        {
            return new YieldAwaitable();
        }

        // Rethrows an exception where nobody can catch it: on the given SynchronizationContext
        // (Post) or on the thread pool, which ends the process (async void methods).
        internal static void ThrowAsync(Exception exception, SynchronizationContext targetContext)
        {
            ExceptionDispatchInfo edi = ExceptionDispatchInfo.Capture(exception);
            if (targetContext != null)
            {
                try
                {
                    targetContext.Post(state => ((ExceptionDispatchInfo)state).Throw(), edi);
                    return;
                }
                catch (Exception postException)
                {
                    edi = ExceptionDispatchInfo.Capture(new AggregateException(exception, postException));
                }
            }
            ThreadPool.QueueUserWorkItem(state => ((ExceptionDispatchInfo)state).Throw(), edi);
        }
    }
}
