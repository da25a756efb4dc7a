// Classic-async twin of CustomAwaiter.il (compiled by mcs, run by mono: its output is CustomAwaiter.expected).
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

sealed class Gate { public Action Continuation; public bool Ready; public int Value; }

struct GateAwaiter : ICriticalNotifyCompletion
{
    Gate g;
    public GateAwaiter(Gate g) { this.g = g; }
    public bool IsCompleted { get { return g.Ready; } }
    public int GetResult() { Console.WriteLine("GetResult {0}", g.Value); return g.Value; }
    public void OnCompleted(Action c) { Console.WriteLine("OnCompleted"); g.Continuation = c; }
    public void UnsafeOnCompleted(Action c) { Console.WriteLine("UnsafeOnCompleted"); g.Continuation = c; }
}

struct GateAwaitable
{
    Gate g;
    public GateAwaitable(Gate g) { this.g = g; }
    public GateAwaiter GetAwaiter() { return new GateAwaiter(g); }
}

sealed class PlainAwaiter : INotifyCompletion
{
    Gate g;
    public PlainAwaiter(Gate g) { this.g = g; }
    public bool IsCompleted { get { return g.Ready; } }
    public int GetResult() { Console.WriteLine("GetResult {0}", g.Value); return g.Value; }
    public void OnCompleted(Action c) { Console.WriteLine("OnCompleted"); g.Continuation = c; }
}

sealed class PlainAwaitable
{
    Gate g;
    public PlainAwaitable(Gate g) { this.g = g; }
    public PlainAwaiter GetAwaiter() { return new PlainAwaiter(g); }
}

class Program
{
    static async Task<int> UseGates(Gate g, Gate p, Gate ready)
    {
        Console.WriteLine("start");
        int v = await new GateAwaitable(g);
        Console.WriteLine("resumed {0}", v);
        int w = await new PlainAwaitable(p);
        Console.WriteLine("resumed {0}", w);
        int x = await new GateAwaitable(ready);
        return v + w + x;
    }

    static void Resume(Gate g, int value)
    {
        g.Value = value; g.Ready = true;
        Action c = g.Continuation; g.Continuation = null;
        Console.WriteLine("invoking continuation");
        c();
    }

    static int Main()
    {
        Gate g = new Gate(), p = new Gate(), ready = new Gate();
        ready.Ready = true; ready.Value = 100;
        Task<int> t = UseGates(g, p, ready);
        Console.WriteLine("returned {0}", t.IsCompleted);
        Resume(g, 5);
        Console.WriteLine("after g {0}", t.IsCompleted);
        Resume(p, 7);
        Console.WriteLine("after p {0} {1}", t.IsCompleted, t.Result);
        return 0;
    }
}
