// Nullable<T>: HasValue / Value (InvalidOperationException when empty) /
// GetValueOrDefault (with and without default), boxing (an empty nullable
// boxes to null, a full one boxes to the underlying type, unboxing back to
// T? and to T), ToString / Equals / GetHashCode of empty values, lifted
// operators (arithmetic gives null, comparisons give false, == null),
// bool? three-valued logic with & and |, ?? chains, Nullable.Compare /
// Nullable.Equals / Nullable.GetUnderlyingType, and nullables in
// collections (List, Dictionary values, Sort, Distinct, Sum/Max).
using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Library.Nullable_Basics
{
    public struct Money { public decimal Amount; public override string ToString() { return "$" + Amount; } }

    public static class Program
    {
        static string S<T>(T? v) where T : struct { return v.HasValue ? v.Value.ToString() : "null"; }

        static void Try(string label, Func<object> f)
        {
            try { object r = f(); Console.WriteLine(label + " = " + (r ?? "null")); }
            catch (Exception e) { Console.WriteLine(label + " threw " + e.GetType().FullName); }
        }

        public static int Main()
        {
            int? a = 5, none = null;
            Console.WriteLine("HasValue " + a.HasValue + " " + none.HasValue + " Value " + a.Value);
            Try("none.Value", () => none.Value);
            Try("(int)none", () => (int)none);
            Console.WriteLine("GetValueOrDefault " + none.GetValueOrDefault() + " " + none.GetValueOrDefault(-1) + " " + a.GetValueOrDefault(-1));
            Console.WriteLine("ToString empty [" + none.ToString() + "] full [" + a.ToString() + "] Equals(null) " + none.Equals(null) + " a.Equals(5) " + a.Equals(5) + " hash of empty " + none.GetHashCode());
            Console.WriteLine("default(int?) HasValue " + default(int?).HasValue + " new int?() HasValue " + new int?().HasValue);

            Console.WriteLine("-- boxing");
            object boxedFull = a, boxedEmpty = none;
            Console.WriteLine("boxed full type " + boxedFull.GetType().Name + " boxed empty is null " + (boxedEmpty == null));
            Console.WriteLine("unbox to int? " + S((int?)boxedFull) + " unbox null to int? " + S((int?)boxedEmpty) + " unbox to int " + (int)boxedFull);
            Try("unbox null to int", () => (int)boxedEmpty);
            Try("unbox boxed int to long?", () => (long?)boxedFull);
            Console.WriteLine("is int " + (boxedFull is int) + " is int? " + (boxedFull is int?) + " as int? " + S(boxedFull as int?) + " \"x\" as int? " + S(((object)"x") as int?));
            Console.WriteLine("typeof(int?).Name " + typeof(int?).Name + " GetUnderlyingType " + Nullable.GetUnderlyingType(typeof(int?)).Name + " of int " + (Nullable.GetUnderlyingType(typeof(int)) == null));
            Money? m = new Money { Amount = 2.50m };
            Console.WriteLine("struct nullable " + m + " boxed type " + ((object)m).GetType().Name);

            Console.WriteLine("-- lifted operators");
            int? b = 3;
            Console.WriteLine("a+b " + S(a + b) + " a+none " + S(a + none) + " -none " + S(-none) + " a*none " + S(a * none) + " a/b " + S(a / b));
            Console.WriteLine("a>b " + (a > b) + " a<none " + (a < none) + " a>=none " + (a >= none) + " none==null " + (none == null) + " a==5 " + (a == 5) + " none!=5 " + (none != 5) + " none==null2 " + (none == (int?)null));
            int? z = 0;
            Try("a / 0 (lifted still throws)", () => a / z);
            Try("none / 0", () => none / z);
            int? counter = null;
            counter++;
            Console.WriteLine("null++ " + S(counter));
            counter = counter ?? 10;
            counter += 5;
            Console.WriteLine("?? then += " + S(counter));
            long? widened = a;
            double? dbl = a;
            Console.WriteLine("implicit widening " + S(widened) + " " + S(dbl));

            Console.WriteLine("-- bool? logic");
            bool?[] vals = { true, false, null };
            foreach (bool? x in vals)
                foreach (bool? y in vals)
                    Console.Write(B(x) + "&" + B(y) + "=" + B(x & y) + " " + B(x) + "|" + B(y) + "=" + B(x | y) + " " + B(x) + "^" + B(y) + "=" + B(x ^ y) + "; ");
            Console.WriteLine();
            bool? nb = null;
            Console.WriteLine("!null " + B(!nb) + " null == false " + (nb == false) + " null ?? true " + (nb ?? true) + " GetValueOrDefault " + nb.GetValueOrDefault());

            Console.WriteLine("-- Nullable static helpers");
            Console.WriteLine("Compare(null,1) " + Nullable.Compare(none, 1) + " Compare(1,null) " + Nullable.Compare<int>(1, null) + " Compare(null,null) " + Nullable.Compare<int>(null, null) + " Compare(5,3) " + Nullable.Compare(a, b));
            Console.WriteLine("Equals(null,null) " + Nullable.Equals<int>(null, null) + " Equals(5,null) " + Nullable.Equals(a, none) + " Equals(5,5) " + Nullable.Equals(a, 5));

            Console.WriteLine("-- collections");
            List<int?> list = new List<int?> { 3, null, 1, null, 2 };
            Console.WriteLine("Contains(null) " + list.Contains(null) + " IndexOf(null) " + list.IndexOf(null) + " LastIndexOf(null) " + list.LastIndexOf(null) + " Count(HasValue) " + list.Count(x => x.HasValue));
            list.Sort();
            Console.WriteLine("sorted " + string.Join(",", list.Select(x => S(x))));
            Console.WriteLine("Distinct " + string.Join(",", list.Distinct().Select(x => S(x))) + " Sum " + S(list.Sum()) + " Max " + S(list.Max()) + " Min " + S(list.Min()) + " Average " + S(list.Average()));
            Console.WriteLine("OrderByDescending " + string.Join(",", list.OrderByDescending(x => x).Select(x => S(x))));
            Dictionary<string, int?> d = new Dictionary<string, int?> { { "x", null }, { "y", 1 } };
            Console.WriteLine("dict value null " + S(d["x"]) + " ContainsValue(null) " + d.ContainsValue(null));
            int?[] arr = new int?[3];
            Console.WriteLine("new int?[3] all null " + arr.All(x => x == null));
            HashSet<int?> hs = new HashSet<int?> { null, 1, null };
            Console.WriteLine("HashSet<int?> count " + hs.Count + " contains null " + hs.Contains(null));
            return 0;
        }

        static string B(bool? b) { return b.HasValue ? (b.Value ? "T" : "F") : "N"; }
    }
}
