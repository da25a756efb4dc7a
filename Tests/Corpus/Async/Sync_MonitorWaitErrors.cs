// Monitor.Wait/Pulse edge cases: Wait/Pulse/PulseAll without owning the lock -> SynchronizationLockException, Wait(timeout) returning false and still re-acquiring the lock, Wait releasing all recursion levels and restoring them, PulseAll waking every waiter, a Pulse with no waiters being lost.
using System;
using System.Threading;

namespace Corpus.Async.Sync_MonitorWaitErrors
{
    static class Program
    {
        static readonly object gate = new object();

        static string OtherThreadTry()
        {
            string r = null;
            var t = new Thread(() =>
            {
                if (Monitor.TryEnter(gate)) { r = "free"; Monitor.Exit(gate); } else r = "held";
            });
            t.Start(); t.Join();
            return r;
        }

        static void Main()
        {
            try { Monitor.Wait(gate); Console.WriteLine("waited?!"); }
            catch (SynchronizationLockException) { Console.WriteLine("Wait without lock: SynchronizationLockException"); }
            try { Monitor.Pulse(gate); Console.WriteLine("pulsed?!"); }
            catch (SynchronizationLockException) { Console.WriteLine("Pulse without lock: SynchronizationLockException"); }
            try { Monitor.PulseAll(gate); Console.WriteLine("pulsed all?!"); }
            catch (SynchronizationLockException) { Console.WriteLine("PulseAll without lock: SynchronizationLockException"); }
            try { Monitor.Wait(null); }
            catch (ArgumentNullException) { Console.WriteLine("Wait(null): ArgumentNullException"); }

            lock (gate)
            {
                bool r = Monitor.Wait(gate, 10);
                Console.WriteLine("Wait(10) with nobody pulsing: " + r);
                Console.WriteLine("lock re-acquired after timeout: " + Monitor.IsEntered(gate));
                Console.WriteLine("Wait(0): " + Monitor.Wait(gate, 0));
                Console.WriteLine("Wait(TimeSpan 5ms): " + Monitor.Wait(gate, TimeSpan.FromMilliseconds(5)));
                try { Monitor.Wait(gate, -5); }
                catch (ArgumentOutOfRangeException) { Console.WriteLine("Wait(-5): ArgumentOutOfRangeException"); }
            }

            // A pulse before anyone waits is lost
            lock (gate) { Monitor.Pulse(gate); }
            lock (gate) { Console.WriteLine("Wait(10) after an earlier lost Pulse: " + Monitor.Wait(gate, 10)); }

            // Wait releases all recursion levels, so another thread can enter; on return all levels are back
            bool waiterIn = false;
            string sawFromOther = null;
            var other = new Thread(() =>
            {
                lock (gate)
                {
                    while (!waiterIn) Monitor.Wait(gate);
                    sawFromOther = "other thread entered while main waited with depth 3";
                    Monitor.PulseAll(gate);
                }
            });
            lock (gate)
            {
                lock (gate)
                {
                    lock (gate)
                    {
                        other.Start();
                        waiterIn = true;
                        Monitor.PulseAll(gate);
                        bool got = Monitor.Wait(gate, 5000);
                        Console.WriteLine("woken: " + got);
                        Console.WriteLine(sawFromOther);
                    }
                    Console.WriteLine("depth 2 still held, other thread: " + OtherThreadTry());
                }
                Console.WriteLine("depth 1 still held, other thread: " + OtherThreadTry());
            }
            other.Join();
            Console.WriteLine("released, other thread: " + OtherThreadTry());

            // PulseAll wakes every waiter
            const int n = 5;
            int waiting = 0, woken = 0;
            bool go = false;
            var ts = new Thread[n];
            for (int i = 0; i < n; i++)
            {
                ts[i] = new Thread(() =>
                {
                    lock (gate)
                    {
                        waiting++;
                        Monitor.PulseAll(gate);
                        while (!go) Monitor.Wait(gate);
                        woken++;
                    }
                });
                ts[i].Start();
            }
            lock (gate)
            {
                while (waiting < n) Monitor.Wait(gate);
                Console.WriteLine("waiting threads: " + waiting + ", woken so far: " + woken);
                go = true;
                Monitor.PulseAll(gate);
                Console.WriteLine("after PulseAll, still holding: woken " + woken);
            }
            foreach (var t in ts) t.Join();
            Console.WriteLine("woken after joins: " + woken);

            // a single Pulse wakes exactly one of several waiters (counted after a settle)
            int released = 0, permits = 0, ready = 0;
            var ws = new Thread[3];
            for (int i = 0; i < 3; i++)
            {
                ws[i] = new Thread(() =>
                {
                    lock (gate)
                    {
                        ready++;
                        Monitor.PulseAll(gate);
                        while (permits == 0) Monitor.Wait(gate);
                        permits--;
                        released++;
                        Monitor.PulseAll(gate);
                    }
                });
                ws[i].Start();
            }
            lock (gate) { while (ready < 3) Monitor.Wait(gate); permits = 1; Monitor.PulseAll(gate); }
            lock (gate) { while (released < 1) Monitor.Wait(gate); }
            Thread.Sleep(10);
            lock (gate) Console.WriteLine("released by one permit: " + released);
            lock (gate) { permits = 2; Monitor.PulseAll(gate); }
            foreach (var t in ws) t.Join();
            Console.WriteLine("released after two more: " + released + ", permits left " + permits);
        }
    }
}
