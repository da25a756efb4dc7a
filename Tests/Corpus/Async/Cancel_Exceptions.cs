// ThrowIfCancellationRequested and the exceptions of cancellation: OperationCanceledException vs TaskCanceledException (subclass), the CancellationToken each carries, constructors, awaiting an async method that throws OCE (task Canceled, same exception rethrown) vs one whose token is unrelated.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Cancel_Exceptions
{
    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<int> ThrowsOce(CancellationToken token)
        {
            await Task.Yield();
            token.ThrowIfCancellationRequested();
            return 1;
        }

        static async Task ThrowsPlainOce()
        {
            await Task.Yield();
            throw new OperationCanceledException("custom message");
        }

        static async Task<int> MainAsync()
        {
            var cts = new CancellationTokenSource();
            cts.Token.ThrowIfCancellationRequested();
            Console.WriteLine("not canceled: no throw");
            CancellationToken.None.ThrowIfCancellationRequested();
            Console.WriteLine("None: no throw");
            cts.Cancel();
            try { cts.Token.ThrowIfCancellationRequested(); }
            catch (OperationCanceledException e)
            {
                Console.WriteLine("ThrowIfCancellationRequested: " + e.GetType().Name + " token matches=" + (e.CancellationToken == cts.Token) + " is TCE=" + (e is TaskCanceledException));
            }

            var plain = new OperationCanceledException();
            Console.WriteLine("new OCE(): token == None " + (plain.CancellationToken == CancellationToken.None));
            var withToken = new OperationCanceledException("msg", cts.Token);
            Console.WriteLine("new OCE(msg, token): " + withToken.Message + " token matches=" + (withToken.CancellationToken == cts.Token));
            var tce = new TaskCanceledException("tce msg");
            Console.WriteLine("TaskCanceledException is OCE: " + (tce is OperationCanceledException) + ", Task null: " + (tce.Task == null) + ", message " + tce.Message);
            var tceTask = new TaskCanceledException(Task.FromCanceled(cts.Token));
            Console.WriteLine("TaskCanceledException(task): token from task matches=" + (tceTask.CancellationToken == cts.Token));

            Console.WriteLine("-- async method throwing OCE");
            var t1 = ThrowsOce(cts.Token);
            try { await t1; }
            catch (TaskCanceledException) { Console.WriteLine("unexpected TCE"); }
            catch (OperationCanceledException e) { Console.WriteLine("awaited: " + e.GetType().Name + " token matches=" + (e.CancellationToken == cts.Token)); }
            Console.WriteLine("t1 status " + t1.Status);
            try { t1.Wait(); }
            catch (AggregateException ae) { Console.WriteLine("t1.Wait: AggregateException -> " + ae.InnerException.GetType().Name); }

            var t2 = ThrowsPlainOce();
            try { await t2; }
            catch (OperationCanceledException e) { Console.WriteLine("plain OCE awaited: " + e.GetType().Name + " '" + e.Message + "' token None=" + (e.CancellationToken == CancellationToken.None)); }
            Console.WriteLine("t2 status " + t2.Status + " (async methods treat any OCE as cancellation)");

            Console.WriteLine("-- catch ordering");
            try { throw new TaskCanceledException(); }
            catch (OperationCanceledException e) { Console.WriteLine("catch (OCE) catches TCE: " + e.GetType().Name); }

            var tcs = new TaskCompletionSource<int>();
            tcs.SetCanceled();
            try { await tcs.Task; }
            catch (OperationCanceledException e) { Console.WriteLine("SetCanceled then await: " + e.GetType().Name + " token None=" + (e.CancellationToken == CancellationToken.None)); }

            var linked = CancellationTokenSource.CreateLinkedTokenSource(cts.Token);
            try { linked.Token.ThrowIfCancellationRequested(); }
            catch (OperationCanceledException e) { Console.WriteLine("linked token: carries linked token=" + (e.CancellationToken == linked.Token) + " original=" + (e.CancellationToken == cts.Token)); }
            return t1.IsCanceled && t2.IsCanceled ? 0 : 1;
        }
    }
}
