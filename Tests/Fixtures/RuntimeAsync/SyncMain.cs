// Classic-async twin of SyncMain.il (compiled by mcs, run by mono: its output is SyncMain.expected; exit code 42).
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Compute(int x, bool suspend) { if (suspend) await Task.Yield(); return x * 3; }
    static async Task<int> Fail(bool suspend) { if (suspend) await Task.Yield(); throw new InvalidOperationException("failed " + suspend); }
    static async Task Work(bool suspend) { if (suspend) await Task.Yield(); }

    static void GetResult(Task<int> t) { Console.WriteLine("GetResult {0}", t.GetAwaiter().GetResult()); }

    static void Report(Exception e)
    {
        if (e is AggregateException)
            Console.WriteLine("{0}: {1}", e.GetType().Name, "inner " + e.InnerException.GetType().Name + " " + e.InnerException.Message);
        else
            Console.WriteLine("{0}: {1}", e.GetType().Name, e.Message);
    }

    static int Main()
    {
        GetResult(Compute(1, false));
        GetResult(Compute(2, true));
        Console.WriteLine("Result {0}", Compute(3, false).Result);
        Console.WriteLine("Result {0}", Compute(4, true).Result);
        Task w = Work(false); w.Wait(); Console.WriteLine("waited {0}", w.Status);
        w = Work(true); w.Wait(); Console.WriteLine("waited {0}", w.Status);
        try { GetResult(Fail(true)); } catch (Exception e) { Report(e); }
        try { GetResult(Fail(false)); } catch (Exception e) { Report(e); }
        try { int r = Fail(false).Result; } catch (Exception e) { Report(e); }
        try { Fail(true).Wait(); } catch (Exception e) { Report(e); }
        return 42;
    }
}
