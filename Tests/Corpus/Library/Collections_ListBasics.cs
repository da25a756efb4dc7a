// List<T> basics: Add/Insert/Remove/RemoveAt/Clear/Contains/IndexOf/
// LastIndexOf, indexer get/set and its bounds, Count after each step,
// constructors (capacity, IEnumerable, negative capacity), TrimExcess /
// Capacity only checked relative to Count, null elements, value-type
// elements (copies), ToArray independence, foreach, ForEach, Exists,
// TrueForAll, Find/FindIndex/FindLast, ConvertAll, AsReadOnly.
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_ListBasics
{
    public struct Counter { public int N; public override string ToString() { return "C" + N; } }

    public static class Program
    {
        static string J<T>(List<T> l) { return "[" + string.Join(",", l) + "] count " + l.Count; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            List<int> l = new List<int>();
            Console.WriteLine("new: " + J(l) + " capacity>=count " + (l.Capacity >= l.Count));
            for (int i = 1; i <= 5; i++) l.Add(i * 10);
            Console.WriteLine("after Add: " + J(l));
            l.Insert(0, 5);
            l.Insert(3, 25);
            l.Insert(l.Count, 99);
            Console.WriteLine("after Insert: " + J(l));
            Try("Insert(-1)", () => { l.Insert(-1, 0); return J(l); });
            Try("Insert(Count+1)", () => { l.Insert(l.Count + 1, 0); return J(l); });
            Console.WriteLine("Remove(25) " + l.Remove(25) + " Remove(26) " + l.Remove(26) + " -> " + J(l));
            l.RemoveAt(0);
            l.RemoveAt(l.Count - 1);
            Console.WriteLine("after RemoveAt first and last: " + J(l));
            Try("RemoveAt(Count)", () => { l.RemoveAt(l.Count); return J(l); });
            Try("l[5]", () => l[5]);
            Try("l[-1]", () => l[-1]);
            Try("l[4] = 0", () => { l[4] = 0; return J(l); });
            l[0] = 11;
            Console.WriteLine("after set [0]: " + J(l));
            l.Add(30);
            l.Add(11);
            Console.WriteLine("duplicates: " + J(l) + " IndexOf(11) " + l.IndexOf(11) + " LastIndexOf(11) " + l.LastIndexOf(11) + " IndexOf(30, 3) " + l.IndexOf(30, 3)
                + " IndexOf(30, 1, 1) " + l.IndexOf(30, 1, 1) + " LastIndexOf(30, 4) " + l.LastIndexOf(30, 4) + " Contains(40) " + l.Contains(40) + " Contains(41) " + l.Contains(41));
            Try("IndexOf(30, 8)", () => l.IndexOf(30, 8));
            Try("IndexOf(30, 7)", () => l.IndexOf(30, 7));
            Console.WriteLine("Remove removes first occurrence: " + l.Remove(11) + " " + J(l));
            l.Clear();
            Console.WriteLine("after Clear: " + J(l));
            Try("Remove from empty", () => l.Remove(1));

            Console.WriteLine("-- constructors");
            List<string> fromArray = new List<string>(new[] { "a", null, "c" });
            Console.WriteLine("from array " + string.Join("|", fromArray.ConvertAll(s => s ?? "null")) + " count " + fromArray.Count);
            List<int> fromIter = new List<int>(Squares(4));
            Console.WriteLine("from iterator " + J(fromIter));
            List<int> withCap = new List<int>(100);
            Console.WriteLine("capacity 100: count " + withCap.Count + " capacity >= 100 " + (withCap.Capacity >= 100));
            Try("capacity -1", () => new List<int>(-1));
            Try("null collection", () => new List<int>((IEnumerable<int>)null));
            Try("Capacity < Count", () => { List<int> t = new List<int> { 1, 2, 3 }; t.Capacity = 2; return t.Count; });
            List<int> trim = new List<int>(50) { 1, 2 };
            trim.TrimExcess();
            Console.WriteLine("TrimExcess keeps items " + J(trim) + " capacity >= count " + (trim.Capacity >= trim.Count));
            List<int> copyList = new List<int>(fromIter);
            copyList[0] = -1;
            Console.WriteLine("copy constructor independent: " + fromIter[0] + " vs " + copyList[0]);

            Console.WriteLine("-- nulls and value types");
            Console.WriteLine("Contains(null) " + fromArray.Contains(null) + " IndexOf(null) " + fromArray.IndexOf(null) + " Remove(null) " + fromArray.Remove(null) + " then " + string.Join("|", fromArray));
            List<Counter> cs = new List<Counter> { new Counter { N = 1 }, new Counter { N = 2 } };
            Counter got = cs[0];
            got.N = 100;
            Console.WriteLine("struct element copy: list " + string.Join(",", cs) + " local " + got);
            Counter[] arr = cs.ToArray();
            arr[1].N = 50;
            Console.WriteLine("ToArray independent: " + string.Join(",", cs) + " vs " + string.Join(",", arr));
            List<int?> nullable = new List<int?> { 1, null, 3 };
            Console.WriteLine("List<int?> Contains(null) " + nullable.Contains(null) + " IndexOf(3) " + nullable.IndexOf(3) + " count " + nullable.Count);

            Console.WriteLine("-- predicates and conversions");
            List<int> p = new List<int> { 5, 12, 8, 130, 44 };
            Console.WriteLine("Exists >100 " + p.Exists(x => x > 100) + " TrueForAll >0 " + p.TrueForAll(x => x > 0) + " Find >10 " + p.Find(x => x > 10) + " FindLast >10 " + p.FindLast(x => x > 10)
                + " FindIndex >10 " + p.FindIndex(x => x > 10) + " FindLastIndex <10 " + p.FindLastIndex(x => x < 10) + " Find none " + p.Find(x => x > 1000)
                + " FindIndex(2, >10) " + p.FindIndex(2, x => x > 10) + " FindAll even " + string.Join(",", p.FindAll(x => x % 2 == 0)));
            int total = 0;
            p.ForEach(x => total += x);
            Console.WriteLine("ForEach total " + total);
            Try("ForEach that modifies", () => { p.ForEach(x => { if (x == 8) p.Add(1); }); return J(p); });
            Console.WriteLine("ConvertAll " + string.Join(",", p.ConvertAll(x => x.ToString("X"))));
            var ro = p.AsReadOnly();
            p.Add(77);
            Console.WriteLine("AsReadOnly is a live view: count " + ro.Count + " last " + ro[ro.Count - 1]);
            Try("IList<int> view Add", () => { ((IList<int>)ro).Add(1); return "added"; });
            Console.WriteLine("foreach: ");
            foreach (int x in p) Console.Write(x + ";");
            Console.WriteLine();
            Console.WriteLine("collection initializer with Add overloads count " + new List<object> { 1, "two", 3.0, null }.Count);
            return 0;
        }

        static IEnumerable<int> Squares(int n) { for (int i = 1; i <= n; i++) yield return i * i; }
    }
}
