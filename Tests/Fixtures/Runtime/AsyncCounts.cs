// Known async work for `--stats`: 100 calls of an async method that suspends exactly once
// (on Task.Yield) and 100 calls that complete synchronously.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Suspends(int i)
    {
        await Task.Yield();
        return i;
    }

    static async Task<int> Completes(int i)
    {
        await Task.CompletedTask;
        return i;
    }

    static void Main()
    {
        long sum = 0;
        for (int i = 0; i < 100; i++) sum += Suspends(i).Result;
        for (int i = 0; i < 100; i++) sum += Completes(i).Result;
        Console.WriteLine(sum);
    }
}
