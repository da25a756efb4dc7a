// ManualResetEvent and ManualResetEventSlim: initial state, WaitOne/Wait with timeouts, Set releasing every waiter and staying set, Reset, IsSet, a gate opened by main for 5 threads, a two-phase handshake, WaitHandle.WaitAll/WaitAny with index results, Dispose.
using System;
using System.Threading;

namespace Corpus.Async.Sync_ManualResetEvent
{
    static class Program
    {
        static void Main()
        {
            var mre = new ManualResetEvent(false);
            Console.WriteLine("unset WaitOne(0): " + mre.WaitOne(0));
            Console.WriteLine("unset WaitOne(10): " + mre.WaitOne(10));
            Console.WriteLine("Set returns: " + mre.Set());
            Console.WriteLine("set WaitOne(0): " + mre.WaitOne(0));
            Console.WriteLine("still set WaitOne(0): " + mre.WaitOne(0));
            Console.WriteLine("Set again: " + mre.Set());
            Console.WriteLine("Reset returns: " + mre.Reset());
            Console.WriteLine("after Reset WaitOne(0): " + mre.WaitOne(0));
            var initiallySet = new ManualResetEvent(true);
            Console.WriteLine("initially set: " + initiallySet.WaitOne(0));

            var slim = new ManualResetEventSlim();
            Console.WriteLine("slim IsSet: " + slim.IsSet + ", Wait(0): " + slim.Wait(0) + ", Wait(5): " + slim.Wait(5));
            slim.Set();
            Console.WriteLine("slim after Set IsSet: " + slim.IsSet + ", Wait(0): " + slim.Wait(0));
            slim.Reset();
            Console.WriteLine("slim after Reset IsSet: " + slim.IsSet);
            Console.WriteLine("slim initially true: " + new ManualResetEventSlim(true).IsSet);
            Console.WriteLine("slim WaitHandle state: " + new ManualResetEventSlim(true).WaitHandle.WaitOne(0));

            // a gate released once for all waiters
            var gate = new ManualResetEventSlim(false);
            int arrived = 0, passed = 0;
            var ts = new Thread[5];
            for (int i = 0; i < ts.Length; i++)
            {
                ts[i] = new Thread(() => { Interlocked.Increment(ref arrived); gate.Wait(); Interlocked.Increment(ref passed); });
                ts[i].Start();
            }
            while (Volatile.Read(ref arrived) < 5) Thread.Sleep(1);
            Thread.Sleep(10);
            Console.WriteLine("before Set passed: " + Volatile.Read(ref passed));
            gate.Set();
            foreach (var t in ts) t.Join();
            Console.WriteLine("after Set passed: " + passed);
            Console.WriteLine("gate still set: " + gate.IsSet);

            // handshake with two events
            var toWorker = new ManualResetEvent(false);
            var toMain = new ManualResetEvent(false);
            var log = new System.Text.StringBuilder();
            var w = new Thread(() =>
            {
                toWorker.WaitOne();
                log.Append("worker got request; ");
                toWorker.Reset();
                toMain.Set();
                toWorker.WaitOne();
                log.Append("worker got second request; ");
                toMain.Set();
            });
            w.Start();
            log.Append("main sends; ");
            toWorker.Set();
            toMain.WaitOne();
            toMain.Reset();
            log.Append("main got reply; ");
            toWorker.Set();
            toMain.WaitOne();
            log.Append("main got second reply");
            w.Join();
            Console.WriteLine(log);

            // WaitAll / WaitAny
            var e0 = new ManualResetEvent(false);
            var e1 = new ManualResetEvent(false);
            var e2 = new ManualResetEvent(false);
            var all = new WaitHandle[] { e0, e1, e2 };
            Console.WriteLine("WaitAny none set: " + WaitHandle.WaitAny(all, 5) + " (WaitTimeout=" + WaitHandle.WaitTimeout + ")");
            e2.Set();
            Console.WriteLine("WaitAny e2 set: " + WaitHandle.WaitAny(all, 0));
            e1.Set();
            Console.WriteLine("WaitAny e1,e2 set -> lowest index: " + WaitHandle.WaitAny(all, 0));
            Console.WriteLine("WaitAll with e0 unset: " + WaitHandle.WaitAll(all, 5));
            var setter = new Thread(() => { Thread.Sleep(5); e0.Set(); });
            setter.Start();
            Console.WriteLine("WaitAll after another thread sets e0: " + WaitHandle.WaitAll(all, 5000));
            setter.Join();

            mre.Dispose();
            try { mre.WaitOne(0); Console.WriteLine("disposed wait?!"); }
            catch (ObjectDisposedException) { Console.WriteLine("WaitOne after Dispose: ObjectDisposedException"); }
            slim.Dispose();
            try { slim.Wait(0); Console.WriteLine("disposed slim wait?!"); }
            catch (ObjectDisposedException) { Console.WriteLine("slim Wait after Dispose: ObjectDisposedException"); }
        }
    }
}
