// Classic-async twin of ConfigureAwait.il (compiled by mcs, run by mono: its output is ConfigureAwait.expected).
// mcs 6.8 crashes on `async ValueTask` (non-generic), so VTVoid is an ordinary method here.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Pending(TaskCompletionSource<int> tcs) { int v = await tcs.Task.ConfigureAwait(false); Console.WriteLine("pending resumed {0}", v); return v + 1; }
    static async ValueTask<int> VT(int x) { await Task.Yield(); return x * 3; }
    static ValueTask VTVoid() { return new ValueTask(Task.CompletedTask); }
    static async Task<int> Run(TaskCompletionSource<int> tcs)
    {
        int a = await Task.FromResult(1).ConfigureAwait(false);
        await Task.CompletedTask.ConfigureAwait(true);
        int b = 10 * await Pending(tcs).ConfigureAwait(true);
        Console.WriteLine("run resumed {0} {1}", a, b);
        int c = await VT(5).ConfigureAwait(false);
        await VTVoid().ConfigureAwait(true);
        await ((Task)tcs.Task).ConfigureAwait(false);
        return a + b + c;
    }

    static int Main()
    {
        var tcs = new TaskCompletionSource<int>();
        Task<int> t = Run(tcs);
        Console.WriteLine("started {0}", t.IsCompleted);
        tcs.SetResult(4);
        int r = t.Result;
        Console.WriteLine("result {0}", r);
        return 0;
    }
}
