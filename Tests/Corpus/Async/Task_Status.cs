// Task life cycle: TaskStatus of new Task (Created), Start/RunSynchronously, TCS tasks (WaitingForActivation), continuations, and the terminal states with IsCompleted/IsCompletedSuccessfully-style flags.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_Status
{
    static class Program
    {
        static void Show(string label, Task t)
        {
            Console.WriteLine(label + ": " + t.Status + " completed=" + t.IsCompleted + " faulted=" + t.IsFaulted + " canceled=" + t.IsCanceled + " exc=" + (t.Exception != null));
        }

        static int Main()
        {
            var t1 = new Task(() => Console.WriteLine("  t1 body runs"));
            Show("new Task", t1);
            t1.RunSynchronously();
            Show("after RunSynchronously", t1);
            try { t1.Start(); } catch (InvalidOperationException) { Console.WriteLine("Start on completed task: InvalidOperationException"); }
            try { t1.RunSynchronously(); } catch (InvalidOperationException) { Console.WriteLine("RunSynchronously twice: InvalidOperationException"); }

            var gate = new ManualResetEventSlim(false);
            var t2 = new Task<int>(() => { gate.Wait(); return 42; });
            Show("new Task<int>", t2);
            t2.Start();
            try { t2.Start(); } catch (InvalidOperationException) { Console.WriteLine("Start twice: InvalidOperationException"); }
            gate.Set();
            t2.Wait();
            Show("t2 done", t2);
            Console.WriteLine("t2.Result = " + t2.Result);

            var t3 = new Task(() => { throw new InvalidOperationException("bad body"); });
            t3.RunSynchronously();
            Show("faulting body", t3);
            Console.WriteLine("inner: " + t3.Exception.InnerException.GetType().Name + ": " + t3.Exception.InnerException.Message);
            Console.WriteLine("inner count: " + t3.Exception.InnerExceptions.Count);

            var cts = new CancellationTokenSource();
            var t4 = new Task(() => Console.WriteLine("  never"), cts.Token);
            Show("created with token", t4);
            cts.Cancel();
            Show("token canceled before start", t4);
            try { t4.Start(); } catch (InvalidOperationException) { Console.WriteLine("Start on canceled task: InvalidOperationException"); }

            var tcs = new TaskCompletionSource<string>();
            Show("tcs.Task", tcs.Task);
            var cont = tcs.Task.ContinueWith(a => a.Result.ToUpper(), TaskContinuationOptions.ExecuteSynchronously);
            Show("continuation before antecedent", cont);
            tcs.SetResult("abc");
            Show("tcs after SetResult", tcs.Task);
            cont.Wait();
            Show("continuation after", cont);
            Console.WriteLine("cont.Result = " + cont.Result);

            var delay = Task.Delay(20);
            Show("Task.Delay(20) just created", delay);
            delay.Wait();
            Show("Task.Delay(20) after Wait", delay);

            var t5 = new Task<int>(() => 7);
            var t5c = t5.ContinueWith(a => a.Result * 6);
            Show("continuation of unstarted task", t5c);
            t5.Start();
            Console.WriteLine("t5c.Result = " + t5c.Result);
            Show("t5c", t5c);

            Console.WriteLine("CompletedTask status: " + Task.CompletedTask.Status);
            Console.WriteLine("same CompletedTask: " + ReferenceEquals(Task.CompletedTask, Task.CompletedTask));
            Console.WriteLine("AsyncState: " + (new Task(s => { }, "state-object").AsyncState));
            return 0;
        }
    }
}
