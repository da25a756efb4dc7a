// AutoResetEvent: Set releases exactly one waiter and resets; a Set with no waiter stays latched for the next WaitOne only; repeated Sets do not accumulate; three waiters released one per Set (counted after each); a turn-taking relay between two threads with two AutoResetEvents.
using System;
using System.Threading;

namespace Corpus.Async.Sync_AutoResetEvent
{
    static class Program
    {
        static void Main()
        {
            var are = new AutoResetEvent(false);
            Console.WriteLine("unset WaitOne(0): " + are.WaitOne(0));
            are.Set();
            Console.WriteLine("after Set WaitOne(0): " + are.WaitOne(0));
            Console.WriteLine("auto-reset, WaitOne(0) again: " + are.WaitOne(0));
            are.Set(); are.Set(); are.Set();
            Console.WriteLine("three Sets, first wait: " + are.WaitOne(0) + ", second wait: " + are.WaitOne(0));
            are.Set();
            are.Reset();
            Console.WriteLine("Set then Reset: " + are.WaitOne(0));
            var initially = new AutoResetEvent(true);
            Console.WriteLine("initially signaled: " + initially.WaitOne(0) + " then " + initially.WaitOne(0));

            // three waiters, one released per Set
            var ev = new AutoResetEvent(false);
            var done = new AutoResetEvent(false);
            int started = 0, released = 0;
            var ts = new Thread[3];
            for (int i = 0; i < 3; i++)
            {
                ts[i] = new Thread(() =>
                {
                    Interlocked.Increment(ref started);
                    ev.WaitOne();
                    Interlocked.Increment(ref released);
                    done.Set();
                });
                ts[i].Start();
            }
            while (Volatile.Read(ref started) < 3) Thread.Sleep(1);
            Thread.Sleep(10);
            Console.WriteLine("released before any Set: " + Volatile.Read(ref released));
            for (int round = 1; round <= 3; round++)
            {
                ev.Set();
                done.WaitOne();
                Thread.Sleep(10);
                Console.WriteLine("after Set #" + round + ": released " + Volatile.Read(ref released));
            }
            foreach (var t in ts) t.Join();
            Console.WriteLine("event left unsignaled: " + !ev.WaitOne(0));

            // relay: ping/pong with two auto-reset events
            var toB = new AutoResetEvent(false);
            var toA = new AutoResetEvent(false);
            var log = new System.Text.StringBuilder();
            var b = new Thread(() =>
            {
                for (int i = 0; i < 4; i++)
                {
                    toB.WaitOne();
                    log.Append("B" + i + " ");
                    toA.Set();
                }
            });
            b.Start();
            for (int i = 0; i < 4; i++)
            {
                log.Append("A" + i + " ");
                toB.Set();
                toA.WaitOne();
            }
            b.Join();
            Console.WriteLine("relay: " + log.ToString().TrimEnd());

            // as a work signal: producer sets once per item, consumer drains a queue under a lock
            var queue = new System.Collections.Generic.Queue<int>();
            var signal = new AutoResetEvent(false);
            int consumedSum = 0, consumedCount = 0;
            var consumer = new Thread(() =>
            {
                while (true)
                {
                    signal.WaitOne();
                    bool stop = false;
                    lock (queue)
                    {
                        while (queue.Count > 0)
                        {
                            int v = queue.Dequeue();
                            if (v < 0) { stop = true; break; }
                            consumedSum += v; consumedCount++;
                        }
                    }
                    if (stop) break;
                }
            });
            consumer.Start();
            for (int i = 1; i <= 50; i++) { lock (queue) queue.Enqueue(i); signal.Set(); }
            lock (queue) queue.Enqueue(-1);
            signal.Set();
            consumer.Join();
            Console.WriteLine("consumed " + consumedCount + " items, sum " + consumedSum);

            Console.WriteLine("is a WaitHandle: " + (are is WaitHandle) + ", EventWaitHandle: " + (are is EventWaitHandle));
            var ewh = new EventWaitHandle(false, EventResetMode.AutoReset);
            ewh.Set();
            Console.WriteLine("EventWaitHandle AutoReset: " + ewh.WaitOne(0) + " " + ewh.WaitOne(0));
        }
    }
}
