// How cancellation reaches Task status: token passed to Task.Run/StartNew/new Task canceled before start, during the body (ThrowIfCancellationRequested with the matching token -> Canceled, different token -> Faulted), cancel after completion (no effect), cancellable Wait/ContinueWith, and async methods observing a token.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Cancel_TaskStatus
{
    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static string Outcome(Task t)
        {
            try { t.Wait(); }
            catch (AggregateException ae) { return t.Status + " (" + ae.InnerException.GetType().Name + ")"; }
            return t.Status.ToString();
        }

        static async Task<int> Worker(CancellationToken token, TaskCompletionSource<bool> started, ManualResetEventSlim proceed)
        {
            int steps = 0;
            started.SetResult(true);
            while (true)
            {
                await Task.Yield();
                proceed.Wait();
                token.ThrowIfCancellationRequested();
                steps++;
                if (steps == 1000) return steps;
            }
        }

        static async Task<int> MainAsync()
        {
            var pre = new CancellationTokenSource();
            pre.Cancel();
            bool ran = false;
            Console.WriteLine("Run with pre-canceled token: " + Outcome(Task.Run(() => { ran = true; }, pre.Token)) + " ran=" + ran);
            Console.WriteLine("StartNew with pre-canceled token: " + Outcome(Task.Factory.StartNew(() => { ran = true; }, pre.Token)) + " ran=" + ran);
            var created = new Task(() => { ran = true; }, pre.Token);
            Console.WriteLine("new Task with pre-canceled token: " + created.Status + " ran=" + ran);

            var mid = new CancellationTokenSource();
            var inBody = new ManualResetEventSlim(false);
            var go = new ManualResetEventSlim(false);
            var t1 = Task.Run(() => { inBody.Set(); go.Wait(); mid.Token.ThrowIfCancellationRequested(); }, mid.Token);
            inBody.Wait();
            mid.Cancel();
            go.Set();
            Console.WriteLine("canceled while running, body throws OCE(token): " + Outcome(t1));

            var mid2 = new CancellationTokenSource();
            inBody.Reset(); go.Reset();
            var t2 = Task.Run(() => { inBody.Set(); go.Wait(); return mid2.IsCancellationRequested ? "saw cancel, returned normally" : "no"; }, mid2.Token);
            inBody.Wait();
            mid2.Cancel();
            go.Set();
            Console.WriteLine("canceled while running, body ignores it: " + Outcome(t2) + " -> " + t2.Result);

            var own = new CancellationTokenSource();
            var other = new CancellationTokenSource();
            other.Cancel();
            var t3 = Task.Run(() => { other.Token.ThrowIfCancellationRequested(); }, own.Token);
            Console.WriteLine("OCE for a different token: " + Outcome(t3));
            var t4 = Task.Run((Action)(() => { throw new OperationCanceledException(); }), own.Token);
            Console.WriteLine("Run(Action) throwing OCE without token: " + Outcome(t4));
            var t4b = Task.Run((Func<Task>)(() => { throw new OperationCanceledException(); }), own.Token);
            Console.WriteLine("Run(Func<Task>) throwing OCE synchronously (the proxy turns an OCE into cancellation): " + Outcome(t4b));
            var t4c = Task.Run(() => { throw new OperationCanceledException(); });
            Console.WriteLine("Run(() => { throw ...; }) binds to Func<Task>: " + Outcome(t4c));

            var late = new CancellationTokenSource();
            var t5 = Task.Run(() => 5, late.Token);
            await t5;
            late.Cancel();
            Console.WriteLine("cancel after completion: " + t5.Status + " result " + t5.Result);

            Console.WriteLine("-- async method observing a token");
            var ws = new CancellationTokenSource();
            var started = new TaskCompletionSource<bool>();
            var proceed = new ManualResetEventSlim(false);
            var w = Worker(ws.Token, started, proceed);
            await started.Task;
            Console.WriteLine("worker running: " + !w.IsCompleted);
            ws.Cancel();
            proceed.Set();
            try { await w; }
            catch (OperationCanceledException e) { Console.WriteLine("worker: " + w.Status + " " + e.GetType().Name + " token matches=" + (e.CancellationToken == ws.Token)); }

            Console.WriteLine("-- ContinueWith with a token");
            var gate = new TaskCompletionSource<int>();
            var ccts = new CancellationTokenSource();
            var c = gate.Task.ContinueWith(a => a.Result + 1, ccts.Token);
            ccts.Cancel();
            Console.WriteLine("continuation canceled before antecedent completes: " + Outcome(c));
            gate.SetResult(1);
            var lazyCts = new CancellationTokenSource();
            var gate2 = new TaskCompletionSource<int>();
            var lazy = gate2.Task.ContinueWith(a => 0, lazyCts.Token, TaskContinuationOptions.LazyCancellation, TaskScheduler.Default);
            lazyCts.Cancel();
            Console.WriteLine("LazyCancellation: still " + lazy.Status + " while antecedent pending");
            gate2.SetResult(0);
            Console.WriteLine("LazyCancellation after antecedent: " + Outcome(lazy));

            var wcts = new CancellationTokenSource();
            var never = new TaskCompletionSource<int>();
            var waiter = Task.Run(() => { try { never.Task.Wait(wcts.Token); return "completed"; } catch (OperationCanceledException) { return "Wait(token) threw OperationCanceledException"; } });
            wcts.Cancel();
            Console.WriteLine(await waiter);
            Console.WriteLine("the waited task is unaffected: " + never.Task.Status);
            return 0;
        }
    }
}
