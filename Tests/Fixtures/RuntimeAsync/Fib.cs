// Classic-async twin of Fib.il (compiled by mcs, run by mono: its output is Fib.expected).
using System;
using System.Threading.Tasks;

struct Pair { public int A, B; public Pair(int a, int b) { A = a; B = b; } }

class Program
{
    static async Task<int> Fib(int i) { if (i < 2) return i; return await Fib(i - 1) + await Fib(i - 2); }
    static async Task<int> FibYield(int i) { if (i < 2) { await Task.Yield(); return i; } return await FibYield(i - 1) + await FibYield(i - 2); }
    static string Show(string s, long l, double d, object o, Pair p, int f)
        => string.Concat(new object[] { s, " ", l, " ", (int)(d * 4), " ", o, " ", p.A + p.B, " ", f });
    static async Task<string> Mixed(int k) => Show("k", 5L * k, 2.5, "boxed", new Pair(k, -k), await FibYield(k));

    static int Main()
    {
        Console.WriteLine(Fib(20).Result);
        Console.WriteLine(FibYield(12).Result);
        Console.WriteLine(Mixed(7).Result);
        return 0;
    }
}
