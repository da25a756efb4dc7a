// Which SynchronizationContext an await resumes on: the one current when the await starts (captured per await, not per method); two contexts A and B (one queue pumped by the main thread) with a method that switches Current mid-method; Task.Run bodies start without a context; ConfigureAwait(false) followed by an await that captures nothing; a context whose Post counts calls; TaskScheduler.FromCurrentSynchronizationContext running ContinueWith on the pump.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Context_Switching
{
    // Two contexts A and B share one queue pumped by the main thread; each item runs with
    // the context it was posted to installed as Current.
    sealed class Pump : SynchronizationContext
    {
        public readonly string Name;
        public int Posts;
        public Pump(string name) { Name = name; }

        public override void Post(SendOrPostCallback d, object state)
        {
            Interlocked.Increment(ref Posts);
            Loop.Enqueue(this, () => d(state));
        }
        public override SynchronizationContext CreateCopy() { return this; }
    }

    static class Loop
    {
        static readonly Queue<KeyValuePair<Pump, Action>> queue = new Queue<KeyValuePair<Pump, Action>>();
        static readonly object gate = new object();
        static bool done;

        public static void Enqueue(Pump p, Action a)
        {
            lock (gate) { queue.Enqueue(new KeyValuePair<Pump, Action>(p, a)); Monitor.Pulse(gate); }
        }

        public static void Complete() { lock (gate) { done = true; Monitor.Pulse(gate); } }

        public static void Run()
        {
            while (true)
            {
                KeyValuePair<Pump, Action> item;
                lock (gate)
                {
                    while (queue.Count == 0 && !done) Monitor.Wait(gate);
                    if (queue.Count == 0) return;
                    item = queue.Dequeue();
                }
                SynchronizationContext.SetSynchronizationContext(item.Key);
                item.Value();
            }
        }
    }

    static class Program
    {
        static Pump A = new Pump("A"), B = new Pump("B");
        static Thread pumpThread;

        static string Ctx()
        {
            var c = SynchronizationContext.Current as Pump;
            var any = SynchronizationContext.Current;
            return (c != null ? c.Name : any == null ? "none" : any.GetType().Name) + (Thread.CurrentThread == pumpThread ? "@pump" : "@other");
        }

        static int Main()
        {
            pumpThread = Thread.CurrentThread;
            SynchronizationContext.SetSynchronizationContext(A);
            Task<int> t = Run();
            t.ContinueWith(_ => Loop.Complete(), TaskScheduler.Default);
            Loop.Run();
            SynchronizationContext.SetSynchronizationContext(null);
            Console.WriteLine("A posts > 0: " + (A.Posts > 0) + ", B posts > 0: " + (B.Posts > 0));
            // Mono 6.8 sometimes hangs or crashes at process exit while thread-pool or timer
            // threads are still winding down (seen under CPU load); a short final pause avoids it.
            Thread.Sleep(30);
            return t.Result;
        }

        static async Task<int> Run()
        {
            var log = new List<string>();
            log.Add("start " + Ctx());
            await Task.Delay(2);
            log.Add("after delay " + Ctx());

            SynchronizationContext.SetSynchronizationContext(B);
            log.Add("switched " + Ctx());
            await Task.Delay(2);
            log.Add("after delay with B current " + Ctx());

            SynchronizationContext.SetSynchronizationContext(A);
            await Task.Delay(2);
            log.Add("back to A " + Ctx());

            string inRun = await Task.Run(() => Ctx());
            log.Add("Task.Run body " + inRun + ", after it " + Ctx());

            await Task.Delay(2).ConfigureAwait(false);
            log.Add("after ConfigureAwait(false) " + Ctx());
            await Task.Delay(2);
            log.Add("next plain await " + Ctx());

            // re-enter A explicitly via TaskScheduler.FromCurrentSynchronizationContext captured earlier
            string viaScheduler = await Task.Factory.StartNew(() => Ctx(), CancellationToken.None, TaskCreationOptions.None, schedulerA);
            log.Add("StartNew on A's scheduler " + viaScheduler);

            string cont = await Task.Delay(2).ContinueWith(_ => Ctx(), schedulerA);
            log.Add("ContinueWith on A's scheduler " + cont);

            foreach (var l in log) Console.WriteLine(l);
            return 0;
        }

        static TaskScheduler schedulerA;

        static Program()
        {
            var prev = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(A);
            schedulerA = TaskScheduler.FromCurrentSynchronizationContext();
            SynchronizationContext.SetSynchronizationContext(prev);
        }
    }
}
