// Classic-async twin of InstanceMethods.il (compiled by mcs, run by mono: its output is InstanceMethods.expected).
using System;
using System.Threading.Tasks;

class Counter { public int N; public async Task<int> AddLater(Task<int> t) { N += 1; int v = await t; N += v; return N; } }
struct SCounter { public int N; public async Task<int> AddLater(Task<int> t) { N += 1; int v = await t; N += v; return N; } }

class Program
{
    static int Main()
    {
        var tcs = new TaskCompletionSource<int>();
        var c = new Counter();
        Task<int> t = c.AddLater(tcs.Task);
        Console.WriteLine("class before {0}", c.N);
        tcs.SetResult(10);
        Console.WriteLine("class after {0} {1}", c.N, t.Result);
        tcs = new TaskCompletionSource<int>();
        SCounter s = new SCounter();
        t = s.AddLater(tcs.Task);
        Console.WriteLine("struct before {0}", s.N);
        tcs.SetResult(10);
        Console.WriteLine("struct after {0} {1}", s.N, t.Result);
        return 0;
    }
}
