// Task.WhenAll: generic and non-generic, arrays and IEnumerable, empty input, result order, faulted members (all exceptions kept, first surfaces on await), canceled members (Canceled wins only without faults), null arguments, later mutation of the input array.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_WhenAll
{
    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<int> Delayed(int value, int ms)
        {
            await Task.Delay(ms);
            return value;
        }

        static async Task<int> FailAfter(string msg, int ms)
        {
            await Task.Delay(ms);
            throw new InvalidOperationException(msg);
        }

        static async Task<int> MainAsync()
        {
            int[] results = await Task.WhenAll(Delayed(1, 40), Delayed(2, 5), Delayed(3, 20));
            Console.WriteLine("results in argument order: " + string.Join(",", results));

            IEnumerable<Task<int>> lazy = Enumerable.Range(1, 4).Select(i => Delayed(i * i, 5 * (5 - i)));
            int[] squares = await Task.WhenAll(lazy);
            Console.WriteLine("from IEnumerable: " + string.Join(",", squares));

            var plain = Task.WhenAll(new List<Task> { Task.Delay(10), Task.CompletedTask });
            await plain;
            Console.WriteLine("non-generic list: " + plain.Status);

            var emptyT = Task.WhenAll(new Task<int>[0]);
            Console.WriteLine("empty generic: " + emptyT.Status + " length " + emptyT.Result.Length);
            var empty = Task.WhenAll(new Task[0]);
            Console.WriteLine("empty: " + empty.Status);
            var emptyEnum = Task.WhenAll(Enumerable.Empty<Task<string>>());
            Console.WriteLine("empty IEnumerable: " + emptyEnum.Status + " length " + emptyEnum.Result.Length);

            var allDone = Task.WhenAll(Task.FromResult(1), Task.FromResult(2));
            Console.WriteLine("already completed inputs: " + allDone.Status + " " + string.Join(",", allDone.Result));

            var f1 = FailAfter("late failure", 30);
            var f2 = FailAfter("early failure", 5);
            var mixed = Task.WhenAll(f1, Delayed(5, 1), f2);
            try { await mixed; }
            catch (InvalidOperationException e) { Console.WriteLine("await surfaces: " + e.Message); }
            Console.WriteLine("status " + mixed.Status + ", exceptions " + mixed.Exception.InnerExceptions.Count);
            foreach (var e in mixed.Exception.InnerExceptions) Console.WriteLine("  " + e.Message);
            try { mixed.Wait(); }
            catch (AggregateException ae) { Console.WriteLine("Wait: " + ae.InnerExceptions.Count + " inner"); }

            var cts = new CancellationTokenSource();
            cts.Cancel();
            var canceled = Task.FromCanceled<int>(cts.Token);
            var withCancel = Task.WhenAll(Task.FromResult(1), canceled);
            try { await withCancel; }
            catch (TaskCanceledException) { Console.WriteLine("canceled member: " + withCancel.Status + " TaskCanceledException"); }

            var faultBeatsCancel = Task.WhenAll(canceled, Task.FromException<int>(new FormatException("fmt")));
            try { await faultBeatsCancel; }
            catch (FormatException e) { Console.WriteLine("fault + cancel: " + faultBeatsCancel.Status + " " + e.Message + " count " + faultBeatsCancel.Exception.InnerExceptions.Count); }

            try { await Task.WhenAll((Task[])null); }
            catch (ArgumentNullException) { Console.WriteLine("null array: ArgumentNullException"); }
            try { await Task.WhenAll(new Task[] { Task.CompletedTask, null }); }
            catch (ArgumentException) { Console.WriteLine("null element: ArgumentException"); }

            var gate = new TaskCompletionSource<int>();
            var arr = new Task<int>[] { gate.Task, Task.FromResult(8) };
            var snap = Task.WhenAll(arr);
            arr[0] = Task.FromResult(-1);
            gate.SetResult(7);
            Console.WriteLine("input array copied: " + string.Join(",", await snap));

            var same = Task.WhenAll(gate.Task, gate.Task, gate.Task);
            Console.WriteLine("same task three times: " + string.Join(",", await same));
            return results.Length;
        }
    }
}
