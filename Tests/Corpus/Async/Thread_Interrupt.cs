// Thread.Interrupt: interrupting a thread blocked in Sleep, Join, Monitor.Wait and WaitOne throws ThreadInterruptedException in it; an Interrupt sent before the target blocks stays pending until its next blocking call; Interrupt does not affect a thread that never blocks; Monitor.Wait re-acquires the lock before the exception propagates.
using System;
using System.Threading;

namespace Corpus.Async.Thread_Interrupt
{
    static class Program
    {
        static readonly object gate = new object();

        static void WaitUntilBlocked(Thread t)
        {
            for (int i = 0; i < 5000; i++)
            {
                if ((t.ThreadState & ThreadState.WaitSleepJoin) != 0) return;
                Thread.Sleep(1);
            }
            Console.WriteLine("thread never blocked?!");
        }

        static string RunInterrupted(string what, ThreadStart blockingBody)
        {
            string result = "no exception";
            var t = new Thread(() =>
            {
                try { blockingBody(); }
                catch (ThreadInterruptedException) { result = "ThreadInterruptedException"; }
            });
            t.Start();
            WaitUntilBlocked(t);
            t.Interrupt();
            t.Join();
            return what + ": " + result;
        }

        static void Main()
        {
            Console.WriteLine(RunInterrupted("Sleep(Infinite)", () => Thread.Sleep(Timeout.Infinite)));
            var never = new ManualResetEvent(false);
            Console.WriteLine(RunInterrupted("WaitOne()", () => never.WaitOne()));
            var release = new ManualResetEvent(false);
            var blocker = new Thread(() => release.WaitOne());
            blocker.Start();
            Console.WriteLine(RunInterrupted("Join() on a waiting thread", () => blocker.Join()));
            Console.WriteLine("the joined thread itself is unaffected: alive " + blocker.IsAlive);
            release.Set();
            blocker.Join();

            // Monitor.Wait: the lock is re-acquired before the exception is seen
            string lockState = null;
            var w = new Thread(() =>
            {
                lock (gate)
                {
                    try { Monitor.Wait(gate); }
                    catch (ThreadInterruptedException) { lockState = "interrupted in Wait, holds lock: " + Monitor.IsEntered(gate); }
                }
            });
            w.Start();
            WaitUntilBlocked(w);
            lock (gate)
            {
                w.Interrupt();
                Thread.Sleep(10);
                Console.WriteLine("waiter cannot finish while main holds the lock: " + w.IsAlive);
            }
            w.Join();
            Console.WriteLine(lockState);

            // pending interrupt: delivered at the next blocking call
            var go = new ManualResetEventSlim();
            var steps = new System.Text.StringBuilder();
            var p = new Thread(() =>
            {
                // busy-wait without blocking so the interrupt stays pending
                while (!go.IsSet) { }
                steps.Append("busy loop ended; ");
                int x = 0;
                for (int i = 0; i < 1000; i++) x += i;
                steps.Append("computed " + x + "; ");
                try { Thread.Sleep(1); steps.Append("first Sleep returned"); }
                catch (ThreadInterruptedException) { steps.Append("first Sleep threw"); }
                try { Thread.Sleep(1); steps.Append("; second Sleep returned"); }
                catch (ThreadInterruptedException) { steps.Append("; second Sleep threw"); }
            });
            p.Start();
            p.Interrupt();
            go.Set();
            p.Join();
            Console.WriteLine("pending: " + steps);

            // interrupting a thread that finishes without blocking: nothing happens to it
            string quiet = null;
            var q = new Thread(() => { int s = 0; for (int i = 0; i < 10; i++) s += i; quiet = "finished with " + s; });
            q.Start();
            q.Interrupt();
            q.Join();
            Console.WriteLine("non-blocking thread: " + quiet);

            // interrupting a thread that has finished
            q.Interrupt();
            Console.WriteLine("Interrupt on a finished thread is ignored");
            // main thread interrupting itself
            Thread.CurrentThread.Interrupt();
            try { Thread.Sleep(5); Console.WriteLine("self: slept"); }
            catch (ThreadInterruptedException) { Console.WriteLine("self-interrupt: ThreadInterruptedException on next Sleep"); }
            Thread.Sleep(1);
            Console.WriteLine("interrupt consumed, next Sleep fine");
        }
    }
}
