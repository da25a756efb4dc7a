// Async call chain 8 deep that never suspends (leaf awaits a completed Task.FromResult), 1M chains = 8M async calls: the cost of an async call that completes synchronously.
using System;
using System.Threading.Tasks;
static class Program
{
    const int Chains = 1000000;

    static async Task<int> Level(int depth, int x)
    {
        if (depth == 0)
        {
            int leaf = await Task.FromResult(x);
            return leaf;
        }
        int r = await Level(depth - 1, x);
        return r + 1;
    }

    static async Task<long> Run()
    {
        long sum = 0;
        for (int i = 0; i < Chains; i++)
        {
            int v = await Level(7, i); // depths 7..0: 8 async frames
            sum += v;
        }
        return sum;
    }

    static int Main()
    {
        long sum = Run().GetAwaiter().GetResult();
        Console.WriteLine("checksum " + sum);
        return 0;
    }
}
