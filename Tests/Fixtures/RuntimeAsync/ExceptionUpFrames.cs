// Classic-async twin of ExceptionUpFrames.il (compiled by mcs, run by mono: its output is ExceptionUpFrames.expected).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Leaf(TaskCompletionSource<int> tcs) { int v = await tcs.Task; Console.WriteLine("leaf resumed {0}", v); throw new InvalidOperationException("leaf failed at " + v); }
    static async Task<int> Mid(TaskCompletionSource<int> tcs, int level) { if (level == 0) return await Leaf(tcs); int r = await Mid(tcs, level - 1); Console.WriteLine("never {0}", level); return r + 1; }
    static async Task<string> Top(TaskCompletionSource<int> tcs)
    {
        try { int r = await Mid(tcs, 3); return "ok " + r; }
        catch (InvalidOperationException e) { Console.WriteLine("top caught {0}", e.Message); return "caught"; }
        finally { Console.WriteLine("top finally"); }
    }
    static async Task Unobserved(TaskCompletionSource<int> tcs) { await Mid(tcs, 2); }

    static int Main()
    {
        var t1 = new TaskCompletionSource<int>();
        Task<string> top = Top(t1);
        Console.WriteLine("top started {0}", top.IsCompleted);
        t1.SetResult(9);
        Console.WriteLine(top.Result);
        var t2 = new TaskCompletionSource<int>();
        Task u = Unobserved(t2);
        t2.SetResult(4);
        Console.WriteLine("u {0} {1}", u.IsFaulted, u.Status);
        try { u.GetAwaiter().GetResult(); Console.WriteLine("no exception"); }
        catch (InvalidOperationException e) { Console.WriteLine("main caught {0}", e.Message); }
        return 0;
    }
}
