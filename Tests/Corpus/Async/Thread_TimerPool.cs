// ThreadPool.QueueUserWorkItem (state passed through, runs on a pool thread, completion via CountdownEvent, a work item queueing another) and System.Threading.Timer (one-shot with state, periodic stopped by Change(Infinite) after N ticks, Change to restart, Dispose(WaitHandle) signalling, a never-firing timer) with deterministic output only.
using System;
using System.Threading;

namespace Corpus.Async.Thread_TimerPool
{
    static class Program
    {
        static void Main()
        {
            // QueueUserWorkItem
            var done = new CountdownEvent(5);
            var results = new int[5];
            var onPool = new bool[5];
            for (int i = 0; i < 5; i++)
            {
                bool queued = ThreadPool.QueueUserWorkItem(state =>
                {
                    int k = (int)state;
                    results[k] = k * 3;
                    onPool[k] = Thread.CurrentThread.IsThreadPoolThread;
                    done.Signal();
                }, i);
                if (!queued) Console.WriteLine("not queued?!");
            }
            Console.WriteLine("all work items done: " + done.Wait(5000));
            Console.WriteLine("results: " + string.Join(",", results));
            Console.WriteLine("all on pool threads: " + Array.TrueForAll(onPool, b => b));
            Console.WriteLine("main not a pool thread: " + !Thread.CurrentThread.IsThreadPoolThread);

            string nullState = "unset";
            var ev = new ManualResetEventSlim();
            ThreadPool.QueueUserWorkItem(_ => { nullState = _ == null ? "null" : "non-null"; ev.Set(); });
            ev.Wait(5000);
            Console.WriteLine("state without argument: " + nullState);

            // nested queueing
            var chain = new System.Text.StringBuilder();
            var chainDone = new ManualResetEventSlim();
            ThreadPool.QueueUserWorkItem(_ =>
            {
                chain.Append("outer;");
                ThreadPool.QueueUserWorkItem(__ =>
                {
                    chain.Append("inner;");
                    chainDone.Set();
                });
            });
            chainDone.Wait(5000);
            Console.WriteLine("chain: " + chain);

            // exceptions inside a work item caught there
            string caught = null;
            var exDone = new ManualResetEventSlim();
            ThreadPool.QueueUserWorkItem(_ =>
            {
                try { throw new InvalidOperationException("in pool"); }
                catch (InvalidOperationException e) { caught = e.Message; }
                finally { exDone.Set(); }
            });
            exDone.Wait(5000);
            Console.WriteLine("caught in work item: " + caught);

            // one-shot timer with state
            var fired = new ManualResetEventSlim();
            object seenState = null;
            int oneShotCount = 0;
            using (var t = new Timer(s => { seenState = s; Interlocked.Increment(ref oneShotCount); fired.Set(); }, "timer-state", 10, Timeout.Infinite))
            {
                Console.WriteLine("one-shot fired: " + fired.Wait(5000));
                Thread.Sleep(30);
                Console.WriteLine("one-shot state: " + seenState + ", count after 30ms: " + oneShotCount);
            }

            // periodic timer stopped after exactly 3 ticks from inside the callback
            int ticks = 0;
            var threeTicks = new ManualResetEventSlim();
            Timer periodic = null;
            var ready = new ManualResetEventSlim();
            periodic = new Timer(_ =>
            {
                ready.Wait();
                int n = Interlocked.Increment(ref ticks);
                if (n == 3) { periodic.Change(Timeout.Infinite, Timeout.Infinite); threeTicks.Set(); }
            }, null, 5, 5);
            ready.Set();
            Console.WriteLine("three ticks: " + threeTicks.Wait(5000));
            Thread.Sleep(40);
            int after = Volatile.Read(ref ticks);
            Console.WriteLine("ticks after stop at least 3 (callbacks already in flight may add more): " + (after >= 3));

            // restart with Change, then dispose and wait for the dispose handle
            var restarted = new ManualResetEventSlim();
            int restartTicks = 0;
            var t2 = new Timer(_ => { Interlocked.Increment(ref restartTicks); restarted.Set(); }, null, Timeout.Infinite, Timeout.Infinite);
            Thread.Sleep(20);
            Console.WriteLine("disabled timer ticks: " + restartTicks);
            Console.WriteLine("Change returns: " + t2.Change(5, Timeout.Infinite));
            Console.WriteLine("restarted timer fired: " + restarted.Wait(5000));
            var disposed = new ManualResetEvent(false);
            Console.WriteLine("Dispose(WaitHandle) returns: " + t2.Dispose(disposed));
            Console.WriteLine("dispose handle signaled: " + disposed.WaitOne(5000));
            try { t2.Change(1, 1); Console.WriteLine("changed disposed?!"); }
            catch (ObjectDisposedException) { Console.WriteLine("Change after Dispose: ObjectDisposedException"); }
            periodic.Dispose();

            try { new Timer(_ => { }, null, -2, 0); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("dueTime -2: ArgumentOutOfRangeException"); }
            try { new Timer(null, null, 0, 0); }
            catch (ArgumentNullException) { Console.WriteLine("null callback: ArgumentNullException"); }

            int workers, io;
            ThreadPool.GetMaxThreads(out workers, out io);
            Console.WriteLine("max worker threads positive: " + (workers > 0));
        }
    }
}
