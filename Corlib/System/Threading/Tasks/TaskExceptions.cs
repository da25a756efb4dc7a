// Exceptions and event arguments of the task library.
namespace System.Threading.Tasks
{
    public class TaskCanceledException : OperationCanceledException
    {
        private readonly Task _canceledTask;

        public TaskCanceledException()
            : base("A task was canceled.")
        {
        }

        public TaskCanceledException(string message)
            : base(message)
        {
        }

        public TaskCanceledException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public TaskCanceledException(string message, Exception innerException, CancellationToken token)
            : base(message, innerException, token)
        {
        }

        public TaskCanceledException(Task task)
            : base("A task was canceled.", task != null ? task.CancellationToken : default(CancellationToken))
        {
            _canceledTask = task;
        }

        public Task Task
        {
            get { return _canceledTask; }
        }
    }

    public class TaskSchedulerException : Exception
    {
        public TaskSchedulerException()
            : base("An exception was thrown by a TaskScheduler.")
        {
        }

        public TaskSchedulerException(string message)
            : base(message)
        {
        }

        public TaskSchedulerException(Exception innerException)
            : base("An exception was thrown by a TaskScheduler.", innerException)
        {
        }

        public TaskSchedulerException(string message, Exception innerException)
            : base(message, innerException)
        {
        }
    }

    public class UnobservedTaskExceptionEventArgs : EventArgs
    {
        private readonly AggregateException _exception;
        internal bool _observed;

        public UnobservedTaskExceptionEventArgs(AggregateException exception)
        {
            _exception = exception;
        }

        public void SetObserved()
        {
            _observed = true;
        }

        public bool Observed
        {
            get { return _observed; }
        }

        public AggregateException Exception
        {
            get { return _exception; }
        }
    }

    // The exceptions of a faulted task. If nobody observes them (Exception, Wait, await...)
    // before the holder is finalized, TaskScheduler.UnobservedTaskException is raised.
    internal sealed class TaskExceptionHolder
    {
        private readonly Task _task;
        private System.Collections.Generic.List<Exception> _faultExceptions;
        private Exception _cancellationException;
        private bool _isHandled;

        internal TaskExceptionHolder(Task task)
        {
            _task = task;
        }

        ~TaskExceptionHolder()
        {
            if (_faultExceptions != null && !_isHandled)
            {
                var ex = new AggregateException("A Task's exception(s) were not observed either by Waiting on the Task or accessing its Exception property. As a result, the unobserved exception was rethrown by the finalizer thread.", _faultExceptions);
                var ueea = new UnobservedTaskExceptionEventArgs(ex);
                TaskScheduler.PublishUnobservedTaskException(_task, ueea);
            }
        }

        internal bool ContainsFaultList
        {
            get { return _faultExceptions != null; }
        }

        internal void Add(object exceptionObject, bool representsCancellation)
        {
            if (representsCancellation)
            {
                _cancellationException = (Exception)exceptionObject;
                return;
            }
            if (_faultExceptions == null)
                _faultExceptions = new System.Collections.Generic.List<Exception>();
            var exception = exceptionObject as Exception;
            if (exception != null)
            {
                _faultExceptions.Add(exception);
            }
            else
            {
                foreach (Exception e in (System.Collections.Generic.IEnumerable<Exception>)exceptionObject)
                    _faultExceptions.Add(e);
            }
            if (_faultExceptions.Count > 0)
                MarkAsUnhandled();
        }

        private void MarkAsUnhandled()
        {
            if (_isHandled)
            {
                GC.ReRegisterForFinalize(this);
                _isHandled = false;
            }
        }

        internal void MarkAsHandled(bool calledFromFinalizer)
        {
            if (!_isHandled)
            {
                if (!calledFromFinalizer)
                    GC.SuppressFinalize(this);
                _isHandled = true;
            }
        }

        internal AggregateException CreateExceptionObject(bool calledFromFinalizer, Exception includeThisException)
        {
            MarkAsHandled(calledFromFinalizer);
            if (includeThisException == null)
                return new AggregateException(_faultExceptions);
            var combined = new System.Collections.Generic.List<Exception>(_faultExceptions);
            combined.Add(includeThisException);
            return new AggregateException(combined);
        }

        internal System.Collections.Generic.List<Exception> GetExceptions()
        {
            MarkAsHandled(false);
            return _faultExceptions;
        }

        internal Exception GetCancellationException()
        {
            return _cancellationException;
        }
    }
}
