// System.Threading.ThreadPool: a FIFO work queue drained by background green threads
// (IsThreadPoolThread). A worker is woken or started when an item is queued and no worker
// is idle or already on its way to the queue, and also when a worker is about to block
// (Task.Wait, a lock, an event...) while work is queued, so that blocking work items cannot
// starve the queue. Idle workers park. An exception escaping a work item escapes the
// worker thread and ends the process, as in .NET.
using System.Collections.Generic;

namespace System.Threading
{
    public delegate void WaitCallback(object state);

    public delegate void WaitOrTimerCallback(object state, bool timedOut);

    // A work item the pool runs by calling Execute (Task and the async state machine boxes).
    public interface IThreadPoolWorkItem
    {
        void Execute();
    }

    public static class ThreadPool
    {
        // Upper bound on pool workers; each is a green thread with its own VM stack.
        private const int MaxWorkers = 256;

        private sealed class Worker
        {
            internal Thread Thread;
            internal bool Searching;   // woken or started, not yet back at the queue
        }

        private static readonly Queue<object> s_queue = new Queue<object>();
        private static readonly Stack<Worker> s_idle = new Stack<Worker>();
        private static int s_workerCount;
        private static int s_searching;
        private static long s_completed;
        private static int s_minThreads = 1, s_maxThreads = MaxWorkers;

        public static bool QueueUserWorkItem(WaitCallback callBack)
        {
            return QueueUserWorkItem(callBack, null);
        }

        public static bool QueueUserWorkItem(WaitCallback callBack, object state)
        {
            if (callBack == null)
                throw new ArgumentNullException("callBack");
            Enqueue(new QueueUserWorkItemCallback(callBack, state, ExecutionContext.Capture()));
            return true;
        }

        public static bool QueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal)
        {
            if (callBack == null)
                throw new ArgumentNullException("callBack");
            Enqueue(new QueueUserWorkItemCallback<TState>(callBack, state, ExecutionContext.Capture()));
            return true;
        }

        public static bool UnsafeQueueUserWorkItem(WaitCallback callBack, object state)
        {
            if (callBack == null)
                throw new ArgumentNullException("callBack");
            Enqueue(new QueueUserWorkItemCallback(callBack, state, null));
            return true;
        }

