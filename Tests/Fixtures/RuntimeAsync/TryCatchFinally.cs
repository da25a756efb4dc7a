// Classic-async twin of TryCatchFinally.il (compiled by mcs, run by mono: its output is TryCatchFinally.expected).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Guarded(TaskCompletionSource<int> tcs, bool fail)
    {
        int r = 0;
        try
        {
            try
            {
                Console.WriteLine("try {0}", fail);
                r = await tcs.Task;
                if (fail) throw new InvalidOperationException("fail " + r);
                Console.WriteLine("try end {0}", r);
            }
            finally { Console.WriteLine("inner finally {0}", r); }
        }
        catch (InvalidOperationException e) { Console.WriteLine("catch {0}", e.Message); r = -1; }
        finally { Console.WriteLine("outer finally {0}", r); }
        return r;
    }

    static async Task<int> Thrower(int x) { await Task.Yield(); throw new ArgumentException("bad " + x); }

    static async Task<int> CatchesAwaited()
    {
        try { return await Thrower(3); }
        catch (ArgumentException e) { Console.WriteLine("caught from await: {0}", e.Message); return 7; }
    }

    static int Main()
    {
        var a = new TaskCompletionSource<int>(); var b = new TaskCompletionSource<int>();
        Task<int> ta = Guarded(a, false);
        Task<int> tb = Guarded(b, true);
        Console.WriteLine("started");
        a.SetResult(1);
        Console.WriteLine("a {0}", ta.Result);
        b.SetResult(2);
        Console.WriteLine("b {0}", tb.Result);
        Console.WriteLine("c {0}", CatchesAwaited().Result);
        return 0;
    }
}
