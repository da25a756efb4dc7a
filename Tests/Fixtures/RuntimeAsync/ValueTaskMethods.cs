// Classic-async twin of ValueTaskMethods.il (compiled by mcs, run by mono: its output is ValueTaskMethods.expected).
// mcs 6.8 crashes on `async ValueTask` (non-generic), so Log is an ordinary method wrapping an async Task.
using System;
using System.Threading.Tasks;

class Program
{
    static async ValueTask<int> Twice(int x) { await Task.Yield(); return x * 2; }
    static async ValueTask<int> Sync(int x) { return x + 1; }
    static async Task LogCore(string s) { await Task.Yield(); Console.WriteLine("log {0}", s); }
    static ValueTask Log(string s) { return new ValueTask(LogCore(s)); }
    static async ValueTask<int> Sum(int x) { int a = await Sync(x); await Log("a=" + a); return a + await Twice(a); }

    static int Main()
    {
        ValueTask<int> v = Sync(9);
        Console.WriteLine("sync {0} {1}", v.IsCompleted, v.Result);
        Console.WriteLine("twice {0}", Twice(5).AsTask().Result);
        Log("direct").AsTask().Wait();
        Console.WriteLine("sum {0}", Sum(3).AsTask().Result);
        return 0;
    }
}
