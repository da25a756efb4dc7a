// User types implementing IComparable<T> (a class and a struct) and only
// the non-generic IComparable, consumed by the library: List.Sort,
// Array.Sort, Array.BinarySearch, SortedSet, SortedDictionary keys,
// LINQ OrderBy/Min/Max, Comparer<T>.Default, plus an explicit IComparer<T>
// overriding the natural order, and a CompareTo that counts calls to make
// sure nothing compares an element with null unexpectedly.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Interfaces_Comparable
{
    public sealed class SemVer : IComparable<SemVer>, IComparable
    {
        public readonly int Major, Minor, Patch;
        public readonly string Pre;
        public static int Comparisons;
        public SemVer(string s)
        {
            string[] dash = s.Split(new[] { '-' }, 2);
            string[] p = dash[0].Split('.');
            Major = int.Parse(p[0]); Minor = int.Parse(p[1]); Patch = int.Parse(p[2]);
            Pre = dash.Length > 1 ? dash[1] : null;
        }
        public int CompareTo(SemVer o)
        {
            Comparisons++;
            if (o == null) return 1;
            int c = Major.CompareTo(o.Major);
            if (c == 0) c = Minor.CompareTo(o.Minor);
            if (c == 0) c = Patch.CompareTo(o.Patch);
            if (c == 0)
            {
                if (Pre == null && o.Pre != null) c = 1;
                else if (Pre != null && o.Pre == null) c = -1;
                else c = string.CompareOrdinal(Pre, o.Pre);
            }
            return c;
        }
        int IComparable.CompareTo(object o)
        {
            if (o == null) return 1;
            SemVer v = o as SemVer;
            if (v == null) throw new ArgumentException("not a SemVer");
            return CompareTo(v);
        }
        public override string ToString() { return Major + "." + Minor + "." + Patch + (Pre == null ? "" : "-" + Pre); }
    }

    public struct Money : IComparable<Money>
    {
        public long Cents;
        public Money(long c) { Cents = c; }
        public int CompareTo(Money o) { return Cents.CompareTo(o.Cents); }
        public override string ToString() { return (Cents < 0 ? "-" : "") + "$" + Math.Abs(Cents) / 100 + "." + (Math.Abs(Cents) % 100).ToString("D2"); }
    }

    public class Legacy : IComparable
    {
        public int Rank;
        public Legacy(int r) { Rank = r; }
        public int CompareTo(object o) { return Rank.CompareTo(((Legacy)o).Rank); }
        public override string ToString() { return "L" + Rank; }
    }

    public static class Program
    {
        static SemVer V(string s) { return new SemVer(s); }

        public static int Main()
        {
            string[] raw = { "1.10.0", "1.2.0", "1.2.0-beta", "0.9.9", "1.2.0-alpha", "2.0.0", "1.2.10", "1.2.9", "1.10.0-rc1" };
            List<SemVer> list = raw.Select(V).ToList();
            list.Sort();
            Console.WriteLine("List.Sort " + string.Join(" ", list));
            SemVer[] arr = raw.Select(V).ToArray();
            Array.Sort(arr);
            Console.WriteLine("Array.Sort " + string.Join(" ", (object[])arr));
            Console.WriteLine("BinarySearch 1.2.9 -> " + Array.BinarySearch(arr, V("1.2.9")) + ", 1.3.0 -> " + Array.BinarySearch(arr, V("1.3.0")));
            Console.WriteLine("Min " + list.Min() + " Max " + list.Max() + " OrderByDescending " + string.Join(" ", raw.Select(V).OrderByDescending(v => v).Take(3)));
            Console.WriteLine("Comparer<SemVer>.Default 1.2.0 vs 1.2.0-beta " + Comparer<SemVer>.Default.Compare(V("1.2.0"), V("1.2.0-beta")) + " null vs x " + Comparer<SemVer>.Default.Compare(null, V("0.0.1")));
            SortedSet<SemVer> set = new SortedSet<SemVer>(raw.Select(V)) { V("1.2.0") };
            Console.WriteLine("SortedSet count " + set.Count + " (duplicate 1.2.0 dropped) min " + set.Min + " max " + set.Max + " view [1.2.0, 1.10.0) " + string.Join(" ", set.GetViewBetween(V("1.2.0"), V("1.10.0-a"))));
            SortedDictionary<SemVer, string> notes = new SortedDictionary<SemVer, string> { { V("2.0.0"), "major" }, { V("1.0.0"), "first" }, { V("1.0.1"), "fix" } };
            Console.WriteLine("SortedDictionary " + string.Join(", ", notes.Select(kv => kv.Key + "=" + kv.Value)));
            IComparer<SemVer> reverse = Comparer<SemVer>.Create((a, b) => b.CompareTo(a));
            list.Sort(reverse);
            Console.WriteLine("explicit reverse comparer " + string.Join(" ", list));
            object[] mixed = { V("1.0.0"), "not a version" };
            try { Array.Sort(mixed); } catch (Exception e) { Console.WriteLine("mixed object[] " + e.GetType().FullName + " inner " + (e.InnerException == null ? "none" : e.InnerException.GetType().FullName)); }
            SemVer.Comparisons = 0;
            List<SemVer> withNull = new List<SemVer> { V("1.0.0"), null, V("0.1.0") };
            withNull.Sort();
            Console.WriteLine("sort with a null element " + string.Join(" ", withNull.Select(v => v == null ? "null" : v.ToString())) + " comparisons made " + (SemVer.Comparisons > 0));

            Console.WriteLine("-- struct");
            Money[] prices = { new Money(1999), new Money(-250), new Money(5), new Money(1999), new Money(100000) };
            Array.Sort(prices);
            Console.WriteLine("sorted " + string.Join(" ", prices) + " max " + prices.Max() + " min " + prices.Min());
            List<Money> ml = prices.ToList();
            Console.WriteLine("BinarySearch $19.99 " + ml.BinarySearch(new Money(1999)) + " (either duplicate), $0.06 " + ml.BinarySearch(new Money(6)));

            Console.WriteLine("-- non-generic IComparable only");
            Legacy[] legacy = { new Legacy(3), new Legacy(1), new Legacy(2) };
            Array.Sort(legacy);
            Console.WriteLine("Array.Sort " + string.Join(" ", (object[])legacy) + " OrderBy " + string.Join(" ", new[] { new Legacy(9), new Legacy(4) }.OrderBy(l => l)) + " Max " + legacy.Max());
            ArrayList al = new ArrayList { new Legacy(5), new Legacy(0) };
            al.Sort();
            Console.WriteLine("ArrayList.Sort " + al[0] + " " + al[1]);
            return 0;
        }
    }
}
