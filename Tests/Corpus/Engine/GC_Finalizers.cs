// Finalizers, GC.SuppressFinalize/ReRegisterForFinalize, resurrection, WeakReference,
// WeakReference<T> and GCHandle. Finalizers only count (they never print): Mono also runs
// the finalizers left at shutdown, modern .NET does not, and the output must not depend on it.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

class Tracked
{
    public static int Finalized;
    public int Id;
    public Tracked(int id) { Id = id; }
    public static int FinalizedAsBaseOfDerived;
    ~Tracked() { Finalized++; if (this is Derived) FinalizedAsBaseOfDerived++; }
}

class Derived : Tracked
{
    public static int DerivedFinalized;
    public Derived(int id) : base(id) { }
    ~Derived() { DerivedFinalized++; }
}

class Phoenix
{
    public static Phoenix Saved;
    public static int Count;
    public string Name = "phoenix";
    ~Phoenix() { Count++; Saved = this; }
}

class Suppressed
{
    public static int Count;
    public Suppressed(bool suppress) { if (suppress) GC.SuppressFinalize(this); }
    ~Suppressed() { Count++; }
}

class Node
{
    public Node Next;
    public int[] Payload = new int[100];
}

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeGarbage(int n)
    {
        for (int i = 0; i < n; i++) new Tracked(i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeDerived(int n)
    {
        for (int i = 0; i < n; i++) new Derived(i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakePhoenix() { new Phoenix(); }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeSuppressed()
    {
        for (int i = 0; i < 10; i++) new Suppressed(i % 2 == 0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference MakeWeak()
    {
        return new WeakReference(new Node { Next = new Node() });
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference<Node> MakeWeakT()
    {
        return new WeakReference<Node>(new Node());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle[] MakeHandles()
    {
        GCHandle h = GCHandle.Alloc(new Node(), GCHandleType.Normal);
        return new GCHandle[] { h, GCHandle.Alloc(h.Target, GCHandleType.Weak) };
    }

    // Conservative stack scanning (Mono's, and this engine's for VM stack slots) may see a
    // stale copy of a dead reference; overwrite the stack and retry a few times before
    // concluding that a weak reference is still alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    static long ClobberStack(int depth)
    {
        long a = depth, b = depth * 3, c = depth * 7, d = depth * 11;
        return depth == 0 ? a + b + c + d : ClobberStack(depth - 1) + a + b + c + d;
    }

    static bool Eventually(Func<bool> isNull)
    {
        for (int i = 0; i < 10; i++)
        {
            if (isNull()) return true;
            ClobberStack(50);
            FullCollect();
        }
        return isNull();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void CheckHandles(GCHandle h, GCHandle w)
    {
        Console.WriteLine("strong handle keeps target: {0}, weak sees it: {1}", h.Target != null, w.Target == h.Target);
    }

    static void FullCollect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    static int Main()
    {
        MakeGarbage(50);
        Console.WriteLine("all 50 finalized: {0}", Eventually(() => Tracked.Finalized == 50));

        MakeDerived(20);
        Console.WriteLine("derived finalizers: {0}", Eventually(() => Derived.DerivedFinalized == 20));
        Console.WriteLine("base finalizer chained: {0}", Tracked.FinalizedAsBaseOfDerived);

        MakeSuppressed();
        Console.WriteLine("unsuppressed finalized: {0}", Eventually(() => Suppressed.Count == 5));
        FullCollect();
        Console.WriteLine("suppressed ones never: {0}", Suppressed.Count);

        MakePhoenix();
        Console.WriteLine("phoenix finalized: {0}", Eventually(() => Phoenix.Count == 1));
        Console.WriteLine("resurrected: {0}", Phoenix.Saved != null ? Phoenix.Saved.Name : "null");
        GC.ReRegisterForFinalize(Phoenix.Saved);
        Phoenix.Saved = null;
        Console.WriteLine("re-registered phoenix finalized again: {0}", Eventually(() => Phoenix.Count == 2));
        Phoenix.Saved = null;
        for (int i = 0; i < 3; i++) { ClobberStack(50); FullCollect(); }
        Console.WriteLine("without re-registration no third time: {0}", Phoenix.Count);

        var strong = new Node();
        var weakAlive = new WeakReference(strong);
        WeakReference weakDead = MakeWeak();
        WeakReference<Node> weakT = MakeWeakT();
        FullCollect();
        Console.WriteLine("weak to live object: {0}, same target: {1}", weakAlive.IsAlive, weakAlive.Target == strong);
        Console.WriteLine("weak to dead object cleared: {0}, target null: {1}", Eventually(() => !weakDead.IsAlive), weakDead.Target == null);
        Node n;
        Console.WriteLine("WeakReference<T> cleared: {0}", Eventually(() => { Node t; return !weakT.TryGetTarget(out t); }));
        Console.WriteLine("TryGetTarget on a dead target: {0}, {1}", weakT.TryGetTarget(out n), n == null);
        weakT.SetTarget(strong);
        Console.WriteLine("after SetTarget: {0}", weakT.TryGetTarget(out n) && n == strong);
        Console.WriteLine("TrackResurrection: {0} {1}", weakAlive.TrackResurrection, new WeakReference(strong, true).TrackResurrection);
        GC.KeepAlive(strong);

        GCHandle[] handles = MakeHandles();
        GCHandle h = handles[0], w = handles[1];
        FullCollect();
        CheckHandles(h, w);
        h.Free();
        Console.WriteLine("after Free: allocated {0}, weak target null {1}", h.IsAllocated, Eventually(() => w.Target == null));
        w.Free();
        try
        {
            object o = w.Target;
            Console.WriteLine("no exception");
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("InvalidOperationException for a freed handle");
        }

        // Many finalizable objects with garbage in between: the queue drains, memory is reclaimed.
        long start = GC.GetTotalMemory(true);
        for (int round = 0; round < 20; round++)
        {
            MakeGarbage(1000);
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long end = GC.GetTotalMemory(true);
        Console.WriteLine("memory reclaimed: {0}", end - start < 200000);
        Console.WriteLine("finalized >= 20000: {0}", Tracked.Finalized >= 20000);
        return 0;
    }
}
