// ExecutionContext: Capture/Run carrying AsyncLocal values to another thread and back, Run restoring the caller's values afterwards (also when the callback throws), CreateCopy, SuppressFlow/RestoreFlow/IsFlowSuppressed (Capture returns null while suppressed; new threads, Task.Run and pool items start empty), AsyncFlowControl.Undo, RestoreFlow without suppression -> InvalidOperationException.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Context_ExecutionContext
{
    static class Program
    {
        static readonly AsyncLocal<string> user = new AsyncLocal<string>();

        static string U() { return user.Value ?? "null"; }

        static string OnNewThread()
        {
            string r = null;
            var t = new Thread(() => { r = U(); });
            t.Start(); t.Join();
            return r;
        }

        static string OnPool()
        {
            string r = null;
            var ev = new ManualResetEventSlim();
            ThreadPool.QueueUserWorkItem(_ => { r = U(); ev.Set(); });
            ev.Wait();
            return r;
        }

        static void Main()
        {
            Console.WriteLine("flow suppressed initially: " + ExecutionContext.IsFlowSuppressed());
            user.Value = "alice";
            ExecutionContext captured = ExecutionContext.Capture();
            Console.WriteLine("captured non-null: " + (captured != null));
            user.Value = "bob";

            string inRun = null;
            ExecutionContext.Run(captured.CreateCopy(), s => { inRun = U() + " state=" + s; user.Value = "changed-inside-run"; }, "S1");
            Console.WriteLine("inside Run: " + inRun);
            Console.WriteLine("after Run, caller restored: " + U());

            // run a captured context on another thread
            string onOther = null;
            var t = new Thread(() =>
            {
                string before = U();
                ExecutionContext.Run(captured.CreateCopy(), _ => { onOther = "before Run " + before + ", inside " + U(); }, null);
                onOther += ", after " + U();
            });
            t.Start(); t.Join();
            Console.WriteLine("other thread: " + onOther);

            // Run restores even when the callback throws
            try
            {
                ExecutionContext.Run(captured.CreateCopy(), _ => { user.Value = "doomed"; throw new FormatException("inside Run"); }, null);
            }
            catch (FormatException e) { Console.WriteLine("caught " + e.Message + ", caller value: " + U()); }

            // copies are independent snapshots
            user.Value = "carol";
            var snapCarol = ExecutionContext.Capture();
            user.Value = "dave";
            string a = null, b = null;
            ExecutionContext.Run(snapCarol.CreateCopy(), _ => a = U(), null);
            ExecutionContext.Run(captured.CreateCopy(), _ => b = U(), null);
            Console.WriteLine("snapshots: " + a + ", " + b + "; current " + U());

            // flow into new threads, pool, Task.Run by default
            Console.WriteLine("flows to new thread: " + OnNewThread());
            Console.WriteLine("flows to pool: " + OnPool());
            Console.WriteLine("flows to Task.Run: " + Task.Run(() => U()).Result);

            // SuppressFlow
            ExecutionContext.SuppressFlow(); // undone below by RestoreFlow
            Console.WriteLine("IsFlowSuppressed: " + ExecutionContext.IsFlowSuppressed());
            Console.WriteLine("Capture while suppressed is null: " + (ExecutionContext.Capture() == null));
            Console.WriteLine("current thread still sees: " + U());
            Console.WriteLine("suppressed new thread: " + OnNewThread());
            Console.WriteLine("suppressed pool: " + OnPool());
            Console.WriteLine("suppressed Task.Run: " + Task.Run(() => U()).Result);
            try { ExecutionContext.SuppressFlow(); Console.WriteLine("double suppress?!"); }
            catch (InvalidOperationException) { Console.WriteLine("SuppressFlow twice: InvalidOperationException"); }
            ExecutionContext.RestoreFlow();
            Console.WriteLine("after RestoreFlow suppressed: " + ExecutionContext.IsFlowSuppressed() + ", new thread: " + OnNewThread());
            try { ExecutionContext.RestoreFlow(); Console.WriteLine("restore unsuppressed?!"); }
            catch (InvalidOperationException) { Console.WriteLine("RestoreFlow when not suppressed: InvalidOperationException"); }

            // AsyncFlowControl.Undo / Dispose
            var afc2 = ExecutionContext.SuppressFlow();
            Console.WriteLine("suppressed again: " + ExecutionContext.IsFlowSuppressed());
            afc2.Undo();
            Console.WriteLine("after Undo: " + ExecutionContext.IsFlowSuppressed());
            try { afc2.Undo(); Console.WriteLine("undo twice?!"); }
            catch (InvalidOperationException) { Console.WriteLine("Undo twice: InvalidOperationException"); }
            using (ExecutionContext.SuppressFlow())
            {
                Console.WriteLine("inside using: " + ExecutionContext.IsFlowSuppressed());
            }
            Console.WriteLine("after using: " + ExecutionContext.IsFlowSuppressed());

            // suppression is per thread
            AsyncFlowControl afc3 = ExecutionContext.SuppressFlow();
            bool otherSuppressed = true;
            var t2 = new Thread(() => { otherSuppressed = ExecutionContext.IsFlowSuppressed(); });
            t2.Start(); t2.Join();
            Console.WriteLine("new thread started while suppressed is itself suppressed: " + otherSuppressed);
            afc3.Undo();

            // a thread started with suppressed flow and then given a captured context
            user.Value = "erin";
            var erinCtx = ExecutionContext.Capture();
            string late = null;
            Thread t3;
            using (ExecutionContext.SuppressFlow())
            {
                t3 = new Thread(() =>
                {
                    late = "own " + U();
                    ExecutionContext.Run(erinCtx, _ => late += ", run " + U(), null);
                });
                t3.Start();
            }
            t3.Join();
            Console.WriteLine("suppressed thread: " + late);
            Console.WriteLine("final: " + U());
        }
    }
}
