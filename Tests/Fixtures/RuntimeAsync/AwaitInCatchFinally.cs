// Classic-async twin of AwaitInCatchFinally.il (compiled by mcs, run by mono: its output is AwaitInCatchFinally.expected).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task Log(string s) { await Task.Yield(); Console.WriteLine("log {0}", s); }

    static async Task<int> CatchAwait(int x)
    {
        try { if (x > 0) throw new InvalidOperationException("x" + x); return 0; }
        catch (InvalidOperationException e) { await Log("caught " + e.Message); return x * 2; }
    }

    static async Task FinallyAwait(bool fail)
    {
        try { Console.WriteLine("body {0}", fail); if (fail) throw new ArgumentException("boom"); }
        finally { await Log("finally " + fail); }
    }

    static int Main()
    {
        Console.WriteLine(CatchAwait(0).Result);
        Console.WriteLine(CatchAwait(5).Result);
        FinallyAwait(false).Wait();
        try { FinallyAwait(true).GetAwaiter().GetResult(); Console.WriteLine("no exception"); }
        catch (ArgumentException e) { Console.WriteLine("main caught {0}", e.Message); }
        return 0;
    }
}
