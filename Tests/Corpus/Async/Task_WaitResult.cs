// Blocking on tasks: Wait/Result/WaitAll wrap in AggregateException, GetAwaiter().GetResult() rethrows the original; Wait(timeout) returning false; canceled tasks; WaitAny index; Wait on a task that completes later.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_WaitResult
{
    static class Program
    {
        static int Main()
        {
            var ok = Task.Run(() => 21 * 2);
            Console.WriteLine("Result " + ok.Result + " Wait(1000) " + ok.Wait(1000));

            var pending = new TaskCompletionSource<int>();
            Console.WriteLine("Wait(0) on pending: " + pending.Task.Wait(0));
            Console.WriteLine("Wait(10) on pending: " + pending.Task.Wait(10));
            Console.WriteLine("Wait(TimeSpan 10ms): " + pending.Task.Wait(TimeSpan.FromMilliseconds(10)));
            var cts = new CancellationTokenSource();
            cts.Cancel();
            try { pending.Task.Wait(cts.Token); }
            catch (OperationCanceledException e) { Console.WriteLine("Wait(canceled token): " + e.GetType().Name + " token matches=" + (e.CancellationToken == cts.Token)); }
            Console.WriteLine("pending still " + pending.Task.Status);

            var later = Task.Run(async () => { await Task.Delay(20); return "late value"; });
            Console.WriteLine("Result blocks until: " + later.Result);

            var faulted = Task.Run(() => { throw new InvalidOperationException("run-fault"); });
            try { faulted.Wait(); }
            catch (AggregateException ae) { Console.WriteLine("Wait faulted: AggregateException -> " + ae.InnerException.GetType().Name + ": " + ae.InnerException.Message); }
            try { faulted.GetAwaiter().GetResult(); }
            catch (InvalidOperationException e) { Console.WriteLine("GetResult faulted: " + e.Message); }
            Console.WriteLine("Wait(0) on faulted throws? " + Throws(() => faulted.Wait(0)));

            var faultedT = Task.Run((Func<int>)(() => { throw new FormatException("fmt"); }));
            try { Console.WriteLine(faultedT.Result); }
            catch (AggregateException ae) { Console.WriteLine("Result faulted: " + ae.InnerException.GetType().Name); }
            try { Console.WriteLine(faultedT.GetAwaiter().GetResult()); }
            catch (FormatException e) { Console.WriteLine("GetResult<int> faulted: " + e.Message); }

            var canceled = Task.FromCanceled<int>(cts.Token);
            try { canceled.Wait(); }
            catch (AggregateException ae) { Console.WriteLine("Wait canceled: AggregateException -> " + ae.InnerException.GetType().Name); }
            try { canceled.GetAwaiter().GetResult(); }
            catch (TaskCanceledException) { Console.WriteLine("GetResult canceled: TaskCanceledException"); }

            try { Task.WaitAll(ok, faulted, faultedT, canceled); }
            catch (AggregateException ae)
            {
                Console.Write("WaitAll: " + ae.InnerExceptions.Count + " inner:");
                foreach (var e in ae.InnerExceptions) Console.Write(" " + e.GetType().Name);
                Console.WriteLine();
            }
            Console.WriteLine("WaitAll(timeout) pending: " + Task.WaitAll(new Task[] { ok, pending.Task }, 10));
            Console.WriteLine("WaitAny index: " + Task.WaitAny(pending.Task, faulted, ok));
            Console.WriteLine("WaitAny timeout: " + Task.WaitAny(new Task[] { pending.Task }, 10));

            var gate = new TaskCompletionSource<bool>();
            var waiter = Task.Run(() => { gate.Task.Wait(); return "waiter released"; });
            gate.SetResult(true);
            Console.WriteLine(waiter.Result);
            return 3;
        }

        static string Throws(Action a)
        {
            try { a(); return "no"; }
            catch (Exception e) { return "yes, " + e.GetType().Name; }
        }
    }
}
