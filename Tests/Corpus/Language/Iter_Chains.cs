// IEnumerable<T> pipelines built from hand-written iterator extension methods (Where, Select,
// Take, Skip, Concat, Zip, SelectMany, Distinct, Buffer): pull-based, element-at-a-time
// evaluation (each stage prints, so the interleaving is visible), re-enumeration re-runs the
// whole chain, short-circuiting (Take stops pulling upstream), deferred execution capturing
// variables by reference, Aggregate/Count/First folds, and generic type inference through
// the chain. No System.Linq.
using System;
using System.Collections.Generic;

namespace Corpus
{
    static class Seq
    {
        public static IEnumerable<T> Trace<T>(this IEnumerable<T> src, string name)
        {
            foreach (T x in src) { Console.Write(name + "(" + x + ") "); yield return x; }
        }
        public static IEnumerable<T> Where<T>(this IEnumerable<T> src, Func<T, bool> pred)
        {
            foreach (T x in src) if (pred(x)) yield return x;
        }
        public static IEnumerable<U> Select<T, U>(this IEnumerable<T> src, Func<T, U> f)
        {
            foreach (T x in src) yield return f(x);
        }
        public static IEnumerable<T> Take<T>(this IEnumerable<T> src, int n)
        {
            if (n <= 0) yield break;
            foreach (T x in src) { yield return x; if (--n == 0) yield break; }
        }
        public static IEnumerable<T> Skip<T>(this IEnumerable<T> src, int n)
        {
            foreach (T x in src) { if (n > 0) { n--; continue; } yield return x; }
        }
        public static IEnumerable<T> Concat<T>(this IEnumerable<T> a, IEnumerable<T> b)
        {
            foreach (T x in a) yield return x;
            foreach (T x in b) yield return x;
        }
        public static IEnumerable<R> Zip<A, B, R>(this IEnumerable<A> a, IEnumerable<B> b, Func<A, B, R> f)
        {
            using (var ea = a.GetEnumerator())
            using (var eb = b.GetEnumerator())
                while (ea.MoveNext() && eb.MoveNext()) yield return f(ea.Current, eb.Current);
        }
        public static IEnumerable<U> SelectMany<T, U>(this IEnumerable<T> src, Func<T, IEnumerable<U>> f)
        {
            foreach (T x in src) foreach (U y in f(x)) yield return y;
        }
        public static IEnumerable<T> Distinct<T>(this IEnumerable<T> src)
        {
            var seen = new HashSet<T>();
            foreach (T x in src) if (seen.Add(x)) yield return x;
        }
        public static IEnumerable<List<T>> Buffer<T>(this IEnumerable<T> src, int size)
        {
            var buf = new List<T>();
            foreach (T x in src) { buf.Add(x); if (buf.Count == size) { yield return buf; buf = new List<T>(); } }
            if (buf.Count > 0) yield return buf;
        }
        public static IEnumerable<int> Range(int start, int count) { for (int i = 0; i < count; i++) yield return start + i; }
        public static TAcc Aggregate<T, TAcc>(this IEnumerable<T> src, TAcc seed, Func<TAcc, T, TAcc> f)
        {
            TAcc acc = seed;
            foreach (T x in src) acc = f(acc, x);
            return acc;
        }
        public static int Count<T>(this IEnumerable<T> src) { int n = 0; foreach (T x in src) n++; return n; }
        public static T First<T>(this IEnumerable<T> src) { foreach (T x in src) return x; throw new InvalidOperationException("empty sequence"); }
        public static string Show<T>(this IEnumerable<T> src) { return "[" + string.Join(",", src) + "]"; }
    }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("-- interleaving");
            var pipeline = Seq.Range(1, 6).Trace("src").Where(x => x % 2 == 0).Trace("even").Select(x => x * 10).Trace("x10");
            Console.WriteLine("built");
            foreach (int v in pipeline) Console.WriteLine("=> " + v);

            Console.WriteLine("-- Take stops pulling");
            foreach (int v in Seq.Range(1, 100).Trace("src").Take(3)) Console.Write("<" + v + "> ");
            Console.WriteLine();
            Console.WriteLine("First: " + Seq.Range(5, 100).Trace("src").Where(x => x % 7 == 0).First());

            Console.WriteLine("-- deferred execution sees later changes");
            int threshold = 3;
            var filtered = Seq.Range(1, 6).Where(x => x > threshold);
            threshold = 4;
            Console.WriteLine("threshold changed after building: " + filtered.Show());
            var list = new List<int> { 1, 2 };
            var projected = list.Select(x => x * 100);
            list.Add(3);
            Console.WriteLine("list grown after building: " + projected.Show());
            Console.WriteLine("enumerate twice: " + projected.Show() + " " + projected.Show());

            Console.WriteLine("-- combinators");
            Console.WriteLine("Skip(2).Take(3): " + Seq.Range(0, 10).Skip(2).Take(3).Show());
            Console.WriteLine("Concat: " + Seq.Range(1, 2).Concat(Seq.Range(10, 2)).Show());
            Console.WriteLine("Zip: " + Seq.Range(1, 5).Zip(new[] { "a", "b", "c" }, (n, s) => s + n).Show());
            Console.WriteLine("SelectMany: " + new[] { 1, 2, 3 }.SelectMany(n => Seq.Range(0, n).Select(i => n * 10 + i)).Show());
            Console.WriteLine("Distinct: " + new[] { 3, 1, 3, 2, 1, 5 }.Distinct().Show());
            Console.WriteLine("Buffer(3): " + Seq.Range(1, 8).Buffer(3).Select(b => b.Show()).Show());
            Console.WriteLine("Aggregate sum " + Seq.Range(1, 100).Aggregate(0L, (a, x) => a + x) + ", product of 1..15 " + Seq.Range(1, 15).Aggregate(1L, (a, x) => a * x) + ", Count(evens < 1000) " + Seq.Range(0, 1000).Where(x => x % 2 == 0).Count());
            string sentence = new[] { "the", "quick", "brown", "fox" }.Aggregate("", (acc, w) => acc.Length == 0 ? w : acc + " " + w);
            Console.WriteLine("Aggregate strings: " + sentence);
            try { Seq.Range(0, 0).First(); }
            catch (InvalidOperationException e) { Console.WriteLine("First of empty -> " + e.Message); }

            Console.WriteLine("-- type inference through the chain");
            var words = new[] { "apple", "fig", "banana", "kiwi" };
            var lengths = words.Select(w => w.Length).Where(n => n > 3).Select(n => n / 2.0m);
            Console.WriteLine("lengths/2 as decimal: " + lengths.Show());
            var pairs = words.Zip(Seq.Range(1, 10), (w, i) => new KeyValuePair<int, string>(i, w)).Where(p => p.Key % 2 == 1);
            foreach (var p in pairs) Console.Write(p.Key + ":" + p.Value + " ");
            Console.WriteLine();

            Console.WriteLine("-- primes by trial division over an infinite sequence");
            var primes = Infinite(2).Where(n => Seq.Range(2, n - 2).Where(d => d * d <= n).Where(d => n % d == 0).Count() == 0).Take(15);
            Console.WriteLine(primes.Show());
        }

        static IEnumerable<int> Infinite(int from) { while (true) yield return from++; }
    }
}
