// A custom single-threaded SynchronizationContext (a queue pumped by the main thread): awaits resume on it (Current and thread checked after Task.Delay, Task.Run, Task.Yield and a TaskCompletionSource completed from another thread), ConfigureAwait(false) leaves it, an already-completed await stays inline, a completion set on the context runs the continuation inline, two async methods interleave in the order the protocol fixes.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Context_AwaitResume
{
    sealed class PumpContext : SynchronizationContext
    {
        readonly Queue<KeyValuePair<SendOrPostCallback, object>> queue = new Queue<KeyValuePair<SendOrPostCallback, object>>();
        readonly object gate = new object();
        bool completed;
        public int Posts;
        public Thread PumpThread;

        public override void Post(SendOrPostCallback d, object state)
        {
            lock (gate)
            {
                Posts++;
                queue.Enqueue(new KeyValuePair<SendOrPostCallback, object>(d, state));
                Monitor.Pulse(gate);
            }
        }

        public override void Send(SendOrPostCallback d, object state) { throw new NotSupportedException(); }

        public override SynchronizationContext CreateCopy() { return this; }

        public void Complete() { lock (gate) { completed = true; Monitor.Pulse(gate); } }

        public void Run()
        {
            PumpThread = Thread.CurrentThread;
            while (true)
            {
                KeyValuePair<SendOrPostCallback, object> item;
                lock (gate)
                {
                    while (queue.Count == 0 && !completed) Monitor.Wait(gate);
                    if (queue.Count == 0) return;
                    item = queue.Dequeue();
                }
                item.Key(item.Value);
            }
        }
    }

    static class Program
    {
        static PumpContext ctx;
        static Thread mainThread;

        static string Where()
        {
            var cur = SynchronizationContext.Current;
            string c = cur == null ? "no context" : cur == ctx ? "pump context" : cur.GetType().Name;
            string t = Thread.CurrentThread == mainThread ? "main thread" : "other thread";
            return c + ", " + t;
        }

        static int Main()
        {
            mainThread = Thread.CurrentThread;
            ctx = new PumpContext();
            Console.WriteLine("Current before install: " + (SynchronizationContext.Current == null ? "null" : "set"));
            SynchronizationContext.SetSynchronizationContext(ctx);
            Task<int> main = MainAsync();
            Console.WriteLine("MainAsync returned to Main at its first real await: completed " + main.IsCompleted);
            main.ContinueWith(_ => ctx.Complete(), TaskScheduler.Default);
            ctx.Run();
            SynchronizationContext.SetSynchronizationContext(null);
            Console.WriteLine("pump finished; Current now null: " + (SynchronizationContext.Current == null));
            // Mono 6.8 sometimes hangs or crashes at process exit while thread-pool or timer
            // threads are still winding down (seen under CPU load); a short final pause avoids it.
            Thread.Sleep(30);
            return main.GetAwaiter().GetResult();
        }

        static async Task<int> MainAsync()
        {
            Console.WriteLine("start: " + Where());
            await Task.Delay(10);
            Console.WriteLine("after Task.Delay: " + Where());

            string inside = null;
            await Task.Run(() => { inside = Where(); });
            Console.WriteLine("inside Task.Run: " + inside);
            Console.WriteLine("after await Task.Run: " + Where());

            int r = await Task.Run(() => 6 * 7);
            Console.WriteLine("Task.Run<int> result " + r + ": " + Where());

            await Task.Yield();
            Console.WriteLine("after Task.Yield: " + Where());

            int postsBefore = ctx.Posts;
            await Task.FromResult(1);
            await Task.CompletedTask;
            Console.WriteLine("completed awaits do not post: " + (ctx.Posts == postsBefore) + ", " + Where());

            await Task.FromResult(2).ConfigureAwait(false);
            Console.WriteLine("ConfigureAwait(false) on a completed task stays: " + Where());

            string inner = await LeavesContext();
            Console.WriteLine("inner reported: " + inner);
            Console.WriteLine("caller after awaiting it: " + Where());

            // TaskCompletionSource completed from another thread -> continuation posted
            var tcs = new TaskCompletionSource<string>();
            var setter = new Thread(() => { Thread.Sleep(5); tcs.SetResult("from thread"); });
            setter.Start();
            string v = await tcs.Task;
            setter.Join();
            Console.WriteLine("tcs result '" + v + "': " + Where());

            // completion on the context thread: the continuation runs inline inside SetResult
            var log = new List<string>();
            var tcsA = new TaskCompletionSource<bool>();
            var tcsB = new TaskCompletionSource<bool>();
            Task a = Waiter("A", tcsA.Task, log);
            Task b = Waiter("B", tcsB.Task, log);
            log.Add("both waiting");
            postsBefore = ctx.Posts;
            tcsB.SetResult(true);
            log.Add("after SetResult B");
            tcsA.SetResult(true);
            log.Add("after SetResult A");
            await Task.WhenAll(a, b);
            Console.WriteLine(string.Join(" | ", log));
            Console.WriteLine("inline continuations posted nothing: " + (ctx.Posts == postsBefore));

            // RunContinuationsAsynchronously forces a post even on the context thread
            var log2 = new List<string>();
            var tcsC = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            Task c = Waiter("C", tcsC.Task, log2);
            tcsC.SetResult(true);
            log2.Add("after SetResult C");
            await c;
            Console.WriteLine(string.Join(" | ", log2));

            // several interleaved async loops, each step resuming via Task.Yield posts in FIFO order
            var order = new List<string>();
            Task x = Stepper("x", 3, order), y = Stepper("y", 3, order);
            await Task.WhenAll(x, y);
            Console.WriteLine("interleaving: " + string.Join(",", order));

            Console.WriteLine("end: " + Where());
            return 0;
        }

        static async Task Waiter(string name, Task t, List<string> log)
        {
            await t;
            log.Add(name + " resumed on " + Where());
        }

        static async Task Stepper(string name, int n, List<string> order)
        {
            for (int i = 0; i < n; i++)
            {
                order.Add(name + i);
                await Task.Yield();
            }
        }

        static async Task<string> LeavesContext()
        {
            await Task.Delay(5).ConfigureAwait(false);
            string s = "after ConfigureAwait(false): " + Where();
            await Task.Delay(1);
            return s + "; next await without context: " + Where();
        }
    }
}
