// Generic classes and methods over reference and value types: a generic container over int,
// string, a struct and an enum; generic methods with inferred and explicit type arguments;
// Swap<T>(ref, ref); default(T) for every kind of T; typeof(T).Name for primitives, arrays,
// generic instantiations and nested types; ToString/Equals/GetHashCode-free calls on T;
// overload resolution between generic and non-generic methods; generic methods returning T[].
using System;
using System.Collections.Generic;

namespace Corpus
{
    enum Suit { Hearts, Spades }
    struct Pt { public int X, Y; public override string ToString() { return "Pt(" + X + "," + Y + ")"; } }

    class Box<T>
    {
        T value;
        public int Sets;
        public Box(T v) { value = v; }
        public T Value { get { return value; } set { this.value = value; Sets++; } }
        public bool IsDefault() { return EqualityComparer<T>.Default.Equals(value, default(T)); }
        public string Describe() { return "Box<" + typeof(T).Name + ">(" + (value == null ? "null" : value.ToString()) + ")"; }
        public Box<U> Map<U>(Func<T, U> f) { return new Box<U>(f(value)); }
    }

    class Pair<TFirst, TSecond>
    {
        public TFirst First; public TSecond Second;
        public Pair(TFirst f, TSecond s) { First = f; Second = s; }
        public Pair<TSecond, TFirst> Swap() { return new Pair<TSecond, TFirst>(Second, First); }
        public override string ToString() { return "<" + First + "," + Second + ">"; }
    }

    static class Program
    {
        static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
        static string Show<T>(T v) { return "generic:" + typeof(T).Name + "=" + v; }
        static string Show(int v) { return "int-overload=" + v; }
        static string DefaultOf<T>() { T d = default(T); return typeof(T).Name + " -> " + (d == null ? "null" : "'" + d.ToString() + "'"); }
        static T[] Repeat<T>(T v, int n) { T[] r = new T[n]; for (int i = 0; i < n; i++) r[i] = v; return r; }
        static T First<T>(IEnumerable<T> items) { foreach (T t in items) return t; return default(T); }
        static int CountNonDefault<T>(T[] items)
        {
            int n = 0;
            foreach (T t in items) if (!EqualityComparer<T>.Default.Equals(t, default(T))) n++;
            return n;
        }

        static void Main()
        {
            Console.WriteLine("-- Box<T>");
            var bi = new Box<int>(5);
            var bs = new Box<string>("hi");
            var bp = new Box<Pt>(new Pt { X = 1, Y = 2 });
            var be = new Box<Suit>(Suit.Spades);
            var bn = new Box<int?>(null);
            var bo = new Box<object>(null);
            Console.WriteLine(bi.Describe() + " " + bs.Describe() + " " + bp.Describe() + " " + be.Describe() + " " + bn.Describe() + " " + bo.Describe());
            bi.Value += 10;
            bs.Value += "!";
            Console.WriteLine(bi.Value + " " + bs.Value + " sets " + bi.Sets + "," + bs.Sets);
            Console.WriteLine("IsDefault: " + new Box<int>(0).IsDefault() + " " + new Box<string>(null).IsDefault() + " " + new Box<Pt>(default(Pt)).IsDefault() + " " + be.IsDefault() + " " + new Box<Suit>(Suit.Hearts).IsDefault() + " " + bn.IsDefault());
            Box<string> mapped = bi.Map(x => "#" + x);
            Box<int> mapped2 = mapped.Map(s => s.Length);
            Console.WriteLine("Map: " + mapped.Describe() + " " + mapped2.Describe());

            Console.WriteLine("-- Pair<,>");
            var p = new Pair<int, string>(1, "one");
            var q = p.Swap();
            Console.WriteLine(p + " " + q + " " + q.GetType().Name + " first type " + q.First.GetType().Name);

            Console.WriteLine("-- Swap<T>");
            int a = 1, b = 2; Swap(ref a, ref b);
            string s1 = "x", s2 = "y"; Swap(ref s1, ref s2);
            Pt pa = new Pt { X = 1 }, pb = new Pt { X = 2 }; Swap(ref pa, ref pb);
            Console.WriteLine(a + "," + b + " " + s1 + "," + s2 + " " + pa + "," + pb);
            int[] arr = { 10, 20, 30 };
            Swap(ref arr[0], ref arr[2]);
            Console.WriteLine("array elements swapped: " + string.Join(",", arr));

            Console.WriteLine("-- overloads");
            Console.WriteLine(Show(5) + " | " + Show<int>(5) + " | " + Show("s") + " | " + Show(5L) + " | " + Show((short)5) + " | " + Show(Suit.Hearts));

            Console.WriteLine("-- default(T)");
            Console.WriteLine(DefaultOf<int>());
            Console.WriteLine(DefaultOf<bool>());
            Console.WriteLine(DefaultOf<char>().Length);
            Console.WriteLine(DefaultOf<double>() == "Double -> '0'");
            Console.WriteLine(DefaultOf<string>());
            Console.WriteLine(DefaultOf<Pt>());
            Console.WriteLine(DefaultOf<Suit>());
            Console.WriteLine(DefaultOf<int?>());
            Console.WriteLine(DefaultOf<int[]>());
            Console.WriteLine(DefaultOf<decimal>());
            Console.WriteLine(DefaultOf<DateTime>().Substring(0, 8));

            Console.WriteLine("-- typeof(T).Name");
            Console.WriteLine(typeof(int).Name + " " + typeof(string).Name + " " + typeof(int[]).Name + " " + typeof(int[,]).Name + " " + typeof(int[][]).Name + " " + typeof(List<int>).Name + " " + typeof(Dictionary<string, int>).Name + " " + typeof(Box<Pt>).Name + " " + typeof(Pair<,>).Name + " " + typeof(int?).Name + " " + typeof(Suit).Name);
            Console.WriteLine(typeof(int).FullName + " " + typeof(Pt).FullName + " " + typeof(string[]).FullName + " " + typeof(Suit).Namespace);

            Console.WriteLine("-- generic helpers");
            string[] reps = Repeat("ab", 3);
            Pt[] pts = Repeat(new Pt { X = 7 }, 2);
            pts[0].X = 8;
            Console.WriteLine(string.Join("", reps) + " " + pts[0] + pts[1] + " " + Repeat(1.5m, 2).Length + " type " + Repeat('c', 1).GetType().Name);
            Console.WriteLine("First: " + First(new List<string> { "a", "b" }) + " " + First(new int[0]) + " " + (First(new string[0]) == null));
            Console.WriteLine("CountNonDefault: " + CountNonDefault(new[] { 0, 1, 0, 2 }) + " " + CountNonDefault(new[] { "a", null, "" }) + " " + CountNonDefault(new[] { new Pt(), new Pt { Y = 1 } }) + " " + CountNonDefault(new int?[] { null, 0, 1 }));
        }
    }
}
