// mcs-flags: -langversion:7.2
// C# 7.1/7.2 features that need -langversion:7.2 on mcs, and their metadata:
// `in` parameters (ref parameters marked [In] + IsReadOnlyAttribute), readonly
// structs (IsReadOnlyAttribute on the type), ref readonly returns
// (IsReadOnlyAttribute on the return parameter; mcs emits no modreq), ref
// structs (IsByRefLikeAttribute), `private protected` members (FamANDAssem), the
// `default` literal, non-trailing named arguments, leading digit separators,
// and the conditional ref operator.
using System;

namespace Fixtures.Language72
{
    public readonly struct Vector3
    {
        public readonly double X, Y, Z;
        public Vector3(double x, double y, double z) { X = x; Y = y; Z = z; }
        public double Dot(in Vector3 other) { return X * other.X + Y * other.Y + Z * other.Z; }
        public static Vector3 operator +(in Vector3 a, in Vector3 b) { return new Vector3(a.X + b.X, a.Y + b.Y, a.Z + b.Z); }
        public override string ToString() { return "(" + X + ", " + Y + ", " + Z + ")"; }
    }

    public ref struct Window
    {
        public int Start, Length;
        public Window(int start, int length) { Start = start; Length = length; }
        public int End { get { return Start + Length; } }
    }

    public class Registry
    {
        private static Vector3 origin = new Vector3(0, 0, 0);          // mcs 6.8 will not `return ref` a readonly field (CS0199)
        private readonly Vector3[] points = { new Vector3(1, 2, 3), new Vector3(4, 5, 6) };

        public static ref readonly Vector3 Origin() { return ref origin; }
        public ref readonly Vector3 At(int i) { return ref points[i]; }

        private protected int hidden = 7;
        private protected int Hidden() { return hidden; }      // mcs 6.8 rejects `private protected virtual` (CS0621)
        private protected class Secret { public int Value = 42; }
        protected internal int Visible() { return Hidden(); }
    }

    public sealed class Derived : Registry
    {
        public int Peek() { return Hidden() * 6 + new Secret().Value; }
    }

    public class Program
    {
        static double Length(in Vector3 v) { return Math.Sqrt(v.Dot(v)); }
        static int Measure(Window w) { return w.End; }
        static string Describe(int count, string unit = "items", bool verbose = false) { return count + " " + unit + (verbose ? "!" : ""); }
        static T Fallback<T>(T value, bool useDefault) { return useDefault ? default : value; }

        public static int Main()
        {
            var a = new Vector3(3, 4, 0);
            var b = new Vector3(1, 1, 1);
            Console.WriteLine("in params: " + Length(a) + " " + Length(new Vector3(0, 0, 2)) + " " + (a + b) + " " + a.Dot(in b));

            var registry = new Registry();
            ref readonly Vector3 p = ref registry.At(1);
            Console.WriteLine("ref readonly: " + p.Y + " " + Registry.Origin().X + " " + registry.At(0));

            var w = new Window(10, 5);
            Console.WriteLine("ref struct: " + Measure(w) + " " + typeof(Window).IsValueType);
            Console.WriteLine("private protected: " + registry.Visible() + " " + new Derived().Peek());

            int zero = default;
            string none = default;
            Console.WriteLine("default literal: " + zero + " " + (none == null) + " " + Fallback(5, true) + " " + Fallback("x", false));
            Console.WriteLine("named args: " + Describe(count: 3, "boxes") + " " + Describe(1, verbose: true));
            Console.WriteLine("digit separators: " + 0x_FF_FF + " " + 0b_1010_1010 + " " + 1_000_000);

            int[] left = { 1, 2 }, right = { 3, 4 };
            bool pickLeft = false;
            ref int chosen = ref (pickLeft ? ref left[0] : ref right[0]);
            chosen = 30;
            Console.WriteLine("conditional ref: " + right[0] + " " + chosen);
            return 0;
        }
    }
}
