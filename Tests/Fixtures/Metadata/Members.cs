// Type members: fields of every kind (static, readonly, const, volatile),
// properties (auto, get-only, set-only, static, virtual/abstract/override,
// different accessor visibility), events (field-like and custom accessors),
// indexers (overloaded, multi-parameter, [IndexerName]), operator overloads and
// conversions, static and instance constructors, finalizers, nested types of
// every visibility, method hiding/overriding/sealing, interface members, default
// parameter values (including on ref/out/params parameters), ref returns.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Fixtures.Members
{
    public delegate void ChangedHandler(object sender, int oldValue, int newValue);

    public interface ICounter
    {
        int Value { get; set; }
        event ChangedHandler Changed;
        int this[int index] { get; }
        void Reset();
    }

    public abstract class CounterBase : ICounter
    {
        public abstract int Value { get; set; }
        public virtual event ChangedHandler Changed;
        public virtual int this[int index] { get { return Value * index; } }
        public virtual void Reset() { Value = 0; }
        protected void Raise(int oldValue, int newValue) { var h = Changed; if (h != null) h(this, oldValue, newValue); }
        protected internal virtual string Kind { get { return "base"; } }
    }

    public class Counter : CounterBase
    {
        private int value;
        private volatile int generation;
        public static readonly Counter Shared;
        public static int Created;
        public const int Limit = 1000;
        internal readonly string Label;

        private ChangedHandler limitReached;
        public event ChangedHandler LimitReached
        {
            add { limitReached = (ChangedHandler)Delegate.Combine(limitReached, value); }
            remove { limitReached = (ChangedHandler)Delegate.Remove(limitReached, value); }
        }

        static Counter() { Shared = new Counter("shared"); }

        public Counter() : this("default") { }

        public Counter(string label) { Label = label; Created++; }

        ~Counter() { }

        public override int Value
        {
            get { return value; }
            set
            {
                int old = this.value;
                this.value = value;
                generation++;
                Raise(old, value);
                if (value >= Limit && limitReached != null) limitReached(this, old, value);
            }
        }

        public int Generation { get { return generation; } }
        public string Name { get; private set; } = "counter";
        public int WriteOnly { set { this.value = value; } }
        public static int StaticProp { get; set; }
        protected internal sealed override string Kind { get { return "counter"; } }

        public override int this[int index] { get { return base[index] + 1; } }
        public int this[int row, int column] { get { return row * 10 + column; } }
        public string this[string key] { get { return key + value; } set { Name = key + value; } }

        public new void Reset() { base.Reset(); Name = "reset"; }

        public static Counter operator +(Counter c, int n) { c.Value += n; return c; }
        public static Counter operator ++(Counter c) { c.Value++; return c; }
        public static bool operator ==(Counter a, Counter b) { return ReferenceEquals(a, b) || (!ReferenceEquals(a, null) && !ReferenceEquals(b, null) && a.value == b.value); }
        public static bool operator !=(Counter a, Counter b) { return !(a == b); }
        public static bool operator true(Counter c) { return c.value != 0; }
        public static bool operator false(Counter c) { return c.value == 0; }
        public static implicit operator int(Counter c) { return c.value; }
        public static explicit operator Counter(int v) { return new Counter("converted") { Value = v }; }
        public override bool Equals(object obj) { return this == (obj as Counter); }
        public override int GetHashCode() { return value; }
    }

    public struct Vector
    {
        public readonly double X, Y;
        public Vector(double x, double y) { X = x; Y = y; }
        public static Vector operator +(Vector a, Vector b) { return new Vector(a.X + b.X, a.Y + b.Y); }
        public static Vector operator -(Vector a) { return new Vector(-a.X, -a.Y); }
        public static Vector operator *(Vector a, double k) { return new Vector(a.X * k, a.Y * k); }
        public static double operator *(Vector a, Vector b) { return a.X * b.X + a.Y * b.Y; }
        public static bool operator <(Vector a, Vector b) { return a * a < b * b; }
        public static bool operator >(Vector a, Vector b) { return a * a > b * b; }
        public static Vector operator <<(Vector a, int n) { return a * (1 << n); }
        public static Vector operator ~(Vector a) { return new Vector(a.Y, a.X); }
        public static explicit operator double(Vector v) { return Math.Sqrt(v * v); }
        public override string ToString() { return "<" + X + "," + Y + ">"; }
    }

    public class Grid
    {
        private readonly double[] cells = new double[9];
        [IndexerName("Cell")]
        public double this[int row, int column] { get { return cells[row * 3 + column]; } set { cells[row * 3 + column] = value; } }
    }

    public class Visibility
    {
        public class PublicNested { public int A; }
        private class PrivateNested { internal int B = 2; }
        protected class ProtectedNested { }
        internal class InternalNested { }
        protected internal class ProtectedInternalNested { }
        public interface INestedInterface { }
        public enum NestedEnum { A, B }
        public delegate int NestedDelegate(int x);
        public struct NestedStruct { public int C; }

        private int privateField = 1;
        protected int protectedField = 2;
        internal int internalField = 3;
        protected internal int protectedInternalField = 4;
        protected internal static int staticField = 5;

        public int Sum() { return privateField + protectedField + internalField + protectedInternalField + staticField + new PrivateNested().B; }
    }

    public class Defaults
    {
        public static string Call(int a, int b = 2, string s = "s", object o = null, double d = 1.5,
                                  char c = 'c', bool f = true, long l = -1L, DayOfWeek day = DayOfWeek.Friday,
                                  decimal m = 1.25m, float r = 0.5f, params int[] rest)
        {
            return a + "," + b + "," + s + "," + (o ?? "null") + "," + d + "," + c + "," + f + "," + l + "," + day + "," + m + "," + r + "," + rest.Length;
        }

        public static int RefOut(ref int x, out int y, [Optional] int z, [Optional, DefaultParameterValue(9)] int w, [In] ref int q)
        {
            y = x + z + w + q;
            x = -x;
            return y;
        }

        public static int ParamsOnly(params object[] items) { return items == null ? -1 : items.Length; }
    }

    public class Store
    {
        private int[] slots = new int[4];
        private static string name = "store";
        public ref int Slot(int i) { return ref slots[i]; }
        public static ref string Name() { return ref name; }
        public int Total() { int t = 0; foreach (int s in slots) t += s; return t; }
    }

    public static class Extensions
    {
        public static int Doubled(this int x) { return x * 2; }
        public static string Shout(this string s, string suffix = "!") { return s.ToUpperInvariant() + suffix; }
    }

    public class Program
    {
        public static int Main()
        {
            var c = new Counter("main");
            int changes = 0;
            c.Changed += (s, o, n) => changes++;
            int limits = 0;
            ChangedHandler onLimit = (s, o, n) => limits++;
            c.LimitReached += onLimit;
            c.Value = 5;
            c += 10;
            c++;
            c.Value = Counter.Limit;
            c.LimitReached -= onLimit;
            c.Value = Counter.Limit + 1;
            Console.WriteLine("counter: " + c.Value + " changes=" + changes + " limits=" + limits + " gen=" + c.Generation);
            Console.WriteLine("indexers: " + c[2] + " " + c[3, 4] + " " + c["k"]);
            c["name"] = "ignored";
            c.WriteOnly = 3;
            Counter.StaticProp = 4;
            Console.WriteLine("props: " + c.Name + " " + c.Value + " " + Counter.StaticProp + " " + ((CounterBase)c).Kind);
            ICounter ic = c;
            Console.WriteLine("interface: " + ic[2] + " " + ic.Value);
            int asInt = c;
            Counter fromInt = (Counter)42;
            Console.WriteLine("conversions: " + asInt + " " + fromInt.Value + " " + (fromInt == (Counter)42) + " " + (fromInt != c) + " " + (fromInt ? "true" : "false"));
            c.Reset();
            ((CounterBase)c).Reset();
            Console.WriteLine("reset: " + c.Name + " " + c.Value + " shared=" + Counter.Shared.Label + " created=" + Counter.Created);

            var v = new Vector(3, 4);
            var w = -v + v * 2 + (v << 1);
            Console.WriteLine("vector: " + w + " " + (v * v) + " " + (double)v + " " + (v < w) + " " + (v > w) + " " + ~v);

            var grid = new Grid();
            grid[1, 2] = 1.5;
            grid[2, 2] = grid[1, 2] * 2;
            Console.WriteLine("grid: " + grid[2, 2]);
            Console.WriteLine("visibility: " + new Visibility().Sum());

            Console.WriteLine("defaults: " + Defaults.Call(1));
            Console.WriteLine("defaults: " + Defaults.Call(1, 3, "t", 4, 2.5, 'd', false, 7, DayOfWeek.Monday, 2m, 1f, 5, 6));
            Console.WriteLine("named: " + Defaults.Call(0, s: "named", day: DayOfWeek.Sunday));
            int x = 10, y, q = 100;
            Console.WriteLine("refout: " + Defaults.RefOut(ref x, out y, q: ref q) + " " + x + " " + y);
            Console.WriteLine("params: " + Defaults.ParamsOnly() + " " + Defaults.ParamsOnly(1, "a", null) + " " + Defaults.ParamsOnly(null));

            var store = new Store();
            store.Slot(1) = 5;
            ref int slot = ref store.Slot(2);
            slot += 7;
            Store.Name() = "renamed";
            Console.WriteLine("refs: " + store.Total() + " " + Store.Name());
            Console.WriteLine("extensions: " + 21.Doubled() + " " + "hey".Shout() + " " + Extensions.Shout("x", "?"));
            return 0;
        }
    }
}
