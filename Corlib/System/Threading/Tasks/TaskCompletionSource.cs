// System.Threading.Tasks.TaskCompletionSource(<TResult>): a task completed by hand.
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public class TaskCompletionSource<TResult>
    {
        private readonly Task<TResult> _task;

        public TaskCompletionSource()
        {
            _task = new Task<TResult>();
        }

        public TaskCompletionSource(TaskCreationOptions creationOptions)
            : this(null, creationOptions)
        {
        }

        public TaskCompletionSource(object state)
            : this(state, TaskCreationOptions.None)
        {
        }

        public TaskCompletionSource(object state, TaskCreationOptions creationOptions)
        {
            _task = new Task<TResult>(state, creationOptions);
        }

        public Task<TResult> Task
        {
            get { return _task; }
        }

        public void SetException(Exception exception)
        {
            if (!TrySetException(exception))
                ThrowAlreadyCompleted();
        }

        public void SetException(IEnumerable<Exception> exceptions)
        {
            if (!TrySetException(exceptions))
                ThrowAlreadyCompleted();
        }

        public bool TrySetException(Exception exception)
        {
            if (exception == null)
                throw new ArgumentNullException("exception");
            return _task.TrySetException(exception);
        }

        public bool TrySetException(IEnumerable<Exception> exceptions)
        {
            if (exceptions == null)
                throw new ArgumentNullException("exceptions");
            var defensiveCopy = new List<Exception>();
            foreach (Exception e in exceptions)
            {
                if (e == null)
                    throw new ArgumentException("The exceptions collection included at least one null element.", "exceptions");
                defensiveCopy.Add(e);
            }
            if (defensiveCopy.Count == 0)
                throw new ArgumentException("The exceptions collection was empty.", "exceptions");
            return _task.TrySetException(defensiveCopy);
        }

        public void SetResult(TResult result)
        {
            if (!TrySetResult(result))
                ThrowAlreadyCompleted();
        }

        public bool TrySetResult(TResult result)
        {
            return _task.TrySetResult(result);
        }

        public void SetCanceled()
        {
            SetCanceled(default(CancellationToken));
        }

        public void SetCanceled(CancellationToken cancellationToken)
        {
            if (!TrySetCanceled(cancellationToken))
                ThrowAlreadyCompleted();
        }

        public bool TrySetCanceled()
        {
            return TrySetCanceled(default(CancellationToken));
        }

        public bool TrySetCanceled(CancellationToken cancellationToken)
        {
            return _task.TrySetCanceled(cancellationToken);
        }

        private static void ThrowAlreadyCompleted()
        {
            throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }
    }

    public class TaskCompletionSource
    {
        private readonly TaskCompletionSource<VoidTaskResult> _source;

        public TaskCompletionSource()
        {
            _source = new TaskCompletionSource<VoidTaskResult>();
        }

        public TaskCompletionSource(TaskCreationOptions creationOptions)
        {
            _source = new TaskCompletionSource<VoidTaskResult>(creationOptions);
        }

        public TaskCompletionSource(object state)
        {
            _source = new TaskCompletionSource<VoidTaskResult>(state);
        }

        public TaskCompletionSource(object state, TaskCreationOptions creationOptions)
        {
            _source = new TaskCompletionSource<VoidTaskResult>(state, creationOptions);
        }

        public Task Task
        {
            get { return _source.Task; }
        }

        public void SetException(Exception exception) { _source.SetException(exception); }
        public void SetException(IEnumerable<Exception> exceptions) { _source.SetException(exceptions); }
        public bool TrySetException(Exception exception) { return _source.TrySetException(exception); }
        public bool TrySetException(IEnumerable<Exception> exceptions) { return _source.TrySetException(exceptions); }
        public void SetResult() { _source.SetResult(default(VoidTaskResult)); }
        public bool TrySetResult() { return _source.TrySetResult(default(VoidTaskResult)); }
        public void SetCanceled() { _source.SetCanceled(); }
        public void SetCanceled(CancellationToken cancellationToken) { _source.SetCanceled(cancellationToken); }
        public bool TrySetCanceled() { return _source.TrySetCanceled(); }
        public bool TrySetCanceled(CancellationToken cancellationToken) { return _source.TrySetCanceled(cancellationToken); }
    }
}
