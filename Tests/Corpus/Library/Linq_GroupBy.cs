// GroupBy in all its overloads (key, element selector, result selector,
// comparer): group order = order of first occurrence, element order inside
// a group = source order, null keys form a group, IGrouping.Key, groups
// are re-evaluated on each enumeration (deferred), ToLookup (immediate,
// missing key -> empty sequence, Contains, Count, indexer), and the
// classic aggregations per group.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_GroupBy
{
    public static class Program
    {
        static string J<T>(IEnumerable<T> s) { return "[" + string.Join(",", s) + "]"; }

        public static int Main()
        {
            string[] words = { "apple", "Avocado", "banana", "blueberry", "cherry", "apricot", "Banana", "kiwi", "cranberry", "akee" };
            Console.WriteLine("-- by first letter (case-sensitive)");
            foreach (IGrouping<char, string> g in words.GroupBy(w => w[0]))
                Console.WriteLine(g.Key + ": " + J(g) + " count " + g.Count());
            Console.WriteLine("-- by first letter, ignore case via comparer on string keys");
            foreach (var g in words.GroupBy(w => w.Substring(0, 1), StringComparer.OrdinalIgnoreCase))
                Console.WriteLine(g.Key + ": " + J(g));
            Console.WriteLine("-- element selector");
            foreach (var g in words.GroupBy(w => w.Length, w => w.ToUpperInvariant()))
                Console.WriteLine(g.Key + " -> " + J(g));
            Console.WriteLine("-- result selector");
            Console.WriteLine(J(words.GroupBy(w => char.ToLowerInvariant(w[0]), (k, ws) => k + "=" + ws.Count())));
            Console.WriteLine(J(words.GroupBy(w => w.Length % 3, w => w[0], (k, cs) => k + ":" + new string(cs.ToArray()))));
            Console.WriteLine(J(words.GroupBy(w => w.Substring(0, 2), w => w.Length, (k, ls) => k + "~" + ls.Sum(), StringComparer.OrdinalIgnoreCase)));

            Console.WriteLine("-- null keys and value keys");
            string[] maybe = { "x", null, "y", null, "x" };
            foreach (var g in maybe.GroupBy(s => s)) Console.WriteLine((g.Key ?? "null") + " x" + g.Count());
            var byParity = Enumerable.Range(1, 10).GroupBy(i => i % 2 == 0);
            Console.WriteLine(J(byParity.Select(g => g.Key + ":" + J(g))));
            var byTuple = new[] { (1, 'a'), (2, 'b'), (1, 'a'), (1, 'b') }.GroupBy(t => t);
            Console.WriteLine("tuple keys " + J(byTuple.Select(g => g.Key + "x" + g.Count())));
            var byAnon = words.GroupBy(w => new { First = char.ToLowerInvariant(w[0]), Long = w.Length > 6 });
            Console.WriteLine("anonymous keys " + J(byAnon.Select(g => g.Key.First + (g.Key.Long ? "+" : "-") + g.Count())));

            Console.WriteLine("-- deferred");
            List<int> src = new List<int> { 1, 2, 3 };
            var grouped = src.GroupBy(i => i % 2);
            src.Add(4);
            src.Add(5);
            Console.WriteLine("groups see later additions: " + J(grouped.Select(g => g.Key + ":" + J(g))));
            var lookup = src.ToLookup(i => i % 2);
            src.Add(7);
            Console.WriteLine("lookup is a snapshot: " + J(lookup.Select(g => g.Key + ":" + J(g))));

            Console.WriteLine("-- ToLookup");
            ILookup<int, string> byLen = words.ToLookup(w => w.Length);
            Console.WriteLine("Count " + byLen.Count + " [6] " + J(byLen[6]) + " [3] " + J(byLen[3]) + " Contains(9) " + byLen.Contains(9) + " Contains(3) " + byLen.Contains(3));
            Console.WriteLine("[99] is empty, not null: " + (byLen[99] != null) + " count " + byLen[99].Count());
            ILookup<string, int> ic = new[] { "A", "a", "B" }.ToLookup(s => s, s => (int)s[0], StringComparer.OrdinalIgnoreCase);
            Console.WriteLine("ignore-case lookup count " + ic.Count + " [\"A\"] " + J(ic["A"]) + " keys " + J(ic.Select(g => g.Key)));
            ILookup<string, string> nl = maybe.ToLookup(s => s);
            Console.WriteLine("null key lookup [null] " + J(nl[null].Select(s => s ?? "null")) + " Contains(null) " + nl.Contains(null));

            Console.WriteLine("-- aggregations per group");
            var sales = new[] {
                new { Region = "North", Product = "A", Amount = 120m }, new { Region = "South", Product = "B", Amount = 80m },
                new { Region = "North", Product = "B", Amount = 45.5m }, new { Region = "East", Product = "A", Amount = 300m },
                new { Region = "South", Product = "A", Amount = 99.99m }, new { Region = "North", Product = "A", Amount = 10m }
            };
            foreach (var g in sales.GroupBy(s => s.Region))
                Console.WriteLine(g.Key + ": n=" + g.Count() + " sum=" + g.Sum(s => s.Amount) + " max=" + g.Max(s => s.Amount) + " products=" + J(g.Select(s => s.Product).Distinct()));
            var nested = sales.GroupBy(s => s.Region).Select(g => new { g.Key, ByProduct = g.GroupBy(s => s.Product).Select(pg => pg.Key + "=" + pg.Sum(s => s.Amount)) });
            foreach (var n in nested) Console.WriteLine(n.Key + " -> " + J(n.ByProduct));
            var ordered = sales.GroupBy(s => s.Product).OrderByDescending(g => g.Sum(s => s.Amount)).Select(g => g.Key + ":" + g.Sum(s => s.Amount));
            Console.WriteLine("products by total " + J(ordered));
            Console.WriteLine("group is IEnumerable of elements; IGrouping as object: " + (sales.GroupBy(s => s.Region).First() is IEnumerable<object>));
            try { words.GroupBy<string, int>(null); } catch (Exception e) { Console.WriteLine("GroupBy(null) " + e.GetType().FullName); }
            return 0;
        }
    }
}
