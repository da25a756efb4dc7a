// ThreadLocal<T>: default vs factory values, the factory running once per thread (lazily, on first Value), IsValueCreated, setting Value, Values with trackAllValues (sorted) and without (InvalidOperationException), ToString, Dispose -> ObjectDisposedException, a throwing factory re-run on the next access.
using System;
using System.Collections.Generic;
using System.Threading;

namespace Corpus.Async.Thread_ThreadLocal
{
    static class Program
    {
        static int factoryCalls;

        static void OnThreads(int n, Action<int> body)
        {
            var ts = new Thread[n];
            for (int i = 0; i < n; i++)
            {
                int me = i;
                ts[i] = new Thread(() => body(me));
                ts[i].Start();
            }
            foreach (var t in ts) t.Join();
        }

        static void Main()
        {
            var plain = new ThreadLocal<int>();
            Console.WriteLine("plain IsValueCreated: " + plain.IsValueCreated);
            Console.WriteLine("plain Value: " + plain.Value);
            Console.WriteLine("plain IsValueCreated after read: " + plain.IsValueCreated);
            plain.Value = 11;
            Console.WriteLine("plain set: " + plain.Value + " ToString: " + plain);
            int seenOther = -1;
            OnThreads(1, _ => { seenOther = plain.Value; });
            Console.WriteLine("other thread sees default: " + seenOther);

            var withFactory = new ThreadLocal<string>(() =>
            {
                Interlocked.Increment(ref factoryCalls);
                return "made-" + Thread.CurrentThread.Name;
            });
            Thread.CurrentThread.Name = "main";
            Console.WriteLine("factory not run yet: " + factoryCalls + ", created " + withFactory.IsValueCreated);
            Console.WriteLine("first Value: " + withFactory.Value + ", calls " + factoryCalls);
            Console.WriteLine("second Value: " + withFactory.Value + ", calls " + factoryCalls);
            var results = new string[3];
            var ts = new Thread[3];
            for (int i = 0; i < 3; i++)
            {
                int me = i;
                ts[i] = new Thread(() =>
                {
                    string a = withFactory.Value;
                    string b = withFactory.Value;
                    withFactory.Value = a + "!";
                    results[me] = a + " " + b + " " + withFactory.Value;
                });
                ts[i].Name = "t" + i;
                ts[i].Start();
            }
            foreach (var t in ts) t.Join();
            Console.WriteLine("per-thread: " + string.Join(" | ", results));
            Console.WriteLine("factory calls total: " + factoryCalls);
            Console.WriteLine("main value untouched: " + withFactory.Value);

            try { var v = withFactory.Values; Console.WriteLine("Values without tracking?! " + v.Count); }
            catch (InvalidOperationException) { Console.WriteLine("Values without tracking: InvalidOperationException"); }

            var tracked = new ThreadLocal<int>(() => 0, true);
            tracked.Value = 1000;
            OnThreads(5, me => { for (int k = 0; k <= me; k++) tracked.Value += 10; });
            var vals = new List<int>(tracked.Values);
            vals.Sort();
            Console.WriteLine("tracked Values sorted: " + string.Join(",", vals));
            int sum = 0;
            foreach (var v in vals) sum += v;
            Console.WriteLine("tracked sum: " + sum);

            var trackedNoRead = new ThreadLocal<int>(true);
            OnThreads(3, me => { if (me != 1) trackedNoRead.Value = me + 1; });
            var v2 = new List<int>(trackedNoRead.Values);
            v2.Sort();
            Console.WriteLine("only threads that set a value are tracked: " + string.Join(",", v2));

            // factory exception: rethrown, nothing cached, next access re-runs
            int attempts = 0;
            var flaky = new ThreadLocal<int>(() => { attempts++; if (attempts == 1) throw new FormatException("first try"); return attempts * 100; });
            try { Console.WriteLine(flaky.Value); }
            catch (FormatException e) { Console.WriteLine("factory threw: " + e.Message + ", created " + flaky.IsValueCreated); }
            Console.WriteLine("retry: " + flaky.Value + ", attempts " + attempts);

            plain.Dispose();
            try { Console.WriteLine(plain.Value); }
            catch (ObjectDisposedException) { Console.WriteLine("Value after Dispose: ObjectDisposedException"); }
            try { Console.WriteLine(plain.IsValueCreated); }
            catch (ObjectDisposedException) { Console.WriteLine("IsValueCreated after Dispose: ObjectDisposedException"); }
            plain.Dispose();
            Console.WriteLine("double Dispose ok");
        }
    }
}
