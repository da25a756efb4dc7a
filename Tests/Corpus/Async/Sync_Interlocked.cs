// Interlocked: return values of Increment/Decrement/Add/Exchange/CompareExchange (int, long, object, generic T, double), wrap-around at MaxValue, then the same operations from 8 threads with exact final totals and a CAS-loop maximum.
using System;
using System.Threading;

namespace Corpus.Async.Sync_Interlocked
{
    class Node { public int V; public Node(int v) { V = v; } }

    static class Program
    {
        static int counter;
        static long bigCounter;
        static int maxSeen;
        static int winners;
        static int claimed;

        static void Main()
        {
            int x = 5;
            Console.WriteLine("Increment returns new: " + Interlocked.Increment(ref x) + " x=" + x);
            Console.WriteLine("Decrement returns new: " + Interlocked.Decrement(ref x) + " x=" + x);
            Console.WriteLine("Add returns new: " + Interlocked.Add(ref x, 10) + " x=" + x);
            Console.WriteLine("Add negative: " + Interlocked.Add(ref x, -20) + " x=" + x);
            Console.WriteLine("Exchange returns old: " + Interlocked.Exchange(ref x, 99) + " x=" + x);
            Console.WriteLine("CompareExchange match returns old: " + Interlocked.CompareExchange(ref x, 7, 99) + " x=" + x);
            Console.WriteLine("CompareExchange mismatch returns current: " + Interlocked.CompareExchange(ref x, 8, 99) + " x=" + x);
            int m = int.MaxValue;
            Console.WriteLine("Increment MaxValue wraps: " + Interlocked.Increment(ref m));
            long l = long.MaxValue - 1;
            Console.WriteLine("long Add wraps: " + Interlocked.Add(ref l, 3));
            Console.WriteLine("Read long: " + Interlocked.Read(ref l));
            double d = 1.5;
            Console.WriteLine("double Exchange: " + Interlocked.Exchange(ref d, 2.5) + " -> " + d);
            Console.WriteLine("double CAS: " + Interlocked.CompareExchange(ref d, 4.0, 2.5) + " -> " + d);
            object o = "first";
            Console.WriteLine("object Exchange: " + Interlocked.Exchange(ref o, "second") + " -> " + o);
            var a = new Node(1); var b = new Node(2);
            Node slot = a;
            Node prev = Interlocked.CompareExchange(ref slot, b, new Node(1));
            Console.WriteLine("CAS compares references, not values: swapped=" + (slot == b) + " prev=" + prev.V);
            prev = Interlocked.CompareExchange(ref slot, b, a);
            Console.WriteLine("CAS same reference: swapped=" + (slot == b) + " prev=" + prev.V);
            string s = null;
            Console.WriteLine("CAS from null: " + (Interlocked.CompareExchange(ref s, "init", null) == null) + " s=" + s);
            Console.WriteLine("CAS again: " + Interlocked.CompareExchange(ref s, "other", null) + " s=" + s);

            const int threads = 8, iters = 5000;
            var ts = new Thread[threads];
            var results = new int[threads];
            for (int i = 0; i < threads; i++)
            {
                int me = i;
                ts[i] = new Thread(() =>
                {
                    for (int k = 0; k < iters; k++)
                    {
                        Interlocked.Increment(ref counter);
                        Interlocked.Add(ref bigCounter, me + 1);
                        int v = me * iters + k;
                        int cur;
                        do
                        {
                            cur = Volatile.Read(ref maxSeen);
                            if (v <= cur) break;
                        } while (Interlocked.CompareExchange(ref maxSeen, v, cur) != cur);
                    }
                    if (Interlocked.CompareExchange(ref claimed, me + 1, 0) == 0) Interlocked.Increment(ref winners);
                    results[me] = 1;
                });
            }
            foreach (var t in ts) t.Start();
            foreach (var t in ts) t.Join();
            Console.WriteLine("counter: " + counter);
            Console.WriteLine("bigCounter: " + bigCounter);
            Console.WriteLine("max via CAS loop: " + maxSeen);
            Console.WriteLine("exactly one claimer: " + winners + ", claimed set: " + (claimed >= 1 && claimed <= threads));

            // Increment return values are unique tickets
            int ticket = 0;
            var seen = new int[threads * 1000];
            var ts2 = new Thread[threads];
            for (int i = 0; i < threads; i++)
            {
                ts2[i] = new Thread(() =>
                {
                    for (int k = 0; k < 1000; k++) { int tk = Interlocked.Increment(ref ticket); seen[tk - 1]++; }
                });
                ts2[i].Start();
            }
            foreach (var t in ts2) t.Join();
            bool unique = true;
            foreach (var c in seen) if (c != 1) unique = false;
            Console.WriteLine("tickets: " + ticket + ", each issued once: " + unique);

            // Exchange as a spin lock protecting a non-atomic update
            int spin = 0;
            long total = 0;
            var ts3 = new Thread[4];
            for (int i = 0; i < 4; i++)
            {
                ts3[i] = new Thread(() =>
                {
                    for (int k = 0; k < 2000; k++)
                    {
                        while (Interlocked.Exchange(ref spin, 1) != 0) Thread.Yield();
                        total = total + 3;
                        Volatile.Write(ref spin, 0);
                    }
                });
                ts3[i].Start();
            }
            foreach (var t in ts3) t.Join();
            Console.WriteLine("spin-locked total: " + total + ", lock free: " + (spin == 0));
        }
    }
}
