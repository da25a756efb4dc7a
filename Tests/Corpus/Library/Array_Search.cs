// Array.BinarySearch (found, not found -> bitwise complement of the
// insertion point, duplicates, ranges, custom comparer, empty array),
// Array.IndexOf / LastIndexOf (with start and count, null elements,
// value types vs boxed, NaN), Array.Exists/Find/FindIndex/FindLast/
// FindLastIndex with ranges, Array.Contains via IList.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus.Library.Array_Search
{
    public static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            int[] sorted = { -5, 0, 3, 3, 3, 8, 13, 21 };
            Console.WriteLine("-- BinarySearch");
            foreach (int v in new[] { -10, -5, 0, 1, 3, 8, 9, 21, 22 })
            {
                int r = Array.BinarySearch(sorted, v);
                Console.WriteLine("find " + v + ": " + r + (r < 0 ? " (insert at " + ~r + ")" : " found " + sorted[r]));
            }
            Try("range [1,4) find 8", () => Array.BinarySearch(sorted, 1, 3, 8));
            Try("range [1,4) find -5", () => Array.BinarySearch(sorted, 1, 3, -5));
            Try("range [5,8) find 13", () => Array.BinarySearch(sorted, 5, 3, 13));
            Try("empty", () => Array.BinarySearch(new int[0], 1));
            Try("bad range", () => Array.BinarySearch(sorted, 6, 5, 1));
            Try("null array", () => Array.BinarySearch((int[])null, 1));
            int[] desc = { 21, 13, 8, 3, 0 };
            IComparer<int> rev = Comparer<int>.Create((x, y) => y.CompareTo(x));
            Try("descending with comparer find 8", () => Array.BinarySearch(desc, 8, rev));
            Try("descending with comparer find 5", () => Array.BinarySearch(desc, 5, rev));
            string[] names = { "alpha", "beta", "delta", "gamma" };
            Try("strings Ordinal find delta", () => Array.BinarySearch(names, "delta", StringComparer.Ordinal));
            Try("strings Ordinal find charlie", () => Array.BinarySearch(names, "charlie", StringComparer.Ordinal));
            Try("strings Ordinal find null", () => Array.BinarySearch(names, null, StringComparer.Ordinal));
            object[] objs = { 1, 2, 3 };
            Try("object[] find 2", () => Array.BinarySearch(objs, 2));
            Try("object[] find \"x\"", () => Array.BinarySearch(objs, "x"));
            double[] dbl = { double.NaN, -1.0, 0.0, 2.5 };
            Try("double[] with NaN find NaN", () => Array.BinarySearch(dbl, double.NaN));
            Try("double[] find 2.5", () => Array.BinarySearch(dbl, 2.5));
            List<int> list = new List<int>(sorted);
            Try("List.BinarySearch 13", () => list.BinarySearch(13));
            Try("List.BinarySearch 4", () => list.BinarySearch(4));

            Console.WriteLine("-- IndexOf / LastIndexOf");
            int[] a = { 4, 7, 4, 1, 4, 9 };
            Try("IndexOf 4", () => Array.IndexOf(a, 4));
            Try("IndexOf 4 from 1", () => Array.IndexOf(a, 4, 1));
            Try("IndexOf 4 from 3 count 1", () => Array.IndexOf(a, 4, 3, 1));
            Try("IndexOf 4 from 3 count 2", () => Array.IndexOf(a, 4, 3, 2));
            Try("IndexOf 5", () => Array.IndexOf(a, 5));
            Try("IndexOf from 6", () => Array.IndexOf(a, 4, 6));
            Try("IndexOf from 7", () => Array.IndexOf(a, 4, 7));
            Try("IndexOf count too big", () => Array.IndexOf(a, 4, 2, 5));
            Try("LastIndexOf 4", () => Array.LastIndexOf(a, 4));
            Try("LastIndexOf 4 from 3", () => Array.LastIndexOf(a, 4, 3));
            Try("LastIndexOf 4 from 3 count 1", () => Array.LastIndexOf(a, 4, 3, 1));
            Try("LastIndexOf 4 from 3 count 2", () => Array.LastIndexOf(a, 4, 3, 2));
            Try("LastIndexOf from 6", () => Array.LastIndexOf(a, 4, 6));
            Try("LastIndexOf count too big", () => Array.LastIndexOf(a, 4, 2, 4));
            Try("LastIndexOf on empty", () => Array.LastIndexOf(new int[0], 4));
            Try("LastIndexOf on empty from -1", () => Array.LastIndexOf(new int[0], 4, -1));
            string[] s = { "a", null, "b", null };
            Try("IndexOf null", () => Array.IndexOf(s, null));
            Try("LastIndexOf null", () => Array.LastIndexOf(s, null));
            Try("IndexOf new string", () => Array.IndexOf(s, new string('b', 1)));
            object[] boxed = { 1, 1L, "1", 1.0, '1' };
            Try("object[] IndexOf 1L", () => Array.IndexOf(boxed, (object)1L));
            Try("object[] IndexOf 1.0", () => Array.IndexOf(boxed, (object)1.0));
            Try("object[] IndexOf '1'", () => Array.IndexOf(boxed, (object)'1'));
            Try("object[] IndexOf (short)1", () => Array.IndexOf(boxed, (object)(short)1));
            double[] nans = { 1.0, double.NaN, 2.0 };
            Try("IndexOf NaN (Equals semantics)", () => Array.IndexOf(nans, double.NaN));
            Try("non-generic IndexOf on Array", () => Array.IndexOf((Array)a, (object)9));
            Try("IList.Contains 9", () => ((IList)a).Contains(9));
            Try("IList.IndexOf 9L", () => ((IList)a).IndexOf(9L));
            Try("ICollection<int>.Contains 7", () => ((ICollection<int>)a).Contains(7));

            Console.WriteLine("-- predicates");
            int[] p = { 3, 8, 15, 4, 23, 42, 16 };
            Try("Exists even", () => Array.Exists(p, x => x % 2 == 0));
            Try("Exists > 100", () => Array.Exists(p, x => x > 100));
            Try("Find > 10", () => Array.Find(p, x => x > 10));
            Try("Find > 100 (default)", () => Array.Find(p, x => x > 100));
            Try("FindLast < 10", () => Array.FindLast(p, x => x < 10));
            Try("FindIndex > 10", () => Array.FindIndex(p, x => x > 10));
            Try("FindIndex > 10 from 3", () => Array.FindIndex(p, 3, x => x > 10));
            Try("FindIndex > 10 from 3 count 1", () => Array.FindIndex(p, 3, 1, x => x > 10));
            Try("FindIndex from 7", () => Array.FindIndex(p, 7, x => true));
            Try("FindIndex from 8", () => Array.FindIndex(p, 8, x => true));
            Try("FindLastIndex odd", () => Array.FindLastIndex(p, x => x % 2 == 1));
            Try("FindLastIndex odd from 3", () => Array.FindLastIndex(p, 3, x => x % 2 == 1));
            Try("FindLastIndex odd from 3 count 2", () => Array.FindLastIndex(p, 3, 2, x => x % 2 == 1));
            Try("FindAll even", () => string.Join(",", Array.FindAll(p, x => x % 2 == 0)));
            Try("FindAll none length", () => Array.FindAll(p, x => x < 0).Length);
            Try("TrueForAll > 0", () => Array.TrueForAll(p, x => x > 0));
            Try("TrueForAll on empty", () => Array.TrueForAll(new int[0], x => false));
            Try("Find null match", () => Array.Find(p, null));
            string[] strs = { "x", "yy", null, "zzz" };
            Try("Find string length 3", () => Array.Find(strs, t => t != null && t.Length == 3));
            Try("Find string none", () => Array.Find(strs, t => t == "q") ?? "null");
            int visits = 0;
            Array.Exists(p, x => { visits++; return x == 15; });
            Console.WriteLine("Exists stops early: visited " + visits);
            return 0;
        }
    }
}
