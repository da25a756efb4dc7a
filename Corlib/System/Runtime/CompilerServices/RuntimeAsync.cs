// The managed half of CILKit's runtime async (Documentation/RuntimeAsync.md).
//
// A runtime-async method M (MethodImplOptions.Async) has two entries. Its *async entry* runs
// M's IL and returns a bare T; runtime-async callers call it directly (the engine fuses
// `call M; call AsyncHelpers.Await`). Its *Task entry* — what sync callers, delegates and
// reflection call — is an engine thunk that calls RuntimeAsyncThunks.Start* with the async
// entry and the address of its own arguments: the chain runs inline on the caller's thread,
// its first frame made from those arguments; if it completes, the caller gets a completed
// task; if it suspends, a pending one.
//
// Suspension (RuntimeAsync.Suspend, from AsyncHelpers) moves every async frame between the
// leaf and the RuntimeAsyncTask.Run that resumed the chain into frame objects (one per
// frame, reused when that frame suspends again) and returns to Run, which registers the task
// with whatever the leaf waits on. When that completes, Run puts the frames back on a VM stack
// (RuntimeAsync.Resume) and they continue; exceptions travel through them as through any
// frames.
using System.Threading;
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    [System.Diagnostics.StackTraceHidden]
    internal static class RuntimeAsync
    {
        // Suspends the running async chain until `notifier` (a Task, or an IRuntimeAsyncNotifier)
        // completes. Only valid inside a runtime-async body; the engine implements the call.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void Suspend(object notifier);

        // Puts the frames of `leaf`'s chain back on this thread's VM stack and runs them; returns
        // the outermost frame's result, or (garbage) when the chain suspended again — then
        // EndResume says so. The engine implements the call.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern T Resume<T>(object[] leaf);

        // Runs async entry `method` with the arguments at `arguments` (the Task entry's frame)
        // above this frame, as the chain's first frame; returns like Resume. The engine
        // implements the call.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern T Start<T>(IntPtr method, IntPtr arguments);

        // Ends the Resume of this thread's innermost RuntimeAsyncTask.Run; true if the chain
        // suspended, in which case TakeLeaf/TakeNotifier give the new chain and what it waits on.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool EndResume();

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object[] TakeLeaf();

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object TakeNotifier();

        // Called by the engine when an async body exits with contexts other than at its entry
        // (an AsyncLocal or the SynchronizationContext changed inside it).
        internal static void RestoreContexts(ExecutionContext executionContext, SynchronizationContext synchronizationContext)
        {
            Thread thread = Thread.CurrentThread;
            if (thread._synchronizationContext != synchronizationContext)
                thread._synchronizationContext = synchronizationContext;
            ExecutionContext current = thread._executionContext;
            if (current != executionContext)
                ExecutionContext.RestoreChangedContextToThread(thread, executionContext, current);
        }

        // A non-async caller starts a chain: like AsyncMethodBuilderCore.Start, the caller's
        // contexts are what they were once the chain completes or first suspends.
        internal static void RunFromCaller<TResult>(RuntimeAsyncTask<TResult> task)
        {
            Thread thread = Thread.CurrentThread;
            ExecutionContext previousExecutionCtx = thread._executionContext;
            SynchronizationContext previousSyncCtx = thread._synchronizationContext;
            try
            {
                task.Run();
            }
            finally
            {
                if (previousSyncCtx != thread._synchronizationContext)
                    thread._synchronizationContext = previousSyncCtx;
                ExecutionContext currentExecutionCtx = thread._executionContext;
                if (previousExecutionCtx != currentExecutionCtx)
                    ExecutionContext.RestoreChangedContextToThread(thread, previousExecutionCtx, currentExecutionCtx);
            }
        }
    }

    // A suspended (or not yet started) frame of a runtime-async method is an object[] the
    // engine writes and reads (RuntimeAsync/Suspension.swift): a few header words — the
    // caller's frame, the method, resume and callee offsets, where the frame was, the
    // SynchronizationContext it awaited under, the slot count — then the frame's VM slots as
    // raw words. One object per frame; the collector validates every word it marks, as it does
    // VM stack slots, so raw words are harmless and references stay alive.

    // What a suspended chain waits on, when it is not a Task: registers the task's resumption.
    internal interface IRuntimeAsyncNotifier
    {
        void Register(IAsyncStateMachineBox box);
    }

    // A notifier holds the awaiter only from the suspension until the chain's task registers
    // its continuation: corlib code in between (RuntimeAsyncTask.Run), which green threads
    // never interleave, and it lets go before the awaiter's OnCompleted runs any user code.
    // So one notifier per awaiter type serves every suspension: suspending allocates nothing
    // (classic async keeps the awaiter in the box it already has).
    internal sealed class AwaiterNotifier<TAwaiter> : IRuntimeAsyncNotifier where TAwaiter : ICriticalNotifyCompletion
    {
        private static AwaiterNotifier<TAwaiter> s_free;
        private TAwaiter _awaiter;

        internal static AwaiterNotifier<TAwaiter> For(TAwaiter awaiter)
        {
            AwaiterNotifier<TAwaiter> notifier = s_free;
            if (notifier == null)
                notifier = new AwaiterNotifier<TAwaiter>();
            else
                s_free = null;
            notifier._awaiter = awaiter;
            return notifier;
        }

        public void Register(IAsyncStateMachineBox box)
        {
            TAwaiter awaiter = _awaiter;
            _awaiter = default(TAwaiter);
            s_free = this;
            AsyncTaskMethodBuilder<VoidTaskResult>.AwaitUnsafeOnCompleted(ref awaiter, box);
        }
    }

    internal sealed class NotifyCompletionNotifier<TAwaiter> : IRuntimeAsyncNotifier where TAwaiter : INotifyCompletion
    {
        private static NotifyCompletionNotifier<TAwaiter> s_free;
        private TAwaiter _awaiter;

        internal static NotifyCompletionNotifier<TAwaiter> For(TAwaiter awaiter)
        {
            NotifyCompletionNotifier<TAwaiter> notifier = s_free;
            if (notifier == null)
                notifier = new NotifyCompletionNotifier<TAwaiter>();
            else
                s_free = null;
            notifier._awaiter = awaiter;
            return notifier;
        }

        public void Register(IAsyncStateMachineBox box)
        {
            TAwaiter awaiter = _awaiter;
            _awaiter = default(TAwaiter);
            s_free = this;
            awaiter.OnCompleted(box.MoveNextAction);
        }
    }

    // The Task of a runtime-async chain called from a non-async caller: it runs the chain, and
    // resumes it whenever what it waits on completes.
    [System.Diagnostics.StackTraceHidden]
    internal sealed class RuntimeAsyncTask<TResult> : Task<TResult>, IAsyncStateMachineBox, IThreadPoolWorkItem
    {
        private static readonly SendOrPostCallback s_postCallback = s => ((RuntimeAsyncTask<TResult>)s).MoveNext();

        private object[] _leaf;
        private ExecutionContext _context;
        private Action _moveNextAction;

        // A chain not started yet: the async entry (a MethodDesc*) and where its arguments are
        // (the Task entry's frame, alive below us until the first run ends).
        private IntPtr _startMethod;
        private IntPtr _startArguments;

        internal RuntimeAsyncTask(IntPtr method, IntPtr arguments)
        {
            _startMethod = method;
            _startArguments = arguments;
        }

        public Action MoveNextAction
        {
            get { return _moveNextAction ?? (_moveNextAction = new Action(MoveNext)); }
        }

        public IAsyncStateMachine GetStateMachineObject()
        {
            return null;
        }

        void IThreadPoolWorkItem.Execute()
        {
            MoveNext();
        }

        // Resumes the suspended chain (a continuation of what it waited on).
        public void MoveNext()
        {
            GreenThreads.Count(GreenThreads.CountResumption);
            Thread thread = Thread.CurrentThread;
            ExecutionContext previous = thread._executionContext;
            ExecutionContext context = _context;
            _context = null;
            if (context != previous)
                ExecutionContext.RestoreChangedContextToThread(thread, context, previous);
            try
            {
                Run();
            }
            finally
            {
                ExecutionContext current = thread._executionContext;
                if (current != previous)
                    ExecutionContext.RestoreChangedContextToThread(thread, previous, current);
            }
        }

        // Runs the chain from _leaf until it completes, throws or suspends.
        internal void Run()
        {
            object[] leaf = _leaf;
            _leaf = null;
            IntPtr startMethod = _startMethod;
            _startMethod = IntPtr.Zero;
            TResult result = default(TResult);
            Exception error = null;
            try
            {
                result = startMethod != IntPtr.Zero
                    ? RuntimeAsync.Start<TResult>(startMethod, _startArguments)
                    : RuntimeAsync.Resume<TResult>(leaf);
            }
            catch (Exception e)
            {
                error = e;
            }
            if (RuntimeAsync.EndResume())
            {
                GreenThreads.Count(GreenThreads.CountSuspension);
                _leaf = RuntimeAsync.TakeLeaf();
                object notifier = RuntimeAsync.TakeNotifier();
                ExecutionContext context = ExecutionContext.Capture();
                _context = context;
                Task task = notifier as Task;
                SynchronizationContext returnContext;
                if (task != null)
                    task.UnsafeSetContinuationForAwait(this, true);
                else if ((returnContext = notifier as SynchronizationContext) != null)
                    returnContext.Post(s_postCallback, this);
                else
                    ((IRuntimeAsyncNotifier)notifier).Register(this);
                return;
            }
            if (error == null)
            {
                TrySetResult(result);
                return;
            }
            OperationCanceledException canceled = error as OperationCanceledException;
            if (canceled != null)
                TrySetCanceled(canceled.CancellationToken, canceled);
            else
                TrySetException(error);
        }
    }

    // The Task entries of runtime-async methods call these with the packed, not-yet-started
    // frame of the async entry.
    [System.Diagnostics.StackTraceHidden]
    internal static class RuntimeAsyncThunks
    {
        internal static Task<T> StartTask<T>(IntPtr method, IntPtr arguments)
        {
            var task = new RuntimeAsyncTask<T>(method, arguments);
            RuntimeAsync.RunFromCaller(task);
            return task;
        }

        internal static Task StartVoidTask(IntPtr method, IntPtr arguments)
        {
            var task = new RuntimeAsyncTask<VoidTaskResult>(method, arguments);
            RuntimeAsync.RunFromCaller(task);
            return task;
        }

        internal static ValueTask<T> StartValueTask<T>(IntPtr method, IntPtr arguments)
        {
            var task = new RuntimeAsyncTask<T>(method, arguments);
            RuntimeAsync.RunFromCaller(task);
            if (task.IsCompletedSuccessfully)
                return new ValueTask<T>(task.Result);
            return new ValueTask<T>(task);
        }

        internal static ValueTask StartVoidValueTask(IntPtr method, IntPtr arguments)
        {
            var task = new RuntimeAsyncTask<VoidTaskResult>(method, arguments);
            RuntimeAsync.RunFromCaller(task);
            if (task.IsCompletedSuccessfully)
                return default(ValueTask);
            return new ValueTask(task);
        }
    }
}
