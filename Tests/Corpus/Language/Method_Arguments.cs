// Arguments: params arrays (zero, one, many arguments, an explicit array, a single null -- which
// is passed as the array itself -- and (object)null which is wrapped), params object[] boxing,
// overload resolution preferring the non-params form and the expanded form; optional
// parameters (defaults baked in at the call site, default(struct), null, enum and constant
// expressions), optional vs overload ties; named arguments in any order -- evaluated left to
// right in *source* order, not parameter order (side effects printed); and combinations of
// named, optional and params.
using System;

namespace Corpus
{
    enum Mode { Fast, Safe }
    struct Opts { public int Level; }

    class Shape
    {
        public readonly string Desc;
        public Shape(int w = 1, int h = 1, string name = "shape") { Desc = name + " " + w + "x" + h; }
    }

    static class Program
    {
        static int Sum(params int[] xs) { if (xs == null) return -1; int s = 0; foreach (int x in xs) s += x; return s * 100 + xs.Length; }
        static string Objs(params object[] xs)
        {
            if (xs == null) return "null array";
            string s = xs.Length + ":";
            foreach (object o in xs) s += (o == null ? "null" : o.GetType().Name) + ",";
            return s;
        }
        static string Pick(int a) { return "Pick(int)"; }
        static string Pick(params int[] a) { return "Pick(params int[" + a.Length + "])"; }
        static string Pick(int a, int b) { return "Pick(int,int)"; }
        static string Pick2(long a, long b) { return "Pick2(long,long)"; }
        static string Pick2(params int[] a) { return "Pick2(params)"; }

        static string Opt(int a, int b = 2, string c = "c", Mode m = Mode.Safe, Opts o = default(Opts), object n = null, double d = 1.5, long shift = 1L << 40)
        {
            return a + "," + b + "," + c + "," + m + "," + o.Level + "," + (n == null ? "null" : n.ToString()) + "," + d + "," + shift;
        }
        static string Over(int a) { return "Over(int)"; }
        static string Over(int a, int b = 5) { return "Over(int, int=5)"; }

        static int Trace(string name, int v) { Console.Write(name + " "); return v; }
        static string Named(int first, int second, int third) { return "(" + first + "," + second + "," + third + ")"; }
        static string Mixed(string label, int count = 1, params string[] rest) { return label + "/" + count + "/" + string.Join("+", rest) + "/" + rest.Length; }

        static void Main()
        {
            Console.WriteLine("-- params");
            Console.WriteLine("Sum() " + Sum() + ", Sum(5) " + Sum(5) + ", Sum(1,2,3) " + Sum(1, 2, 3) + ", Sum(new[]{4,5}) " + Sum(new[] { 4, 5 }) + ", Sum(null) " + Sum(null));
            Console.WriteLine("Objs() " + Objs() + " | Objs(null) " + Objs(null) + " | Objs((object)null) " + Objs((object)null) + " | Objs(null, null) " + Objs(null, null));
            Console.WriteLine("Objs(1, \"s\", 2.5m, 'c') " + Objs(1, "s", 2.5m, 'c') + " | Objs(new object[]{1,2}) " + Objs(new object[] { 1, 2 }) + " | Objs((object)new object[]{1,2}) " + Objs((object)new object[] { 1, 2 }));
            Console.WriteLine("Objs(new string[]{\"a\",\"b\"}) " + Objs(new string[] { "a", "b" }) + " (covariant array passed as the params array)");
            Console.WriteLine("Objs(new int[]{1,2}) " + Objs(new int[] { 1, 2 }) + " (int[] is one object)");

            Console.WriteLine("-- overload resolution with params");
            Console.WriteLine(Pick(1) + " " + Pick(1, 2) + " " + Pick(1, 2, 3) + " " + Pick() + " " + Pick(new[] { 1 }));
            Console.WriteLine(Pick2(1, 2) + " " + Pick2(1) + " " + Pick2(1, 2, 3));

            Console.WriteLine("-- optional parameters");
            Console.WriteLine(Opt(1));
            Console.WriteLine(Opt(1, 3));
            Console.WriteLine(Opt(1, 3, "x", Mode.Fast, new Opts { Level = 9 }, "obj", 0.25, 7));
            Console.WriteLine(Over(1) + " " + Over(1, 2));
            Console.WriteLine(new Shape().Desc + " | " + new Shape(3).Desc + " | " + new Shape(name: "box", h: 4).Desc);

            Console.WriteLine("-- named arguments");
            Console.WriteLine(Opt(1, d: 9.5, c: "named"));
            Console.WriteLine(Opt(m: Mode.Fast, a: 7));
            Console.WriteLine(" = " + Named(third: Trace("t", 3), first: Trace("f", 1), second: Trace("s", 2)));
            Console.WriteLine(" = " + Named(Trace("f", 1), third: Trace("t", 3), second: Trace("s", 2)));
            int counter = 0;
            Console.WriteLine("counter-based: " + Named(second: ++counter, third: ++counter, first: ++counter));

            Console.WriteLine("-- named + optional + params");
            Console.WriteLine(Mixed("a"));
            Console.WriteLine(Mixed("b", 2));
            Console.WriteLine(Mixed("c", 3, "x", "y"));
            Console.WriteLine(Mixed(count: 4, label: "d"));
            Console.WriteLine(Mixed("e", rest: new[] { "p", "q" }));
        }
    }
}
