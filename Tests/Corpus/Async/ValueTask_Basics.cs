// ValueTask and ValueTask<T>: from a result, from a Task (pending, faulted, canceled), default values, IsCompleted/IsCompletedSuccessfully/IsFaulted/IsCanceled, Result (unwrapped exceptions), AsTask identity, Preserve, equality, ToString, awaiting, and async ValueTask<T> methods completing synchronously and asynchronously (non-generic `async ValueTask` methods crash mcs 6.8, so none here).
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.ValueTask_Basics
{
    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static string Flags<T>(ValueTask<T> v)
        {
            return "completed=" + v.IsCompleted + " success=" + v.IsCompletedSuccessfully + " faulted=" + v.IsFaulted + " canceled=" + v.IsCanceled;
        }

        static string Flags(ValueTask v)
        {
            return "completed=" + v.IsCompleted + " success=" + v.IsCompletedSuccessfully + " faulted=" + v.IsFaulted + " canceled=" + v.IsCanceled;
        }

        static async ValueTask<int> MaybeAsync(bool goAsync, int value)
        {
            if (goAsync) await Task.Delay(5);
            return value * 2;
        }

        static async ValueTask<int> ThrowsSynchronously()
        {
            await Task.CompletedTask;
            throw new InvalidOperationException("sync throw");
        }

        static async Task<int> MainAsync()
        {
            var v = new ValueTask<int>(7);
            Console.WriteLine("from result: " + Flags(v) + " Result=" + v.Result + " ToString=" + v.ToString());
            Console.WriteLine("await: " + await v);
            Task<int> t1 = v.AsTask();
            Task<int> t2 = v.AsTask();
            Console.WriteLine("AsTask from result: " + t1.Status + " " + t1.Result + " / " + t2.Result);

            var d = default(ValueTask<string>);
            Console.WriteLine("default(ValueTask<string>): " + Flags(d) + " Result null=" + (d.Result == null) + " ToString='" + d.ToString() + "'");
            var dn = default(ValueTask);
            Console.WriteLine("default(ValueTask): " + Flags(dn));
            await dn;
            Console.WriteLine("awaited default(ValueTask)");

            var tcs = new TaskCompletionSource<int>();
            var fromTask = new ValueTask<int>(tcs.Task);
            Console.WriteLine("from pending task: " + Flags(fromTask) + " ToString='" + fromTask.ToString() + "'");
            Console.WriteLine("AsTask returns the same task: " + ReferenceEquals(fromTask.AsTask(), tcs.Task));
            tcs.SetResult(11);
            Console.WriteLine("after SetResult: " + Flags(fromTask) + " Result=" + fromTask.Result);

            var faultedVt = new ValueTask<int>(Task.FromException<int>(new FormatException("bad format")));
            Console.WriteLine("from faulted task: " + Flags(faultedVt));
            try { Console.WriteLine(faultedVt.Result); }
            catch (FormatException e) { Console.WriteLine("Result throws unwrapped: " + e.Message); }
            try { await faultedVt; }
            catch (FormatException e) { Console.WriteLine("await throws: " + e.Message); }

            var cts = new CancellationTokenSource();
            cts.Cancel();
            var canceledVt = new ValueTask(Task.FromCanceled(cts.Token));
            Console.WriteLine("from canceled task: " + Flags(canceledVt));
            try { await canceledVt; }
            catch (TaskCanceledException) { Console.WriteLine("await canceled: TaskCanceledException"); }

            Console.WriteLine("-- equality");
            Console.WriteLine("ValueTask<int>(5) == ValueTask<int>(5): " + (new ValueTask<int>(5) == new ValueTask<int>(5)));
            Console.WriteLine("ValueTask<int>(5) == ValueTask<int>(6): " + (new ValueTask<int>(5) == new ValueTask<int>(6)));
            Console.WriteLine("same task: " + (new ValueTask<int>(tcs.Task) == new ValueTask<int>(tcs.Task)));
            Console.WriteLine("result vs task with same value: " + new ValueTask<int>(11).Equals(new ValueTask<int>(tcs.Task)));
            Console.WriteLine("non-generic same task: " + (new ValueTask(tcs.Task) == new ValueTask(tcs.Task)) + ", default == default: " + (default(ValueTask) == default(ValueTask)));

            try { new ValueTask<int>((Task<int>)null); }
            catch (ArgumentNullException) { Console.WriteLine("ValueTask<int>(null task): ArgumentNullException"); }

            Console.WriteLine("-- Preserve");
            var p = new ValueTask<int>(3).Preserve();
            Console.WriteLine("Preserve of result: " + Flags(p) + " " + p.Result);
            var pt = new ValueTask<int>(tcs.Task).Preserve();
            Console.WriteLine("Preserve of task keeps task: " + ReferenceEquals(pt.AsTask(), tcs.Task));

            Console.WriteLine("-- async ValueTask methods");
            var sync = MaybeAsync(false, 4);
            Console.WriteLine("synchronous path: " + Flags(sync) + " Result=" + sync.Result);
            var async1 = MaybeAsync(true, 5);
            Console.WriteLine("asynchronous path right after call: completed=" + async1.IsCompleted);
            Console.WriteLine("awaited: " + await async1);
            var thrower = ThrowsSynchronously();
            Console.WriteLine("method that throws: " + Flags(thrower));
            try { await thrower; }
            catch (InvalidOperationException e) { Console.WriteLine("await: " + e.Message); }
            int sum = 0;
            for (int i = 0; i < 5; i++) sum += await MaybeAsync(i % 2 == 1, i);
            Console.WriteLine("loop of awaits: " + sum);
            return sum;
        }
    }
}
