// Classic-async twin of PendingTcs.il (compiled by mcs, run by mono: its output is PendingTcs.expected).
using System;
using System.Threading.Tasks;

struct Pair { public int A; public long B; }

class Program
{
    static async Task<int> Wait(TaskCompletionSource<int> first, TaskCompletionSource<bool> second, int a, string name)
    {
        int local = a * 10; long big = 1L << 40; Pair p; p.A = a; p.B = big + a; object o = name + "!";
        Console.WriteLine("before {0} {1}", name, local);
        int v = await first.Task;
        Console.WriteLine("resumed1 {0} a={1} local={2}", name, a, local);
        Console.WriteLine("  v={0} p={1}/{2}", v, p.A, p.B);
        Console.WriteLine("  o={0}", o);
        local += v; a = -a;
        await (Task)second.Task;
        Console.WriteLine("resumed2 {0} a={1} local={2}", name, a, local);
        Console.WriteLine("  big={0} o={1}", big, o);
        return local + a;
    }

    static int Main()
    {
        var f1 = new TaskCompletionSource<int>(); var s1 = new TaskCompletionSource<bool>();
        var f2 = new TaskCompletionSource<int>(); var s2 = new TaskCompletionSource<bool>();
        Task<int> t1 = Wait(f1, s1, 3, "x");
        Task<int> t2 = Wait(f2, s2, 4, "y");
        Console.WriteLine("started {0} {1}", t1.IsCompleted, t2.IsCompleted);
        f2.SetResult(20);
        Console.WriteLine("set f2");
        f1.SetResult(10);
        Console.WriteLine("set f1");
        s1.SetResult(true);
        Console.WriteLine("set s1 {0} {1}", t1.IsCompleted, t2.IsCompleted);
        s2.SetResult(false);
        Console.WriteLine("set s2 {0}", t2.IsCompleted);
        Console.WriteLine("results {0} {1}", t1.Result, t2.Result);
        return 0;
    }
}
