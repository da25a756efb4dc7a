// Task.ContinueWith and Task<TResult>.ContinueWith: every public overload funnels into one
// core per delegate shape, which creates the continuation task and registers it.
namespace System.Threading.Tasks
{
    public partial class Task
    {
        public Task ContinueWith(Action<Task> continuationAction)
        {
            return ContinueWithCore(continuationAction, null, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken)
        {
            return ContinueWithCore(continuationAction, null, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task> continuationAction, TaskScheduler scheduler)
        {
            return ContinueWithCore(continuationAction, null, scheduler, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task> continuationAction, TaskContinuationOptions continuationOptions)
        {
            return ContinueWithCore(continuationAction, null, TaskScheduler.Current, default(CancellationToken), continuationOptions);
        }

        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            return ContinueWithCore(continuationAction, null, scheduler, cancellationToken, continuationOptions);
        }

        private Task ContinueWithCore(Action<Task> continuationAction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationAction == null)
                throw new ArgumentNullException("continuationAction");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            TaskCreationOptions creationOptions;
            InternalTaskOptions internalOptions;
            CreationOptionsFromContinuationOptions(continuationOptions, out creationOptions, out internalOptions);
            var continuationTask = new ContinuationTaskFromTask(this, continuationAction, state, creationOptions, internalOptions);
            ContinueWithCore(continuationTask, scheduler, cancellationToken, continuationOptions);
            return continuationTask;
        }

        public Task ContinueWith(Action<Task, object> continuationAction, object state)
        {
            return ContinueWithCore(continuationAction, state, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task, object> continuationAction, object state, CancellationToken cancellationToken)
        {
            return ContinueWithCore(continuationAction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task, object> continuationAction, object state, TaskScheduler scheduler)
        {
            return ContinueWithCore(continuationAction, state, scheduler, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task, object> continuationAction, object state, TaskContinuationOptions continuationOptions)
        {
            return ContinueWithCore(continuationAction, state, TaskScheduler.Current, default(CancellationToken), continuationOptions);
        }

        public Task ContinueWith(Action<Task, object> continuationAction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            return ContinueWithCore(continuationAction, state, scheduler, cancellationToken, continuationOptions);
        }

        private Task ContinueWithCore(Action<Task, object> continuationAction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationAction == null)
                throw new ArgumentNullException("continuationAction");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            TaskCreationOptions creationOptions;
            InternalTaskOptions internalOptions;
            CreationOptionsFromContinuationOptions(continuationOptions, out creationOptions, out internalOptions);
            var continuationTask = new ContinuationTaskFromTask(this, continuationAction, state, creationOptions, internalOptions);
            ContinueWithCore(continuationTask, scheduler, cancellationToken, continuationOptions);
            return continuationTask;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction)
        {
            return ContinueWithCore<TResult>(continuationFunction, null, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken)
        {
            return ContinueWithCore<TResult>(continuationFunction, null, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskScheduler scheduler)
        {
            return ContinueWithCore<TResult>(continuationFunction, null, scheduler, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions)
        {
            return ContinueWithCore<TResult>(continuationFunction, null, TaskScheduler.Current, default(CancellationToken), continuationOptions);
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            return ContinueWithCore<TResult>(continuationFunction, null, scheduler, cancellationToken, continuationOptions);
        }

        private Task<TResult> ContinueWithCore<TResult>(Func<Task, TResult> continuationFunction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationFunction == null)
                throw new ArgumentNullException("continuationFunction");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            TaskCreationOptions creationOptions;
            InternalTaskOptions internalOptions;
            CreationOptionsFromContinuationOptions(continuationOptions, out creationOptions, out internalOptions);
            var continuationTask = new ContinuationResultTaskFromTask<TResult>(this, continuationFunction, state, creationOptions, internalOptions);
            ContinueWithCore(continuationTask, scheduler, cancellationToken, continuationOptions);
            return continuationTask;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state)
        {
            return ContinueWithCore<TResult>(continuationFunction, state, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, CancellationToken cancellationToken)
        {
            return ContinueWithCore<TResult>(continuationFunction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskScheduler scheduler)
        {
            return ContinueWithCore<TResult>(continuationFunction, state, scheduler, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskContinuationOptions continuationOptions)
        {
            return ContinueWithCore<TResult>(continuationFunction, state, TaskScheduler.Current, default(CancellationToken), continuationOptions);
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            return ContinueWithCore<TResult>(continuationFunction, state, scheduler, cancellationToken, continuationOptions);
        }

        private Task<TResult> ContinueWithCore<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationFunction == null)
                throw new ArgumentNullException("continuationFunction");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            TaskCreationOptions creationOptions;
            InternalTaskOptions internalOptions;
            CreationOptionsFromContinuationOptions(continuationOptions, out creationOptions, out internalOptions);
            var continuationTask = new ContinuationResultTaskFromTask<TResult>(this, continuationFunction, state, creationOptions, internalOptions);
            ContinueWithCore(continuationTask, scheduler, cancellationToken, continuationOptions);
            return continuationTask;
        }

        internal static void CreationOptionsFromContinuationOptions(TaskContinuationOptions continuationOptions,
            out TaskCreationOptions creationOptions, out InternalTaskOptions internalOptions)
        {
            const TaskContinuationOptions NotOnAnything = TaskContinuationOptions.NotOnCanceled | TaskContinuationOptions.NotOnFaulted | TaskContinuationOptions.NotOnRanToCompletion;
            const TaskContinuationOptions CreationOptionsMask = TaskContinuationOptions.PreferFairness | TaskContinuationOptions.LongRunning | TaskContinuationOptions.DenyChildAttach |
                                                                TaskContinuationOptions.HideScheduler | TaskContinuationOptions.AttachedToParent | TaskContinuationOptions.RunContinuationsAsynchronously;
            const TaskContinuationOptions IllegalMask = TaskContinuationOptions.ExecuteSynchronously | TaskContinuationOptions.LongRunning;
            if ((continuationOptions & IllegalMask) == IllegalMask)
                throw new ArgumentOutOfRangeException("continuationOptions", "The specified TaskContinuationOptions combined LongRunning and ExecuteSynchronously.  Synchronous continuations should not be long running.");
            if ((continuationOptions & ~(CreationOptionsMask | NotOnAnything | TaskContinuationOptions.LazyCancellation | TaskContinuationOptions.ExecuteSynchronously)) != 0)
                throw new ArgumentOutOfRangeException("continuationOptions");
            if ((continuationOptions & NotOnAnything) == NotOnAnything)
                throw new ArgumentOutOfRangeException("continuationOptions", "The specified TaskContinuationOptions excluded all continuation kinds.");
            creationOptions = (TaskCreationOptions)(continuationOptions & CreationOptionsMask);
            internalOptions = (continuationOptions & TaskContinuationOptions.LazyCancellation) != 0
                ? InternalTaskOptions.ContinuationTask | InternalTaskOptions.LazyCancellation
                : InternalTaskOptions.ContinuationTask;
        }

        internal void ContinueWithCore(Task continuationTask, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions options)
        {
            var continuation = new ContinueWithTaskContinuation(continuationTask, options, scheduler);
            if (cancellationToken.CanBeCanceled)
            {
                if (IsCompleted || cancellationToken.IsCancellationRequested)
                    continuationTask.AssignCancellationTokenForContinuation(cancellationToken, null, null);
                else
                    continuationTask.AssignCancellationTokenForContinuation(cancellationToken, this, continuation);
            }
            if (!continuationTask.IsCompleted)
            {
                if (!AddTaskContinuation(continuation, false))
                    continuation.Run(this, true);
            }
        }
    }

    public partial class Task<TResult>
    {
        public Task ContinueWith(Action<Task<TResult>> continuationAction)
        {
            return ContinueWithCore(continuationAction, null, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken)
        {
            return ContinueWithCore(continuationAction, null, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskScheduler scheduler)
        {
            return ContinueWithCore(continuationAction, null, scheduler, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskContinuationOptions continuationOptions)
        {
            return ContinueWithCore(continuationAction, null, TaskScheduler.Current, default(CancellationToken), continuationOptions);
        }

        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            return ContinueWithCore(continuationAction, null, scheduler, cancellationToken, continuationOptions);
        }

        private Task ContinueWithCore(Action<Task<TResult>> continuationAction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationAction == null)
                throw new ArgumentNullException("continuationAction");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            TaskCreationOptions creationOptions;
            InternalTaskOptions internalOptions;
            CreationOptionsFromContinuationOptions(continuationOptions, out creationOptions, out internalOptions);
            var continuationTask = new ContinuationTaskFromResultTask<TResult>(this, continuationAction, state, creationOptions, internalOptions);
            ContinueWithCore(continuationTask, scheduler, cancellationToken, continuationOptions);
            return continuationTask;
        }

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state)
        {
            return ContinueWithCore(continuationAction, state, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, CancellationToken cancellationToken)
        {
            return ContinueWithCore(continuationAction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, TaskScheduler scheduler)
        {
            return ContinueWithCore(continuationAction, state, scheduler, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, TaskContinuationOptions continuationOptions)
        {
            return ContinueWithCore(continuationAction, state, TaskScheduler.Current, default(CancellationToken), continuationOptions);
        }

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            return ContinueWithCore(continuationAction, state, scheduler, cancellationToken, continuationOptions);
        }

        private Task ContinueWithCore(Action<Task<TResult>, object> continuationAction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationAction == null)
                throw new ArgumentNullException("continuationAction");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            TaskCreationOptions creationOptions;
            InternalTaskOptions internalOptions;
            CreationOptionsFromContinuationOptions(continuationOptions, out creationOptions, out internalOptions);
            var continuationTask = new ContinuationTaskFromResultTask<TResult>(this, continuationAction, state, creationOptions, internalOptions);
            ContinueWithCore(continuationTask, scheduler, cancellationToken, continuationOptions);
            return continuationTask;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, null, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, null, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskScheduler scheduler)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, null, scheduler, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskContinuationOptions continuationOptions)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, null, TaskScheduler.Current, default(CancellationToken), continuationOptions);
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, null, scheduler, cancellationToken, continuationOptions);
        }

        private Task<TNewResult> ContinueWithCore<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationFunction == null)
                throw new ArgumentNullException("continuationFunction");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            TaskCreationOptions creationOptions;
            InternalTaskOptions internalOptions;
            CreationOptionsFromContinuationOptions(continuationOptions, out creationOptions, out internalOptions);
            var continuationTask = new ContinuationResultTaskFromResultTask<TResult, TNewResult>(this, continuationFunction, state, creationOptions, internalOptions);
            ContinueWithCore(continuationTask, scheduler, cancellationToken, continuationOptions);
            return continuationTask;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, state, TaskScheduler.Current, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, CancellationToken cancellationToken)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, state, TaskScheduler.Current, cancellationToken, TaskContinuationOptions.None);
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskScheduler scheduler)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, state, scheduler, default(CancellationToken), TaskContinuationOptions.None);
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskContinuationOptions continuationOptions)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, state, TaskScheduler.Current, default(CancellationToken), continuationOptions);
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            return ContinueWithCore<TNewResult>(continuationFunction, state, scheduler, cancellationToken, continuationOptions);
        }

        private Task<TNewResult> ContinueWithCore<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskScheduler scheduler, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions)
        {
            if (continuationFunction == null)
                throw new ArgumentNullException("continuationFunction");
            if (scheduler == null)
                throw new ArgumentNullException("scheduler");
            TaskCreationOptions creationOptions;
            InternalTaskOptions internalOptions;
            CreationOptionsFromContinuationOptions(continuationOptions, out creationOptions, out internalOptions);
            var continuationTask = new ContinuationResultTaskFromResultTask<TResult, TNewResult>(this, continuationFunction, state, creationOptions, internalOptions);
            ContinueWithCore(continuationTask, scheduler, cancellationToken, continuationOptions);
            return continuationTask;
        }
    }
}
