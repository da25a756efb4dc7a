// AsyncSyncChain without async: the same 8-deep call chain of plain methods, 1M chains =
// 8M calls, and the same Task.FromResult at the leaf. The baseline for what an async call
// that completes synchronously costs (AsyncSyncChain / SyncChain).
using System;
using System.Threading.Tasks;
static class Program
{
    const int Chains = 1000000;

    static int Level(int depth, int x)
    {
        if (depth == 0)
        {
            int leaf = Task.FromResult(x).Result;
            return leaf;
        }
        int r = Level(depth - 1, x);
        return r + 1;
    }

    static long Run()
    {
        long sum = 0;
        for (int i = 0; i < Chains; i++)
        {
            int v = Level(7, i); // depths 7..0: 8 frames
            sum += v;
        }
        return sum;
    }

    static int Main()
    {
        long sum = Run();
        Console.WriteLine("checksum " + sum);
        return 0;
    }
}
