// Classic-async twin of ByRefArguments.il (compiled by mcs, run by mono: its output is ByRefArguments.expected). C# has no byref parameters in async methods: a Box holds Middle's c.
using System;
using System.Threading.Tasks;

class Box { public int C; }

class Program
{
    static async Task<int> Bump(Box c, int n) { for (int i = 0; i < n; i++) { await Task.Yield(); c.C += 1; } return c.C; }
    static async Task<int> Pass(Box c, int n) { int r = await Bump(c, n); return r + c.C; }
    static async Task<int> Middle(int n) { Box c = new Box { C = 100 }; int r = await Pass(c, n); await Task.Yield(); return c.C * 1000 + r; }
    static async Task<int> Outer(int depth, int n) { if (depth == 0) return await Middle(n); return await Outer(depth - 1, n) + 1; }

    static int Main()
    {
        Console.WriteLine(Outer(6, 10).Result);
        Console.WriteLine(Outer(3, 0).Result);
        Console.WriteLine(Outer(20, 25).Result);
        return 0;
    }
}
