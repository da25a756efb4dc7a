// ConfigureAwait(true/false) on Task, Task<T>, ValueTask and ValueTask<T>: awaiting completed and pending operations, results and exceptions flowing through configured awaiters, IsCompleted of configured awaiters, ConfigureAwait inside loops and try/finally. Output never depends on the resuming thread.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.ValueTask_ConfigureAwait
{
    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<int> Slow(int v)
        {
            await Task.Delay(5).ConfigureAwait(false);
            return v;
        }

        static async ValueTask<int> SlowVt(int v)
        {
            await Task.Yield();
            return v + 100;
        }

        static async Task<string> Fails()
        {
            await Task.Yield();
            throw new InvalidOperationException("configured failure");
        }

        static async Task<int> MainAsync()
        {
            Console.WriteLine("SynchronizationContext is null: " + (SynchronizationContext.Current == null));
            await Task.CompletedTask.ConfigureAwait(false);
            Console.WriteLine("completed Task, false: ok");
            await Task.CompletedTask.ConfigureAwait(true);
            Console.WriteLine("completed Task, true: ok");

            Console.WriteLine("Task<int> false: " + await Slow(1).ConfigureAwait(false));
            Console.WriteLine("Task<int> true: " + await Slow(2).ConfigureAwait(true));
            Console.WriteLine("ValueTask<int>(result) false: " + await new ValueTask<int>(3).ConfigureAwait(false));
            Console.WriteLine("ValueTask<int>(task) false: " + await new ValueTask<int>(Slow(4)).ConfigureAwait(false));
            Console.WriteLine("async ValueTask<int> false: " + await SlowVt(5).ConfigureAwait(false));
            await new ValueTask(Task.Delay(5)).ConfigureAwait(false);
            Console.WriteLine("ValueTask(task) false: ok");
            await default(ValueTask).ConfigureAwait(false);
            Console.WriteLine("default(ValueTask) false: ok");

            var pendingSource = new TaskCompletionSource<int>();
            var awaiter = pendingSource.Task.ConfigureAwait(false).GetAwaiter();
            Console.WriteLine("configured awaiter IsCompleted while pending: " + awaiter.IsCompleted);
            pendingSource.SetResult(9);
            Console.WriteLine("after SetResult: " + awaiter.IsCompleted + " GetResult " + awaiter.GetResult());
            var vtAwaiter = new ValueTask<int>(12).ConfigureAwait(false).GetAwaiter();
            Console.WriteLine("configured ValueTask awaiter: IsCompleted " + vtAwaiter.IsCompleted + " GetResult " + vtAwaiter.GetResult());

            try { await Fails().ConfigureAwait(false); }
            catch (InvalidOperationException e) { Console.WriteLine("exception through ConfigureAwait(false): " + e.Message); }
            try { await new ValueTask<string>(Fails()).ConfigureAwait(false); }
            catch (InvalidOperationException e) { Console.WriteLine("exception through ValueTask ConfigureAwait(false): " + e.Message); }
            var cts = new CancellationTokenSource();
            cts.Cancel();
            try { await Task.Delay(1000, cts.Token).ConfigureAwait(false); }
            catch (TaskCanceledException) { Console.WriteLine("canceled through ConfigureAwait(false): TaskCanceledException"); }

            int sum = 0;
            string trace = "";
            for (int i = 0; i < 5; i++)
            {
                try
                {
                    sum += await Slow(i).ConfigureAwait(i % 2 == 0);
                    trace += "t" + i;
                }
                finally
                {
                    trace += "f" + i + " ";
                }
            }
            Console.WriteLine("loop: sum " + sum + " trace " + trace.Trim());

            var results = await Task.WhenAll(Slow(1), Slow(2), Slow(3)).ConfigureAwait(false);
            Console.WriteLine("WhenAll with ConfigureAwait(false): " + string.Join(",", results));
            var yielded = Task.Run(async () => { await Task.Yield(); return "yield then value"; });
            Console.WriteLine(await yielded.ConfigureAwait(false));
            return sum;
        }
    }
}
