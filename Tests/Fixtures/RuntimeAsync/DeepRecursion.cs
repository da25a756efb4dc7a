// Classic-async twin of DeepRecursion.il (compiled by mcs, run by mono: its output is DeepRecursion.expected).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Deep(int n, Task<int> leaf) { if (n == 0) return await leaf; return await Deep(n - 1, leaf) + 1; }
    static async Task<int> DeepYield(int n) { if (n == 0) { await Task.Yield(); return 0; } return 1 + await DeepYield(n - 1); }
    static async Task<int> DeepSync(int n) { if (n == 0) return 0; return await DeepSync(n - 1) + 2; }

    static int Main()
    {
        var tcs = new TaskCompletionSource<int>();
        Task<int> t = Deep(1000, tcs.Task);
        Console.WriteLine("suspended {0}", !t.IsCompleted);
        tcs.SetResult(7);
        Console.WriteLine("deep {0}", t.Result);
        Console.WriteLine("yield {0}", DeepYield(1000).Result);
        Console.WriteLine("sync {0}", DeepSync(1000).Result);
        return 0;
    }
}
