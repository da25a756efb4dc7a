// AggregateException vs unwrapped exceptions: Task.Wait/Result/WaitAll wrap, await and GetAwaiter().GetResult() unwrap to the first inner exception; WhenAll with several faulted tasks (await gives the first in input order, Exception holds all in input order); TaskCompletionSource.SetException with several exceptions; Flatten of nested aggregates; Handle rethrowing the unhandled rest; GetBaseException; WhenAny returning a faulted task without throwing.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncExc_Aggregate
{
    class E1 : Exception { public E1(string m) : base(m) { } }
    class E2 : Exception { public E2(string m) : base(m) { } }
    class E3 : Exception { public E3(string m) : base(m) { } }

    static class Program
    {
        static async Task<int> FailAfter(int ms, Exception e)
        {
            await Task.Delay(ms);
            throw e;
        }

        static async Task<int> Ok(int v)
        {
            await Task.Yield();
            return v;
        }

        static string Names(IEnumerable<Exception> es)
        {
            var parts = new List<string>();
            foreach (var e in es) parts.Add(e.GetType().Name + "(" + (e is AggregateException ? "agg" : e.Message) + ")");
            return string.Join(" ", parts);
        }

        static async Task Run()
        {
            var e1 = new E1("one");
            Task<int> t = FailAfter(1, e1);
            try { t.Wait(); }
            catch (AggregateException ae) { Console.WriteLine("Wait: " + Names(ae.InnerExceptions) + " same=" + ReferenceEquals(ae.InnerException, e1)); }
            try { Console.WriteLine(t.Result); }
            catch (AggregateException ae) { Console.WriteLine("Result: " + Names(ae.InnerExceptions)); }
            try { t.GetAwaiter().GetResult(); }
            catch (E1 e) { Console.WriteLine("GetResult unwrapped: " + e.Message + " same=" + ReferenceEquals(e, e1)); }
            try { await t; }
            catch (E1 e) { Console.WriteLine("await unwrapped: " + ReferenceEquals(e, e1)); }

            // Completion order (30, 1, 15 ms) differs from input order; the results follow input order.
            Task<int> a = FailAfter(30, new E1("a")), b = FailAfter(1, new E2("b")), c = FailAfter(15, new E3("c"));
            Task<int[]> all = Task.WhenAll(a, Ok(1), b, c);
            try { await all; }
            catch (Exception e) { Console.WriteLine("await WhenAll: " + e.GetType().Name + "(" + e.Message + ")"); }
            Console.WriteLine("WhenAll.Exception: " + Names(all.Exception.InnerExceptions) + " status=" + all.Status);
            try { all.Wait(); }
            catch (AggregateException ae) { Console.WriteLine("WhenAll.Wait: " + Names(ae.InnerExceptions)); }
            try { Task.WaitAll(a, b, c); }
            catch (AggregateException ae) { Console.WriteLine("WaitAll: " + Names(ae.InnerExceptions)); }

            var tcs = new TaskCompletionSource<int>();
            tcs.SetException(new Exception[] { new E3("x"), new E2("y"), new E1("z") });
            try { await tcs.Task; }
            catch (Exception e) { Console.WriteLine("await multi-exception TCS: " + e.GetType().Name + "(" + e.Message + ")"); }
            try { tcs.Task.GetAwaiter().GetResult(); }
            catch (Exception e) { Console.WriteLine("GetResult multi-exception TCS: " + e.GetType().Name); }
            try { tcs.Task.Wait(); }
            catch (AggregateException ae) { Console.WriteLine("Wait multi-exception TCS: " + Names(ae.InnerExceptions)); }

            var nested = new AggregateException(
                new AggregateException(new E1("n1"), new AggregateException(new E2("n2"))),
                new E3("n3"));
            Console.WriteLine("nested: " + Names(nested.InnerExceptions));
            AggregateException flat = nested.Flatten();
            Console.WriteLine("Flatten: " + Names(flat.InnerExceptions));
            Console.WriteLine("GetBaseException of nested: " + nested.GetBaseException().GetType().Name);
            Console.WriteLine("GetBaseException of single chain: " + new AggregateException(new AggregateException(new E2("deep"))).GetBaseException().Message);

            var handled = new List<string>();
            try
            {
                flat.Handle(ex => { handled.Add(ex.Message); return !(ex is E2); });
            }
            catch (AggregateException rest)
            {
                Console.WriteLine("Handle visited " + string.Join(",", handled) + "; rethrown: " + Names(rest.InnerExceptions) + " new object=" + !ReferenceEquals(rest, flat));
            }
            handled.Clear();
            flat.Handle(ex => { handled.Add(ex.Message); return true; });
            Console.WriteLine("Handle all: no throw, visited " + handled.Count);

            Task<int> faulty = FailAfter(0, new E1("any"));
            Task<int> slow = Ok(5);
            await Task.Delay(5);
            Task<int> first = await Task.WhenAny(faulty, Task.Delay(50).ContinueWith(_ => 0));
            Console.WriteLine("WhenAny returns faulted task without throwing: " + ReferenceEquals(first, faulty) + " " + first.Status);
            Console.WriteLine("slow ok: " + await slow);

            Task<int> fromAgg = FailAfter(1, new AggregateException(new E1("i1"), new E2("i2")));
            try { await fromAgg; }
            catch (AggregateException ae) { Console.WriteLine("thrown AggregateException arrives intact via await: " + Names(ae.InnerExceptions)); }
            Console.WriteLine("task.Exception wraps it: " + Names(fromAgg.Exception.InnerExceptions) + " / " + Names(fromAgg.Exception.Flatten().InnerExceptions));
        }

        static void Main()
        {
            Run().GetAwaiter().GetResult();
        }
    }
}
