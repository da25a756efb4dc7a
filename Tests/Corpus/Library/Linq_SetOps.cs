// Distinct / Union / Intersect / Except (order = first occurrence in the
// first sequence, then the second for Union; duplicates removed also
// within the first sequence; custom comparers; null elements), Concat,
// Reverse, SequenceEqual (lengths, comparer, null elements), Append /
// Prepend, and a user type with IEquatable<T> + GetHashCode used by
// Distinct / Union, and with only Equals overridden (hash mismatch).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Linq_SetOps
{
    public class Point : IEquatable<Point>
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public bool Equals(Point o) { return o != null && o.X == X && o.Y == Y; }
        public override bool Equals(object o) { return Equals(o as Point); }
        public override int GetHashCode() { return X * 31 + Y; }
        public override string ToString() { return "(" + X + "," + Y + ")"; }
    }

    public class ByAbs : IEqualityComparer<int>
    {
        public bool Equals(int a, int b) { return Math.Abs(a) == Math.Abs(b); }
        public int GetHashCode(int x) { return Math.Abs(x); }
    }

    public static class Program
    {
        static string J<T>(IEnumerable<T> s) { return "[" + string.Join(",", s.Select(x => x == null ? "null" : x.ToString())) + "]"; }

        public static int Main()
        {
            int[] a = { 3, 1, 3, -1, 2, 1, 5 };
            int[] b = { 5, 4, 1, 4, -3, 6 };
            Console.WriteLine("-- Distinct");
            Console.WriteLine("Distinct " + J(a.Distinct()) + " by |x| " + J(a.Distinct(new ByAbs())));
            Console.WriteLine("strings ignore case " + J(new[] { "b", "A", "a", "B", "c" }.Distinct(StringComparer.OrdinalIgnoreCase)));
            Console.WriteLine("with nulls " + J(new[] { "x", null, "x", null }.Distinct()));
            Console.WriteLine("points (IEquatable) " + J(new[] { new Point(1, 2), new Point(1, 2), new Point(2, 1) }.Distinct()));
            Console.WriteLine("doubles NaN and -0.0 " + J(new[] { double.NaN, 0.0, double.NaN, -(0.0 * 1), 1.0 }.Distinct().Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture).Replace("-0", "negzero"))));

            Console.WriteLine("-- Union / Intersect / Except");
            Console.WriteLine("Union " + J(a.Union(b)));
            Console.WriteLine("Union by |x| " + J(a.Union(b, new ByAbs())));
            Console.WriteLine("Intersect " + J(a.Intersect(b)) + " reversed " + J(b.Intersect(a)));
            Console.WriteLine("Intersect by |x| " + J(a.Intersect(b, new ByAbs())));
            Console.WriteLine("Except " + J(a.Except(b)) + " reversed " + J(b.Except(a)));
            Console.WriteLine("Except by |x| " + J(a.Except(b, new ByAbs())));
            Console.WriteLine("Except removes duplicates from the first " + J(new[] { 1, 1, 2, 2 }.Except(new int[0])));
            Console.WriteLine("empty combos " + J(new int[0].Union(new[] { 2, 2 })) + J(new int[0].Intersect(a)) + J(a.Intersect(new int[0])));
            Console.WriteLine("strings ignore case: union " + J(new[] { "a", "B" }.Union(new[] { "A", "b", "c" }, StringComparer.OrdinalIgnoreCase))
                + " intersect " + J(new[] { "a", "B" }.Intersect(new[] { "A", "b", "c" }, StringComparer.OrdinalIgnoreCase))
                + " except " + J(new[] { "a", "B", "d" }.Except(new[] { "A" }, StringComparer.OrdinalIgnoreCase)));
            Console.WriteLine("points union " + J(new[] { new Point(0, 0), new Point(1, 1) }.Union(new[] { new Point(1, 1), new Point(2, 2) })));

            Console.WriteLine("-- Concat / Reverse / Append / Prepend");
            Console.WriteLine("Concat " + J(a.Concat(b)) + " with empty " + J(new int[0].Concat(new[] { 7 })));
            Console.WriteLine("Concat chain " + J(new[] { 1 }.Concat(new[] { 2 }).Concat(new[] { 3 }).Concat(new int[0]).Concat(new[] { 4, 5 })));
            Console.WriteLine("Reverse " + J(a.Reverse()) + " of iterator " + J(Enumerable.Range(1, 4).Where(x => true).Reverse()) + " of empty " + J(new int[0].Reverse()));
            List<int> rl = new List<int> { 1, 2, 3 };
            IEnumerable<int> rev = rl.AsEnumerable().Reverse();
            rl.Add(4);
            Console.WriteLine("Reverse is deferred " + J(rev));
            Console.WriteLine("Append/Prepend " + J(new[] { 2, 3 }.Append(4).Prepend(1).Append(5).Prepend(0)));
            Console.WriteLine("Append to empty " + J(Enumerable.Empty<string>().Append("only")));

            Console.WriteLine("-- SequenceEqual");
            Console.WriteLine("equal " + new[] { 1, 2, 3 }.SequenceEqual(new List<int> { 1, 2, 3 }) + " order " + new[] { 1, 2, 3 }.SequenceEqual(new[] { 3, 2, 1 })
                + " shorter " + new[] { 1, 2 }.SequenceEqual(new[] { 1, 2, 3 }) + " longer " + new[] { 1, 2, 3 }.SequenceEqual(new[] { 1, 2 }) + " both empty " + new int[0].SequenceEqual(new int[0]));
            Console.WriteLine("comparer " + new[] { "A", "b" }.SequenceEqual(new[] { "a", "B" }, StringComparer.OrdinalIgnoreCase) + " nulls " + new[] { null, "x" }.SequenceEqual(new[] { null, "x" })
                + " points " + new[] { new Point(1, 1) }.SequenceEqual(new[] { new Point(1, 1) }) + " by |x| " + new[] { 1, -2 }.SequenceEqual(new[] { -1, 2 }, new ByAbs()));
            Console.WriteLine("iterator vs array " + Enumerable.Range(1, 3).Select(x => x * 2).SequenceEqual(new[] { 2, 4, 6 }));
            try { new[] { 1 }.SequenceEqual(null); } catch (Exception e) { Console.WriteLine("SequenceEqual(null) " + e.GetType().FullName); }
            try { ((int[])null).Union(a); } catch (Exception e) { Console.WriteLine("Union(null) " + e.GetType().FullName); }
            return 0;
        }
    }
}
