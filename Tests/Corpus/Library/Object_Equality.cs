// System.Object equality: static Equals(a, b) (nulls, delegation to the
// virtual Equals), ReferenceEquals (also on boxed values and interned
// strings), the default Equals of classes (reference) vs structs
// (ValueType.Equals compares fields, also nested references), boxing
// (each box is a new object; == on object compares references), boxed
// values of different types, overridden Equals without == overload,
// Equals with null/other types, and GetHashCode consistency checks
// (only equal/unequal relations are printed).
using System;
using System.Collections.Generic;

namespace Corpus.Library.Object_Equality
{
    public class Plain { public int X; }
    public class Valued { public int X; public override bool Equals(object o) { Valued v = o as Valued; return v != null && v.X == X; } public override int GetHashCode() { return X; } }
    public struct Pair { public int A; public string B; }
    public struct WithRef { public int[] Data; }
    public struct Nested { public Pair P; public long L; }
    public struct Custom { public int V; public override bool Equals(object o) { return o is Custom && ((Custom)o).V % 10 == V % 10; } public override int GetHashCode() { return V % 10; } }

    public static class Program
    {
        public static int Main()
        {
            Console.WriteLine("-- object.Equals(a, b)");
            Console.WriteLine("null,null " + object.Equals(null, null) + " null,x " + object.Equals(null, "x") + " x,null " + object.Equals("x", null) + " same ref " + object.Equals("x", "x"));
            Console.WriteLine("Valued(1),Valued(1) " + object.Equals(new Valued { X = 1 }, new Valued { X = 1 }) + " Plain,Plain " + object.Equals(new Plain(), new Plain()));
            Console.WriteLine("boxed 5 vs boxed 5 " + object.Equals(5, 5) + " 5 vs 5L " + object.Equals(5, 5L) + " 5 vs 5.0 " + object.Equals(5, 5.0) + " 'a' vs \"a\" " + object.Equals('a', "a") + " true vs 1 " + object.Equals(true, 1));

            Console.WriteLine("-- ReferenceEquals");
            object o1 = 5, o2 = 5;
            Console.WriteLine("two boxes of 5 " + ReferenceEquals(o1, o2) + " same box " + ReferenceEquals(o1, o1) + " o1 == o2 " + (o1 == o2) + " o1.Equals(o2) " + o1.Equals(o2));
            int i = 7;
            Console.WriteLine("ReferenceEquals(i, i) boxes twice " + ReferenceEquals(i, i));
            Console.WriteLine("null,null " + ReferenceEquals(null, null) + " literal strings " + ReferenceEquals("lit", "lit") + " built string " + ReferenceEquals("lit", new string("lit".ToCharArray())));
            Valued v1 = new Valued { X = 3 }, v2 = new Valued { X = 3 };
            Console.WriteLine("Valued: Equals " + v1.Equals(v2) + " == (reference, no overload) " + (v1 == v2) + " ReferenceEquals " + ReferenceEquals(v1, v2));

            Console.WriteLine("-- classes vs structs");
            Plain p1 = new Plain { X = 1 }, p2 = new Plain { X = 1 };
            Console.WriteLine("Plain default Equals (reference) " + p1.Equals(p2) + " self " + p1.Equals(p1) + " null " + p1.Equals(null));
            Pair a = new Pair { A = 1, B = "x" }, b = new Pair { A = 1, B = new string('x', 1) }, c = new Pair { A = 1, B = "y" };
            Console.WriteLine("Pair field-wise Equals " + a.Equals(b) + " different string " + a.Equals(c) + " boxed " + ((object)a).Equals(b) + " vs other type " + a.Equals("x") + " vs null " + a.Equals(null));
            Pair nullB1 = new Pair { A = 2 }, nullB2 = new Pair { A = 2 };
            Console.WriteLine("Pair with null string fields " + nullB1.Equals(nullB2) + " default(Pair) vs new Pair() " + default(Pair).Equals(new Pair()));
            int[] arr = { 1 };
            Console.WriteLine("WithRef same array " + new WithRef { Data = arr }.Equals(new WithRef { Data = arr }) + " equal contents, different arrays " + new WithRef { Data = new[] { 1 } }.Equals(new WithRef { Data = new[] { 1 } }));
            Console.WriteLine("Nested " + new Nested { P = a, L = 5 }.Equals(new Nested { P = b, L = 5 }) + " " + new Nested { P = a, L = 5 }.Equals(new Nested { P = a, L = 6 }));
            Console.WriteLine("Custom struct Equals (mod 10) " + new Custom { V = 3 }.Equals(new Custom { V = 13 }) + " " + new Custom { V = 3 }.Equals(new Custom { V = 4 }));
            Console.WriteLine("hash consistency: Pair " + (a.GetHashCode() == b.GetHashCode()) + " Custom " + (new Custom { V = 3 }.GetHashCode() == new Custom { V = 13 }.GetHashCode()) + " boxed int " + (o1.GetHashCode() == o2.GetHashCode()));

            Console.WriteLine("-- in collections");
            List<object> objs = new List<object> { 1, 1L, "1", 1.0, '1', (byte)1, null };
            Console.WriteLine("IndexOf boxed int 1 " + objs.IndexOf(1) + " 1L " + objs.IndexOf(1L) + " (byte)1 " + objs.IndexOf((byte)1) + " null " + objs.IndexOf(null) + " 1.0f " + objs.IndexOf(1.0f));
            HashSet<object> hs = new HashSet<object> { 1, 1, 1L, "1", (short)1, 1u };
            Console.WriteLine("HashSet<object> of various ones count " + hs.Count);
            Dictionary<Pair, int> pd = new Dictionary<Pair, int> { { a, 1 } };
            Console.WriteLine("struct key lookup with equal value " + pd.ContainsKey(b) + " different " + pd.ContainsKey(c));
            Console.WriteLine("Equals across numeric boxes: (object)1 == (object)1 " + ((object)1 == (object)1) + ", 1.Equals(1u) " + 1.Equals(1u) + ", 1u.Equals(1) " + 1u.Equals(1) + ", 1L.Equals(1) " + 1L.Equals(1));
            Console.WriteLine("double: 0.0.Equals(-0.0) " + 0.0.Equals(-(0.0 * 1)) + " NaN.Equals(NaN) " + double.NaN.Equals(double.NaN) + " (object)NaN == itself " + object.Equals((object)double.NaN, (object)double.NaN));
            return 0;
        }
    }
}
