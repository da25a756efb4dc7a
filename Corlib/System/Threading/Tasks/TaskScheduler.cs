// System.Threading.Tasks.TaskScheduler: where tasks run. Default queues to the thread pool
// (LongRunning tasks get their own thread); FromCurrentSynchronizationContext posts to a
// SynchronizationContext; users derive their own.
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public abstract class TaskScheduler
    {
        private static readonly TaskScheduler s_defaultTaskScheduler = new ThreadPoolTaskScheduler();
        private static int s_taskSchedulerIdCounter;
        private int m_taskSchedulerId;

        public static event EventHandler<UnobservedTaskExceptionEventArgs> UnobservedTaskException;

        protected TaskScheduler()
        {
        }

        protected internal abstract void QueueTask(Task task);

        protected abstract bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued);

        protected abstract IEnumerable<Task> GetScheduledTasks();

        public virtual int MaximumConcurrencyLevel
        {
            get { return int.MaxValue; }
        }

        protected internal virtual bool TryDequeue(Task task)
        {
            return false;
        }

        public static TaskScheduler Default
        {
            get { return s_defaultTaskScheduler; }
        }

        public static TaskScheduler Current
        {
            get { return InternalCurrent ?? Default; }
        }

        // The scheduler of the running task, unless it hides it.
        internal static TaskScheduler InternalCurrent
        {
            get
            {
                Task currentTask = Task.InternalCurrent;
                return currentTask != null && (currentTask.CreationOptions & TaskCreationOptions.HideScheduler) == 0
                    ? currentTask.ExecutingTaskScheduler
                    : null;
            }
        }

        public static TaskScheduler FromCurrentSynchronizationContext()
        {
            return new SynchronizationContextTaskScheduler();
        }

        public int Id
        {
            get
            {
                if (m_taskSchedulerId == 0)
                {
                    int newId;
                    do
                    {
                        newId = ++s_taskSchedulerIdCounter;
                    } while (newId == 0);
                    m_taskSchedulerId = newId;
                }
                return m_taskSchedulerId;
            }
        }

        protected bool TryExecuteTask(Task task)
        {
            if (task.ExecutingTaskScheduler != this)
                throw new InvalidOperationException("ExecuteTask may not be called for a task which was previously queued to a different TaskScheduler.");
            return task.ExecuteEntry();
        }

        internal void InternalQueueTask(Task task)
        {
            QueueTask(task);
        }

        // Runs the task inline on the current thread if its scheduler allows.
        internal bool TryRunInline(Task task, bool taskWasPreviouslyQueued)
        {
            TaskScheduler ets = task.ExecutingTaskScheduler;
            if (ets != this && ets != null)
                return ets.TryRunInline(task, taskWasPreviouslyQueued);
            if (ets == null || task.m_action == null || task.IsDelegateInvoked || task.IsCanceled || !Task.CanInlineOnThisStack())
                return false;
            bool inlined = TryExecuteTaskInline(task, taskWasPreviouslyQueued);
            if (inlined && !(task.IsDelegateInvoked || task.IsCanceled))
                throw new InvalidOperationException("The TryExecuteTaskInline call to the underlying scheduler succeeded, but the task body was not invoked.");
            return inlined;
        }

        internal static void PublishUnobservedTaskException(object sender, UnobservedTaskExceptionEventArgs ueea)
        {
            EventHandler<UnobservedTaskExceptionEventArgs> handler = UnobservedTaskException;
            if (handler != null)
                handler(sender, ueea);
        }

        internal IEnumerable<Task> GetScheduledTasksForDebugger()
        {
            return GetScheduledTasks();
        }
    }

    internal sealed class ThreadPoolTaskScheduler : TaskScheduler
    {
        private static readonly ParameterizedThreadStart s_longRunningThreadWork = s => ((Task)s).ExecuteEntry();

        protected internal override void QueueTask(Task task)
        {
            if ((task.Options & TaskCreationOptions.LongRunning) != 0)
            {
                var thread = new Thread(s_longRunningThreadWork);
                thread.IsBackground = true;
                thread.Name = ".NET Long Running Task";
                thread.Start(task);
            }
            else
            {
                ThreadPool.UnsafeQueueUserWorkItemInternal(task);
            }
        }

        // A task already in the pool's FIFO queue is not taken back out; an unqueued one runs here.
        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
        {
            if (taskWasPreviouslyQueued)
                return false;
            return task.ExecuteEntry();
        }

        protected override IEnumerable<Task> GetScheduledTasks()
        {
            throw new NotSupportedException("ThreadPoolTaskScheduler.GetScheduledTasks is not supported.");
        }
    }

    // Runs tasks by posting them to the SynchronizationContext current when it was created.
    internal sealed class SynchronizationContextTaskScheduler : TaskScheduler
    {
        private readonly SynchronizationContext m_synchronizationContext;

        internal SynchronizationContextTaskScheduler()
        {
            m_synchronizationContext = SynchronizationContext.Current;
            if (m_synchronizationContext == null)
                throw new InvalidOperationException("The current SynchronizationContext may not be used as a TaskScheduler.");
        }

        protected internal override void QueueTask(Task task)
        {
            m_synchronizationContext.Post(s_postCallback, task);
        }

        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued)
        {
            if (SynchronizationContext.Current == m_synchronizationContext)
                return TryExecuteTask(task);
            return false;
        }

        protected override IEnumerable<Task> GetScheduledTasks()
        {
            return null;
        }

        public override int MaximumConcurrencyLevel
        {
            get { return 1; }
        }

        private static readonly SendOrPostCallback s_postCallback = s => ((Task)s).ExecuteEntry();
    }
}
