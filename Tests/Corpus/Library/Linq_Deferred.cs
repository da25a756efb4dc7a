// Deferred execution: the order in which chained operators pull and
// transform elements (interleaved, one element at a time), re-execution on
// each enumeration, captured variables read at enumeration time, forcing
// with ToList, iterator finally blocks run when a consumer stops early
// (First, Take, break) because the enumerator is disposed, exceptions
// surfacing only when enumerated, and the generators Range / Repeat /
// Empty (argument checks are eager; Empty is a cached instance).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_Deferred
{
    public static class Program
    {
        static List<string> log = new List<string>();

        static IEnumerable<int> Source(int n)
        {
            log.Add("start");
            try
            {
                for (int i = 1; i <= n; i++) { log.Add("yield " + i); yield return i; }
                log.Add("end");
            }
            finally { log.Add("finally"); }
        }

        static void Flush(string title)
        {
            Console.WriteLine(title + ": " + string.Join(" | ", log));
            log.Clear();
        }

        public static int Main()
        {
            IEnumerable<string> q = Source(4)
                .Where(x => { log.Add("where " + x); return x % 2 == 0; })
                .Select(x => { log.Add("select " + x); return "v" + x; });
            Flush("after building the query (nothing ran)");
            foreach (string s in q) log.Add("got " + s);
            Flush("foreach");
            q.ToList();
            Flush("ToList re-executes");
            q.First();
            Flush("First stops early and disposes");
            q.Take(1).ToList();
            Flush("Take(1) disposes too");
            foreach (string s in q) { log.Add("got " + s); break; }
            Flush("break out of foreach");
            Console.WriteLine("Count = " + q.Count());
            Flush("Count");
            Console.WriteLine("Any = " + Source(3).Any(x => x > 1));
            Flush("Any with predicate");

            Console.WriteLine("-- OrderBy buffers everything first");
            Source(3).Select(x => { log.Add("key " + x); return x; }).OrderByDescending(x => x).Select(x => { log.Add("out " + x); return x; }).ToList();
            Flush("OrderBy");

            Console.WriteLine("-- Concat / Zip / SelectMany pull order");
            Source(2).Concat(Source(2)).ToList();
            Flush("Concat");
            Source(2).Zip(Source(3), (x, y) => x * y).ToList();
            Flush("Zip (shorter first)");
            Source(2).SelectMany(x => Enumerable.Repeat(x, x)).Select(x => { log.Add("item " + x); return x; }).ToList();
            Flush("SelectMany");
            Source(3).Distinct().Reverse().ToList();
            Flush("Distinct then Reverse");

            Console.WriteLine("-- captured variables");
            int threshold = 2;
            int[] data = { 1, 2, 3, 4, 5 };
            IEnumerable<int> above = data.Where(x => x > threshold);
            threshold = 3;
            Console.WriteLine("threshold changed before enumeration: " + string.Join(",", above));
            threshold = 0;
            Console.WriteLine("and again: " + string.Join(",", above));
            data[0] = 100;
            Console.WriteLine("source array modified: " + string.Join(",", above));
            List<Func<int>> funcs = new List<Func<int>>();
            for (int i = 0; i < 3; i++) funcs.Add(() => i * 10);
            Console.WriteLine("for-loop variable captured once: " + string.Join(",", funcs.Select(f => f())));
            funcs.Clear();
            foreach (int v in new[] { 1, 2, 3 }) funcs.Add(() => v * 10);
            Console.WriteLine("foreach variable captured per iteration: " + string.Join(",", funcs.Select(f => f())));

            Console.WriteLine("-- exceptions are deferred");
            IEnumerable<int> bad = new[] { 1, 0, 2 }.Select(x => 10 / x);
            Console.WriteLine("query created");
            try { foreach (int x in bad) Console.WriteLine("  got " + x); }
            catch (DivideByZeroException) { Console.WriteLine("  DivideByZeroException while enumerating"); }
            IEnumerable<int> throwsInIterator = Thrower();
            Console.WriteLine("iterator method called, body not run yet");
            try { throwsInIterator.ToList(); } catch (Exception e) { Console.WriteLine("  " + e.GetType().FullName + ": " + e.Message); }

            Console.WriteLine("-- Range / Repeat / Empty");
            Console.WriteLine("Range(5,3) " + string.Join(",", Enumerable.Range(5, 3)) + " Range(-2,4) " + string.Join(",", Enumerable.Range(-2, 4)) + " Range(0,0) count " + Enumerable.Range(0, 0).Count());
            Console.WriteLine("Range(int.MaxValue,1) " + string.Join(",", Enumerable.Range(int.MaxValue, 1)));
            try { Enumerable.Range(int.MaxValue, 2); Console.WriteLine("no throw"); } catch (Exception e) { Console.WriteLine("Range(int.MaxValue,2) " + e.GetType().FullName + " (eager)"); }
            try { Enumerable.Range(0, -1); } catch (Exception e) { Console.WriteLine("Range(0,-1) " + e.GetType().FullName); }
            Console.WriteLine("Repeat(\"ab\",3) " + string.Join(",", Enumerable.Repeat("ab", 3)) + " Repeat(x,0) count " + Enumerable.Repeat('x', 0).Count());
            try { Enumerable.Repeat(1, -1); } catch (Exception e) { Console.WriteLine("Repeat(1,-1) " + e.GetType().FullName); }
            object shared = new object();
            Console.WriteLine("Repeat yields the same reference " + Enumerable.Repeat(shared, 2).All(o => ReferenceEquals(o, shared)));
            Console.WriteLine("Empty count " + Enumerable.Empty<int>().Count() + " cached " + ReferenceEquals(Enumerable.Empty<string>(), Enumerable.Empty<string>()));
            Console.WriteLine("Range sum 1..100 " + Enumerable.Range(1, 100).Sum() + " squares of evens " + string.Join(",", Enumerable.Range(1, 10).Where(n => n % 2 == 0).Select(n => n * n)));
            return 0;
        }

        static IEnumerable<int> Thrower()
        {
            Console.WriteLine("  iterator body starts");
            yield return 1;
            throw new InvalidOperationException("from iterator");
        }
    }
}
