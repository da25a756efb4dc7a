// Suspension and resumption in isolation: a chain of `depth` async methods whose leaf awaits a
// custom awaiter n times. The awaiter never completes by itself; it keeps the continuation,
// and the synchronous driver (Run) resumes it — no scheduler, thread pool or timer involved,
// so each Step is exactly one resumption of the chain and its next suspension.
//
// Classic (compiled state machines): only the leaf's state machine suspends and resumes at
// each await; the callers above wait on its task. Runtime async (the same methods lowered by
// AsyncLowering): each suspension takes the whole chain's frames off the VM stack, and each
// resumption puts them back.
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

public sealed class Pump : INotifyCompletion
{
    Action pending;

    public Pump GetAwaiter() { return this; }
    public bool IsCompleted { get { return false; } }
    public void OnCompleted(Action continuation) { pending = continuation; }
    public void GetResult() { }

    // Resumes the suspended chain; false once nothing waits any more.
    public bool Step()
    {
        Action c = pending;
        if (c == null) return false;
        pending = null;
        c();
        return true;
    }
}

public static class Suspension
{
    static async Task Leaf(Pump pump, int n)
    {
        for (int i = 0; i < n; i++) await pump;
    }

    static async Task Chain(Pump pump, int depth, int n)
    {
        if (depth <= 1) await Leaf(pump, n);
        else await Chain(pump, depth - 1, n);
    }

    // Depth counts the leaf: depth 1 is the leaf alone. Returns the resumptions (n).
    public static int Run(int depth, int n)
    {
        Pump pump = new Pump();
        Task chain = depth <= 1 ? Leaf(pump, n) : Chain(pump, depth - 1, n);
        int steps = 0;
        while (pump.Step()) steps++;
        if (!chain.IsCompleted) throw new InvalidOperationException("the chain did not complete");
        return steps;
    }
}
