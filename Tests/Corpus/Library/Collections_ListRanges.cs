// List<T> range and bulk operations: AddRange (from array, from itself,
// from a lazy sequence), InsertRange (start, middle, end, itself),
// RemoveRange, RemoveAll (with a predicate that has side effects, returns
// the count), GetRange (a copy, bounds), Reverse (whole and range), Sort
// (default, Comparison, IComparer, range), BinarySearch with ranges,
// CopyTo overloads, and the ordering of items after each step.
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_ListRanges
{
    public static class Program
    {
        static string J<T>(List<T> l) { return "[" + string.Join(",", l) + "]"; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        static IEnumerable<int> Lazy(int from, int count)
        {
            for (int i = 0; i < count; i++)
            {
                Console.Write("(yield " + (from + i) + ")");
                yield return from + i;
            }
        }

        public static int Main()
        {
            List<int> l = new List<int> { 1, 2, 3 };
            l.AddRange(new[] { 4, 5 });
            Console.WriteLine("AddRange array " + J(l));
            l.AddRange(l);
            Console.WriteLine("AddRange itself " + J(l));
            l.AddRange(Lazy(100, 3));
            Console.WriteLine(" AddRange lazy " + J(l));
            l.AddRange(new int[0]);
            Try("AddRange(null)", () => { l.AddRange(null); return J(l); });

            Console.WriteLine("-- InsertRange");
            List<string> s = new List<string> { "a", "b", "c" };
            s.InsertRange(0, new[] { "x", "y" });
            Console.WriteLine("at 0 " + J(s));
            s.InsertRange(3, new List<string> { "m" });
            Console.WriteLine("at 3 " + J(s));
            s.InsertRange(s.Count, new[] { "end" });
            Console.WriteLine("at end " + J(s));
            s.InsertRange(1, s);
            Console.WriteLine("itself at 1 " + J(s));
            Try("InsertRange(-1)", () => { s.InsertRange(-1, new[] { "q" }); return J(s); });
            Try("InsertRange(Count+1)", () => { s.InsertRange(s.Count + 1, new[] { "q" }); return J(s); });

            Console.WriteLine("-- RemoveRange / RemoveAll / GetRange");
            List<int> r = new List<int>();
            for (int i = 0; i < 12; i++) r.Add(i);
            r.RemoveRange(2, 3);
            Console.WriteLine("RemoveRange(2,3) " + J(r));
            r.RemoveRange(0, 0);
            r.RemoveRange(r.Count - 1, 1);
            Console.WriteLine("RemoveRange last " + J(r));
            Try("RemoveRange(5,10)", () => { r.RemoveRange(5, 10); return J(r); });
            Try("RemoveRange(-1,1)", () => { r.RemoveRange(-1, 1); return J(r); });
            int calls = 0;
            int removed = r.RemoveAll(x => { calls++; return x % 3 == 0; });
            Console.WriteLine("RemoveAll multiples of 3: removed " + removed + " predicate calls " + calls + " -> " + J(r));
            Console.WriteLine("RemoveAll none: " + r.RemoveAll(x => x > 100) + " all: " + new List<int>(r).RemoveAll(x => true));
            Try("RemoveAll(null)", () => r.RemoveAll(null));
            List<int> g = r.GetRange(1, 3);
            g[0] = -1;
            Console.WriteLine("GetRange(1,3) copy " + J(g) + " original " + J(r));
            Try("GetRange(5,3)", () => J(r.GetRange(5, 3)));
            Try("GetRange(7,0)", () => J(r.GetRange(7, 0)));
            Try("GetRange(8,0)", () => J(r.GetRange(8, 0)));

            Console.WriteLine("-- Reverse / Sort");
            List<int> v = new List<int> { 5, 3, 9, 1, 7, 3, 8 };
            v.Reverse();
            Console.WriteLine("Reverse " + J(v));
            v.Reverse(1, 3);
            Console.WriteLine("Reverse(1,3) " + J(v));
            Try("Reverse(5,3)", () => { v.Reverse(5, 3); return J(v); });
            v.Sort();
            Console.WriteLine("Sort " + J(v));
            v.Sort((a, b) => b - a);
            Console.WriteLine("Sort desc " + J(v));
            v.Sort(2, 4, Comparer<int>.Default);
            Console.WriteLine("Sort(2,4) asc " + J(v));
            v.Sort(Comparer<int>.Create((a, b) => (a % 2).CompareTo(b % 2) != 0 ? (a % 2).CompareTo(b % 2) : a.CompareTo(b)));
            Console.WriteLine("evens first then value " + J(v));
            List<string> words = new List<string> { "delta", "Alpha", "charlie", "bravo", "Echo" };
            words.Sort(StringComparer.Ordinal);
            Console.WriteLine("Ordinal " + J(words));
            words.Sort((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b));
            Console.WriteLine("by length " + J(words));

            Console.WriteLine("-- BinarySearch / CopyTo");
            List<int> sorted = new List<int> { 1, 3, 5, 7, 9, 11 };
            Console.WriteLine("BinarySearch 7 " + sorted.BinarySearch(7) + " 8 " + sorted.BinarySearch(8) + " range(0,3) 7 " + sorted.BinarySearch(0, 3, 7, null)
                + " desc comparer 5 " + new List<int> { 9, 7, 5, 3 }.BinarySearch(5, Comparer<int>.Create((a, b) => b.CompareTo(a))));
            int[] dst = new int[8];
            sorted.CopyTo(dst);
            Console.WriteLine("CopyTo " + string.Join(",", dst));
            dst = new int[8];
            sorted.CopyTo(dst, 2);
            Console.WriteLine("CopyTo(dst,2) " + string.Join(",", dst));
            dst = new int[8];
            sorted.CopyTo(1, dst, 5, 3);
            Console.WriteLine("CopyTo(1,dst,5,3) " + string.Join(",", dst));
            Try("CopyTo too small", () => { sorted.CopyTo(new int[3]); return "copied"; });
            Console.WriteLine("ToArray " + string.Join(",", sorted.ToArray()) + " length " + sorted.ToArray().Length);
            return 0;
        }
    }
}
