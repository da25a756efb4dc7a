// Boxing rules for Nullable<T>: boxing a null int? gives a null reference, boxing a non-null
// int? gives a boxed int (GetType() is Int32, never Nullable`1); a boxed int unboxes to int?;
// unboxing null to int? gives null but to int throws NullReferenceException; Value on null
// throws InvalidOperationException; GetValueOrDefault(); Equals/GetHashCode-free equality;
// nullable in object[] and params; interface casts of boxed nullables; `is` / `as` tests.
using System;

namespace Corpus
{
    struct Pt { public int X; public override string ToString() { return "Pt" + X; } }

    static class Program
    {
        static object Box<T>(T v) { return v; }
        static int? N(int? v) { return v; }
        static string Describe(object o) { return o == null ? "null" : o.GetType().Name + ":" + o; }
        static int CountNonNull(params object[] items) { int c = 0; foreach (object o in items) if (o != null) c++; return c; }

        static void Try(string label, Func<object> f)
        {
            try { Console.WriteLine(label + " = " + Describe(f())); }
            catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().FullName); }
        }

        static void Main()
        {
            int? none = N(null), five = N(5);
            object boxedNone = none, boxedFive = five;
            Console.WriteLine("(object)(int?)null == null: " + (boxedNone == null));
            Console.WriteLine("boxed 5 type: " + boxedFive.GetType().Name + ", is int " + (boxedFive is int) + ", is int? " + (boxedFive is int?));
            Console.WriteLine("generic Box<int?>(null) == null: " + (Box(none) == null) + ", Box<int?>(5): " + Describe(Box(five)));
            Console.WriteLine("five.GetType(): " + five.GetType().Name + " (boxes first)");
            Try("none.GetType()", () => none.GetType());
            Console.WriteLine("five.ToString() " + five.ToString() + ", none.ToString() '" + none.ToString() + "', none.Equals(null) " + none.Equals(null) + ", five.Equals(5) " + five.Equals(5) + ", five.Equals(5L) " + five.Equals(5L));
            Console.WriteLine("none.HasValue " + none.HasValue + ", GetValueOrDefault() " + none.GetValueOrDefault() + ", GetValueOrDefault(9) " + none.GetValueOrDefault(9) + ", five.GetValueOrDefault(9) " + five.GetValueOrDefault(9));

            Console.WriteLine("-- unboxing");
            object boxedInt = 7;
            Try("(int?)boxed int", () => (int?)boxedInt);
            Try("(int?)null object", () => (int?)(object)null);
            Try("(int)null object", () => (int)(object)null);
            Try("(int)boxed null int?", () => (int)boxedNone);
            Try("(long?)boxed int", () => (long?)boxedInt);
            Try("(Pt?)boxed Pt", () => (Pt?)(object)new Pt { X = 3 });
            Try("(Pt)boxed Pt?", () => (Pt)Box<Pt?>(new Pt { X = 4 }));
            Try("none.Value", () => none.Value);
            Try("(int)none", () => (int)none);
            Try("five.Value", () => five.Value);
            Try("boxedInt as int?", () => boxedInt as int?);
            Try("(object)\"s\" as int?", () => (object)"s" as int?);

            Console.WriteLine("-- equality through object");
            object a = N(3), b = 3;
            Console.WriteLine("boxed int? 3 Equals boxed int 3: " + a.Equals(b) + ", reference equal: " + ReferenceEquals(a, b) + ", object.Equals(null int?, null) " + object.Equals(boxedNone, null));
            Console.WriteLine("none == null " + (none == null) + ", five == 5 " + (five == 5) + ", (object)five == (object)five " + ((object)five == (object)five));

            Console.WriteLine("-- interfaces");
            IComparable cmp = five;    // boxes to Int32
            Console.WriteLine("IComparable from int?: " + cmp.GetType().Name + " CompareTo(4) " + cmp.CompareTo(4));
            IComparable cmpNull = none;
            Console.WriteLine("IComparable from null int?: " + (cmpNull == null));
            IFormattable fmt = N(255);
            Console.WriteLine("IFormattable X: " + fmt.ToString("X", null));

            Console.WriteLine("-- arrays and params");
            object[] objs = { none, five, N(0), (int?)null };
            Console.WriteLine("object[]: " + Describe(objs[0]) + " " + Describe(objs[1]) + " " + Describe(objs[2]) + " " + Describe(objs[3]));
            Console.WriteLine("CountNonNull(none, five, null, 0) = " + CountNonNull(none, five, null, 0));
            int?[] nullables = new int?[3];
            nullables[1] = 4;
            Console.WriteLine("int?[]: " + Describe(nullables[0]) + " " + Describe(nullables[1]) + " count HasValue " + Array.FindAll(nullables, x => x.HasValue).Length);
            object arrObj = nullables;
            Console.WriteLine("int?[] is int[] " + (arrObj is int[]) + ", is object[] " + (arrObj is object[]) + ", type " + arrObj.GetType().Name);

            Console.WriteLine("-- generic code");
            Console.WriteLine(Describe(Box(N(1))) + " " + Describe(Box<int?>(null)) + " " + Describe(Box<Pt?>(null)) + " " + Describe(Box<Pt?>(new Pt())));
            Console.WriteLine("default(int?) boxed is null: " + (Box(default(int?)) == null) + ", typeof(int?).Name " + typeof(int?).Name);
        }
    }
}
