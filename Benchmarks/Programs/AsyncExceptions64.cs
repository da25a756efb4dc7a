// Exception thrown at the leaf of a depth-64 suspended async chain (leaf awaits Task.Yield() then throws), caught at the root, 10,000 times: 64 rethrows through awaits per iteration.
using System;
using System.Threading.Tasks;
static class Program
{
    const int Depth = 64;
    const int Iterations = 10000;

    static async Task<int> Level(int depth, int x)
    {
        if (depth == 0)
        {
            await Task.Yield();
            throw new InvalidOperationException("leaf " + x);
        }
        int r = await Level(depth - 1, x);
        return r + 1;
    }

    static async Task<long> Run()
    {
        long caught = 0;
        for (int i = 0; i < Iterations; i++)
        {
            try
            {
                int v = await Level(Depth - 1, i);
                caught -= v; // never reached
            }
            catch (InvalidOperationException e)
            {
                caught += e.Message.Length;
            }
        }
        return caught;
    }

    static int Main()
    {
        long caught = Run().GetAwaiter().GetResult();
        Console.WriteLine("checksum " + caught);
        return 0;
    }
}
