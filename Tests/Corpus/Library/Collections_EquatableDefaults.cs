// EqualityComparer<T>.Default picks IEquatable<T>.Equals(T) when T implements it (even when
// Equals(object) is not overridden), the underlying IEquatable for Nullable<T>, and
// Equals(object) otherwise; null handling of each; which comparer type Default is;
// Dictionary, HashSet, List.Contains and Array.IndexOf using them. Also generic
// `x == null` / `x != null` on type arguments that are value types, Nullable and reference
// types.
using System;
using System.Collections.Generic;

namespace Corpus.Library.Collections_EquatableDefaults
{
    // Value equality only through IEquatable<T>: Equals(object) stays reference equality.
#pragma warning disable 659, 660, 661
    public class Key : IEquatable<Key>
    {
        public static int EquatableCalls;
        public readonly int V;
        public Key(int v) { V = v; }
        public bool Equals(Key other) { EquatableCalls++; return other != null && other.V == V; }
        public override int GetHashCode() { return V; }
    }

    public struct Point : IEquatable<Point>
    {
        public static int EquatableCalls, ObjectCalls;
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public bool Equals(Point p) { EquatableCalls++; return p.X == X && p.Y == Y; }
        public override bool Equals(object o) { ObjectCalls++; return o is Point && Equals((Point)o); }
        public override int GetHashCode() { return X * 31 + Y; }
    }

    public struct Plain
    {
        public static int ObjectCalls;
        public int A;
        public override bool Equals(object o) { ObjectCalls++; return o is Plain && ((Plain)o).A == A; }
        public override int GetHashCode() { return A; }
    }
#pragma warning restore 659, 660, 661

    public static class Program
    {
        static bool IsNull<T>(T x) { return x == null; }
        static bool NotNull<T>(T x) { return x != null; }
        static string Describe<T>(T x) { if (x != null) return "value " + x; return "null"; }
        static int CountNonNull<T>(T[] items)
        {
            int n = 0;
            foreach (T item in items) if (item != null) n++;
            return n;
        }

        static string Name<T>() { return EqualityComparer<T>.Default.GetType().Name; }

        public static void Main()
        {
            Console.WriteLine("-- default comparer types");
            Console.WriteLine(Name<int>() + " " + Name<string>() + " " + Name<Point>() + " " + Name<Key>());
            Console.WriteLine(Name<int?>() + " " + Name<Point?>() + " " + Name<Plain>() + " " + Name<object>());

            Console.WriteLine("-- IEquatable<T> without Equals(object)");
            var keys = new Dictionary<Key, string>();
            keys[new Key(1)] = "one";
            keys[new Key(2)] = "two";
            keys[new Key(1)] = "uno";
            Console.WriteLine(keys.Count + " " + keys[new Key(1)] + " " + keys.ContainsKey(new Key(3)));
            Console.WriteLine(new List<Key> { new Key(5), new Key(6) }.Contains(new Key(6)));
            Console.WriteLine(Array.IndexOf(new[] { new Key(7), null, new Key(8) }, new Key(8)));
            Console.WriteLine(Array.IndexOf(new[] { new Key(7), null, new Key(8) }, null));
            Console.WriteLine(EqualityComparer<Key>.Default.Equals(new Key(4), new Key(4)) + " " + new Key(4).Equals((object)new Key(4)));
            Console.WriteLine("Equals(Key) calls > 0: " + (Key.EquatableCalls > 0));

            Console.WriteLine("-- struct: Equals(T), not Equals(object)");
            var points = new Dictionary<Point, int>();
            for (int i = 0; i < 10; i++) points[new Point(i % 5, 1)] = i;
            Console.WriteLine(points.Count + " " + points[new Point(3, 1)] + " " + new List<Point> { new Point(1, 2) }.IndexOf(new Point(1, 2)));
            Console.WriteLine("Equals(object) calls: " + Point.ObjectCalls + ", Equals(Point) calls > 0: " + (Point.EquatableCalls > 0));
            var plains = new HashSet<Plain> { new Plain { A = 1 }, new Plain { A = 1 }, new Plain { A = 2 } };
            Console.WriteLine(plains.Count + ", Equals(object) calls > 0: " + (Plain.ObjectCalls > 0));

            Console.WriteLine("-- nulls");
            Console.WriteLine(EqualityComparer<string>.Default.Equals(null, null) + " " + EqualityComparer<string>.Default.Equals(null, "a")
                + " " + EqualityComparer<string>.Default.Equals("a", null) + " " + EqualityComparer<string>.Default.GetHashCode(null));
            var ni = EqualityComparer<int?>.Default;
            Console.WriteLine(ni.Equals(null, null) + " " + ni.Equals(null, 1) + " " + ni.Equals(1, null) + " " + ni.Equals(1, 1)
                + " " + ni.Equals(1, 2) + " " + ni.GetHashCode(null) + " " + ni.GetHashCode(42));
            var np = EqualityComparer<Point?>.Default;
            int before = Point.ObjectCalls;
            Console.WriteLine(np.Equals(new Point(1, 1), new Point(1, 1)) + " " + np.Equals(null, new Point(1, 1)) + " " + (Point.ObjectCalls - before));
            var nullableSet = new HashSet<int?> { 1, null, 2, null, 1 };
            Console.WriteLine(nullableSet.Count + " " + nullableSet.Contains(null) + " " + nullableSet.Contains(3));
            Console.WriteLine(EqualityComparer<double>.Default.Equals(double.NaN, double.NaN) + " " + EqualityComparer<double>.Default.Equals(0.0, -0.0));

            Console.WriteLine("-- generic null tests");
            Console.WriteLine(IsNull(0) + " " + IsNull(new Point()) + " " + IsNull<int?>(null) + " " + IsNull<int?>(5)
                + " " + IsNull<string>(null) + " " + IsNull("s") + " " + IsNull<object>(3));
            Console.WriteLine(NotNull(0) + " " + NotNull(new Point()) + " " + NotNull<int?>(null) + " " + NotNull<int?>(5)
                + " " + NotNull<string>(null) + " " + NotNull("s") + " " + NotNull<object>(3));
            Console.WriteLine(Describe(7) + ", " + Describe<int?>(null) + ", " + Describe<int?>(8) + ", " + Describe<string>(null) + ", " + Describe("t"));
            Console.WriteLine(CountNonNull(new[] { 1, 2, 3 }) + " " + CountNonNull(new int?[] { 1, null, 3 }) + " " + CountNonNull(new[] { "a", null }));
        }
    }
}
