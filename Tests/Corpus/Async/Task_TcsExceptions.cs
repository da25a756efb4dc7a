// TaskCompletionSource<T>.SetException with several exceptions: Task.Exception (AggregateException) order and Flatten, Wait/Result (AggregateException) vs GetAwaiter().GetResult() and await (first exception, unwrapped), nested AggregateExceptions.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.Async.Task_TcsExceptions
{
    class FirstException : Exception { public FirstException(string m) : base(m) { } }
    class SecondException : Exception { public SecondException(string m) : base(m) { } }

    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<int> MainAsync()
        {
            var tcs = new TaskCompletionSource<int>();
            var first = new FirstException("one");
            var second = new SecondException("two");
            var third = new InvalidOperationException("three");
            tcs.SetException(new List<Exception> { first, second, third });
            var t = tcs.Task;
            Console.WriteLine("status " + t.Status);
            var agg = t.Exception;
            Console.WriteLine("InnerExceptions.Count = " + agg.InnerExceptions.Count);
            for (int i = 0; i < agg.InnerExceptions.Count; i++)
                Console.WriteLine("  [" + i + "] " + agg.InnerExceptions[i].GetType().Name + ": " + agg.InnerExceptions[i].Message);
            Console.WriteLine("InnerException is first: " + ReferenceEquals(agg.InnerException, first));

            try { t.Wait(); }
            catch (AggregateException ae) { Console.WriteLine("Wait: AggregateException count=" + ae.InnerExceptions.Count + " first same=" + ReferenceEquals(ae.InnerExceptions[0], first)); }
            try { Console.WriteLine(t.Result); }
            catch (AggregateException ae) { Console.WriteLine("Result: AggregateException count=" + ae.InnerExceptions.Count); }
            try { t.GetAwaiter().GetResult(); }
            catch (FirstException e) { Console.WriteLine("GetResult: " + e.GetType().Name + " same=" + ReferenceEquals(e, first)); }
            try { await t; }
            catch (Exception e) { Console.WriteLine("await: " + e.GetType().Name + " " + e.Message); }
            try { Task.WaitAll(t); }
            catch (AggregateException ae) { Console.WriteLine("WaitAll: count=" + ae.InnerExceptions.Count); }

            var inner = new AggregateException(new ArgumentException("a1"), new FormatException("f1"));
            var tcs2 = new TaskCompletionSource<string>();
            tcs2.SetException(new Exception[] { inner, new NotSupportedException("ns") });
            var agg2 = tcs2.Task.Exception;
            Console.WriteLine("nested: top count=" + agg2.InnerExceptions.Count + " [0] is AggregateException=" + (agg2.InnerExceptions[0] is AggregateException));
            var flat = agg2.Flatten();
            Console.Write("Flatten:");
            foreach (var e in flat.InnerExceptions) Console.Write(" " + e.GetType().Name);
            Console.WriteLine();
            try { await tcs2.Task; }
            catch (AggregateException e) { Console.WriteLine("await nested: AggregateException with " + e.InnerExceptions.Count + " inner, same=" + ReferenceEquals(e, inner)); }

            int handledCount = 0;
            try
            {
                agg2.Flatten().Handle(e => { handledCount++; return e is ArgumentException || e is FormatException; });
            }
            catch (AggregateException rest)
            {
                Console.WriteLine("Handle visited " + handledCount + ", rethrew " + rest.InnerExceptions.Count + ": " + rest.InnerExceptions[0].GetType().Name);
            }

            var tcs3 = new TaskCompletionSource<int>();
            Console.WriteLine("TrySetException(list) " + tcs3.TrySetException(new Exception[] { new FirstException("x"), new FirstException("y") }));
            Console.WriteLine("second TrySetException " + tcs3.TrySetException(new SecondException("z")));
            Console.WriteLine("count " + tcs3.Task.Exception.InnerExceptions.Count + " messages " + tcs3.Task.Exception.InnerExceptions[0].Message + tcs3.Task.Exception.InnerExceptions[1].Message);
            try { var bad = new TaskCompletionSource<int>(); bad.SetException(new Exception[] { new Exception("ok"), null }); }
            catch (ArgumentException) { Console.WriteLine("null in exception list: ArgumentException"); }
            return agg.InnerExceptions.Count;
        }
    }
}
