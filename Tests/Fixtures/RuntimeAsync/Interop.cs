// Classic-async twin of Interop.il (compiled by mcs, run by mono: its output is Interop.expected).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> RA(int x) { await Task.Yield(); return x + 1; }
    static Task<int> Ordinary(int x) { return RA(x * 10); }
    static int Cont(Task<int> t) { return t.Result * 2; }
    static Task<int> OrdinaryContinue(int x) { return RA(x).ContinueWith<int>(Cont); }
    static Task<int> OrdinaryPending(TaskCompletionSource<int> tcs) { return tcs.Task; }
    static int OrdinaryBlocks(int x) { return RA(x).Result; }
    static async Task<int> RACallsOrdinary(TaskCompletionSource<int> tcs)
    {
        int a = await Ordinary(1); int b = await OrdinaryContinue(2); int c = await OrdinaryPending(tcs);
        int[] all = await Task.WhenAll(RA(100), Ordinary(2), OrdinaryContinue(3));
        return a + b + c + all[0] + all[1] + all[2];
    }

    static int Main()
    {
        var tcs = new TaskCompletionSource<int>();
        Task<int> t = RACallsOrdinary(tcs);
        Console.WriteLine(OrdinaryBlocks(41));
        tcs.SetResult(1000);
        Console.WriteLine(t.Result);
        return 0;
    }
}