        public static bool UnsafeQueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal)
        {
            if (callBack == null)
                throw new ArgumentNullException("callBack");
            Enqueue(new QueueUserWorkItemCallback<TState>(callBack, state, null));
            return true;
        }

        public static bool UnsafeQueueUserWorkItem(IThreadPoolWorkItem callBack, bool preferLocal)
        {
            if (callBack == null)
                throw new ArgumentNullException("callBack");
            if (callBack is System.Threading.Tasks.Task)
                throw new ArgumentOutOfRangeException("callBack", "The work item cannot be a Task.");
            Enqueue(callBack);
            return true;
        }

        // Queues an IThreadPoolWorkItem or an Action (corlib-internal continuations).
        internal static void UnsafeQueueUserWorkItemInternal(object workItem)
        {
            Enqueue(workItem);
        }

        private static void Enqueue(object workItem)
        {
            s_queue.Enqueue(workItem);
            if (s_searching == 0)
                WakeOrStartWorker();
        }

        // A worker that is about to block: keep the queue moving.
        internal static void NotifyWorkerBlocking()
        {
            if (s_queue.Count > 0 && s_searching == 0)
                WakeOrStartWorker();
        }

        private static void WakeOrStartWorker()
        {
            if (s_idle.Count > 0)
            {
                Worker w = s_idle.Pop();
                w.Searching = true;
                s_searching++;
                GreenThreads.UnparkOne(w);
                return;
            }
            if (s_workerCount >= s_maxThreads)
                return;
            StartWorker();
        }

        // Separate from WakeOrStartWorker: mcs allocates a lambda's closure on entry to the
        // method that declares it, so waking an idle worker would allocate one too.
        private static void StartWorker()
        {
            s_workerCount++;
            s_searching++;
            var worker = new Worker();
            worker.Searching = true;
            worker.Thread = Thread.StartBackground(() => WorkerLoop(worker), true);
        }

        private static void WorkerLoop(Worker me)
        {
            Thread thread = me.Thread ?? Thread.CurrentThread;
            while (true)
            {
                if (me.Searching)
                {
                    me.Searching = false;
                    s_searching--;
                }
                if (s_queue.Count == 0)
                {
                    s_idle.Push(me);
                    while (!me.Searching && s_queue.Count == 0)
                        GreenThreads.Park(me, Timeout.Infinite);
                    if (!me.Searching)
                        RemoveIdle(me);   // a spurious wake-up found work: leave the idle stack
                    continue;
                }
                object item = s_queue.Dequeue();
                // More work is waiting and nobody is coming for it: get another worker
                // (this one may block inside the item).
                if (s_queue.Count > 0 && s_searching == 0 && s_idle.Count > 0)
                    WakeOrStartWorker();
                Dispatch(item);
                s_completed++;
                ExecutionContext.ResetThreadPoolThread(thread);
                thread._currentTask = null;
            }
        }

        private static void RemoveIdle(Worker me)
        {
            var rest = new List<Worker>(s_idle);
            s_idle.Clear();
            for (int i = rest.Count - 1; i >= 0; i--)
                if (rest[i] != me)
                    s_idle.Push(rest[i]);
        }

        private static void Dispatch(object item)
        {
            var workItem = item as IThreadPoolWorkItem;
            if (workItem != null)
                workItem.Execute();
            else
                ((Action)item)();
        }

        public static bool SetMinThreads(int workerThreads, int completionPortThreads)
        {
            if (workerThreads < 0 || completionPortThreads < 0 || workerThreads > s_maxThreads)
                return false;
            s_minThreads = workerThreads;
            return true;
        }

        public static void GetMinThreads(out int workerThreads, out int completionPortThreads)
        {
            workerThreads = s_minThreads;
            completionPortThreads = s_minThreads;
        }

        public static bool SetMaxThreads(int workerThreads, int completionPortThreads)
        {
            if (workerThreads < s_minThreads || completionPortThreads < 1)
                return false;
            s_maxThreads = Math.Min(workerThreads, MaxWorkers);
            return true;
        }

        public static void GetMaxThreads(out int workerThreads, out int completionPortThreads)
        {
            workerThreads = s_maxThreads;
            completionPortThreads = s_maxThreads;
        }

        public static void GetAvailableThreads(out int workerThreads, out int completionPortThreads)
        {
            workerThreads = s_maxThreads - (s_workerCount - s_idle.Count);
            completionPortThreads = s_maxThreads;
        }

        public static int ThreadCount
        {
            get { return s_workerCount; }
        }

        public static long PendingWorkItemCount
        {
            get { return s_queue.Count; }
        }

        public static long CompletedWorkItemCount
        {
            get { return s_completed; }
        }
    }

    // QueueUserWorkItem's item: the callback runs in the ExecutionContext captured when it was
    // queued (null: flow suppressed or an Unsafe* call, so the pool's clean context).
    internal sealed class QueueUserWorkItemCallback : IThreadPoolWorkItem
    {
        private readonly WaitCallback _callback;
        private readonly object _state;
        private readonly ExecutionContext _context;

        internal QueueUserWorkItemCallback(WaitCallback callback, object state, ExecutionContext context)
        {
            _callback = callback;
            _state = state;
            _context = context;
        }

        private static readonly ContextCallback s_run = s =>
        {
            var item = (QueueUserWorkItemCallback)s;
            item._callback(item._state);
        };

        public void Execute()
        {
            if (_context == null || _context.IsDefault)
                _callback(_state);
            else
                ExecutionContext.RunInternal(_context, s_run, this);
        }
    }

    internal sealed class QueueUserWorkItemCallback<TState> : IThreadPoolWorkItem
    {
        private readonly Action<TState> _callback;
        private readonly TState _state;
        private readonly ExecutionContext _context;

        internal QueueUserWorkItemCallback(Action<TState> callback, TState state, ExecutionContext context)
        {
            _callback = callback;
            _state = state;
            _context = context;
        }

        private static readonly ContextCallback s_run = s =>
        {
            var item = (QueueUserWorkItemCallback<TState>)s;
            item._callback(item._state);
        };

        public void Execute()
        {
            if (_context == null || _context.IsDefault)
                _callback(_state);
            else
                ExecutionContext.RunInternal(_context, s_run, this);
        }
    }
}
