// Task.FromResult, Task.CompletedTask, Task.FromException(<T>), Task.FromCanceled(<T>): statuses, Result/Exception, awaiting them, and argument checks.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_FromHelpers
{
    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static void Show(string label, Task t)
        {
            Console.WriteLine(label + ": " + t.Status + " completed=" + t.IsCompleted + " faulted=" + t.IsFaulted + " canceled=" + t.IsCanceled);
        }

        static async Task<int> MainAsync()
        {
            var r = Task.FromResult(5);
            Show("FromResult(5)", r);
            Console.WriteLine("Result = " + r.Result + ", awaited = " + await r);
            var rs = Task.FromResult<string>(null);
            Console.WriteLine("FromResult<string>(null) result is null: " + (rs.Result == null));

            Show("CompletedTask", Task.CompletedTask);
            await Task.CompletedTask;
            Console.WriteLine("awaited CompletedTask");

            var ex = new InvalidOperationException("from-exception");
            var fe = Task.FromException(ex);
            Show("FromException", fe);
            Console.WriteLine("Exception is AggregateException: " + (fe.Exception is AggregateException));
            Console.WriteLine("inner same object: " + ReferenceEquals(fe.Exception.InnerException, ex));
            try { await fe; }
            catch (InvalidOperationException e) { Console.WriteLine("await FromException: " + e.Message + " same=" + ReferenceEquals(e, ex)); }

            var fei = Task.FromException<int>(new FormatException("fmt"));
            Show("FromException<int>", fei);
            try { var x = fei.Result; Console.WriteLine(x); }
            catch (AggregateException ae) { Console.WriteLine(".Result throws AggregateException with " + ae.InnerExceptions.Count + " inner: " + ae.InnerException.GetType().Name + ": " + ae.InnerException.Message); }
            try { await fei; }
            catch (FormatException e) { Console.WriteLine("await FromException<int>: " + e.Message); }

            try { Task.FromException(null); }
            catch (ArgumentNullException) { Console.WriteLine("FromException(null): ArgumentNullException"); }

            var cts = new CancellationTokenSource();
            try { Task.FromCanceled(cts.Token); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("FromCanceled(non-canceled token): ArgumentOutOfRangeException"); }
            cts.Cancel();
            var fc = Task.FromCanceled(cts.Token);
            Show("FromCanceled", fc);
            Console.WriteLine("Exception is null: " + (fc.Exception == null));
            try { await fc; }
            catch (TaskCanceledException e) { Console.WriteLine("await FromCanceled: TaskCanceledException token matches: " + (e.CancellationToken == cts.Token) + ", Task is fc: " + ReferenceEquals(e.Task, fc)); }

            var fci = Task.FromCanceled<int>(cts.Token);
            Show("FromCanceled<int>", fci);
            try { var x = fci.Result; Console.WriteLine(x); }
            catch (AggregateException ae) { Console.WriteLine(".Result throws AggregateException: " + ae.InnerException.GetType().Name); }
            try { fci.GetAwaiter().GetResult(); }
            catch (OperationCanceledException e) { Console.WriteLine("GetResult: " + e.GetType().Name + " IsCancellationRequested=" + e.CancellationToken.IsCancellationRequested); }

            int exitCode = r.Result + (fe.IsFaulted ? 1 : 0) + (fc.IsCanceled ? 1 : 0);
            Console.WriteLine("exit code " + exitCode);
            return exitCode;
        }
    }
}
