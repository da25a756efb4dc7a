// ContinueWith options against RanToCompletion, Faulted and Canceled antecedents: OnlyOnRanToCompletion, OnlyOnFaulted, OnlyOnCanceled, NotOnFaulted, NotOnCanceled, NotOnRanToCompletion; skipped continuations end Canceled; ExecuteSynchronously; invalid combinations; observing the antecedent's exception.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_ContinueWithOptions
{
    static class Program
    {
        static Task MakeAntecedent(string kind)
        {
            if (kind == "ok") return Task.FromResult(1);
            if (kind == "faulted") return Task.FromException(new InvalidOperationException("ante"));
            var cts = new CancellationTokenSource();
            cts.Cancel();
            return Task.FromCanceled(cts.Token);
        }

        static int Main()
        {
            var options = new[] {
                TaskContinuationOptions.None,
                TaskContinuationOptions.OnlyOnRanToCompletion,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskContinuationOptions.OnlyOnCanceled,
                TaskContinuationOptions.NotOnFaulted,
                TaskContinuationOptions.NotOnCanceled,
                TaskContinuationOptions.NotOnRanToCompletion,
            };
            int ran = 0;
            foreach (var kind in new[] { "ok", "faulted", "canceled" })
            {
                foreach (var opt in options)
                {
                    var ante = MakeAntecedent(kind);
                    bool bodyRan = false;
                    string seen = "";
                    var c = ante.ContinueWith(a => { bodyRan = true; seen = a.Status.ToString(); }, opt);
                    try { c.Wait(); } catch (AggregateException ae) { seen = "wait threw " + ae.InnerException.GetType().Name; }
                    if (bodyRan) ran++;
                    Console.WriteLine(kind + " + " + opt + " -> ran=" + bodyRan + " status=" + c.Status + (bodyRan ? " saw " + seen : " " + seen));
                }
            }
            Console.WriteLine("bodies run: " + ran);

            var tcs = new TaskCompletionSource<int>();
            var order = "";
            var c1 = tcs.Task.ContinueWith(a => { order += "A"; }, TaskContinuationOptions.ExecuteSynchronously);
            var c2 = tcs.Task.ContinueWith(a => { order += "B"; }, TaskContinuationOptions.ExecuteSynchronously | TaskContinuationOptions.OnlyOnFaulted);
            var c3 = tcs.Task.ContinueWith(a => { order += "C"; }, TaskContinuationOptions.ExecuteSynchronously);
            order += "[set]";
            tcs.SetResult(0);
            order += "[after]";
            Console.WriteLine("ExecuteSynchronously order: " + order + " c2=" + c2.Status);
            Task.WaitAll(c1, c3);

            var fault = Task.FromException<int>(new FormatException("observed"));
            var handler = fault.ContinueWith(a => a.Exception.InnerException.Message, TaskContinuationOptions.OnlyOnFaulted);
            Console.WriteLine("OnlyOnFaulted result: " + handler.Result);

            var throwing = Task.FromResult(0).ContinueWith<int>(a => { throw new ArithmeticException("in continuation"); });
            try { throwing.Wait(); } catch (AggregateException ae) { Console.WriteLine("throwing continuation: " + throwing.Status + " " + ae.InnerException.Message); }

            try { Task.FromResult(0).ContinueWith(a => { }, TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.NotOnRanToCompletion); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("contradictory options: ArgumentOutOfRangeException"); }
            try { Task.FromResult(0).ContinueWith(a => { }, TaskContinuationOptions.LongRunning | TaskContinuationOptions.ExecuteSynchronously); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("LongRunning|ExecuteSynchronously: ArgumentOutOfRangeException"); }
            try { Task.FromResult(0).ContinueWith((Action<Task>)null); }
            catch (ArgumentNullException) { Console.WriteLine("null continuation: ArgumentNullException"); }

            var cts = new CancellationTokenSource();
            var gate = new TaskCompletionSource<int>();
            var tokenCont = gate.Task.ContinueWith(a => Console.WriteLine("never"), cts.Token);
            cts.Cancel();
            try { tokenCont.Wait(); } catch (AggregateException ae) { Console.WriteLine("continuation token canceled: " + tokenCont.Status + " " + ae.InnerException.GetType().Name); }
            gate.SetResult(1);
            Console.WriteLine("antecedent finished later; continuation still " + tokenCont.Status);
            return 0;
        }
    }
}
