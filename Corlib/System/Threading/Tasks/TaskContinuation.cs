// Continuations: the tasks ContinueWith creates, the ContinueWith registration that decides
// whether and where they run, and the await continuations (plain, SynchronizationContext,
// TaskScheduler).
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    internal sealed class ContinuationTaskFromTask : Task
    {
        private Task m_antecedent;

        public ContinuationTaskFromTask(Task antecedent, Delegate action, object state, TaskCreationOptions creationOptions, InternalTaskOptions internalOptions)
            : base(action, state, InternalCurrentIfAttachedForContinuation(creationOptions), default(CancellationToken), creationOptions, internalOptions, null)
        {
            m_antecedent = antecedent;
        }

        internal static Task InternalCurrentIfAttachedForContinuation(TaskCreationOptions creationOptions)
        {
            return (creationOptions & TaskCreationOptions.AttachedToParent) != 0 ? InternalCurrent : null;
        }

        internal override void InnerInvoke()
        {
            Task antecedent = m_antecedent;
            m_antecedent = null;
            var action = m_action as Action<Task>;
            if (action != null)
            {
                action(antecedent);
                return;
            }
            ((Action<Task, object>)m_action)(antecedent, m_stateObject);
        }
    }

    internal sealed class ContinuationResultTaskFromTask<TResult> : Task<TResult>
    {
        private Task m_antecedent;

        public ContinuationResultTaskFromTask(Task antecedent, Delegate function, object state, TaskCreationOptions creationOptions, InternalTaskOptions internalOptions)
            : base(function, state, ContinuationTaskFromTask.InternalCurrentIfAttachedForContinuation(creationOptions), default(CancellationToken), creationOptions, internalOptions, null)
        {
            m_antecedent = antecedent;
        }

        internal override void InnerInvoke()
        {
            Task antecedent = m_antecedent;
            m_antecedent = null;
            var func = m_action as Func<Task, TResult>;
            if (func != null)
            {
                m_result = func(antecedent);
                return;
            }
            m_result = ((Func<Task, object, TResult>)m_action)(antecedent, m_stateObject);
        }
    }

    internal sealed class ContinuationTaskFromResultTask<TAntecedentResult> : Task
    {
        private Task<TAntecedentResult> m_antecedent;

        public ContinuationTaskFromResultTask(Task<TAntecedentResult> antecedent, Delegate action, object state, TaskCreationOptions creationOptions, InternalTaskOptions internalOptions)
            : base(action, state, ContinuationTaskFromTask.InternalCurrentIfAttachedForContinuation(creationOptions), default(CancellationToken), creationOptions, internalOptions, null)
        {
            m_antecedent = antecedent;
        }

        internal override void InnerInvoke()
        {
            Task<TAntecedentResult> antecedent = m_antecedent;
            m_antecedent = null;
            var action = m_action as Action<Task<TAntecedentResult>>;
            if (action != null)
            {
                action(antecedent);
                return;
            }
            ((Action<Task<TAntecedentResult>, object>)m_action)(antecedent, m_stateObject);
        }
    }

    internal sealed class ContinuationResultTaskFromResultTask<TAntecedentResult, TResult> : Task<TResult>
    {
        private Task<TAntecedentResult> m_antecedent;

        public ContinuationResultTaskFromResultTask(Task<TAntecedentResult> antecedent, Delegate function, object state, TaskCreationOptions creationOptions, InternalTaskOptions internalOptions)
            : base(function, state, ContinuationTaskFromTask.InternalCurrentIfAttachedForContinuation(creationOptions), default(CancellationToken), creationOptions, internalOptions, null)
        {
            m_antecedent = antecedent;
        }

        internal override void InnerInvoke()
        {
            Task<TAntecedentResult> antecedent = m_antecedent;
            m_antecedent = null;
            var func = m_action as Func<Task<TAntecedentResult>, TResult>;
            if (func != null)
            {
                m_result = func(antecedent);
                return;
            }
            m_result = ((Func<Task<TAntecedentResult>, object, TResult>)m_action)(antecedent, m_stateObject);
        }
    }

    internal abstract class TaskContinuation
    {
        // Runs (or schedules) the continuation for a completed antecedent.
        internal abstract void Run(Task completedTask, bool canInlineContinuationTask);

        // Runs a continuation task inline if its scheduler agrees, otherwise queues it.
        protected static void InlineIfPossibleOrElseQueue(Task task, bool needsProtection)
        {
            if (needsProtection)
            {
                if (!task.MarkStarted())
                    return;
            }
            else
            {
                task.m_stateFlags |= Task.TASK_STATE_STARTED;
            }
            try
            {
                bool inlined;
                Thread current = Thread.CurrentThread;
                current._inlinedContinuationDepth++;
                try
                {
                    inlined = task.m_taskScheduler.TryRunInline(task, false);
                }
                finally
                {
                    current._inlinedContinuationDepth--;
                }
                if (!inlined)
                    task.m_taskScheduler.InternalQueueTask(task);
            }
            catch (TaskSchedulerException)
            {
            }
            catch (Exception e)
            {
                var tse = new TaskSchedulerException(e);
                task.AddException(tse);
                task.Finish(false);
            }
        }
    }

    // The registration of a ContinueWith continuation task.
    internal sealed class ContinueWithTaskContinuation : TaskContinuation
    {
        internal Task m_task;
        internal readonly TaskContinuationOptions m_options;
        private readonly TaskScheduler m_taskScheduler;

        internal ContinueWithTaskContinuation(Task task, TaskContinuationOptions options, TaskScheduler scheduler)
        {
            m_task = task;
            m_options = options;
            m_taskScheduler = scheduler;
        }

        internal override void Run(Task completedTask, bool canInlineContinuationTask)
        {
            Task continuationTask = m_task;
            if (continuationTask == null)
                return;
            m_task = null;
            TaskContinuationOptions options = m_options;
            bool run = completedTask.IsCompletedSuccessfully
                ? (options & TaskContinuationOptions.NotOnRanToCompletion) == 0
                : completedTask.IsCanceled
                    ? (options & TaskContinuationOptions.NotOnCanceled) == 0
                    : (options & TaskContinuationOptions.NotOnFaulted) == 0;
            if (run)
            {
                continuationTask.m_taskScheduler = m_taskScheduler;
                if (canInlineContinuationTask && (options & TaskContinuationOptions.ExecuteSynchronously) != 0)
                {
                    InlineIfPossibleOrElseQueue(continuationTask, true);
                }
                else
                {
                    try
                    {
                        continuationTask.ScheduleAndStart(true);
                    }
                    catch (TaskSchedulerException)
                    {
                    }
                }
            }
            else
            {
                Task.ContingentProperties cp = continuationTask.m_contingentProperties;
                if (cp == null || cp.m_cancellationToken == default(CancellationToken))
                    continuationTask.InternalCancelContinueWithInitialState();
                else
                    continuationTask.InternalCancel();
            }
        }
    }

    // An await continuation that flows the ExecutionContext (awaiter.OnCompleted) and runs on
    // the completing thread when that is a valid place, otherwise on the thread pool.
    internal class AwaitTaskContinuation : TaskContinuation, IThreadPoolWorkItem
    {
        private readonly ExecutionContext m_capturedContext;
        protected readonly Action m_action;

        internal AwaitTaskContinuation(Action action, bool flowExecutionContext)
        {
            m_action = action;
            if (flowExecutionContext)
                m_capturedContext = ExecutionContext.Capture();
        }

        internal override void Run(Task task, bool canInlineContinuationTask)
        {
            if (canInlineContinuationTask && IsValidLocationForInlining)
                RunCallback(s_invokeAction, m_action);
            else
                ThreadPool.UnsafeQueueUserWorkItemInternal(this);
        }

        // Inline is fine when there is no SynchronizationContext or TaskScheduler to return to.
        internal static bool IsValidLocationForInlining
        {
            get
            {
                SynchronizationContext ctx = SynchronizationContext.Current;
                if (ctx != null && ctx.GetType() != typeof(SynchronizationContext))
                    return false;
                TaskScheduler sched = TaskScheduler.InternalCurrent;
                return sched == null || sched == TaskScheduler.Default;
            }
        }

        void IThreadPoolWorkItem.Execute()
        {
            ExecutionContext context = m_capturedContext;
            if (context == null)
                m_action();
            else
                ExecutionContext.RunInternal(context, s_invokeAction, m_action);
        }

        internal static readonly ContextCallback s_invokeAction = state => ((Action)state)();

        // Runs callback inline, with no current task and in the captured context; an exception
        // is rethrown on the pool (it has nowhere else to go).
        protected void RunCallback(ContextCallback callback, object state)
        {
            Thread current = Thread.CurrentThread;
            Task prevCurrentTask = current._currentTask;
            current._inlinedContinuationDepth++;
            try
            {
                if (prevCurrentTask != null)
                    current._currentTask = null;
                ExecutionContext context = m_capturedContext;
                if (context == null)
                    callback(state);
                else
                    ExecutionContext.RunInternal(context, callback, state);
            }
            catch (Exception exc)
            {
                Task.ThrowAsync(exc, null);
            }
            finally
            {
                current._inlinedContinuationDepth--;
                if (prevCurrentTask != null)
                    current._currentTask = prevCurrentTask;
            }
        }

        // The plain await continuation of a completed task (state machine box or Action).
        internal static void RunOrScheduleAction(Action action, bool allowInlining)
        {
            Thread current = Thread.CurrentThread;
            Task prevCurrentTask = current._currentTask;
            try
            {
                if (prevCurrentTask != null)
                    current._currentTask = null;
                if (allowInlining && IsValidLocationForInlining)
                {
                    current._inlinedContinuationDepth++;
                    try
                    {
                        action();
                    }
                    finally
                    {
                        current._inlinedContinuationDepth--;
                    }
                }
                else
                {
                    UnsafeScheduleAction(action);
                }
            }
            finally
            {
                if (prevCurrentTask != null)
                    current._currentTask = prevCurrentTask;
            }
        }

        internal static void RunOrScheduleAction(IAsyncStateMachineBox box, bool allowInlining)
        {
            if (!allowInlining || !IsValidLocationForInlining)
            {
                ThreadPool.UnsafeQueueUserWorkItemInternal(box);
                return;
            }
            Thread current = Thread.CurrentThread;
            Task prevCurrentTask = current._currentTask;
            current._inlinedContinuationDepth++;
            try
            {
                if (prevCurrentTask != null)
                    current._currentTask = null;
                box.MoveNext();
            }
            finally
            {
                current._inlinedContinuationDepth--;
                if (prevCurrentTask != null)
                    current._currentTask = prevCurrentTask;
            }
        }

        internal static void UnsafeScheduleAction(Action action)
        {
            ThreadPool.UnsafeQueueUserWorkItemInternal(action);
        }
    }

    // await with a SynchronizationContext captured: inline only when completing on that very
    // context, otherwise Post.
    internal sealed class SynchronizationContextAwaitTaskContinuation : AwaitTaskContinuation
    {
        private readonly SynchronizationContext m_syncContext;

        internal SynchronizationContextAwaitTaskContinuation(SynchronizationContext context, Action action, bool flowExecutionContext)
            : base(action, flowExecutionContext)
        {
            m_syncContext = context;
        }

        internal override void Run(Task task, bool canInlineContinuationTask)
        {
            if (canInlineContinuationTask && m_syncContext == SynchronizationContext.Current)
                RunCallback(s_invokeAction, m_action);
            else
                RunCallback(s_postCallback, this);
        }

        private static readonly SendOrPostCallback s_postActionCallback = state => ((Action)state)();

        private static readonly ContextCallback s_postCallback = state =>
        {
            var c = (SynchronizationContextAwaitTaskContinuation)state;
            c.m_syncContext.Post(s_postActionCallback, c.m_action);
        };
    }

    // await with a custom TaskScheduler current: run as a task on that scheduler.
    internal sealed class TaskSchedulerAwaitTaskContinuation : AwaitTaskContinuation
    {
        private readonly TaskScheduler m_scheduler;

        internal TaskSchedulerAwaitTaskContinuation(TaskScheduler scheduler, Action action, bool flowExecutionContext)
            : base(action, flowExecutionContext)
        {
            m_scheduler = scheduler;
        }

        internal override void Run(Task ignored, bool canInlineContinuationTask)
        {
            if (m_scheduler == TaskScheduler.Default)
            {
                base.Run(ignored, canInlineContinuationTask);
                return;
            }
            bool inlineIfPossible = canInlineContinuationTask &&
                (TaskScheduler.InternalCurrent == m_scheduler || Thread.CurrentThread.IsThreadPoolThread);
            var task = new Task(m_action, null, null, default(CancellationToken), TaskCreationOptions.None, InternalTaskOptions.QueuedByRuntime, m_scheduler);
            if (inlineIfPossible)
            {
                InlineIfPossibleOrElseQueue(task, false);
            }
            else
            {
                try
                {
                    task.ScheduleAndStart(false);
                }
                catch (TaskSchedulerException)
                {
                }
            }
        }
    }
}
