// Task.Run overloads: Action, Func<T>, Func<Task> and Func<Task<T>> (proxy unwrapping: faults, cancellation, null inner task), already-canceled tokens; Task.Factory.StartNew with Func<Task<T>> giving Task<Task<T>> that needs Unwrap; TaskCreationOptions visible on StartNew tasks.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_RunUnwrap
{
    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<int> MainAsync()
        {
            int side = 0;
            await Task.Run(() => { side = 5; });
            Console.WriteLine("Run(Action) side effect: " + side);

            Task<int> f = Task.Run(() => 6 * 7);
            Console.WriteLine("Run(Func<int>): " + await f);

            Task proxy = Task.Run(async () => { await Task.Delay(10); side = 9; });
            await proxy;
            Console.WriteLine("Run(Func<Task>) waits for inner: side=" + side + " type is Task<Task>: " + (proxy is Task<Task>));

            Task<string> proxyT = Task.Run(async () => { await Task.Delay(10); return "inner result"; });
            Console.WriteLine("Run(Func<Task<string>>): " + await proxyT);

            var faultProxy = Task.Run(async () => { await Task.Yield(); throw new InvalidOperationException("inner fault"); });
            try { await faultProxy; }
            catch (InvalidOperationException e) { Console.WriteLine("faulted inner: " + e.Message + ", proxy " + faultProxy.Status + ", inner count " + faultProxy.Exception.InnerExceptions.Count); }

            var nullProxy = Task.Run(() => (Task)null);
            try { await nullProxy; }
            catch (TaskCanceledException) { Console.WriteLine("null inner task: " + nullProxy.Status); }

            var cts = new CancellationTokenSource();
            cts.Cancel();
            bool ran = false;
            var pre = Task.Run(() => { ran = true; }, cts.Token);
            try { await pre; }
            catch (TaskCanceledException e) { Console.WriteLine("Run with canceled token: " + pre.Status + " ran=" + ran + " token matches=" + (e.CancellationToken == cts.Token)); }
            var preT = Task.Run(async () => { await Task.Yield(); return 1; }, cts.Token);
            try { await preT; }
            catch (OperationCanceledException) { Console.WriteLine("Run(Func<Task<int>>) with canceled token: " + preT.Status); }

            var innerCts = new CancellationTokenSource();
            var innerCanceled = Task.Run(() => { innerCts.Cancel(); innerCts.Token.ThrowIfCancellationRequested(); return 0; }, innerCts.Token);
            try { await innerCanceled; }
            catch (OperationCanceledException e) { Console.WriteLine("body threw OCE for its own token: " + innerCanceled.Status + " " + e.GetType().Name); }

            var other = new CancellationTokenSource();
            other.Cancel();
            var wrongToken = Task.Run(() => { other.Token.ThrowIfCancellationRequested(); });
            try { await wrongToken; }
            catch (OperationCanceledException e) { Console.WriteLine("OCE with a token Task.Run does not know: " + wrongToken.Status + " " + e.GetType().Name); }

            Console.WriteLine("-- StartNew");
            Task<Task<int>> nested = Task.Factory.StartNew(async () => { await Task.Delay(10); return 3; });
            Task<int> inner = await nested;
            Console.WriteLine("StartNew returns Task<Task<int>>; inner result " + await inner);
            Console.WriteLine("Unwrap: " + await Task.Factory.StartNew(async () => { await Task.Yield(); return 4; }).Unwrap());

            var sn = Task.Factory.StartNew(s => (int)s * 2, 21);
            Console.WriteLine("StartNew with state: " + await sn + " AsyncState " + sn.AsyncState);
            var lr = Task.Factory.StartNew(() => "long", CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Console.WriteLine("LongRunning: " + await lr + " options " + lr.CreationOptions);
            var run = Task.Run(() => 1);
            await run;
            Console.WriteLine("Task.Run CreationOptions: " + run.CreationOptions);
            var child = Task.Factory.StartNew(() => 0, TaskCreationOptions.DenyChildAttach);
            await child;
            Console.WriteLine("DenyChildAttach: " + child.CreationOptions);

            string order = "";
            var childGate = new ManualResetEventSlim(false);
            var parent = Task.Factory.StartNew(() =>
            {
                Task.Factory.StartNew(() => { childGate.Wait(); order += "child "; }, TaskCreationOptions.AttachedToParent);
                order += "parent-body ";
                childGate.Set();
            });
            parent.Wait();
            Console.WriteLine("attached child finishes before parent: " + order.Trim() + " | " + parent.Status);
            return 0;
        }
    }
}
