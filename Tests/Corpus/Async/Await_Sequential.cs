// Sequential awaits in one method: completed and suspending tasks mixed, values flowing from one await to the next, hoisted locals and parameters surviving suspensions.
using System;
using System.Threading.Tasks;

namespace Corpus.Async.Await_Sequential
{
    static class Program
    {
        static async Task<int> AddLater(int a, int b)
        {
            await Task.Yield();
            return a + b;
        }

        static async Task<int> AddNow(int a, int b)
        {
            await Task.FromResult(0);
            return a + b;
        }

        static async Task<string> Concat(string s, int n)
        {
            string acc = s;
            for (int i = 0; i < n; i++)
            {
                await Task.Yield();
                acc = acc + i;
            }
            return acc;
        }

        static async Task<long> Chain(int steps)
        {
            long v = 1;
            int sync = 0, async = 0;
            for (int i = 1; i <= steps; i++)
            {
                if (i % 3 == 0) { v = v * 3 + await AddLater(i, 1); async++; }
                else { v = v * 2 + await AddNow(i, 2); sync++; }
                if (i % 5 == 0) Console.WriteLine("  step " + i + " v=" + v);
            }
            Console.WriteLine("  sync=" + sync + " async=" + async);
            return v;
        }

        static async Task<int> Run()
        {
            int a = await AddLater(1, 2);
            Console.WriteLine("a = " + a);
            int b = await AddNow(a, 10);
            Console.WriteLine("b = " + b);
            int c = await AddLater(b, await AddNow(a, b));
            Console.WriteLine("c = " + c);
            int d = await AddLater(await AddLater(1, 1), await AddLater(2, 2));
            Console.WriteLine("d = " + d);
            string s = await Concat("x", 5);
            Console.WriteLine("s = " + s);
            Console.WriteLine("s0 = '" + await Concat("", 0) + "'");
            long ch = await Chain(20);
            Console.WriteLine("chain = " + ch);
            Task<int> t1 = AddLater(100, 1);
            Task<int> t2 = AddNow(200, 2);
            Task<int> t3 = AddLater(300, 3);
            int r3 = await t3;
            int r1 = await t1;
            int r2 = await t2;
            Console.WriteLine("out of order: " + r1 + " " + r2 + " " + r3);
            Console.WriteLine("awaited again: " + await t1 + " " + await t1);
            int total = 0;
            for (int i = 0; i < 100; i++) total += await (i % 2 == 0 ? AddLater(i, i) : AddNow(i, -1));
            Console.WriteLine("loop total = " + total);
            return a + b + c + d;
        }

        static int Main()
        {
            int r = Run().GetAwaiter().GetResult();
            Console.WriteLine("result " + r);
            return r % 100;
        }
    }
}
