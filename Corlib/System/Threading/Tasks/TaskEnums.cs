// Task statuses and options, with .NET's values.
namespace System.Threading.Tasks
{
    public enum TaskStatus
    {
        Created,
        WaitingForActivation,
        WaitingToRun,
        Running,
        WaitingForChildrenToComplete,
        RanToCompletion,
        Canceled,
        Faulted,
    }

    [Flags]
    public enum TaskCreationOptions
    {
        None = 0x0,
        PreferFairness = 0x01,
        LongRunning = 0x02,
        AttachedToParent = 0x04,
        DenyChildAttach = 0x08,
        HideScheduler = 0x10,
        RunContinuationsAsynchronously = 0x40,
    }

    [Flags]
    public enum TaskContinuationOptions
    {
        None = 0,
        PreferFairness = 0x01,
        LongRunning = 0x02,
        AttachedToParent = 0x04,
        DenyChildAttach = 0x08,
        HideScheduler = 0x10,
        LazyCancellation = 0x20,
        RunContinuationsAsynchronously = 0x40,
        NotOnRanToCompletion = 0x10000,
        NotOnFaulted = 0x20000,
        NotOnCanceled = 0x40000,
        OnlyOnRanToCompletion = NotOnFaulted | NotOnCanceled,
        OnlyOnFaulted = NotOnRanToCompletion | NotOnCanceled,
        OnlyOnCanceled = NotOnRanToCompletion | NotOnFaulted,
        ExecuteSynchronously = 0x80000,
    }

    // Options only the library sets; they share Task's option bits with TaskCreationOptions.
    [Flags]
    internal enum InternalTaskOptions
    {
        None,
        InternalOptionsMask = 0x0000FF00,
        ContinuationTask = 0x0200,
        PromiseTask = 0x0400,
        LazyCancellation = 0x1000,
        QueuedByRuntime = 0x2000,
        DoNotDispose = 0x4000,
    }

    // The result type of the non-generic task machinery.
    internal struct VoidTaskResult
    {
    }

    // Something to run when a task completes, without allocating a continuation task.
    internal interface ITaskCompletionAction
    {
        void Invoke(Task completingTask);
        bool InvokeMayRunArbitraryCode { get; }
    }
}
