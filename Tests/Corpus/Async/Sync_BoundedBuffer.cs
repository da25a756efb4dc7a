// Monitor bounded buffer: capacity 3, three producers and two consumers with Wait/PulseAll; checks max occupancy never exceeds capacity, totals, sorted consumed items and per-producer counts; a poison-pill shutdown.
using System;
using System.Collections.Generic;
using System.Threading;

namespace Corpus.Async.Sync_BoundedBuffer
{
    class BoundedBuffer<T>
    {
        readonly Queue<T> items = new Queue<T>();
        readonly int capacity;
        readonly object gate = new object();
        public int MaxSeen;
        public int ProducerWaits, ConsumerWaits;

        public BoundedBuffer(int capacity) { this.capacity = capacity; }

        public void Put(T item)
        {
            lock (gate)
            {
                while (items.Count == capacity) { ProducerWaits++; Monitor.Wait(gate); }
                items.Enqueue(item);
                if (items.Count > MaxSeen) MaxSeen = items.Count;
                Monitor.PulseAll(gate);
            }
        }

        public T Take()
        {
            lock (gate)
            {
                while (items.Count == 0) { ConsumerWaits++; Monitor.Wait(gate); }
                T item = items.Dequeue();
                Monitor.PulseAll(gate);
                return item;
            }
        }

        public int Count { get { lock (gate) return items.Count; } }
    }

    static class Program
    {
        static void Main()
        {
            var buf = new BoundedBuffer<int>(3);
            const int producers = 3, perProducer = 40, consumers = 2;
            var consumed = new List<int>[consumers];
            var pts = new Thread[producers];
            var cts = new Thread[consumers];
            for (int c = 0; c < consumers; c++)
            {
                int me = c;
                consumed[me] = new List<int>();
                cts[c] = new Thread(() =>
                {
                    while (true)
                    {
                        int v = buf.Take();
                        if (v < 0) break; // poison pill
                        consumed[me].Add(v);
                    }
                });
                cts[c].Start();
            }
            for (int p = 0; p < producers; p++)
            {
                int me = p;
                pts[p] = new Thread(() =>
                {
                    for (int i = 0; i < perProducer; i++) buf.Put(me * 1000 + i);
                });
                pts[p].Start();
            }
            foreach (var t in pts) t.Join();
            for (int c = 0; c < consumers; c++) buf.Put(-1);
            foreach (var t in cts) t.Join();

            var all = new List<int>();
            foreach (var l in consumed) all.AddRange(l);
            Console.WriteLine("consumed count: " + all.Count);
            long sum = 0;
            foreach (var v in all) sum += v;
            Console.WriteLine("sum: " + sum);
            all.Sort();
            Console.WriteLine("first five sorted: " + string.Join(",", all.GetRange(0, 5)));
            Console.WriteLine("last five sorted: " + string.Join(",", all.GetRange(all.Count - 5, 5)));
            var perP = new int[producers];
            bool dup = false;
            for (int i = 0; i < all.Count; i++)
            {
                perP[all[i] / 1000]++;
                if (i > 0 && all[i] == all[i - 1]) dup = true;
            }
            Console.WriteLine("per producer: " + string.Join(",", perP));
            Console.WriteLine("duplicates: " + dup);
            Console.WriteLine("max occupancy within capacity: " + (buf.MaxSeen <= 3 && buf.MaxSeen >= 1));
            Console.WriteLine("left in buffer: " + buf.Count);

            // each consumer sees one producer's items in production order (FIFO)
            bool ordered = true;
            foreach (var l in consumed)
            {
                var last = new int[producers];
                for (int p = 0; p < producers; p++) last[p] = -1;
                foreach (var v in l)
                {
                    int p = v / 1000, i = v % 1000;
                    if (i <= last[p]) ordered = false;
                    last[p] = i;
                }
            }
            Console.WriteLine("per-consumer order of each producer preserved: " + ordered);

            // single-threaded use never waits
            var solo = new BoundedBuffer<string>(2);
            solo.Put("a"); solo.Put("b");
            Console.WriteLine("solo: " + solo.Take() + solo.Take() + " waits " + solo.ProducerWaits + "/" + solo.ConsumerWaits);

            // a consumer that starts first must wait; producer releases it
            var lateBuf = new BoundedBuffer<string>(1);
            string got = null;
            var consumer = new Thread(() => { got = lateBuf.Take(); });
            consumer.Start();
            while (Volatile.Read(ref lateBuf.ConsumerWaits) == 0) Thread.Sleep(1);
            lateBuf.Put("late item");
            consumer.Join();
            Console.WriteLine("waiting consumer got: " + got + ", consumer waited: " + (lateBuf.ConsumerWaits >= 1));
        }
    }
}
