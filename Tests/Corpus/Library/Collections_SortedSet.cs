// SortedSet<T>: sorted enumeration, Add/Remove return values, Min/Max
// (default on empty), Reverse(), GetViewBetween (inclusive bounds, live
// view that tracks later adds, adding outside the range throws, lower >
// upper throws), set operations and relations (results stay sorted),
// RemoveWhere, custom comparers (descending; a comparer that treats items
// as equal drops "duplicates"), and a running median / top-k use.
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_SortedSet
{
    public static class Program
    {
        static string J<T>(IEnumerable<T> s) { return "{" + string.Join(",", s) + "}"; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            SortedSet<int> s = new SortedSet<int>();
            Console.WriteLine("empty Min " + s.Min + " Max " + s.Max + " count " + s.Count);
            foreach (int x in new[] { 42, 7, 19, 7, 3, 88, 19, 56, -4 }) Console.Write(s.Add(x) ? "+" : "=");
            Console.WriteLine(" -> " + J(s) + " count " + s.Count + " Min " + s.Min + " Max " + s.Max);
            Console.WriteLine("Reverse " + J(s.Reverse()) + " Contains(56) " + s.Contains(56) + " Remove(56) " + s.Remove(56) + " Remove(56) " + s.Remove(56));

            Console.WriteLine("-- GetViewBetween");
            SortedSet<int> view = s.GetViewBetween(5, 42);
            Console.WriteLine("view [5,42] " + J(view) + " count " + view.Count + " Min " + view.Min + " Max " + view.Max);
            s.Add(10);
            s.Add(100);
            Console.WriteLine("after adding 10 and 100 to the set: view " + J(view) + " count " + view.Count);
            view.Add(5);
            Console.WriteLine("add 5 via view: set " + J(s));
            Try("add 43 via view", () => view.Add(43));
            view.Remove(19);
            Console.WriteLine("remove 19 via view: set " + J(s) + " view " + J(view));
            Try("GetViewBetween(10, 5)", () => J(s.GetViewBetween(10, 5)));
            Console.WriteLine("empty range view [43,87] " + J(s.GetViewBetween(43, 87)) + " Min " + s.GetViewBetween(43, 87).Min);
            Console.WriteLine("nested view [7,10] of view " + J(view.GetViewBetween(7, 10)));
            Try("nested view outside parent", () => J(view.GetViewBetween(0, 10)));

            Console.WriteLine("-- set operations");
            SortedSet<int> a = new SortedSet<int> { 1, 3, 5, 7, 9 }, b = new SortedSet<int> { 5, 6, 7, 8 };
            SortedSet<int> u = new SortedSet<int>(a); u.UnionWith(b);
            SortedSet<int> i = new SortedSet<int>(a); i.IntersectWith(b);
            SortedSet<int> e = new SortedSet<int>(a); e.ExceptWith(b);
            SortedSet<int> x2 = new SortedSet<int>(a); x2.SymmetricExceptWith(new[] { 9, 9, 10, 1 });
            Console.WriteLine("union " + J(u) + " intersect " + J(i) + " except " + J(e) + " symmetric with [9,9,10,1] " + J(x2));
            Console.WriteLine("subset " + i.IsSubsetOf(a) + " proper superset " + u.IsProperSupersetOf(a) + " overlaps " + a.Overlaps(b) + " SetEquals " + a.SetEquals(new[] { 9, 7, 5, 3, 1, 1 }));
            Console.WriteLine("RemoveWhere > 4: " + u.RemoveWhere(v => v > 4) + " -> " + J(u));

            Console.WriteLine("-- comparers");
            SortedSet<string> desc = new SortedSet<string>(Comparer<string>.Create((p, q) => string.CompareOrdinal(q, p))) { "b", "a", "c", "B" };
            Console.WriteLine("descending ordinal " + J(desc) + " Min " + desc.Min + " Max " + desc.Max);
            SortedSet<string> byLength = new SortedSet<string>(Comparer<string>.Create((p, q) => p.Length.CompareTo(q.Length)));
            foreach (string w in new[] { "pear", "fig", "plum", "banana", "kiwi", "date" }) Console.Write(byLength.Add(w) ? "+" + w + " " : "=" + w + " ");
            Console.WriteLine("-> " + J(byLength));
            SortedSet<string> ic = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "Beta", "alpha", "ALPHA", "gamma" };
            string actual;
            Console.WriteLine("ignore case " + J(ic) + " TryGetValue(\"BETA\") " + ic.TryGetValue("BETA", out actual) + " " + actual);
            SortedSet<string> withNull = new SortedSet<string> { "x", null, "a" };
            Console.WriteLine("null sorts first: " + string.Join(",", new List<string>(withNull).ConvertAll(t => t ?? "null")) + " Min null " + (withNull.Min == null));

            Console.WriteLine("-- top 3 of a stream");
            SortedSet<(int score, string name)> top = new SortedSet<(int, string)>();
            foreach (var entry in new[] { (70, "ann"), (95, "bob"), (70, "cid"), (88, "dee"), (99, "eve"), (60, "fay"), (95, "gus") })
            {
                top.Add(entry);
                if (top.Count > 3) top.Remove(top.Min);
            }
            foreach (var t in top.Reverse()) Console.Write(t.name + ":" + t.score + " ");
            Console.WriteLine();
            Try("modify during enumeration", () => { foreach (int v in a) a.Add(v + 100); return "no error"; });
            int[] arr = new int[7];
            a.CopyTo(arr, 1);
            Console.WriteLine("CopyTo " + string.Join(",", arr));
            return 0;
        }
    }
}
