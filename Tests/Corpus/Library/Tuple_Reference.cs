// System.Tuple: Create with 1..8 items (the 8th nests in Rest), Item
// properties, ToString (incl. nulls and nested tuples, and the flattened
// form of 8+ items), structural Equals / == (reference) / GetHashCode
// agreement, IStructuralEquatable with a custom comparer,
// IComparable / IStructuralComparable ordering (item by item, nulls
// first), sorting a list of tuples, and tuples as dictionary keys.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus.Library.Tuple_Reference
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
            var t1 = Tuple.Create(1);
            var t2 = Tuple.Create("a", 2.5m);
            var t3 = Tuple.Create(1, "two", 'c');
            var t7 = Tuple.Create(1, 2, 3, 4, 5, 6, 7);
            var t8 = Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8);
            Console.WriteLine(t1 + " " + t2 + " " + t3 + " " + t7 + " " + t8);
            Console.WriteLine("t8.Rest " + t8.Rest + " Rest type " + t8.Rest.GetType().Name + " Rest.Item1 " + t8.Rest.Item1);
            var t10 = new Tuple<int, int, int, int, int, int, int, Tuple<int, int, int>>(1, 2, 3, 4, 5, 6, 7, Tuple.Create(8, 9, 10));
            Console.WriteLine("10 items " + t10 + " Rest.Item3 " + t10.Rest.Item3);
            Console.WriteLine("nulls " + Tuple.Create<string, object>(null, null) + " nested " + Tuple.Create(Tuple.Create(1, 2), Tuple.Create("x", Tuple.Create('y'))));
            Console.WriteLine("items " + t3.Item1 + " " + t3.Item2 + " " + t3.Item3 + " type " + t3.GetType().Name);
            Try("Rest must be a tuple", () => new Tuple<int, int, int, int, int, int, int, int>(1, 2, 3, 4, 5, 6, 7, 8));

            Console.WriteLine("-- equality");
            var a = Tuple.Create(1, "x");
            var b = Tuple.Create(1, "x");
            var c = Tuple.Create(1, "y");
            Console.WriteLine("Equals " + a.Equals(b) + " == " + (a == b) + " Equals(c) " + a.Equals(c) + " Equals(null) " + a.Equals(null) + " hash agree " + (a.GetHashCode() == b.GetHashCode()));
            Console.WriteLine("different generic types " + Tuple.Create(1, 2).Equals(Tuple.Create(1L, 2L)) + " object items " + Tuple.Create<object>(1).Equals(Tuple.Create<object>(1)));
            Console.WriteLine("nested equal " + Tuple.Create(Tuple.Create(1), "z").Equals(Tuple.Create(Tuple.Create(1), "z")) + " 8-item equal " + t8.Equals(Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8)));
            IStructuralEquatable se = Tuple.Create("A", "b");
            Console.WriteLine("structural with OrdinalIgnoreCase " + se.Equals(Tuple.Create("a", "B"), StringComparer.OrdinalIgnoreCase) + " default " + se.Equals(Tuple.Create("a", "B"), EqualityComparer<object>.Default));
            Console.WriteLine("NaN items equal " + Tuple.Create(double.NaN).Equals(Tuple.Create(double.NaN)));

            Console.WriteLine("-- comparison");
            IComparable ca = Tuple.Create(1, "b");
            Console.WriteLine("(1,b) vs (1,c) " + Math.Sign(ca.CompareTo(Tuple.Create(1, "c"))) + " vs (0,z) " + Math.Sign(ca.CompareTo(Tuple.Create(0, "z"))) + " vs (1,b) " + ca.CompareTo(Tuple.Create(1, "b")) + " vs null " + ca.CompareTo(null));
            Try("compare with a different tuple type", () => ca.CompareTo(Tuple.Create(1)));
            Try("compare with a non-tuple", () => ca.CompareTo("x"));
            IStructuralComparable sc = Tuple.Create("B", 1);
            Console.WriteLine("structural compare with reverse comparer " + Math.Sign(sc.CompareTo(Tuple.Create("A", 1), Comparer<object>.Create((x, y) => Comparer<object>.Default.Compare(y, x)))));
            List<Tuple<string, int>> list = new List<Tuple<string, int>> {
                Tuple.Create("pear", 3), Tuple.Create("apple", 7), Tuple.Create("pear", 1), Tuple.Create((string)null, 5), Tuple.Create("apple", 2)
            };
            list.Sort();
            Console.WriteLine("sorted " + string.Join(" ", list));
            Console.WriteLine("nulls compare first " + Math.Sign(((IComparable)Tuple.Create<string>(null)).CompareTo(Tuple.Create(""))));

            Console.WriteLine("-- as keys");
            Dictionary<Tuple<int, int>, string> grid = new Dictionary<Tuple<int, int>, string>();
            grid[Tuple.Create(0, 0)] = "origin";
            grid[Tuple.Create(1, 2)] = "p";
            grid[Tuple.Create(0, 0)] = "origin again";
            Console.WriteLine("count " + grid.Count + " [0,0] " + grid[Tuple.Create(0, 0)] + " contains (2,1) " + grid.ContainsKey(Tuple.Create(2, 1)));
            HashSet<Tuple<string, string>> pairs = new HashSet<Tuple<string, string>> { Tuple.Create("a", "b"), Tuple.Create("a", "b"), Tuple.Create("b", "a") };
            Console.WriteLine("set of pairs count " + pairs.Count);
            Console.WriteLine("ITuple-less: Length via ToString only: " + Tuple.Create(1, 2, 3).ToString().Split(',').Length);
            return 0;
        }
    }
}
