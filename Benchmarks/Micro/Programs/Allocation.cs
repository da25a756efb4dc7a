// Allocation: n small objects, or n small arrays, of which only the last stays reachable (the
// rest is garbage for the collector to sweep). CILKit's heap takes cells from its own pages,
// so a managed allocation costs no malloc.
public sealed class Node
{
    public int Value;
    public Node Next;
}

public static class Allocation
{
    // 32 bytes each: header, type, Value, Next.
    public static int Objects(int n)
    {
        Node last = null;
        for (int i = 0; i < n; i++) { Node o = new Node(); o.Value = i; last = o; }
        return last == null ? -1 : last.Value;
    }

    // int[4]: 40 bytes each (header, type, length, four ints).
    public static int Arrays(int n)
    {
        int[] last = null;
        for (int i = 0; i < n; i++) { int[] a = new int[4]; a[0] = i; last = a; }
        return last == null ? -1 : last[0];
    }
}
