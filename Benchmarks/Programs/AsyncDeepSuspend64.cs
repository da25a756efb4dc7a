// Async chain 64 deep whose leaf awaits Task.Yield(), 7500 times: every frame of the chain suspends and resumes once per iteration.
using System;
using System.Threading.Tasks;
static class Program
{
    const int Depth = 64;
    const int Iterations = 7500;

    static async Task<int> Level(int depth, int x)
    {
        if (depth == 0)
        {
            await Task.Yield();
            return x;
        }
        int r = await Level(depth - 1, x);
        return r + 1;
    }

    static async Task<long> Run()
    {
        long sum = 0;
        for (int i = 0; i < Iterations; i++)
        {
            int v = await Level(Depth - 1, i);
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
