// Construction order: derived field initialisers, then base field initialisers, then base
// constructor body, then derived constructor body; this(...) chaining runs the field
// initialisers only once (in the constructor that calls base); arguments to base(...)/this(...)
// are evaluated before any of the target constructor's work; readonly fields set in
// constructors; object and collection initialisers (evaluated after the constructor, in
// textual order); an exception thrown from a constructor leaves no observable object.
using System;
using System.Collections.Generic;

namespace Corpus
{
    static class Log
    {
        public static int Step;
        public static int Say(string s) { Console.WriteLine((++Step) + ": " + s); return Step; }
        public static string SayS(string s, string v) { Say(s); return v; }
    }

    class Base
    {
        int b1 = Log.Say("Base field b1");
        protected readonly int b2 = Log.Say("Base field b2");
        public readonly string Tag;

        public Base() : this(Log.SayS("arg of Base() -> Base(string)", "default"))
        {
            Log.Say("Base() body");
        }

        public Base(string tag)
        {
            Log.Say("Base(string) body, tag=" + tag + ", b1=" + b1 + ", b2=" + b2);
            Tag = tag;
        }
    }

    class Derived : Base
    {
        int d1 = Log.Say("Derived field d1");
        readonly int d2;
        int d3 = Log.Say("Derived field d3");

        public Derived() : base(Log.SayS("arg of base(...) from Derived()", "derived"))
        {
            d2 = Log.Say("Derived() body, d1=" + d1 + ", d3=" + d3 + ", tag=" + Tag);
        }

        public Derived(int x) : this()
        {
            Log.Say("Derived(int) body x=" + x + ", d2=" + d2);
        }

        public Derived(string s) : base()
        {
            Log.Say("Derived(string) body s=" + s);
        }
    }

    class Settings
    {
        public int A = Log.Say("Settings field A");
        int b;
        public int B { get { return b; } set { Log.Say("set B = " + value); b = value; } }
        public string C;
        public List<int> Items = new List<int>();
        public Settings() { Log.Say("Settings ctor, A=" + A + ", B=" + B); }
    }

    class Faulty
    {
        public static int Constructed;
        int f = Log.Say("Faulty field initializer");
        public Faulty(bool fail)
        {
            if (fail) throw new InvalidOperationException("ctor failed");
            Constructed++;
        }
    }

    struct Pair
    {
        public int X, Y;
        public Pair(int x) : this(x, x * 2) { Log.Say("Pair(int) body X=" + X + " Y=" + Y); }
        public Pair(int x, int y) { X = x; Y = y; Log.Say("Pair(int,int) body"); }
    }

    static class Program
    {
        static void Main()
        {
            Console.WriteLine("== new Derived()");
            Log.Step = 0;
            new Derived();
            Console.WriteLine("== new Derived(7)");
            Log.Step = 0;
            new Derived(7);
            Console.WriteLine("== new Derived(\"s\")");
            Log.Step = 0;
            new Derived("s");

            Console.WriteLine("== object initializer");
            Log.Step = 0;
            var s = new Settings { B = Log.Say("value for B"), C = Log.SayS("value for C", "c"), A = Log.Say("value for A") };
            Console.WriteLine("A=" + s.A + " B=" + s.B + " C=" + s.C);

            Console.WriteLine("== collection initializer");
            Log.Step = 0;
            var list = new List<int> { Log.Say("item 1"), Log.Say("item 2"), Log.Say("item 3") };
            Console.WriteLine("list: " + string.Join(",", list));
            var dict = new Dictionary<string, int> { { "one", 1 }, { "two", 2 } };
            Console.WriteLine("dict: one=" + dict["one"] + " two=" + dict["two"] + " count=" + dict.Count);
            Log.Step = 0;
            var nested = new Settings { Items = { Log.Say("nested item a"), Log.Say("nested item b") } };
            Console.WriteLine("nested items: " + string.Join(",", nested.Items));

            Console.WriteLine("== constructor throws");
            Log.Step = 0;
            Faulty ok = new Faulty(false);
            Faulty bad = null;
            try { bad = new Faulty(true); }
            catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
            Console.WriteLine("bad is null: " + (bad == null) + ", constructed: " + Faulty.Constructed + ", ok is null: " + (ok == null));

            Console.WriteLine("== struct constructor chaining");
            Log.Step = 0;
            Pair p = new Pair(5);
            Console.WriteLine("Pair " + p.X + "," + p.Y);
            Pair dflt = new Pair();
            Console.WriteLine("default Pair " + dflt.X + "," + dflt.Y);
        }
    }
}
