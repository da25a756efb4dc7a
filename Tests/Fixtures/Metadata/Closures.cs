// Lambdas, anonymous methods and closures: non-capturing lambdas (cached in
// static fields of a compiler-generated class), lambdas capturing locals,
// parameters and `this`, closures over loop variables (one display class per
// iteration scope), nested closures (display class referencing its parent),
// anonymous methods with and without parameter lists, generic lambdas inside
// generic methods, delegates of every shape (Func/Action/Predicate/custom, ref
// and out parameters), method group conversions (static, instance, generic,
// extension), delegate combination and invocation lists, expression trees, and
// anonymous types.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;

namespace Fixtures.Closures
{
    public delegate bool RefPredicate(ref int value, out string reason);
    public delegate T Factory<T>();

    public static class Ext
    {
        public static int Triple(this int x) { return x * 3; }
        public static string Twice(this string s) { return s + s; }
    }

    public class Counter
    {
        private int count;
        public string Name = "counter";

        public Func<int> Incrementer() { return () => ++count; }                   // captures this
        public Action<int> Adder(int scale) { return n => count += n * scale; }   // captures this + parameter
        public int Count { get { return count; } }
        public string Describe(string prefix) { return prefix + Name + count; }
    }

    public class Program
    {
        static int StaticHelper(int x) { return x + 1000; }
        static T Make<T>() where T : new() { return new T(); }

        static List<Func<T>> Capture<T>(IEnumerable<T> items)
        {
            var list = new List<Func<T>>();
            foreach (var item in items) list.Add(() => item);                      // generic closure
            return list;
        }

        static Func<int, Func<int, int>> Curry(Func<int, int, int> f) { return a => b => f(a, b); }

        public static int Main()
        {
            Func<int, int> square = x => x * x;                                      // no captures
            Func<int, int, int> add = (a, b) => a + b;
            Action nothing = () => { };
            Predicate<string> empty = string.IsNullOrEmpty;                          // method group
            Console.WriteLine("simple: " + square(7) + " " + add(2, 3) + " " + empty("") + " " + empty("x"));
            nothing();

            int local = 10;
            Func<int, int> addLocal = x => x + local;
            local = 20;                                                              // seen by the closure
            Console.WriteLine("captured local: " + addLocal(1));

            var actions = new List<Func<int>>();
            for (int i = 0; i < 3; i++)
            {
                int copy = i;
                actions.Add(() => copy * 10);
            }
            foreach (var v in new[] { 7, 8 }) actions.Add(() => v);
            Console.WriteLine("loop captures: " + string.Join(",", actions.Select(f => f())));

            int outer = 1;
            Func<int, Func<int>> nested = p =>
            {
                int middle = p * 2;
                return () => outer + middle + p;                                     // nested display classes
            };
            outer = 100;
            Console.WriteLine("nested: " + nested(5)());

            var counter = new Counter();
            var inc = counter.Incrementer();
            inc(); inc();
            counter.Adder(10)(3);
            Func<string, string> describe = counter.Describe;                       // instance method group
            Console.WriteLine("this capture: " + counter.Count + " " + describe("#"));

            Func<int, int> anon = delegate (int x) { return x - 1; };
            EventHandler noParams = delegate { local++; };
            noParams(null, EventArgs.Empty);
            Console.WriteLine("anonymous methods: " + anon(10) + " " + local);

            RefPredicate positive = (ref int value, out string reason) =>
            {
                reason = value > 0 ? "positive" : "not positive";
                value = -value;
                return value < 0;
            };
            int num = 5;
            string why;
            bool ok = positive(ref num, out why);
            Console.WriteLine("ref/out delegate: " + ok + " " + num + " " + why);

            Factory<List<int>> factory = Make<List<int>>;                            // generic method group
            Func<int, int> triple = Ext.Triple;                                      // extension method as static
            Func<string> boundExtension = "ab".Twice;                                // extension method bound to its receiver
            Func<int, int> staticGroup = StaticHelper;
            Console.WriteLine("method groups: " + factory().Count + " " + triple(3) + " " + boundExtension() + " " + staticGroup(1));

            Console.WriteLine("generic closures: " + string.Join(",", Capture(new[] { "a", "b" }).Select(f => f())) + " " + Capture(new[] { 1.5 })[0]());
            Console.WriteLine("curry: " + Curry(add)(3)(4) + " " + Curry((a, b) => a * b)(6)(7));

            Action<List<string>> log1 = l => l.Add("one");
            Action<List<string>> log2 = l => l.Add("two");
            var combined = log1 + log2;
            combined += log1;
            combined -= log2;
            var sink = new List<string>();
            combined(sink);
            Console.WriteLine("multicast: " + string.Join(",", sink) + " " + combined.GetInvocationList().Length);

            Expression<Func<int, int, bool>> expr = (a, b) => a * 2 > b + 1 && b != 0;
            var compiled = expr.Compile();
            Console.WriteLine("expression: " + expr.Body.NodeType + " " + expr.Parameters.Count + " " + compiled(3, 4) + " " + compiled(1, 4));
            Expression<Func<Counter, string>> member = c => c.Name.ToUpper() + c.Count;
            Console.WriteLine("expression tree: " + member.Compile()(counter));

            var anonObj = new { Id = 1, Name = "anon", Tags = new[] { "x" } };
            var anonObj2 = new { Id = 1, Name = "anon", Tags = anonObj.Tags };
            Console.WriteLine("anonymous type: " + anonObj + " " + anonObj.Equals(anonObj2) + " " + (anonObj.GetType() == anonObj2.GetType()));
            var projected = new[] { 3, 1, 2 }.Select((x, i) => new { Value = x, Index = i }).OrderBy(a => a.Value).Select(a => a.Index);
            Console.WriteLine("projection: " + string.Join(",", projected));
            return 0;
        }
    }
}
