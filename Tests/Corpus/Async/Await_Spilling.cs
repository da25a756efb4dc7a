// await inside expressions: left-to-right evaluation of arguments, operators and array/field targets around awaits; await in ?:, &&, ||, ??, string concatenation, array and object initialisers, conditions of if/while/switch, index expressions and struct field targets; values computed before an await kept across the suspension.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;

namespace Corpus.Async.Await_Spilling
{
    struct S { public int A, B; }

    class Obj
    {
        public int F;
        public S St;
        public int[] Arr = new int[3];
    }

    static class Program
    {
        static StringBuilder log = new StringBuilder();

        static int N(int v) { log.Append("n" + v + " "); return v; }
        static async Task<int> A(int v) { log.Append("a" + v + "< "); await Task.Yield(); log.Append(">a" + v + " "); return v; }
        static async Task<bool> AB(bool v) { log.Append("b" + v + " "); await Task.Yield(); return v; }
        static async Task<string> AS(string v) { await Task.Yield(); log.Append("s" + (v ?? "null") + " "); return v; }
        static int Sum3(int x, int y, int z) { log.Append("sum "); return x * 100 + y * 10 + z; }
        static string Show(string title, object v) { string r = title + " = " + v + " | " + log.ToString().TrimEnd(); log.Clear(); return r; }

        static async Task Run()
        {
            Console.WriteLine(Show("args", Sum3(N(1), await A(2), N(3))));
            Console.WriteLine(Show("args2", Sum3(await A(1), N(2), await A(3))));
            Console.WriteLine(Show("binary", N(5) - await A(3) * N(2)));
            Console.WriteLine(Show("nested", Sum3(await A(await A(1) + 1), N(0), await A(N(4)))));
            int c = await AB(true) ? N(1) : await A(2);
            Console.WriteLine(Show("cond true", c));
            c = await AB(false) ? N(1) : await A(2);
            Console.WriteLine(Show("cond false", c));
            bool and = await AB(false) && await AB(true);
            Console.WriteLine(Show("&& short-circuit", and));
            bool or = await AB(true) || await AB(true);
            Console.WriteLine(Show("|| short-circuit", or));
            bool both = await AB(true) && await AB(false);
            Console.WriteLine(Show("&& both", both));
            string co = await AS(null) ?? await AS("fallback");
            Console.WriteLine(Show("??", co));
            string cat = "x" + N(1) + await AS("y") + N(2) + await A(3);
            Console.WriteLine(Show("concat", cat));

            int[] arr = { N(1), await A(2), N(3) };
            Console.WriteLine(Show("array init", string.Join(",", arr)));
            var list = new List<int> { await A(7), N(8) };
            Console.WriteLine(Show("collection init", string.Join(",", list)));
            var o = new Obj { F = await A(4), St = new S { A = N(1), B = await A(2) } };
            Console.WriteLine(Show("object init", o.F + " " + o.St.A + " " + o.St.B));

            int i = 0;
            arr[N(i)] = await A(10);
            Console.WriteLine(Show("array store", string.Join(",", arr)));
            int x = 5;
            x += await A(6);
            Console.WriteLine(Show("local +=", x));
            // Not tested: arr[i] += await t. mcs 6.8 reuses one spill field for the index and the
            // sum, so the store indexes with the sum (IndexOutOfRangeException); see README.md.
            arr[N(2)] = arr[2] + await A(100);
            Console.WriteLine(Show("element = element +", string.Join(",", arr)));
            o.F *= await A(3);
            o.St.A += await A(9);
            o.Arr[N(1)] = await A(11) + N(1);
            Console.WriteLine(Show("field targets", o.F + " " + o.St.A + " " + string.Join(",", o.Arr)));

            int loops = 0;
            while (await A(loops) < 3) loops++;
            Console.WriteLine(Show("while cond", loops));
            if (await AB(N(1) == 1)) Console.WriteLine(Show("if cond", "taken"));
            switch (await A(2))
            {
                case 1: Console.WriteLine("wrong"); break;
                case 2: Console.WriteLine(Show("switch", "two")); break;
            }
            switch (await AS("b"))
            {
                case "a": Console.WriteLine("wrong"); break;
                default: Console.WriteLine(Show("switch string", "default")); break;
            }
            long big = (long)N(1) << await A(40);
            Console.WriteLine(Show("shift", big));
            double dv = N(1) / (double)await A(4);
            Console.WriteLine(Show("divide", dv == 0.25));
            object boxed = await A(3);
            Console.WriteLine(Show("boxed", boxed.GetType().Name));
            int? nn = N(1) > 0 ? await A(5) : (int?)null;
            Console.WriteLine(Show("nullable cond", nn));
            string interp = $"[{N(1)}|{await A(2)}|{await AS("z")}]";
            Console.WriteLine(Show("interpolation", interp));
            Func<int, int> add = v => v + N(1000);
            Console.WriteLine(Show("delegate arg", add(await A(1))));
            var t = Tuple.Create(N(1), await A(2), await AS("three"));
            Console.WriteLine(Show("tuple", t.Item1 + t.Item2 + t.Item3));
        }

        static void Main()
        {
            Run().Wait();
        }
    }
}
