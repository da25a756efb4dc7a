// Hoisted state in loops with awaits: for/while/do/foreach (array, List, string, Dictionary insertion order, yield iterator) with awaits in the body; nested loops; break/continue/goto across awaits; locals declared inside loops re-initialised each iteration; a switch with awaits in several cases; many distinct await sites in one method.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;

namespace Corpus.Async.Await_Loops
{
    static class Program
    {
        static async Task<int> Id(int v) { await Task.Yield(); return v; }
        static async Task<int> IdSync(int v) { return await Task.FromResult(v); }

        static IEnumerable<int> Gen(int n)
        {
            for (int i = 0; i < n; i++) yield return i * i;
        }

        static async Task<string> Run()
        {
            var sb = new StringBuilder();
            int s = 0;
            for (int i = 0; i < 10; i++) s += await Id(i);
            sb.Append("for=" + s);
            int w = 0, k = 0;
            while (k < 10) { w += await IdSync(k); k += await Id(2); }
            sb.Append(" while=" + w);
            int d = 0;
            do { d = d * 2 + await Id(1); } while (d < 100);
            sb.Append(" do=" + d);
            Console.WriteLine(sb.ToString());

            sb.Clear();
            foreach (int x in new[] { 5, 6, 7 }) sb.Append(await Id(x));
            foreach (int x in new List<int> { 8, 9 }) sb.Append(await IdSync(x));
            foreach (char ch in "abc") { await Task.Yield(); sb.Append(char.ToUpper(ch)); }
            var dict = new Dictionary<string, int> { { "one", 1 }, { "two", 2 }, { "three", 3 } };
            foreach (var kv in dict) sb.Append(" " + kv.Key + "=" + await Id(kv.Value));
            foreach (int g in Gen(5)) sb.Append(" g" + await Id(g));
            Console.WriteLine(sb.ToString());

            var cells = new List<string>();
            for (int r = 0; r < 4; r++)
            {
                for (int c = 0; c < 4; c++)
                {
                    if (c > r) break;
                    if ((r + c) % 3 == 0) continue;
                    cells.Add(r + "" + await Id(c));
                }
            }
            Console.WriteLine("nested: " + string.Join(",", cells));

            var fresh = new List<string>();
            for (int i = 0; i < 3; i++)
            {
                int local;
                int counter = 0;
                List<int> perIter = new List<int>();
                local = await Id(i * 10);
                counter += local;
                perIter.Add(await Id(counter));
                fresh.Add(counter + ":" + perIter.Count);
            }
            Console.WriteLine("fresh locals: " + string.Join(" ", fresh));

            int n = 0;
        again:
            n += await Id(3);
            if (n < 12) goto again;
            Console.WriteLine("goto loop: " + n);

            var sw = new List<string>();
            for (int i = 0; i < 6; i++)
            {
                switch (i % 4)
                {
                    case 0: sw.Add("z" + await Id(i)); break;
                    case 1: sw.Add("o" + await IdSync(i)); goto case 3;
                    case 2: await Task.Yield(); sw.Add("t"); break;
                    case 3: sw.Add("h" + await Id(i)); break;
                }
            }
            Console.WriteLine("switch: " + string.Join(" ", sw));

            int a1 = await Id(1), a2 = await Id(2), a3 = await Id(3), a4 = await Id(4), a5 = await Id(5);
            int a6 = await IdSync(6), a7 = await IdSync(7), a8 = await Id(8), a9 = await Id(9), a10 = await Id(10);
            long combo = a1 + 10L * a2 + 100L * a3 + 1000L * a4 + 10000L * a5 + 100000L * a6 + 1000000L * a7 + 10000000L * a8 + 100000000L * a9 + 1000000000L * a10;
            Console.WriteLine("ten await sites: " + combo);

            long big = 0;
            for (int i = 0; i < 5000; i++) big += await (i % 2 == 0 ? Id(i) : IdSync(i));
            return "5000 iterations: " + big;
        }

        static void Main()
        {
            Console.WriteLine(Run().Result);
        }
    }
}
