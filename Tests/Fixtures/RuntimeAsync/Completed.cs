// Classic-async twin of Completed.il (compiled by mcs, run by mono: its output is Completed.expected).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task Nop() { await Task.CompletedTask; }
    static async Task Empty() { }
    static async Task<int> NoAwait(int x) { return x + 1; }
    static async Task<int> Leaf(int x) { return await Task.FromResult(x * 2); }
    static async Task<int> Middle(int x) { int a = await Leaf(x); await Nop(); return a + 1; }
    static async Task<int> Top(int x) { Task<int> done = Task.FromResult(100); return await Middle(x) + await done; }
    static async Task<int> Loop(int n) { int sum = 0; for (int i = 0; i < n; i++) sum += await Middle(i); return sum; }

    static int Main()
    {
        Task t = Nop();
        Console.WriteLine("Nop {0}", t.Status);
        t = Empty();
        Console.WriteLine("Empty {0}", t.Status);
        Task<int> ti = NoAwait(41);
        Console.WriteLine("NoAwait {0} {1}", ti.Status, ti.Result);
        ti = Top(5);
        Console.WriteLine("Top {0} {1}", ti.IsCompleted, ti.Result);
        ti = Loop(1000);
        Console.WriteLine("Loop {0} {1}", ti.IsCompleted, ti.Result);
        return 0;
    }
}
