// System.ValueTuple through C# tuple syntax: creation, named elements
// (names are compile-time only: Item1.. still work, ToString shows
// values), ToString with nulls / nesting / 8+ elements, value semantics
// (copies, mutation of fields), Equals (tuple == needs C# 7.3, which mcs
// lacks), GetHashCode agreement,
// CompareTo (element by element), tuples in collections and as dictionary
// keys, deconstruction of method results, swapping, and ValueTuple.Create.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Tuple_Value
{
    public static class Program
    {
        static (int min, int max, double avg) Stats(int[] xs)
        {
            return (xs.Min(), xs.Max(), xs.Average());
        }

        static (string, int) Pair() { return ("p", 1); }

        public static int Main()
        {
            var t = (1, "two", 3.5m);
            (int id, string name) named = (7, "seven");
            Console.WriteLine(t + " " + named + " Item1 " + named.Item1 + " id " + named.id + " Item2 " + named.Item2 + " type " + ((object)named).GetType().Name);
            Console.WriteLine("nulls " + ((string)null, (object)null) + " nested " + (1, (2, (3, "x"))) + " single-element via Create " + ValueTuple.Create(5) + " empty " + new ValueTuple());
            // mcs cannot compile tuple literals with more than 7 elements, so the
            // 10-element tuple is built explicitly (same type Roslyn would use).
            var big = new ValueTuple<int, int, int, int, int, int, int, ValueTuple<int, int, int>>(1, 2, 3, 4, 5, 6, 7, (8, 9, 10));
            Console.WriteLine("ten " + big + " Rest.Item3 " + big.Rest.Item3 + " Rest " + big.Rest + " Rest type " + ((object)big.Rest).GetType().Name);
            var eight = ValueTuple.Create(1, 2, 3, 4, 5, 6, 7, 8);
            Console.WriteLine("Create 8 " + eight + " Rest.Item1 " + eight.Rest.Item1);

            Console.WriteLine("-- value semantics");
            var p = (x: 1, y: 2);
            var q = p;
            q.x = 100;
            Console.WriteLine("copy " + p + " modified copy " + q);
            var arr = new[] { (1, 1), (2, 2) };
            arr[0].Item2 = 50;
            Console.WriteLine("array element field write " + arr[0]);
            List<(int a, int b)> list = new List<(int, int)> { (3, 4) };
            var fromList = list[0];
            fromList.a = 9;
            Console.WriteLine("list element is a copy " + list[0] + " local " + fromList);

            Console.WriteLine("-- equality and comparison");
            var e1 = (1, "a");
            var e2 = (1, "a");
            var e3 = (1, "b");
            Console.WriteLine("Equals " + e1.Equals(e2) + " " + e1.Equals(e3) + " object Equals " + e1.Equals((object)e2) + " boxed different type " + e1.Equals((object)(1L, "a")) + " hash agree " + (e1.GetHashCode() == e2.GetHashCode()));
            Console.WriteLine("names do not matter " + (x: 1, y: 2).Equals((a: 1, b: 2)));
            Console.WriteLine("CompareTo " + Math.Sign(e1.CompareTo(e3)) + " " + Math.Sign((2, "a").CompareTo((1, "z"))) + " " + (1, "a").CompareTo((1, "a")) + " with null item " + Math.Sign(((string)null, 1).CompareTo(("", 1))));
            Console.WriteLine("NaN " + (double.NaN, 1).Equals((double.NaN, 1)));
            var sorted = new[] { (2, "b"), (1, "z"), (2, "a"), (1, "a") }.OrderBy(x => x).ToList();
            Console.WriteLine("sorted " + string.Join(" ", sorted));
            List<(int, int)> ls = new List<(int, int)> { (3, 1), (1, 2), (3, 0), (1, 1) };
            ls.Sort();
            Console.WriteLine("List.Sort " + string.Join(" ", ls));

            Console.WriteLine("-- keys and deconstruction");
            Dictionary<(int, int), string> cells = new Dictionary<(int, int), string> { [(0, 0)] = "a1", [(2, 3)] = "c4" };
            cells[(0, 0)] = "A1";
            Console.WriteLine("count " + cells.Count + " [(0,0)] " + cells[(0, 0)] + " contains (3,2) " + cells.ContainsKey((3, 2)));
            var (mn, mx, av) = Stats(new[] { 4, 8, 15, 16, 23, 42 });
            Console.WriteLine("deconstructed " + mn + " " + mx + " " + av.ToString("F3", System.Globalization.CultureInfo.InvariantCulture));
            var stats = Stats(new[] { 1, 2 });
            Console.WriteLine("named access " + stats.min + " " + stats.max + " " + stats.avg.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ToString " + stats.ToString().Replace(',', ';'));
            (string s, int n) = Pair();
            Console.WriteLine("deconstruct into new vars " + s + n);
            int i = 1, j = 2;
            var swapped = (j, i);
            Console.WriteLine("swap via tuple " + swapped);
            var grouped = new[] { "apple", "avocado", "banana" }.GroupBy(w => w[0]).Select(g => (letter: g.Key, count: g.Count())).ToList();
            Console.WriteLine("LINQ into tuples " + string.Join(" ", grouped) + " first letter " + grouped[0].letter);
            object boxed = (1, 2);
            Console.WriteLine("boxed is ValueTuple<int,int> " + (boxed is ValueTuple<int, int>) + " type " + boxed.GetType().FullName.Split('[')[0]);
            return 0;
        }
    }
}
