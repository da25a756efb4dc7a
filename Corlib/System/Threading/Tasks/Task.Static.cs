// Task's static helpers: Run, From*, Delay, WhenAll, WhenAny, and the promises behind them.
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public partial class Task
    {
        // ---- From* ----

        public static Task<TResult> FromResult<TResult>(TResult result)
        {
            return new Task<TResult>(result);
        }

        public static Task FromException(Exception exception)
        {
            return FromException<VoidTaskResult>(exception);
        }

        public static Task<TResult> FromException<TResult>(Exception exception)
        {
            if (exception == null)
                throw new ArgumentNullException("exception");
            var task = new Task<TResult>();
            task.TrySetException(exception);
            return task;
        }

        public static Task FromCanceled(CancellationToken cancellationToken)
        {
            if (!cancellationToken.IsCancellationRequested)
                throw new ArgumentOutOfRangeException("cancellationToken");
            return new Task(true, TaskCreationOptions.None, cancellationToken);
        }

        public static Task<TResult> FromCanceled<TResult>(CancellationToken cancellationToken)
        {
            if (!cancellationToken.IsCancellationRequested)
                throw new ArgumentOutOfRangeException("cancellationToken");
            return new Task<TResult>(true, default(TResult), TaskCreationOptions.None, cancellationToken);
        }

        internal static Task FromCanceled(OperationCanceledException exception)
        {
            var task = new Task<VoidTaskResult>();
            task.TrySetCanceled(exception.CancellationToken, exception);
            return task;
        }

        // ---- Run ----

        public static Task Run(Action action)
        {
            return InternalStartNew(null, action, null, default(CancellationToken), TaskScheduler.Default, TaskCreationOptions.DenyChildAttach, InternalTaskOptions.None);
        }

        public static Task Run(Action action, CancellationToken cancellationToken)
        {
            return InternalStartNew(null, action, null, cancellationToken, TaskScheduler.Default, TaskCreationOptions.DenyChildAttach, InternalTaskOptions.None);
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function)
        {
            return Task<TResult>.StartNew(null, function, default(CancellationToken), TaskCreationOptions.DenyChildAttach, InternalTaskOptions.None, TaskScheduler.Default);
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken)
        {
            return Task<TResult>.StartNew(null, function, cancellationToken, TaskCreationOptions.DenyChildAttach, InternalTaskOptions.None, TaskScheduler.Default);
        }

        public static Task Run(Func<Task> function)
        {
            return Run(function, default(CancellationToken));
        }

        // The returned proxy completes like the task the function returns.
        public static Task Run(Func<Task> function, CancellationToken cancellationToken)
        {
            if (function == null)
                throw new ArgumentNullException("function");
            if (cancellationToken.IsCancellationRequested)
                return FromCanceled(cancellationToken);
            Task<Task> task1 = Task<Task>.Factory.StartNew(function, cancellationToken, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
            return new UnwrapPromise<VoidTaskResult>(task1, true);
        }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function)
        {
            return Run(function, default(CancellationToken));
        }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function, CancellationToken cancellationToken)
        {
            if (function == null)
                throw new ArgumentNullException("function");
            if (cancellationToken.IsCancellationRequested)
                return FromCanceled<TResult>(cancellationToken);
            Task<Task<TResult>> task1 = Task<Task<TResult>>.Factory.StartNew(function, cancellationToken, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
            return new UnwrapPromise<TResult>(task1, true);
        }

        // ---- Delay ----

        public static Task Delay(TimeSpan delay)
        {
            return Delay(delay, default(CancellationToken));
        }

        public static Task Delay(TimeSpan delay, CancellationToken cancellationToken)
        {
            long totalMilliseconds = (long)delay.TotalMilliseconds;
            if (totalMilliseconds < -1 || totalMilliseconds > 0xfffffffe)
                throw new ArgumentOutOfRangeException("delay", "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), 0, or a positive integer less than or equal to the maximum allowed timer duration.");
            return Delay(totalMilliseconds > int.MaxValue ? int.MaxValue : (int)totalMilliseconds, cancellationToken);
        }

        public static Task Delay(int millisecondsDelay)
        {
            return Delay(millisecondsDelay, default(CancellationToken));
        }

        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            if (millisecondsDelay < -1)
                throw new ArgumentOutOfRangeException("millisecondsDelay", "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.");
            if (cancellationToken.IsCancellationRequested)
                return FromCanceled(cancellationToken);
            if (millisecondsDelay == 0)
                return CompletedTask;
            return cancellationToken.CanBeCanceled
                ? new DelayPromiseWithCancellation(millisecondsDelay, cancellationToken)
                : new DelayPromise(millisecondsDelay);
        }

        private class DelayPromise : Task
        {
            private readonly TimerQueueTimer _timer;

            internal DelayPromise(int millisecondsDelay)
            {
                if (millisecondsDelay != Timeout.Infinite)
                    _timer = new TimerQueueTimer(s_timerCallback, this, millisecondsDelay, Timeout.Infinite, false);
            }

            private static readonly TimerCallback s_timerCallback = state => ((DelayPromise)state).CompleteTimedOut();

            private void CompleteTimedOut()
            {
                if (TrySetResult())
                    Cleanup();
            }

            protected virtual void Cleanup()
            {
                if (_timer != null)
                    _timer.Close();
            }
        }

        private sealed class DelayPromiseWithCancellation : DelayPromise
        {
            private readonly CancellationTokenRegistration _registration;

            internal DelayPromiseWithCancellation(int millisecondsDelay, CancellationToken token)
                : base(millisecondsDelay)
            {
                _registration = token.UnsafeRegister(s_cancel, this);
            }

            private static readonly Action<object, CancellationToken> s_cancel = (state, cancellationToken) =>
            {
                var thisRef = (DelayPromiseWithCancellation)state;
                if (thisRef.TrySetCanceled(cancellationToken))
                    thisRef.Cleanup();
            };

            protected override void Cleanup()
            {
                _registration.Dispose();
                base.Cleanup();
            }
        }

        // ---- WhenAll ----

        public static Task WhenAll(IEnumerable<Task> tasks)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            var taskArray = tasks as Task[];
            if (taskArray != null)
                return WhenAll(taskArray);
            var list = new List<Task>();
            foreach (Task task in tasks)
            {
                if (task == null)
                    throw new ArgumentException("The tasks argument included a null value.", "tasks");
                list.Add(task);
            }
            return InternalWhenAll(list.ToArray());
        }

        public static Task WhenAll(params Task[] tasks)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            int taskCount = tasks.Length;
            if (taskCount == 0)
                return InternalWhenAll(tasks);
            var tasksCopy = new Task[taskCount];
            for (int i = 0; i < taskCount; i++)
            {
                Task task = tasks[i];
                if (task == null)
                    throw new ArgumentException("The tasks argument included a null value.", "tasks");
                tasksCopy[i] = task;
            }
            return InternalWhenAll(tasksCopy);
        }

        private static Task InternalWhenAll(Task[] tasks)
        {
            return tasks.Length == 0 ? CompletedTask : new WhenAllPromise(tasks);
        }

        public static Task<TResult[]> WhenAll<TResult>(IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            var taskArray = tasks as Task<TResult>[];
            if (taskArray != null)
                return WhenAll(taskArray);
            var list = new List<Task<TResult>>();
            foreach (Task<TResult> task in tasks)
            {
                if (task == null)
                    throw new ArgumentException("The tasks argument included a null value.", "tasks");
                list.Add(task);
            }
            return InternalWhenAll(list.ToArray());
        }

        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            int taskCount = tasks.Length;
            var tasksCopy = new Task<TResult>[taskCount];
            for (int i = 0; i < taskCount; i++)
            {
                Task<TResult> task = tasks[i];
                if (task == null)
                    throw new ArgumentException("The tasks argument included a null value.", "tasks");
                tasksCopy[i] = task;
            }
            return InternalWhenAll(tasksCopy);
        }

        private static Task<TResult[]> InternalWhenAll<TResult>(Task<TResult>[] tasks)
        {
            return tasks.Length == 0 ? new Task<TResult[]>(new TResult[0]) : new WhenAllPromise<TResult>(tasks);
        }

        // Completes when every task has: Faulted with all their exceptions (input order) if any
        // faulted, else Canceled if any was canceled, else RanToCompletion.
        private sealed class WhenAllPromise : Task, ITaskCompletionAction
        {
            private readonly Task[] m_tasks;
            private int m_count;

            internal WhenAllPromise(Task[] tasks)
            {
                m_tasks = tasks;
                m_count = tasks.Length;
                foreach (Task task in tasks)
                {
                    if (task.IsCompleted)
                        Invoke(task);
                    else
                        task.AddCompletionAction(this);
                }
            }

            public void Invoke(Task completedTask)
            {
                if (--m_count == 0)
                {
                    List<Exception> observedExceptions = null;
                    Task canceledTask = null;
                    for (int i = 0; i < m_tasks.Length; i++)
                    {
                        Task task = m_tasks[i];
                        if (task.IsFaulted)
                        {
                            if (observedExceptions == null)
                                observedExceptions = new List<Exception>();
                            observedExceptions.AddRange(task.GetExceptionList());
                        }
                        else if (task.IsCanceled && canceledTask == null)
                        {
                            canceledTask = task;
                        }
                    }
                    if (observedExceptions != null)
                        TrySetException(observedExceptions);
                    else if (canceledTask != null)
                        TrySetCanceled(canceledTask.CancellationToken, canceledTask.GetCancellationExceptionDispatchInfo() != null ? canceledTask.GetCancellationExceptionDispatchInfo().SourceException : null);
                    else
                        TrySetResult();
                }
            }

            public bool InvokeMayRunArbitraryCode
            {
                get { return true; }
            }
        }

        private sealed class WhenAllPromise<T> : Task<T[]>, ITaskCompletionAction
        {
            private readonly Task<T>[] m_tasks;
            private int m_count;

            internal WhenAllPromise(Task<T>[] tasks)
            {
                m_tasks = tasks;
                m_count = tasks.Length;
                foreach (Task<T> task in tasks)
                {
                    if (task.IsCompleted)
                        Invoke(task);
                    else
                        task.AddCompletionAction(this);
                }
            }

            public void Invoke(Task ignored)
            {
                if (--m_count == 0)
                {
                    var results = new T[m_tasks.Length];
                    List<Exception> observedExceptions = null;
                    Task canceledTask = null;
                    for (int i = 0; i < m_tasks.Length; i++)
                    {
                        Task<T> task = m_tasks[i];
                        if (task.IsFaulted)
                        {
                            if (observedExceptions == null)
                                observedExceptions = new List<Exception>();
                            observedExceptions.AddRange(task.GetExceptionList());
                        }
                        else if (task.IsCanceled)
                        {
                            if (canceledTask == null)
                                canceledTask = task;
                        }
                        else
                        {
                            results[i] = task.ResultOnSuccess;
                        }
                    }
                    if (observedExceptions != null)
                        TrySetException(observedExceptions);
                    else if (canceledTask != null)
                        TrySetCanceled(canceledTask.CancellationToken, canceledTask.GetCancellationExceptionDispatchInfo() != null ? canceledTask.GetCancellationExceptionDispatchInfo().SourceException : null);
                    else
                        TrySetResult(results);
                }
            }

            public bool InvokeMayRunArbitraryCode
            {
                get { return true; }
            }
        }

        // ---- WhenAny ----

        public static Task<Task> WhenAny(params Task[] tasks)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            if (tasks.Length == 0)
                throw new ArgumentException("The tasks argument contains no tasks.", "tasks");
            var copy = new Task[tasks.Length];
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i] == null)
                    throw new ArgumentException("The tasks argument included a null value.", "tasks");
                copy[i] = tasks[i];
            }
            return WhenAnyCore<Task>(copy);
        }

        public static Task<Task> WhenAny(IEnumerable<Task> tasks)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            var list = new List<Task>();
            foreach (Task task in tasks)
            {
                if (task == null)
                    throw new ArgumentException("The tasks argument included a null value.", "tasks");
                list.Add(task);
            }
            if (list.Count == 0)
                throw new ArgumentException("The tasks argument contains no tasks.", "tasks");
            return WhenAnyCore<Task>(list.ToArray());
        }

        public static Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            if (tasks.Length == 0)
                throw new ArgumentException("The tasks argument contains no tasks.", "tasks");
            var copy = new Task<TResult>[tasks.Length];
            for (int i = 0; i < tasks.Length; i++)
            {
                if (tasks[i] == null)
                    throw new ArgumentException("The tasks argument included a null value.", "tasks");
                copy[i] = tasks[i];
            }
            return WhenAnyCore<Task<TResult>>(copy);
        }

        public static Task<Task<TResult>> WhenAny<TResult>(IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null)
                throw new ArgumentNullException("tasks");
            var list = new List<Task<TResult>>();
            foreach (Task<TResult> task in tasks)
            {
                if (task == null)
                    throw new ArgumentException("The tasks argument included a null value.", "tasks");
                list.Add(task);
            }
            if (list.Count == 0)
                throw new ArgumentException("The tasks argument contains no tasks.", "tasks");
            return WhenAnyCore<Task<TResult>>(list.ToArray());
        }

        // An already completed input wins at once (the first in input order); otherwise the
        // first to complete.
        private static Task<TTask> WhenAnyCore<TTask>(TTask[] tasks) where TTask : Task
        {
            for (int i = 0; i < tasks.Length; i++)
                if (tasks[i].IsCompleted)
                    return FromResult(tasks[i]);
            return new WhenAnyPromise<TTask>(tasks);
        }

        private sealed class WhenAnyPromise<TTask> : Task<TTask>, ITaskCompletionAction where TTask : Task
        {
            private TTask[] m_tasks;

            internal WhenAnyPromise(TTask[] tasks)
            {
                m_tasks = tasks;
                foreach (TTask task in tasks)
                {
                    if (IsCompleted)
                        break;
                    task.AddCompletionAction(this);
                }
            }

            public void Invoke(Task completingTask)
            {
                if (TrySetResult((TTask)completingTask))
                {
                    TTask[] tasks = m_tasks;
                    m_tasks = null;
                    if (tasks != null)
                        foreach (TTask t in tasks)
                            if (t != completingTask)
                                t.RemoveContinuation(this);
                }
            }

            public bool InvokeMayRunArbitraryCode
            {
                get { return true; }
            }
        }
    }

    // The proxy of Unwrap and of Task.Run(Func<Task>): completes like the inner task once the
    // outer one has produced it.
    internal sealed class UnwrapPromise<TResult> : Task<TResult>, ITaskCompletionAction
    {
        private const byte STATE_WAITING_ON_OUTER_TASK = 0, STATE_WAITING_ON_INNER_TASK = 1, STATE_DONE = 2;
        private byte _state;
        private readonly bool _lookForOce;

        public UnwrapPromise(Task outerTask, bool lookForOce)
            : base((object)null, outerTask.CreationOptions & TaskCreationOptions.AttachedToParent, true)
        {
            _lookForOce = lookForOce;
            _state = STATE_WAITING_ON_OUTER_TASK;
            if (outerTask.IsCompleted)
                ProcessCompletedOuterTask(outerTask);
            else
                outerTask.AddCompletionAction(this);
        }

        public void Invoke(Task completingTask)
        {
            switch (_state)
            {
                case STATE_WAITING_ON_OUTER_TASK:
                    ProcessCompletedOuterTask(completingTask);
                    break;
                case STATE_WAITING_ON_INNER_TASK:
                    TrySetFromTask(completingTask, false);
                    _state = STATE_DONE;
                    break;
            }
        }

        public bool InvokeMayRunArbitraryCode
        {
            get { return true; }
        }

        private void ProcessCompletedOuterTask(Task task)
        {
            _state = STATE_WAITING_ON_INNER_TASK;
            switch (task.Status)
            {
                case TaskStatus.Canceled:
                case TaskStatus.Faulted:
                    TrySetFromTask(task, _lookForOce);
                    break;
                case TaskStatus.RanToCompletion:
                    var taskOfTaskOfTResult = task as Task<Task<TResult>>;
                    ProcessInnerTask(taskOfTaskOfTResult != null ? taskOfTaskOfTResult.Result : ((Task<Task>)task).Result);
                    break;
            }
        }

        private void ProcessInnerTask(Task task)
        {
            if (task == null)
            {
                TrySetCanceled(default(CancellationToken));
                _state = STATE_DONE;
            }
            else if (task.IsCompleted)
            {
                TrySetFromTask(task, false);
                _state = STATE_DONE;
            }
            else
            {
                task.AddCompletionAction(this);
            }
        }

        private bool TrySetFromTask(Task task, bool lookForOce)
        {
            bool result = false;
            switch (task.Status)
            {
                case TaskStatus.Canceled:
                    var oceEdi = task.GetCancellationExceptionDispatchInfo();
                    result = TrySetCanceled(task.CancellationToken, oceEdi != null ? oceEdi.SourceException : null);
                    break;
                case TaskStatus.Faulted:
                    List<Exception> exceptions = task.GetExceptionList();
                    OperationCanceledException oce;
                    if (lookForOce && exceptions.Count > 0 && (oce = exceptions[0] as OperationCanceledException) != null)
                        result = TrySetCanceled(oce.CancellationToken, oce);
                    else
                        result = TrySetException(exceptions);
                    break;
                case TaskStatus.RanToCompletion:
                    var taskTResult = task as Task<TResult>;
                    result = TrySetResult(taskTResult != null ? taskTResult.Result : default(TResult));
                    break;
            }
            return result;
        }
    }

    public static class TaskExtensions
    {
        public static Task Unwrap(this Task<Task> task)
        {
            if (task == null)
                throw new ArgumentNullException("task");
            if (task.IsCompletedSuccessfully && task.Result != null)
                return task.Result;
            return new UnwrapPromise<VoidTaskResult>(task, false);
        }

        public static Task<TResult> Unwrap<TResult>(this Task<Task<TResult>> task)
        {
            if (task == null)
                throw new ArgumentNullException("task");
            if (task.IsCompletedSuccessfully && task.Result != null)
                return task.Result;
            return new UnwrapPromise<TResult>(task, false);
        }
    }
}
