// Iterators (compiler-generated enumerator classes with IEnumerable<T>,
// IEnumerator<T>, IDisposable explicit implementations and a $PC state field):
// IEnumerable, IEnumerable<T>, IEnumerator<T> and non-generic IEnumerator
// return types; yield break; yield inside try/finally (Dispose runs the
// finally), nested loops, generic iterators, iterators capturing `this` and
// parameters, iterator properties and indexers, recursive iterators,
// early disposal through `break` in foreach, and LINQ over iterators.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Fixtures.Iterators
{
    public class Tree<T> : IEnumerable<T> where T : IComparable<T>
    {
        private Tree<T> left, right;
        private T value;
        private bool hasValue;

        public void Add(T item)
        {
            if (!hasValue) { value = item; hasValue = true; return; }
            if (item.CompareTo(value) < 0) (left ?? (left = new Tree<T>())).Add(item);
            else (right ?? (right = new Tree<T>())).Add(item);
        }

        public IEnumerator<T> GetEnumerator()
        {
            if (!hasValue) yield break;
            if (left != null) foreach (var x in left) yield return x;     // recursive iterator
            yield return value;
            if (right != null) foreach (var x in right) yield return x;
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    }

    public class Program
    {
        static readonly List<string> log = new List<string>();
        private readonly int step;

        Program(int step) { this.step = step; }

        static IEnumerable<int> Range(int start, int count)
        {
            for (int i = 0; i < count; i++) yield return start + i;
        }

        static IEnumerable Untyped()
        {
            yield return 1;
            yield return "two";
            yield return 3.0;
            yield return null;
        }

        static IEnumerator<char> Letters(string s)
        {
            foreach (char c in s)
            {
                if (c == '.') yield break;
                yield return char.ToUpperInvariant(c);
            }
        }

        static IEnumerator Countdown(int from)
        {
            while (from > 0) yield return from--;
        }

        static IEnumerable<string> WithFinally(string name)
        {
            log.Add(name + " start");
            try
            {
                yield return name + "1";
                try
                {
                    yield return name + "2";
                    yield return name + "3";
                }
                finally
                {
                    log.Add(name + " inner finally");
                }
            }
            finally
            {
                log.Add(name + " outer finally");
            }
            log.Add(name + " end");
        }

        static IEnumerable<Tuple<T, U>> Cross<T, U>(IEnumerable<T> first, IEnumerable<U> second)
        {
            foreach (var a in first)
                foreach (var b in second)
                    yield return Tuple.Create(a, b);
        }

        IEnumerable<int> Multiples(int count)
        {
            for (int i = 1; i <= count; i++) yield return i * step;
        }

        IEnumerable<int> Evens { get { return Multiples(10).Where(x => x % 2 == 0); } }

        static IEnumerable<int> Fibonacci()
        {
            long a = 0, b = 1;
            while (true)
            {
                yield return (int)a;
                long t = a + b; a = b; b = t;
            }
        }

        static IEnumerable<KeyValuePair<string, int>> Pairs(params string[] keys)
        {
            int i = 0;
            foreach (var k in keys) yield return new KeyValuePair<string, int>(k, i++);
        }

        public static int Main()
        {
            Console.WriteLine("range: " + string.Join(",", Range(5, 4)));
            var parts = new List<string>();
            foreach (object o in Untyped()) parts.Add(o == null ? "null" : o.GetType().Name);
            Console.WriteLine("untyped: " + string.Join(",", parts));
            var e = Letters("abc.def");
            string letters = "";
            while (e.MoveNext()) letters += e.Current;
            e.Dispose();
            Console.WriteLine("letters: " + letters);
            var cd = Countdown(3);
            string count = "";
            while (cd.MoveNext()) count += cd.Current;
            Console.WriteLine("countdown: " + count);

            Console.WriteLine("full: " + string.Join(",", WithFinally("a")));
            foreach (var s in WithFinally("b")) if (s == "b2") break;      // Dispose runs both finallys
            using (var it = WithFinally("c").GetEnumerator()) it.MoveNext();
            Console.WriteLine("log: " + string.Join("; ", log));

            Console.WriteLine("cross: " + string.Join(" ", Cross(new[] { 1, 2 }, "xy").Select(t => t.Item1 + "" + t.Item2)));
            var p = new Program(3);
            Console.WriteLine("instance: " + string.Join(",", p.Multiples(4)) + " evens: " + string.Join(",", p.Evens));
            Console.WriteLine("fibonacci: " + string.Join(",", Fibonacci().Skip(10).Take(5)) + " sum " + Fibonacci().TakeWhile(x => x < 1000).Sum());

            var tree = new Tree<string>();
            foreach (var w in "the quick brown fox jumps over the lazy dog".Split(' ')) tree.Add(w);
            Console.WriteLine("tree: " + string.Join(" ", tree) + " count " + tree.Count());
            Console.WriteLine("pairs: " + string.Join(",", Pairs("x", "y", "z").Select(kv => kv.Key + kv.Value)));

            var query = from x in Range(1, 20)
                        where x % 3 == 0
                        let sq = x * x
                        orderby sq descending
                        select new { x, sq };
            Console.WriteLine("linq: " + string.Join(" ", query.Select(a => a.x + ":" + a.sq)));
            var grouped = from w in new[] { "apple", "avocado", "banana", "blueberry", "cherry" }
                          group w by w[0] into g
                          select g.Key + "=" + g.Count();
            Console.WriteLine("group: " + string.Join(",", grouped));
            return 0;
        }
    }
}
