// Closures: lambdas capture variables, not values. A `for` loop variable is one variable shared
// by all iterations; a `foreach` variable is a fresh variable per iteration (C# 5+); a local
// declared inside a loop body is fresh per iteration; captured variables modified after the
// lambda was created; two lambdas sharing one captured variable; nested closures capturing
// variables of different scopes; capturing `this`, parameters and ref-free struct locals;
// independent counters from a factory; a closure outliving its frame.
using System;
using System.Collections.Generic;

namespace Corpus
{
    class Widget
    {
        int clicks;
        public string Name;
        public Action MakeClicker() { return () => { clicks++; Console.Write("[" + Name + " " + clicks + "]"); }; }
        public int Clicks { get { return clicks; } }
    }

    struct Point { public int X; }

    static class Program
    {
        static string Run(List<Func<int>> fs) { string s = ""; foreach (var f in fs) s += f() + " "; return s.TrimEnd(); }

        static Func<int> Counter(int start)
        {
            int n = start;
            return () => n++;
        }

        static Func<int, int> Adder(int amount) { return x => x + amount; }

        static void Main()
        {
            Console.WriteLine("-- for: one shared variable");
            var fs = new List<Func<int>>();
            for (int i = 0; i < 3; i++) fs.Add(() => i);
            Console.WriteLine(Run(fs));

            Console.WriteLine("-- for with a copy inside the body");
            fs.Clear();
            for (int i = 0; i < 3; i++) { int copy = i; fs.Add(() => copy); }
            Console.WriteLine(Run(fs));

            Console.WriteLine("-- foreach: fresh variable per iteration");
            fs.Clear();
            foreach (int v in new[] { 10, 20, 30 }) fs.Add(() => v);
            Console.WriteLine(Run(fs));

            Console.WriteLine("-- while with a body local");
            fs.Clear();
            int w = 0;
            while (w < 3) { int local = w * 100; fs.Add(() => local + w); w++; }
            Console.WriteLine(Run(fs) + "  <- local is per iteration, w is shared");

            Console.WriteLine("-- modification after capture");
            int x = 1;
            Func<int> getX = () => x;
            Action setX = () => x = 50;
            x = 2;
            Console.WriteLine("getX() " + getX());
            setX();
            Console.WriteLine("after setX: x " + x + ", getX() " + getX());

            Console.WriteLine("-- independent counters");
            Func<int> c1 = Counter(0), c2 = Counter(100);
            Console.WriteLine(c1() + " " + c1() + " " + c2() + " " + c1() + " " + c2());

            Console.WriteLine("-- nested closures");
            var adders = new List<Func<int, int>>();
            for (int k = 1; k <= 3; k++)
            {
                int factor = k * 10;
                adders.Add(y => Adder(factor)(y) + k);   // factor per iteration, k shared
            }
            string line = "";
            foreach (var ad in adders) line += ad(1) + " ";
            Console.WriteLine(line.TrimEnd());
            int outer = 1;
            Func<Func<int>> makeInner = () => { int inner = 10; return () => outer + inner++; };
            Func<int> innerA = makeInner(), innerB = makeInner();
            outer = 100;
            Console.WriteLine(innerA() + " " + innerA() + " " + innerB());

            Console.WriteLine("-- capturing this");
            var wdg = new Widget { Name = "w" };
            Action click = wdg.MakeClicker();
            click(); click();
            wdg.Name = "renamed";
            click();
            Console.WriteLine(" clicks " + wdg.Clicks);

            Console.WriteLine("-- capturing parameters and structs");
            Func<int> fromParam = CaptureParam(7);
            Console.WriteLine("param capture: " + fromParam() + " " + fromParam());
            Point p = new Point { X = 1 };
            Func<int> readP = () => p.X;
            p.X = 2;
            Action bumpP = () => p.X += 10;
            bumpP();
            Console.WriteLine("struct local captured by reference: " + readP() + ", p.X " + p.X);

            Console.WriteLine("-- closures in a loop over actions");
            var actions = new List<Action>();
            string log = "";
            foreach (string s in new[] { "a", "b", "c" })
                actions.Add(() => log += s.ToUpperInvariant());
            foreach (var act in actions) act();
            actions.Reverse();
            foreach (var act in actions) act();
            Console.WriteLine("log " + log);

            Console.WriteLine("-- capture in foreach over a list of lambdas building lambdas");
            var pipeline = new List<Func<int, int>>();
            foreach (int step in new[] { 1, 2, 3 })
                pipeline.Add(n => n * 10 + step);
            int acc = 0;
            foreach (var f in pipeline) acc = f(acc);
            Console.WriteLine("pipeline result " + acc);
        }

        static Func<int> CaptureParam(int value) { return () => value++; }
    }
}
