// Delegates: static and closed instance methods, virtual methods (the override is bound when
// the delegate is created from a base-typed reference), methods of structs (the delegate
// captures a boxed copy: later changes to the variable are not seen), extension methods
// (closed over their first argument), interface methods, Target/Method-free identity checks
// (delegate equality compares target and method), custom delegate types with ref/out
// parameters, generic delegates, anonymous methods (with and without parameter lists),
// lambdas, higher-order functions, recursion through a delegate, and Func/Action/Predicate/
// Comparison/Converter.
using System;
using System.Collections.Generic;

namespace Corpus
{
    delegate int BinOp(int a, int b);
    delegate void RefOp(ref int x, out string note);
    delegate T Transformer<T>(T x);

    class Greeter
    {
        readonly string name;
        public Greeter(string n) { name = n; }
        public string Greet(string who) { return name + " greets " + who; }
        public virtual string Kind() { return "greeter " + name; }
    }

    class LoudGreeter : Greeter
    {
        public LoudGreeter(string n) : base(n) { }
        public override string Kind() { return "LOUD " + base.Kind(); }
    }

    struct Counter
    {
        public int N;
        public int Get() { return N; }
        public int Bump() { return ++N; }
    }

    interface IShape { double Area(); }
    class Sq : IShape { public double S; public double Area() { return S * S; } }

    static class Ext
    {
        public static string Twice(this string s) { return s + s; }
        public static int Plus(this int x, int y) { return x + y; }
    }

    static class Program
    {
        static int Add(int a, int b) { return a + b; }
        static int Mul(int a, int b) { return a * b; }
        static void Incr(ref int x, out string note) { x++; note = "incremented to " + x; }

        static Func<int, int> Compose(Func<int, int> f, Func<int, int> g) { return x => g(f(x)); }
        static Func<int, Func<int, int>> Curry(BinOp op) { return a => b => op(a, b); }

        static void Main()
        {
            Console.WriteLine("-- static and instance");
            BinOp op = Add;
            Console.WriteLine("Add " + op(3, 4));
            op = new BinOp(Mul);
            Console.WriteLine("Mul " + op(3, 4) + ", Invoke " + op.Invoke(5, 6));
            Greeter g = new Greeter("ann");
            Func<string, string> greet = g.Greet;
            Console.WriteLine(greet("bob") + ", Target is g: " + ReferenceEquals(greet.Target, g));
            Func<int, int, int> staticTarget = Add;
            Console.WriteLine("static delegate Target null: " + (staticTarget.Target == null));

            Console.WriteLine("-- virtual binding");
            Greeter lg = new LoudGreeter("max");
            Func<string> kind = lg.Kind;
            Console.WriteLine(kind());
            Func<string> baseKind = new Greeter("plain").Kind;
            Console.WriteLine(baseKind());

            Console.WriteLine("-- struct methods box a copy");
            Counter c = new Counter { N = 10 };
            Func<int> get = c.Get;
            Func<int> bump = c.Bump;
            c.N = 20;
            Console.WriteLine("get() " + get() + ", c.N " + c.N);
            Console.WriteLine("bump() " + bump() + ", bump() " + bump() + ", get() " + get() + ", c.N " + c.N);

            Console.WriteLine("-- extension and interface methods");
            Func<string> twice = "ab".Twice;
            IShape shape = new Sq { S = 3 };
            Func<double> area = shape.Area;
            Console.WriteLine(twice() + " " + 5.Plus(10) + " " + area() + ", extension delegate Target: " + twice.Target);

            Console.WriteLine("-- equality");
            Func<string, string> greet2 = g.Greet;
            Func<string, string> other = new Greeter("ann").Greet;
            BinOp a1 = Add, a2 = Add;
            Console.WriteLine("same target+method: " + greet.Equals(greet2) + " " + (greet == greet2) + ", different target: " + greet.Equals(other) + ", static equal: " + (a1 == a2) + ", same reference: " + ReferenceEquals(a1, a2));

            Console.WriteLine("-- ref/out delegate");
            RefOp r = Incr;
            int v = 41; string note;
            r(ref v, out note);
            Console.WriteLine("v " + v + ", note " + note);

            Console.WriteLine("-- generic delegates");
            Transformer<string> up = s => s.ToUpperInvariant();
            Transformer<int> sq = x => x * x;
            Console.WriteLine(up("abc") + " " + sq(12));
            Converter<int, string> conv = i => "<" + i + ">";
            Predicate<string> empty = string.IsNullOrEmpty;
            Comparison<int> desc = (x, y) => y.CompareTo(x);
            var list = new List<int> { 3, 1, 2 };
            list.Sort(desc);
            Console.WriteLine(conv(7) + " " + empty("") + empty("x") + " sorted desc " + string.Join(",", list) + " ConvertAll " + string.Join(",", list.ConvertAll(conv)));

            Console.WriteLine("-- anonymous methods");
            Func<int, int> neg = delegate (int x) { return -x; };
            Action noParams = delegate { Console.WriteLine("anonymous method without parameter list"); };
            Action<int, string> ignoresArgs = delegate { Console.WriteLine("ignores its (int, string) arguments"); };
            Console.WriteLine("neg(5) " + neg(5));
            noParams();
            ignoresArgs(1, "x");

            Console.WriteLine("-- higher order");
            Func<int, int> inc = x => x + 1, dbl = x => x * 2;
            Console.WriteLine("Compose(inc, dbl)(5) " + Compose(inc, dbl)(5) + ", Compose(dbl, inc)(5) " + Compose(dbl, inc)(5));
            Console.WriteLine("Curry(Add)(2)(3) " + Curry(Add)(2)(3) + ", Curry(Mul)(4)(5) " + Curry(Mul)(4)(5));
            Func<int, long> fact = null;
            fact = n => n <= 1 ? 1 : n * fact(n - 1);
            Console.WriteLine("recursive lambda 20! = " + fact(20));
            Func<Func<int>, Func<int>> memoize = f => { int? cache = null; return () => (cache ?? (cache = f())).Value; };
            int calls = 0;
            Func<int> expensive = memoize(() => { calls++; return 99; });
            Console.WriteLine("memoized " + expensive() + " " + expensive() + " calls " + calls);
            var ops = new Dictionary<string, BinOp> { { "+", Add }, { "*", Mul }, { "-", (x, y) => x - y } };
            Console.WriteLine("table: " + ops["+"](6, 7) + " " + ops["*"](6, 7) + " " + ops["-"](6, 7));
        }
    }
}
