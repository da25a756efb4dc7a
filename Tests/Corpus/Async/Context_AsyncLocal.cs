// AsyncLocal<T>: values flow into awaited async methods, Task.Run, new Threads, ThreadPool items and continuations; a callee's change does not leak back to its caller (before or after its first await); sibling tasks are isolated; value-changed notifications (previous, current, ThreadContextChanged) for explicit sets in a synchronous scope.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Context_AsyncLocal
{
    static class Program
    {
        static readonly AsyncLocal<string> name = new AsyncLocal<string>();
        static readonly AsyncLocal<int> depth = new AsyncLocal<int>();

        static int Main()
        {
            int rc = MainAsync().GetAwaiter().GetResult();
            // Mono 6.8 sometimes hangs or crashes at process exit while thread-pool or timer
            // threads are still winding down (seen under CPU load); a short final pause avoids it.
            Thread.Sleep(30);
            return rc;
        }

        static string Show() { return "name=" + (name.Value ?? "null") + " depth=" + depth.Value; }

        static async Task<string> Callee(string tag)
        {
            string atEntry = Show();
            name.Value = tag + "-before-await";
            await Task.Delay(1);
            string afterAwait = Show();
            name.Value = tag + "-after-await";
            depth.Value = depth.Value + 100;
            return "entry[" + atEntry + "] after-await[" + afterAwait + "] end[" + Show() + "]";
        }

        static async Task Nested(int level, List<string> log)
        {
            depth.Value = level;
            log.Add("enter " + level + ": " + Show());
            if (level < 3) await Nested(level + 1, log);
            await Task.Yield();
            log.Add("leave " + level + ": " + Show());
        }

        static void ChangeSync() { name.Value = "changed-by-sync-method"; }

        static async Task ChangeBeforeAwait() { name.Value = "changed-before-first-await"; await Task.Delay(1); }

#pragma warning disable 1998
        static async Task ChangeNoAwait() { name.Value = "changed-in-sync-completing-async"; }
#pragma warning restore 1998

        static async Task<int> MainAsync()
        {
            Console.WriteLine("initial: " + Show());
            name.Value = "root";
            depth.Value = 1;
            Console.WriteLine("set: " + Show());

            Console.WriteLine("callee: " + await Callee("callee"));
            Console.WriteLine("caller after callee: " + Show());

            ChangeSync();
            Console.WriteLine("after a plain method set it (same context): " + Show());
            name.Value = "root";
            await ChangeBeforeAwait();
            Console.WriteLine("after async method set before its await: " + Show());
            await ChangeNoAwait();
            Console.WriteLine("after async method completing synchronously: " + Show());

            string inRun = await Task.Run(() => { string s = Show(); name.Value = "changed-in-Task.Run"; return s; });
            Console.WriteLine("Task.Run saw: " + inRun + "; caller now: " + Show());

            string inThread = null;
            var t = new Thread(() => { inThread = Show(); name.Value = "changed-in-thread"; });
            t.Start(); t.Join();
            Console.WriteLine("new Thread saw: " + inThread + "; caller now: " + Show());

            string inPool = null;
            var done = new ManualResetEventSlim();
            ThreadPool.QueueUserWorkItem(_ => { inPool = Show(); name.Value = "changed-in-pool"; done.Set(); });
            done.Wait();
            Console.WriteLine("pool item saw: " + inPool + "; caller now: " + Show());

            string inCont = await Task.Delay(1).ContinueWith(_ => Show());
            Console.WriteLine("ContinueWith saw: " + inCont);

            // the value seen by a task is the one captured when it was started
            name.Value = "before-start";
            var gate = new TaskCompletionSource<bool>();
            Task<string> late = Task.Run(async () => { await gate.Task; return Show(); });
            name.Value = "after-start";
            gate.SetResult(true);
            Console.WriteLine("task started before a change sees: " + await late);
            name.Value = "root";

            // siblings are isolated
            var results = new string[3];
            var tasks = new Task[3];
            for (int i = 0; i < 3; i++)
            {
                int me = i;
                tasks[i] = Task.Run(async () =>
                {
                    name.Value = "sibling" + me;
                    await Task.Delay(5);
                    depth.Value += me;
                    await Task.Yield();
                    results[me] = Show();
                });
            }
            await Task.WhenAll(tasks);
            Console.WriteLine("siblings: " + string.Join(" | ", results));
            Console.WriteLine("caller after siblings: " + Show());

            var log = new List<string>();
            await Nested(1, log);
            foreach (var l in log) Console.WriteLine("  " + l);
            Console.WriteLine("after nested: " + Show());

            // value-changed notifications
            var events = new List<string>();
            var watched = new AsyncLocal<string>(a => events.Add((a.PreviousValue ?? "null") + "->" + (a.CurrentValue ?? "null") + (a.ThreadContextChanged ? " (context)" : "")));
            watched.Value = "a";
            watched.Value = "b";
            watched.Value = "b"; // same reference: no notification
            watched.Value = null;
            Console.WriteLine("notifications: " + string.Join(", ", events));

            // ExecutionContext.SuppressFlow stops Task.Run/pool capture
            string suppressed = null;
            var ev = new ManualResetEventSlim();
            using (ExecutionContext.SuppressFlow())
            {
                ThreadPool.QueueUserWorkItem(_ => { suppressed = Show(); ev.Set(); });
            }
            ev.Wait();
            Console.WriteLine("pool item with suppressed flow: " + suppressed);
            return 0;
        }
    }
}
