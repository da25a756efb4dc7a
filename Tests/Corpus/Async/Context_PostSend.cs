// SynchronizationContext Post/Send: the base class (Post -> thread pool, Send inline, CreateCopy a new instance), a pumped custom context whose Send from another thread blocks until the pump runs it and rethrows its exception, Post order FIFO, Current per thread, async void methods calling OperationStarted/OperationCompleted and posting their exceptions to the context.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Context_PostSend
{
    sealed class PumpContext : SynchronizationContext
    {
        readonly Queue<Action> queue = new Queue<Action>();
        readonly object gate = new object();
        public Thread PumpThread;
        public int Started, Completed, Posts;
        public List<string> Errors = new List<string>();

        public override void Post(SendOrPostCallback d, object state)
        {
            lock (gate) { Posts++; queue.Enqueue(() => d(state)); Monitor.Pulse(gate); }
        }

        public override void Send(SendOrPostCallback d, object state)
        {
            if (Thread.CurrentThread == PumpThread) { d(state); return; }
            Exception error = null;
            var done = new ManualResetEventSlim();
            lock (gate)
            {
                queue.Enqueue(() =>
                {
                    try { d(state); }
                    catch (Exception e) { error = e; }
                    finally { done.Set(); }
                });
                Monitor.Pulse(gate);
            }
            done.Wait();
            if (error != null) throw new InvalidOperationException("Send failed: " + error.Message, error);
        }

        public override void OperationStarted() { Interlocked.Increment(ref Started); }
        public override void OperationCompleted() { Interlocked.Increment(ref Completed); }
        public override SynchronizationContext CreateCopy() { return this; }

        // runs queued items until `until` returns true and the queue is empty
        public void Pump(Func<bool> until)
        {
            PumpThread = Thread.CurrentThread;
            while (true)
            {
                Action a;
                lock (gate)
                {
                    while (queue.Count == 0)
                    {
                        if (until()) return;
                        Monitor.Wait(gate, 5);
                    }
                    a = queue.Dequeue();
                }
                try { a(); }
                catch (Exception e) { Errors.Add(e.GetType().Name + ": " + e.Message); }
            }
        }
    }

    static class Program
    {
        static PumpContext ctx;

        static async void FireAndForget(string name, List<string> log, bool fail)
        {
            log.Add(name + " started");
            await Task.Delay(5);
            log.Add(name + " resumed on pump: " + (Thread.CurrentThread == ctx.PumpThread));
            if (fail) throw new FormatException(name + " failed");
            log.Add(name + " done");
        }

#pragma warning disable 1998
        static async void FailsSynchronously()
        {
            throw new ArgumentException("thrown before any await");
        }
#pragma warning restore 1998

        static void Main()
        {
            // base SynchronizationContext
            var baseCtx = new SynchronizationContext();
            var mainThread = Thread.CurrentThread;
            bool sendInline = false;
            baseCtx.Send(_ => { sendInline = Thread.CurrentThread == mainThread; }, null);
            Console.WriteLine("base Send runs inline: " + sendInline);
            bool postOnPool = false;
            var posted = new ManualResetEventSlim();
            baseCtx.Post(s => { postOnPool = Thread.CurrentThread.IsThreadPoolThread && (string)s == "st"; posted.Set(); }, "st");
            Console.WriteLine("base Post ran on a pool thread with state: " + (posted.Wait(5000) && postOnPool));
            var copy = baseCtx.CreateCopy();
            Console.WriteLine("base CreateCopy new instance: " + (copy != baseCtx) + ", type " + copy.GetType().Name);
            try { baseCtx.Send(_ => { throw new FormatException("in send"); }, null); }
            catch (FormatException e) { Console.WriteLine("base Send propagates: " + e.Message); }

            ctx = new PumpContext();
            SynchronizationContext.SetSynchronizationContext(ctx);
            Console.WriteLine("Current is ours: " + (SynchronizationContext.Current == ctx));
            SynchronizationContext otherSeen = ctx;
            var probe = new Thread(() => { otherSeen = SynchronizationContext.Current; });
            probe.Start(); probe.Join();
            Console.WriteLine("new thread sees no context: " + (otherSeen == null));

            // Post order, then Send from other threads
            var log = new List<string>();
            for (int i = 0; i < 3; i++) ctx.Post(s => log.Add("post " + s), i);
            Console.WriteLine("posted 3 items, none run yet: " + log.Count);
            bool senderDone = false;
            string sendResult = null;
            var sender = new Thread(() =>
            {
                ctx.Send(_ => log.Add("send from worker, on pump: " + (Thread.CurrentThread == ctx.PumpThread)), null);
                try { ctx.Send(_ => { throw new FormatException("bad send"); }, null); }
                catch (InvalidOperationException e) { sendResult = e.Message + " / inner " + e.InnerException.GetType().Name; }
                Volatile.Write(ref senderDone, true);
            });
            sender.Start();
            ctx.Pump(() => Volatile.Read(ref senderDone));
            sender.Join();
            foreach (var l in log) Console.WriteLine("  " + l);
            Console.WriteLine("worker saw: " + sendResult);
            bool inline = false;
            ctx.Send(_ => inline = true, null);
            Console.WriteLine("Send on the pump thread runs inline: " + inline);

            // async void: OperationStarted/Completed and exceptions posted to the context
            var alog = new List<string>();
            ctx.Started = ctx.Completed = 0;
            FireAndForget("ok", alog, false);
            FireAndForget("bad", alog, true);
            Console.WriteLine("after starting two async void methods: started " + ctx.Started + ", completed " + ctx.Completed);
            ctx.Pump(() => Volatile.Read(ref ctx.Completed) == 2);
            alog.Sort(StringComparer.Ordinal);
            foreach (var l in alog) Console.WriteLine("  " + l);
            Console.WriteLine("started " + ctx.Started + ", completed " + ctx.Completed);
            Console.WriteLine("errors reaching the pump: " + string.Join("; ", ctx.Errors));

            ctx.Errors.Clear();
            FailsSynchronously();
            Console.WriteLine("synchronous async void throw did not propagate to caller; completed " + ctx.Completed);
            ctx.Pump(() => true);
            Console.WriteLine("errors reaching the pump: " + string.Join("; ", ctx.Errors));

            SynchronizationContext.SetSynchronizationContext(null);
            Console.WriteLine("Current after uninstall is null: " + (SynchronizationContext.Current == null));
            // Mono 6.8 sometimes hangs or crashes at process exit while thread-pool or timer
            // threads are still winding down (seen under CPU load); a short final pause avoids it.
            Thread.Sleep(30);
        }
    }
}
