// Arrays seen through interfaces and helper types: IList<T> /
// IReadOnlyList<T> / ICollection (CopyTo, IsFixedSize, SyncRoot),
// enumerators (Current before MoveNext / after the end, Reset), reference
// Equals vs structural comparison (IStructuralEquatable /
// IStructuralComparable with EqualityComparer / Comparer defaults),
// ArraySegment<T> (Offset, Count, indexer, enumeration, Slice, ToArray,
// bounds), and arrays of structs copied by value.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus.Library.Array_Interfaces
{
    public struct Point
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public override string ToString() { return "(" + X + "," + Y + ")"; }
    }

    public static class Program
    {
        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            int[] a = { 3, 1, 4 };
            IList<int> il = a;
            IReadOnlyList<int> rl = a;
            ICollection ic = a;
            IList ng = a;
            Console.WriteLine("-- interfaces");
            Console.WriteLine("IList<int> count " + il.Count + " [2] " + il[2] + " IndexOf(4) " + il.IndexOf(4) + " Contains(1) " + il.Contains(1));
            Console.WriteLine("IReadOnlyList count " + rl.Count + " [0] " + rl[0]);
            Console.WriteLine("ICollection count " + ic.Count + " IsSynchronized " + ic.IsSynchronized + " SyncRoot is array " + ReferenceEquals(ic.SyncRoot, a));
            Console.WriteLine("IList IsFixedSize " + ng.IsFixedSize + " IsReadOnly " + ng.IsReadOnly);
            Try("IList.Add", () => ng.Add(1));
            Try("IList.Remove", () => { ng.Remove(3); return "removed"; });
            Try("IList<int>.Insert", () => { il.Insert(0, 1); return "inserted"; });
            Try("IList<int>.Clear", () => { il.Clear(); return "cleared"; });
            Try("IList set wrong type", () => { ng[0] = "x"; return "set"; });
            Try("IList set boxed int", () => { ng[0] = 5; return a[0]; });
            Try("IList<int>[3]", () => il[3]);
            object[] dest = new object[5];
            ic.CopyTo(dest, 1);
            Console.WriteLine("ICollection.CopyTo object[] " + string.Join(",", Array.ConvertAll(dest, o => o == null ? "_" : o.ToString())));
            Try("ICollection.CopyTo string[]", () => { ic.CopyTo(new string[3], 0); return "copied"; });
            int[] idest = new int[4];
            il.CopyTo(idest, 1);
            Console.WriteLine("ICollection<int>.CopyTo " + string.Join(",", idest));

            Console.WriteLine("-- enumerators");
            IEnumerator<int> en = il.GetEnumerator();
            Try("Current before MoveNext", () => en.Current);
            string seen = "";
            while (en.MoveNext()) seen += en.Current + " ";
            Console.WriteLine("enumerated " + seen.TrimEnd());
            Try("Current after end", () => en.Current);
            Console.WriteLine("MoveNext after end " + en.MoveNext());
            IEnumerator nen = ((IEnumerable)a).GetEnumerator();
            nen.MoveNext(); nen.MoveNext();
            Console.WriteLine("non-generic Current " + nen.Current);
            nen.Reset();
            nen.MoveNext();
            Console.WriteLine("after Reset Current " + nen.Current);
            int[] empty = new int[0];
            Console.WriteLine("empty array MoveNext " + ((IEnumerable<int>)empty).GetEnumerator().MoveNext());
            int modifications = 0;
            foreach (int x in a) { a[2] = 100; modifications += x; }
            Console.WriteLine("modifying an array during foreach is allowed: sum " + modifications);

            Console.WriteLine("-- equality");
            int[] b = { 5, 1, 100 };
            int[] c = { 5, 1, 100 };
            Console.WriteLine("a: " + string.Join(",", a) + " b: " + string.Join(",", b));
            Console.WriteLine("b.Equals(c) " + b.Equals(c) + " == " + (b == c) + " object.Equals " + object.Equals(b, c));
            IStructuralEquatable se = b;
            Console.WriteLine("structural equals " + se.Equals(c, EqualityComparer<object>.Default) + " vs {5,1,101} " + se.Equals(new[] { 5, 1, 101 }, EqualityComparer<object>.Default)
                + " vs shorter " + se.Equals(new[] { 5, 1 }, EqualityComparer<object>.Default));
            Console.WriteLine("structural hash equal " + (se.GetHashCode(EqualityComparer<object>.Default) == ((IStructuralEquatable)c).GetHashCode(EqualityComparer<object>.Default)));
            IStructuralComparable sc = b;
            Console.WriteLine("structural compare vs {5,2,0} " + Math.Sign(sc.CompareTo(new[] { 5, 2, 0 }, Comparer<object>.Default)) + " vs {5,1,100} " + sc.CompareTo(c, Comparer<object>.Default)
                + " vs {4,9,9} " + Math.Sign(sc.CompareTo(new[] { 4, 9, 9 }, Comparer<object>.Default)) + " vs null " + sc.CompareTo(null, Comparer<object>.Default));
            Try("structural compare different lengths", () => sc.CompareTo(new[] { 1 }, Comparer<object>.Default));
            Console.WriteLine("StructuralComparisons.StructuralEqualityComparer " + StructuralComparisons.StructuralEqualityComparer.Equals(new[] { "x", null }, new[] { "x", null }));
            Console.WriteLine("nested structural " + StructuralComparisons.StructuralEqualityComparer.Equals(new object[] { new[] { 1, 2 } }, new object[] { new[] { 1, 2 } }));

            Console.WriteLine("-- ArraySegment");
            int[] data = { 0, 10, 20, 30, 40, 50 };
            ArraySegment<int> seg = new ArraySegment<int>(data, 2, 3);
            Console.WriteLine("Offset " + seg.Offset + " Count " + seg.Count + " Array same " + ReferenceEquals(seg.Array, data));
            Console.WriteLine("seg[0] " + seg[0] + " seg[2] " + seg[2]);
            Try("seg[3]", () => seg[3]);
            seg[1] = 31;
            Console.WriteLine("write through: data[3] = " + data[3]);
            string segItems = "";
            foreach (int x in seg) segItems += x + " ";
            Console.WriteLine("enumerate " + segItems.TrimEnd());
            IList<int> segList = seg;
            Console.WriteLine("IList<int> IndexOf(40) " + segList.IndexOf(40) + " IndexOf(10) " + segList.IndexOf(10) + " Contains(20) " + segList.Contains(20));
            Console.WriteLine("ToArray " + string.Join(",", seg.ToArray()) + " Slice(1) " + string.Join(",", seg.Slice(1).ToArray()) + " Slice(1,1) " + string.Join(",", seg.Slice(1, 1).ToArray()));
            Try("Slice(4)", () => seg.Slice(4).Count);
            Try("new ArraySegment(data, 4, 3)", () => new ArraySegment<int>(data, 4, 3).Count);
            Try("new ArraySegment(null)", () => new ArraySegment<int>(null).Count);
            ArraySegment<int> whole = new ArraySegment<int>(data);
            Console.WriteLine("whole Offset " + whole.Offset + " Count " + whole.Count);
            ArraySegment<int> def = default(ArraySegment<int>);
            Console.WriteLine("default: Array null " + (def.Array == null) + " Count " + def.Count);
            Console.WriteLine("segment equality: " + seg.Equals(new ArraySegment<int>(data, 2, 3)) + " " + (seg == new ArraySegment<int>(data, 2, 2)));

            Console.WriteLine("-- arrays of structs");
            Point[] pts = { new Point(1, 2), new Point(3, 4) };
            Point p = pts[0];
            p.X = 100;
            pts[1].Y = 400;
            Console.WriteLine("copy vs in-place: " + pts[0] + " " + pts[1] + " local " + p);
            object boxedPoint = pts[0];
            pts[0].X = 7;
            Console.WriteLine("boxed copy unaffected: " + boxedPoint + " array now " + pts[0]);
            Point[] clone = (Point[])pts.Clone();
            clone[0].X = -1;
            Console.WriteLine("clone of struct array is deep for fields: " + pts[0] + " " + clone[0]);
            return 0;
        }
    }
}
