// Task.WhenAny: returns the first task to complete (the Task itself, never faulted or canceled), generic and non-generic, arrays and IEnumerable; already-completed inputs pick the first in order; faulted/canceled winners; empty and null input; WhenAny as a timeout.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_WhenAny
{
    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<string> After(string value, int ms)
        {
            await Task.Delay(ms);
            return value;
        }

        static async Task<int> MainAsync()
        {
            var slow = new TaskCompletionSource<string>();
            var fast = After("fast", 10);
            Task<string> winner = await Task.WhenAny(slow.Task, fast);
            Console.WriteLine("winner is fast: " + ReferenceEquals(winner, fast) + " value " + winner.Result);

            var done1 = Task.FromResult("first");
            var done2 = Task.FromResult("second");
            var w2 = await Task.WhenAny(slow.Task, done2, done1);
            Console.WriteLine("two completed inputs -> " + w2.Result);

            var wa = Task.WhenAny(done1);
            Console.WriteLine("WhenAny over completed: status " + wa.Status + " same=" + ReferenceEquals(wa.Result, done1));

            var fault = Task.FromException<string>(new InvalidOperationException("boom"));
            var wf = Task.WhenAny(slow.Task, fault);
            Console.WriteLine("faulted winner: WhenAny status " + wf.Status + ", winner status " + wf.Result.Status);
            try { await await wf; }
            catch (InvalidOperationException e) { Console.WriteLine("await await: " + e.Message); }

            var cts = new CancellationTokenSource();
            cts.Cancel();
            var wc = await Task.WhenAny(Task.FromCanceled(cts.Token), slow.Task);
            Console.WriteLine("canceled winner: " + wc.Status);

            IEnumerable<Task<string>> seq = new[] { 0, 1, 2 }.Select(i => i == 1 ? After("only one that finishes", 5) : slow.Task);
            var ws = await Task.WhenAny(seq);
            Console.WriteLine("IEnumerable winner: " + ws.Result);

            var wt = await Task.WhenAny(new List<Task> { Task.Delay(5), slow.Task });
            Console.WriteLine("non-generic winner is not slow: " + !ReferenceEquals(wt, slow.Task) + " " + wt.Status);

            var timeout = Task.Delay(20);
            var raced = await Task.WhenAny(slow.Task, timeout);
            Console.WriteLine("timeout pattern: timed out=" + (raced == timeout) + ", slow still " + slow.Task.Status);

            try { await Task.WhenAny(new Task[0]); }
            catch (ArgumentException) { Console.WriteLine("empty: ArgumentException"); }
            try { await Task.WhenAny((IEnumerable<Task>)null); }
            catch (ArgumentNullException) { Console.WriteLine("null: ArgumentNullException"); }
            try { await Task.WhenAny(new Task[] { null }); }
            catch (ArgumentException) { Console.WriteLine("null element: ArgumentException"); }

            var g1 = new TaskCompletionSource<int>();
            var g2 = new TaskCompletionSource<int>();
            var any = Task.WhenAny(g1.Task, g2.Task);
            Console.WriteLine("pending WhenAny: " + any.Status);
            g2.SetResult(2);
            g1.SetResult(1);
            var first = await any;
            Console.WriteLine("first set wins: " + first.Result);

            var gates = new[] { new TaskCompletionSource<string>(), new TaskCompletionSource<string>(), new TaskCompletionSource<string>() };
            var remaining = new List<Task<string>> { gates[2].Task, gates[0].Task, gates[1].Task };
            var order = "";
            int next = 0;
            gates[next].SetResult("abc".Substring(next, 1));
            while (remaining.Count > 0)
            {
                var t = await Task.WhenAny(remaining);
                remaining.Remove(t);
                order += t.Result + "(left " + remaining.Count + ")";
                next++;
                if (next < gates.Length) gates[next].SetResult("abc".Substring(next, 1));
            }
            Console.WriteLine("completion order: " + order);
            slow.SetResult("late");
            return 0;
        }
    }
}
