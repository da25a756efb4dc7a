// Type tests and casts at run time (isinst/castclass): classes along a hierarchy, interfaces
// (including ones only a derived class implements), null (`is` is false, `as` gives null, a
// cast of null succeeds), failed casts (InvalidCastException), `as` with Nullable<T>, `is T x`
// patterns, arrays (covariant reference arrays, and the CLR rule that int[] and uint[] -- or
// an enum array and its underlying-type array -- are cast-compatible through object), generic
// type arguments in casts, and delegates/strings/boxed values tested against interfaces.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus
{
    interface IFly { }
    interface ISwim { }
    class Animal { }
    class Bird : Animal, IFly { }
    class Penguin : Bird, ISwim { }
    class Fish : Animal, ISwim { }
    sealed class Rock { }
    enum Level { Low, High }

    static class Program
    {
        static string Test(object o)
        {
            return (o is Animal ? "A" : "-") + (o is Bird ? "B" : "-") + (o is Penguin ? "P" : "-") + (o is Fish ? "F" : "-") + (o is IFly ? "f" : "-") + (o is ISwim ? "s" : "-") + (o is Rock ? "R" : "-");
        }

        static void Cast(string label, Func<object> f)
        {
            try { object r = f(); Console.WriteLine(label + " -> ok" + (r == null ? " (null)" : " " + r.GetType().Name)); }
            catch (InvalidCastException e) { Console.WriteLine(label + " -> " + e.GetType().Name); }
        }

        static bool IsT<T>(object o) { return o is T; }
        static T AsT<T>(object o) where T : class { return o as T; }

        static void Main()
        {
            object[] things = { new Animal(), new Bird(), new Penguin(), new Fish(), new Rock(), "str", 5, null };
            foreach (object o in things) Console.WriteLine((o == null ? "null" : o.GetType().Name) + ": " + Test(o));

            Console.WriteLine("-- as");
            object p = new Penguin();
            Console.WriteLine("p as Bird " + ((p as Bird) != null) + ", p as Fish " + ((p as Fish) != null) + ", p as ISwim " + ((p as ISwim) != null) + ", null as Bird " + ((((object)null) as Bird) == null));
            Console.WriteLine("p as string " + ((p as string) == null) + ", \"s\" as IEnumerable " + (("s" as IEnumerable) != null) + ", \"s\" as IComparable<string> " + (("s" as IComparable<string>) != null));

            Console.WriteLine("-- casts");
            object bird = new Bird();
            Cast("(Animal)bird", () => (Animal)bird);
            Cast("(Penguin)bird", () => (Penguin)bird);
            Cast("(ISwim)bird", () => (ISwim)bird);
            Cast("(IFly)bird", () => (IFly)bird);
            Cast("(Bird)null", () => (Bird)(object)null);
            Cast("(ISwim)null", () => (ISwim)(object)null);
            Cast("(Rock)bird", () => (Rock)bird);
            Cast("(string)(object)5", () => (string)(object)5);
            Cast("(Animal)(object)\"x\"", () => (Animal)(object)"x");

            Console.WriteLine("-- as with nullable");
            object[] vals = { 5, 5L, null, "5", Level.High };
            foreach (object v in vals)
            {
                int? asInt = v as int?;
                Level? asLevel = v as Level?;
                Console.WriteLine((v == null ? "null" : v.GetType().Name) + ": as int? " + (asInt.HasValue ? asInt.Value.ToString() : "null") + ", as Level? " + (asLevel.HasValue ? asLevel.Value.ToString() : "null") + ", is int " + (v is int) + ", is int? " + (v is int?));
            }

            Console.WriteLine("-- patterns");
            foreach (object o in new object[] { 7, "seven", new Penguin(), null, 7.5 })
            {
                string r;
                if (o is int n) r = "int " + (n * 2);
                else if (o is string s) r = "string of length " + s.Length;
                else if (o is ISwim sw) r = "swimmer " + sw.GetType().Name;
                else r = "other";
                Console.WriteLine(r);
            }

            Console.WriteLine("-- arrays");
            object birds = new Bird[] { new Bird() };
            Console.WriteLine("Bird[] is Animal[] " + (birds is Animal[]) + ", is object[] " + (birds is object[]) + ", is IFly[] " + (birds is IFly[]) + ", is Penguin[] " + (birds is Penguin[]) + ", is ISwim[] " + (birds is ISwim[]));
            Console.WriteLine("Bird[] is IList<Animal> " + (birds is IList<Animal>) + ", is IEnumerable<IFly> " + (birds is IEnumerable<IFly>) + ", is IList " + (birds is IList) + ", is Array " + (birds is Array));
            object ints = new int[] { -1 };
            Console.WriteLine("int[] is object[] " + (ints is object[]) + ", is uint[] " + (ints is uint[]) + ", is long[] " + (ints is long[]) + ", is Level[] " + (ints is Level[]) + ", is IList<int> " + (ints is IList<int>) + ", is IList<uint> " + (ints is IList<uint>));
            uint[] asUints = (uint[])ints;
            Console.WriteLine("((uint[])(object)new int[]{-1})[0] = " + asUints[0]);
            object levels = new Level[] { Level.High };
            Console.WriteLine("Level[] is int[] " + (levels is int[]) + ", ((int[])levels)[0] = " + ((int[])levels)[0]);
            object bytes = new byte[] { 200 };
            Console.WriteLine("byte[] is sbyte[] " + (bytes is sbyte[]) + ", value " + ((sbyte[])bytes)[0] + ", byte[] is bool[] " + (bytes is bool[]) + ", byte[] is char[] " + (bytes is char[]));
            object strs = new string[] { "a" };
            Console.WriteLine("string[] is IEnumerable<object> " + (strs is IEnumerable<object>) + ", is IComparable[] " + (strs is IComparable[]) + ", is IEnumerable<char>[] " + (strs is IEnumerable<char>[]));
            object multi = new int[1, 1];
            Console.WriteLine("int[,] is int[] " + (multi is int[]) + ", is Array " + (multi is Array) + ", is IEnumerable " + (multi is IEnumerable));

            Console.WriteLine("-- generic type parameters");
            Console.WriteLine("IsT<IFly>(penguin) " + IsT<IFly>(p) + ", IsT<int>(5) " + IsT<int>(5) + ", IsT<int?>(5) " + IsT<int?>(5) + ", IsT<long>(5) " + IsT<long>(5) + ", IsT<object>(null) " + IsT<object>(null) + ", IsT<ValueType>(5) " + IsT<ValueType>(5));
            Console.WriteLine("AsT<Bird>(penguin) " + (AsT<Bird>(p) != null) + ", AsT<Fish>(penguin) " + (AsT<Fish>(p) != null));
            object list = new List<Bird>();
            Console.WriteLine("List<Bird> is List<Animal> " + (list is List<Animal>) + ", is IEnumerable<Animal> " + (list is IEnumerable<Animal>) + ", is IList<Animal> " + (list is IList<Animal>) + ", is IReadOnlyList<Animal> " + (list is IReadOnlyList<Animal>));

            Console.WriteLine("-- delegates and misc");
            object fn = (Func<string>)(() => "x");
            Console.WriteLine("Func<string> is Func<object> " + (fn is Func<object>) + ", is Delegate " + (fn is Delegate) + ", is MulticastDelegate " + (fn is MulticastDelegate) + ", is Action " + (fn is Action));
            object en = Level.Low;
            Console.WriteLine("enum is IComparable " + (en is IComparable) + ", is IFormattable " + (en is IFormattable) + ", is Level " + (en is Level));
        }
    }
}
