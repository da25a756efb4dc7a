// System.Runtime.CompilerServices.AsyncHelpers (.NET 11): the only places a runtime-async method
// suspends. Roslyn compiles `await t` in a MethodImplOptions.Async method to `call Await(t)`
// (or, for other awaitables, `if (!a.IsCompleted) UnsafeAwaitAwaiter(a); a.GetResult()`).
//
// These methods are runtime-async bodies themselves ([RuntimeAsyncMethod] stands in for the
// 0x2000 impl flag, which mcs cannot emit): when the awaited thing is not complete they call
// RuntimeAsync.Suspend, which moves every async frame of the chain, this one included, into
// continuations and returns to the chain's root; when it completes, the chain is put back on
// a VM stack and this frame continues after the Suspend call. When CILKit fuses
// `call X; call Await(...)` into a direct call of X's async entry (X runtime-async), Await is
// not called at all.
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    [System.Diagnostics.StackTraceHidden]
    public static class AsyncHelpers
    {
        [RuntimeAsyncMethod]
        public static void Await(Task task)
        {
            if (!task.IsCompleted)
                RuntimeAsync.Suspend(task);
            task.GetAwaiter().GetResult();
        }

        [RuntimeAsyncMethod]
        public static T Await<T>(Task<T> task)
        {
            if (!task.IsCompleted)
                RuntimeAsync.Suspend(task);
            return task.GetAwaiter().GetResult();
        }

        [RuntimeAsyncMethod]
        public static void Await(ValueTask task)
        {
            ValueTaskAwaiter awaiter = task.GetAwaiter();
            if (!awaiter.IsCompleted)
                RuntimeAsync.Suspend(AwaiterNotifier<ValueTaskAwaiter>.For(awaiter));
            awaiter.GetResult();
        }

        [RuntimeAsyncMethod]
        public static T Await<T>(ValueTask<T> task)
        {
            ValueTaskAwaiter<T> awaiter = task.GetAwaiter();
            if (!awaiter.IsCompleted)
                RuntimeAsync.Suspend(AwaiterNotifier<ValueTaskAwaiter<T>>.For(awaiter));
            return awaiter.GetResult();
        }

        [RuntimeAsyncMethod]
        public static void Await(ConfiguredTaskAwaitable configuredAwaitable)
        {
            ConfiguredTaskAwaitable.ConfiguredTaskAwaiter awaiter = configuredAwaitable.GetAwaiter();
            if (!awaiter.IsCompleted)
                RuntimeAsync.Suspend(AwaiterNotifier<ConfiguredTaskAwaitable.ConfiguredTaskAwaiter>.For(awaiter));
            awaiter.GetResult();
        }

        [RuntimeAsyncMethod]
        public static T Await<T>(ConfiguredTaskAwaitable<T> configuredAwaitable)
        {
            ConfiguredTaskAwaitable<T>.ConfiguredTaskAwaiter awaiter = configuredAwaitable.GetAwaiter();
            if (!awaiter.IsCompleted)
                RuntimeAsync.Suspend(AwaiterNotifier<ConfiguredTaskAwaitable<T>.ConfiguredTaskAwaiter>.For(awaiter));
            return awaiter.GetResult();
        }

        [RuntimeAsyncMethod]
        public static void Await(ConfiguredValueTaskAwaitable configuredAwaitable)
        {
            ConfiguredValueTaskAwaitable.ConfiguredValueTaskAwaiter awaiter = configuredAwaitable.GetAwaiter();
            if (!awaiter.IsCompleted)
                RuntimeAsync.Suspend(AwaiterNotifier<ConfiguredValueTaskAwaitable.ConfiguredValueTaskAwaiter>.For(awaiter));
            awaiter.GetResult();
        }

        [RuntimeAsyncMethod]
        public static T Await<T>(ConfiguredValueTaskAwaitable<T> configuredAwaitable)
        {
            ConfiguredValueTaskAwaitable<T>.ConfiguredValueTaskAwaiter awaiter = configuredAwaitable.GetAwaiter();
            if (!awaiter.IsCompleted)
                RuntimeAsync.Suspend(AwaiterNotifier<ConfiguredValueTaskAwaitable<T>.ConfiguredValueTaskAwaiter>.For(awaiter));
            return awaiter.GetResult();
        }

        // The awaiter's IsCompleted was false: suspend until it calls back.
        [RuntimeAsyncMethod]
        public static void UnsafeAwaitAwaiter<TAwaiter>(TAwaiter awaiter) where TAwaiter : ICriticalNotifyCompletion
        {
            RuntimeAsync.Suspend(AwaiterNotifier<TAwaiter>.For(awaiter));
        }

        [RuntimeAsyncMethod]
        public static void AwaitAwaiter<TAwaiter>(TAwaiter awaiter) where TAwaiter : INotifyCompletion
        {
            RuntimeAsync.Suspend(NotifyCompletionNotifier<TAwaiter>.For(awaiter));
        }

        // Roslyn's synthesized async Main: block on the task, unwrap its exception.
        public static void HandleAsyncEntryPoint(Task task)
        {
            task.GetAwaiter().GetResult();
        }

        public static int HandleAsyncEntryPoint(Task<int> task)
        {
            return task.GetAwaiter().GetResult();
        }
    }

    // Stands in for MethodImplOptions.Async (0x2000) on corlib methods: mcs refuses to emit the
    // flag (CS0591), so the engine also accepts this attribute.
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    internal sealed class RuntimeAsyncMethodAttribute : Attribute
    {
    }

    public static class RuntimeFeature
    {
        public const string Async = "Async";
        public const string PortablePdb = "PortablePdb";
        public const string DefaultImplementationsOfInterfaces = "DefaultImplementationsOfInterfaces";

        public static bool IsDynamicCodeSupported { get { return false; } }
        public static bool IsDynamicCodeCompiled { get { return false; } }

        public static bool IsSupported(string feature)
        {
            return feature == Async || feature == PortablePdb;
        }
    }
}
