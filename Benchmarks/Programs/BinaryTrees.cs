// binary-trees (the Benchmarks Game shape, depth 16): allocation and GC.
using System;
sealed class Node { public Node Left, Right; }
static class Program
{
    static Node Make(int d) { return d == 0 ? new Node() : new Node { Left = Make(d - 1), Right = Make(d - 1) }; }
    static int Check(Node n) { return n.Left == null ? 1 : 1 + Check(n.Left) + Check(n.Right); }
    static void Main()
    {
        const int maxDepth = 16;
        Node longLived = Make(maxDepth);
        for (int d = 4; d <= maxDepth; d += 2)
        {
            int iterations = 1 << (maxDepth - d + 4);
            int check = 0;
            for (int i = 0; i < iterations; i++) check += Check(Make(d));
            Console.WriteLine(iterations + " trees of depth " + d + " check " + check);
        }
        Console.WriteLine("long lived check " + Check(longLived));
    }
}
