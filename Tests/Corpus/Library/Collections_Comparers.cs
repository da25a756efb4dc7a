// Comparer<T>.Default and EqualityComparer<T>.Default on ints, strings
// (ordinal equality; no culture comparisons are printed), doubles (NaN),
// nullables (null first), enums, user types implementing IComparable<T>
// / IComparable / IEquatable<T> / only Equals(object), and null
// arguments; Comparer<T>.Create; StringComparer.Ordinal(IgnoreCase)
// Compare/Equals/GetHashCode agreement; and how List.Contains,
// Dictionary and Array.Sort pick these defaults up.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus.Library.Collections_Comparers
{
    public class Version2 : IComparable<Version2>, IEquatable<Version2>
    {
        public int Major, Minor;
        public static int EqualsCalls, CompareCalls;
        public Version2(int a, int b) { Major = a; Minor = b; }
        public int CompareTo(Version2 other)
        {
            CompareCalls++;
            if (other == null) return 1;
            return Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);
        }
        public bool Equals(Version2 other) { EqualsCalls++; return other != null && Major == other.Major && Minor == other.Minor; }
        public override bool Equals(object o) { return Equals(o as Version2); }
        public override int GetHashCode() { return Major * 397 ^ Minor; }
        public override string ToString() { return Major + "." + Minor; }
    }

    public class OldStyle : IComparable
    {
        public int V;
        public OldStyle(int v) { V = v; }
        public int CompareTo(object o) { return V.CompareTo(((OldStyle)o).V); }
        public override string ToString() { return "O" + V; }
    }

    public class ObjEquals
    {
        public int V;
        public ObjEquals(int v) { V = v; }
        public override bool Equals(object o) { ObjEquals other = o as ObjEquals; return other != null && other.V == V; }
        public override int GetHashCode() { return V; }
    }

    public class Plain { }

    public enum Level { Low = 1, Mid = 5, High = 10 }

    public static class Program
    {
        static int Sgn(int x) { return Math.Sign(x); }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + f()); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            Console.WriteLine("-- Comparer<T>.Default");
            Console.WriteLine("int: " + Sgn(Comparer<int>.Default.Compare(1, 2)) + " " + Comparer<int>.Default.Compare(2, 2) + " " + Sgn(Comparer<int>.Default.Compare(int.MaxValue, int.MinValue)));
            Console.WriteLine("double: NaN vs 0 " + Sgn(Comparer<double>.Default.Compare(double.NaN, 0)) + " NaN vs NaN " + Comparer<double>.Default.Compare(double.NaN, double.NaN) + " -inf vs NaN " + Sgn(Comparer<double>.Default.Compare(double.NegativeInfinity, double.NaN)));
            Console.WriteLine("int?: null vs 1 " + Sgn(Comparer<int?>.Default.Compare(null, 1)) + " null vs null " + Comparer<int?>.Default.Compare(null, null) + " 2 vs 1 " + Sgn(Comparer<int?>.Default.Compare(2, 1)));
            Console.WriteLine("enum: Low vs High " + Sgn(Comparer<Level>.Default.Compare(Level.Low, Level.High)) + " (Level)7 vs Mid " + Sgn(Comparer<Level>.Default.Compare((Level)7, Level.Mid)));
            Console.WriteLine("string: null vs \"\" " + Sgn(Comparer<string>.Default.Compare(null, "")) + " null vs null " + Comparer<string>.Default.Compare(null, null) + " \"a\" vs \"a\" " + Comparer<string>.Default.Compare("a", "a"));
            Console.WriteLine("bool: false vs true " + Sgn(Comparer<bool>.Default.Compare(false, true)) + " char: 'a' vs 'B' " + Sgn(Comparer<char>.Default.Compare('a', 'B')));
            Version2 v12 = new Version2(1, 2), v13 = new Version2(1, 3), v20 = new Version2(2, 0);
            Console.WriteLine("IComparable<T>: 1.2 vs 1.3 " + Sgn(Comparer<Version2>.Default.Compare(v12, v13)) + " 2.0 vs 1.3 " + Sgn(Comparer<Version2>.Default.Compare(v20, v13))
                + " null vs 1.2 " + Sgn(Comparer<Version2>.Default.Compare(null, v12)) + " 1.2 vs null " + Sgn(Comparer<Version2>.Default.Compare(v12, null)));
            Console.WriteLine("IComparable only: O1 vs O2 " + Sgn(Comparer<OldStyle>.Default.Compare(new OldStyle(1), new OldStyle(2))));
            Try("no IComparable", () => Comparer<Plain>.Default.Compare(new Plain(), new Plain()));
            Try("no IComparable with null", () => Comparer<Plain>.Default.Compare(null, new Plain()));
            Try("non-generic Comparer.Default int vs long", () => Comparer.Default.Compare(1, 2L));
            Try("non-generic Comparer.Default strings", () => Sgn(Comparer.Default.Compare(null, "x")));
            Comparer<int> byAbs = Comparer<int>.Create((a, b) => Math.Abs(a).CompareTo(Math.Abs(b)));
            Console.WriteLine("Comparer.Create by |x|: -5 vs 3 " + Sgn(byAbs.Compare(-5, 3)) + " via IComparer " + Sgn(((IComparer)byAbs).Compare(-5, 3)));
            Try("Comparer.Create(null)", () => Comparer<int>.Create(null));

            Console.WriteLine("-- EqualityComparer<T>.Default");
            Console.WriteLine("int 3,3 " + EqualityComparer<int>.Default.Equals(3, 3) + " double NaN,NaN " + EqualityComparer<double>.Default.Equals(double.NaN, double.NaN)
                + " double 0,-0 " + EqualityComparer<double>.Default.Equals(0.0, -(0.0 * 1)));
            Console.WriteLine("string equal contents " + EqualityComparer<string>.Default.Equals("ab", new string(new[] { 'a', 'b' })) + " case " + EqualityComparer<string>.Default.Equals("ab", "AB")
                + " null,null " + EqualityComparer<string>.Default.Equals(null, null) + " null,\"\" " + EqualityComparer<string>.Default.Equals(null, ""));
            Console.WriteLine("int? null,null " + EqualityComparer<int?>.Default.Equals(null, null) + " 1,null " + EqualityComparer<int?>.Default.Equals(1, null) + " 1,1 " + EqualityComparer<int?>.Default.Equals(1, 1));
            Version2.EqualsCalls = 0;
            Console.WriteLine("IEquatable: 1.2 vs new 1.2 " + EqualityComparer<Version2>.Default.Equals(v12, new Version2(1, 2)) + " IEquatable.Equals called " + (Version2.EqualsCalls > 0)
                + " null vs 1.2 " + EqualityComparer<Version2>.Default.Equals(null, v12) + " null vs null " + EqualityComparer<Version2>.Default.Equals(null, null));
            Console.WriteLine("Equals(object) only: " + EqualityComparer<ObjEquals>.Default.Equals(new ObjEquals(4), new ObjEquals(4)) + " plain (reference) " + EqualityComparer<Plain>.Default.Equals(new Plain(), new Plain()));
            Console.WriteLine("enum: " + EqualityComparer<Level>.Default.Equals(Level.Mid, (Level)5) + " object boxes: " + EqualityComparer<object>.Default.Equals(1, 1) + " " + EqualityComparer<object>.Default.Equals(1, 1L));
            Console.WriteLine("GetHashCode(null) " + EqualityComparer<string>.Default.GetHashCode(null) + " equal ints hash equal " + (EqualityComparer<int>.Default.GetHashCode(7) == EqualityComparer<int>.Default.GetHashCode(7)));
            Console.WriteLine("default comparer singleton " + ReferenceEquals(EqualityComparer<int>.Default, EqualityComparer<int>.Default) + " " + ReferenceEquals(Comparer<string>.Default, Comparer<string>.Default));

            Console.WriteLine("-- StringComparer");
            foreach (StringComparer sc in new[] { StringComparer.Ordinal, StringComparer.OrdinalIgnoreCase })
            {
                string name = ReferenceEquals(sc, StringComparer.Ordinal) ? "Ordinal" : "OrdinalIgnoreCase";
                Console.WriteLine(name + ": Compare(a,B) " + Sgn(sc.Compare("a", "B")) + " Equals(abc,ABC) " + sc.Equals("abc", "ABC") + " Equals(null,null) " + sc.Equals(null, null)
                    + " Compare(null,a) " + Sgn(sc.Compare(null, "a")) + " hash(abc)==hash(ABC) " + (sc.GetHashCode("abc") == sc.GetHashCode("ABC"))
                    + " object Compare(1,1) " + Try2(() => sc.Compare((object)1, (object)1)) + " object Equals(1,1) " + Try2(() => sc.Equals((object)1, (object)1)));
            }
            Try("Ordinal.GetHashCode(null)", () => StringComparer.Ordinal.GetHashCode(null));

            Console.WriteLine("-- defaults used by collections");
            Version2.EqualsCalls = 0;
            List<Version2> list = new List<Version2> { v12, v13, v20 };
            Console.WriteLine("List.Contains(new 1.3) " + list.Contains(new Version2(1, 3)) + " IndexOf(new 2.0) " + list.IndexOf(new Version2(2, 0)) + " Remove(new 1.2) " + list.Remove(new Version2(1, 2)) + " Equals calls " + Version2.EqualsCalls);
            Dictionary<Version2, string> dv = new Dictionary<Version2, string> { { v13, "one-three" } };
            Console.WriteLine("Dictionary lookup with equal key " + dv[new Version2(1, 3)]);
            Version2[] vs = { v20, v13, new Version2(0, 9), v12 };
            Version2.CompareCalls = 0;
            Array.Sort(vs);
            Console.WriteLine("Array.Sort via IComparable<T> " + string.Join(",", (object[])vs) + " compared " + (Version2.CompareCalls > 0));
            OldStyle[] olds = { new OldStyle(3), new OldStyle(1), new OldStyle(2) };
            Array.Sort(olds);
            Console.WriteLine("Array.Sort via IComparable " + string.Join(",", (object[])olds));
            List<int?> ns = new List<int?> { 3, null, 1, null, 2 };
            ns.Sort();
            Console.WriteLine("List<int?>.Sort " + string.Join(",", ns.ConvertAll(n => n.HasValue ? n.ToString() : "null")));
            return 0;
        }

        static string Try2(Func<object> f)
        {
            try { return Convert.ToString(f()); }
            catch (Exception e) { return e.GetType().Name; }
        }
    }
}
