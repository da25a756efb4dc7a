// Thread properties: CurrentThread identity inside/outside threads, ManagedThreadId comparisons, Name (set before Start, seen inside), IsBackground defaults and changes, Sleep(0)/Sleep(TimeSpan)/invalid Sleep arguments, IsThreadPoolThread.
using System;
using System.Threading;

namespace Corpus.Async.Thread_Properties
{
    static class Program
    {
        static void Main()
        {
            Thread main = Thread.CurrentThread;
            int mainId = main.ManagedThreadId;
            Console.WriteLine("CurrentThread stable: " + ReferenceEquals(main, Thread.CurrentThread));
            Console.WriteLine("main id positive: " + (mainId > 0));
            Console.WriteLine("main alive: " + main.IsAlive);
            Console.WriteLine("main background: " + main.IsBackground);
            Console.WriteLine("main is pool thread: " + main.IsThreadPoolThread);
            Console.WriteLine("main state Running: " + (main.ThreadState == ThreadState.Running));

            Thread seenInside = null;
            int insideId = 0;
            string insideName = null;
            bool insideBackground = true;
            var t = new Thread(() =>
            {
                seenInside = Thread.CurrentThread;
                insideId = Thread.CurrentThread.ManagedThreadId;
                insideName = Thread.CurrentThread.Name;
                insideBackground = Thread.CurrentThread.IsBackground;
            });
            Console.WriteLine("new thread name null: " + (t.Name == null));
            Console.WriteLine("new thread background: " + t.IsBackground);
            t.Name = "worker-1";
            Console.WriteLine("name now: " + t.Name);
            int idBefore = t.ManagedThreadId;
            t.Start();
            t.Join();
            Console.WriteLine("CurrentThread inside is the Thread object: " + ReferenceEquals(seenInside, t));
            Console.WriteLine("inside id same as object id: " + (insideId == t.ManagedThreadId));
            Console.WriteLine("id unchanged by Start: " + (idBefore == t.ManagedThreadId));
            Console.WriteLine("different from main: " + (insideId != mainId));
            Console.WriteLine("name inside: " + insideName);
            Console.WriteLine("background inside: " + insideBackground);
            Console.WriteLine("main still current: " + ReferenceEquals(main, Thread.CurrentThread));

            var b = new Thread(() => { insideBackground = Thread.CurrentThread.IsBackground; });
            b.IsBackground = true;
            b.Start();
            b.Join();
            Console.WriteLine("background flag seen inside: " + insideBackground);

            // ids of several live threads are distinct
            var ids = new int[4];
            var gate = new ManualResetEvent(false);
            var ts = new Thread[4];
            for (int i = 0; i < 4; i++)
            {
                int k = i;
                ts[i] = new Thread(() => { ids[k] = Thread.CurrentThread.ManagedThreadId; gate.WaitOne(); });
                ts[i].Start();
            }
            // wait until all ids are recorded
            for (int spin = 0; spin < 2000; spin++)
            {
                bool all = true;
                for (int i = 0; i < 4; i++) if (Volatile.Read(ref ids[i]) == 0) all = false;
                if (all) break;
                Thread.Sleep(1);
            }
            gate.Set();
            foreach (var x in ts) x.Join();
            bool distinct = true;
            for (int i = 0; i < 4; i++)
                for (int j = i + 1; j < 4; j++)
                    if (ids[i] == ids[j]) distinct = false;
            Console.WriteLine("four live threads have distinct ids: " + distinct);
            bool noneMain = true;
            foreach (var id in ids) if (id == mainId) noneMain = false;
            Console.WriteLine("none equals main: " + noneMain);

            Thread.Sleep(0);
            Thread.Sleep(TimeSpan.Zero);
            Thread.Sleep(1);
            Console.WriteLine("sleeps returned");
            try { Thread.Sleep(-2); Console.WriteLine("slept -2?!"); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("Sleep(-2): ArgumentOutOfRangeException"); }
            try { Thread.Sleep(TimeSpan.FromMilliseconds(-5)); Console.WriteLine("slept -5?!"); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("Sleep(-5ms): ArgumentOutOfRangeException"); }
            Console.WriteLine("Timeout.Infinite: " + Timeout.Infinite);
            Console.WriteLine("Yield returns bool: " + (Thread.Yield() || true));
            try { new Thread((ThreadStart)null); Console.WriteLine("null delegate accepted?!"); }
            catch (ArgumentNullException) { Console.WriteLine("null ThreadStart: ArgumentNullException"); }
        }
    }
}
