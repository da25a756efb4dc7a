// System.Threading.Tasks.TaskFactory(<TResult>): StartNew with the factory's defaults
// (Task.Factory: no token, no options, TaskScheduler.Current).
namespace System.Threading.Tasks
{
    public class TaskFactory
    {
        private readonly CancellationToken m_defaultCancellationToken;
        private readonly TaskScheduler m_defaultScheduler;
        private readonly TaskCreationOptions m_defaultCreationOptions;
        private readonly TaskContinuationOptions m_defaultContinuationOptions;

        public TaskFactory()
        {
        }

        public TaskFactory(CancellationToken cancellationToken)
            : this(cancellationToken, TaskCreationOptions.None, TaskContinuationOptions.None, null)
        {
        }

        public TaskFactory(TaskScheduler scheduler)
            : this(default(CancellationToken), TaskCreationOptions.None, TaskContinuationOptions.None, scheduler)
        {
        }

        public TaskFactory(TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions)
            : this(default(CancellationToken), creationOptions, continuationOptions, null)
        {
        }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            m_defaultCancellationToken = cancellationToken;
            m_defaultScheduler = scheduler;
            m_defaultCreationOptions = creationOptions;
            m_defaultContinuationOptions = continuationOptions;
        }

        public CancellationToken CancellationToken { get { return m_defaultCancellationToken; } }
        public TaskScheduler Scheduler { get { return m_defaultScheduler; } }
        public TaskCreationOptions CreationOptions { get { return m_defaultCreationOptions; } }
        public TaskContinuationOptions ContinuationOptions { get { return m_defaultContinuationOptions; } }

        private TaskScheduler GetDefaultScheduler()
        {
            return m_defaultScheduler ?? TaskScheduler.Current;
        }

        public Task StartNew(Action action)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task.InternalStartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), action, null, cancellationToken, scheduler, creationOptions, InternalTaskOptions.None);
        }

        public Task StartNew(Action action, CancellationToken cancellationToken)
        {
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task.InternalStartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), action, null, cancellationToken, scheduler, creationOptions, InternalTaskOptions.None);
        }

        public Task StartNew(Action action, TaskCreationOptions creationOptions)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task.InternalStartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), action, null, cancellationToken, scheduler, creationOptions, InternalTaskOptions.None);
        }

        public Task StartNew(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {

            return Task.InternalStartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), action, null, cancellationToken, scheduler, creationOptions, InternalTaskOptions.None);
        }

        public Task StartNew(Action<object> action, object state)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task.InternalStartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), action, state, cancellationToken, scheduler, creationOptions, InternalTaskOptions.None);
        }

        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken)
        {
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task.InternalStartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), action, state, cancellationToken, scheduler, creationOptions, InternalTaskOptions.None);
        }

        public Task StartNew(Action<object> action, object state, TaskCreationOptions creationOptions)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task.InternalStartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), action, state, cancellationToken, scheduler, creationOptions, InternalTaskOptions.None);
        }

        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {

            return Task.InternalStartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), action, state, cancellationToken, scheduler, creationOptions, InternalTaskOptions.None);
        }

        public Task<TResult> StartNew<TResult>(Func<TResult> function)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken)
        {
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<TResult> function, TaskCreationOptions creationOptions)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {

            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, state, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, CancellationToken cancellationToken)
        {
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, state, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, TaskCreationOptions creationOptions)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, state, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {

            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, state, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }
    }

    public class TaskFactory<TResult>
    {
        private readonly CancellationToken m_defaultCancellationToken;
        private readonly TaskScheduler m_defaultScheduler;
        private readonly TaskCreationOptions m_defaultCreationOptions;
        private readonly TaskContinuationOptions m_defaultContinuationOptions;

        public TaskFactory()
        {
        }

        public TaskFactory(CancellationToken cancellationToken)
            : this(cancellationToken, TaskCreationOptions.None, TaskContinuationOptions.None, null)
        {
        }

        public TaskFactory(TaskScheduler scheduler)
            : this(default(CancellationToken), TaskCreationOptions.None, TaskContinuationOptions.None, scheduler)
        {
        }

        public TaskFactory(TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions)
            : this(default(CancellationToken), creationOptions, continuationOptions, null)
        {
        }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            m_defaultCancellationToken = cancellationToken;
            m_defaultScheduler = scheduler;
            m_defaultCreationOptions = creationOptions;
            m_defaultContinuationOptions = continuationOptions;
        }

        public CancellationToken CancellationToken { get { return m_defaultCancellationToken; } }
        public TaskScheduler Scheduler { get { return m_defaultScheduler; } }
        public TaskCreationOptions CreationOptions { get { return m_defaultCreationOptions; } }
        public TaskContinuationOptions ContinuationOptions { get { return m_defaultContinuationOptions; } }

        private TaskScheduler GetDefaultScheduler()
        {
            return m_defaultScheduler ?? TaskScheduler.Current;
        }

        public Task<TResult> StartNew(Func<TResult> function)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken)
        {
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew(Func<TResult> function, TaskCreationOptions creationOptions)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {

            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew(Func<object, TResult> function, object state)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, state, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew(Func<object, TResult> function, object state, CancellationToken cancellationToken)
        {
            TaskCreationOptions creationOptions = m_defaultCreationOptions;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, state, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew(Func<object, TResult> function, object state, TaskCreationOptions creationOptions)
        {
            CancellationToken cancellationToken = m_defaultCancellationToken;
            TaskScheduler scheduler = GetDefaultScheduler();
            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, state, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }

        public Task<TResult> StartNew(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler)
        {

            return Task<TResult>.StartNew(Task.InternalCurrentIfAttachedPublic(creationOptions), function, state, cancellationToken, creationOptions, InternalTaskOptions.None, scheduler);
        }
    }
}
