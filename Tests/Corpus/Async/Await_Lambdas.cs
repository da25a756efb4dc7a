// Async lambdas and anonymous methods: Func<Task>, Func<Task<T>>, Func<int, Task<string>>; closures captured and mutated across awaits; lambdas in loops (per-iteration capture); async lambdas composing other async lambdas; async delegates stored in arrays and dictionaries.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Corpus.Async.Await_Lambdas
{
    static class Program
    {
        static async Task<T> Twice<T>(Func<Task<T>> f, Func<T, T, T> combine)
        {
            T a = await f();
            T b = await f();
            return combine(a, b);
        }

        static async Task<int> Run()
        {
            int counter = 0;
            Func<Task> inc = async () => { counter++; await Task.Yield(); counter += 10; };
            await inc();
            await inc();
            Console.WriteLine("counter = " + counter);

            Func<Task<int>> next = async () => { await Task.Yield(); return ++counter; };
            Console.WriteLine("next: " + await next() + " " + await next());

            Func<int, Task<string>> show = async n =>
            {
                string s = "";
                for (int i = 0; i < n; i++) { await Task.Yield(); s += (char)('a' + i); }
                return s;
            };
            Console.WriteLine("show(5) = " + await show(5) + ", show(0) = '" + await show(0) + "'");

            Func<int, int, Task<int>> mul = async delegate (int x, int y) { await Task.Delay(1); return x * y; };
            Console.WriteLine("anonymous method: " + await mul(6, 7));

            int shared = 0;
            var perIter = new List<Func<Task<int>>>();
            for (int i = 0; i < 5; i++)
            {
                int copy = i;
                perIter.Add(async () => { await Task.Yield(); return copy * 10 + i; });
            }
            string vals = "";
            foreach (var f in perIter) vals += await f() + " ";
            Console.WriteLine("for-loop capture: " + vals);

            vals = "";
            var fe = new List<Func<Task<int>>>();
            foreach (int v in new[] { 3, 1, 4 }) fe.Add(async () => { await Task.Yield(); return v; });
            foreach (var f in fe) vals += await f() + " ";
            Console.WriteLine("foreach capture: " + vals);

            Func<Task<int>> inner = async () => { await Task.Yield(); shared += 5; return shared; };
            Func<Task<int>> outer = async () => { int a = await inner(); int b = await inner(); return a * 100 + b; };
            Console.WriteLine("nested lambdas: " + await outer() + " shared=" + shared);

            int twice = await Twice(async () => { await Task.Yield(); return 21; }, (a, b) => a + b);
            string twiceS = await Twice(async () => { await Task.Yield(); return "ab"; }, (a, b) => a + "|" + b);
            Console.WriteLine("generic with lambda: " + twice + " " + twiceS);

            var ops = new Dictionary<string, Func<int, Task<int>>>();
            ops["sq"] = async x => { await Task.Yield(); return x * x; };
            ops["neg"] = async x => { await Task.FromResult(0); return -x; };
            ops["fact"] = null;
            ops["fact"] = async x => x <= 1 ? 1 : x * await ops["fact"](x - 1);
            Console.WriteLine("ops: " + await ops["sq"](9) + " " + await ops["neg"](9) + " " + await ops["fact"](10));

            Func<Task<int>>[] arr = new Func<Task<int>>[3];
            for (int i = 0; i < 3; i++) { int k = i; arr[i] = async () => { await Task.Delay(k); return k + 100; }; }
            var started = new Task<int>[3];
            for (int i = 2; i >= 0; i--) started[i] = arr[i]();
            int[] res = await Task.WhenAll(started);
            Console.WriteLine("array of lambdas: " + string.Join(",", res));

            Func<Task<Func<int, int>>> makeAdder = async () => { await Task.Yield(); int b = counter; return x => x + b; };
            Func<int, int> adder = await makeAdder();
            Console.WriteLine("lambda returning lambda: " + adder(1000));

            return counter + shared;
        }

        static void Main()
        {
            Console.WriteLine("result " + Run().Result);
        }
    }
}
