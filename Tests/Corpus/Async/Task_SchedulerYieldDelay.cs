// TaskScheduler.Default/Current identity (outside tasks, inside Task.Run, inside a custom inline scheduler, StartNew inheriting Current vs HideScheduler), Task.Yield, Task.Delay (zero, negative, infinite with a token, canceled token), and Delay argument checks.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_SchedulerYieldDelay
{
    sealed class InlineScheduler : TaskScheduler
    {
        public int Queued;
        protected override void QueueTask(Task task) { Queued++; TryExecuteTask(task); }
        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) { return TryExecuteTask(task); }
        protected override IEnumerable<Task> GetScheduledTasks() { return new Task[0]; }
    }

    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<int> MainAsync()
        {
            Console.WriteLine("Current == Default outside tasks: " + (TaskScheduler.Current == TaskScheduler.Default));
            Console.WriteLine("Default stable: " + ReferenceEquals(TaskScheduler.Default, TaskScheduler.Default));
            bool inRun = await Task.Run(() => TaskScheduler.Current == TaskScheduler.Default);
            Console.WriteLine("Current == Default inside Task.Run: " + inRun);

            var mine = new InlineScheduler();
            string report = "";
            var t = Task.Factory.StartNew(() =>
            {
                report += "inside: Current is mine=" + (TaskScheduler.Current == mine);
                var innerNew = Task.Factory.StartNew(() => TaskScheduler.Current == mine);
                report += "; StartNew inherits=" + innerNew.Result;
                var hidden = Task.Factory.StartNew(() => TaskScheduler.Current == TaskScheduler.Default, CancellationToken.None, TaskCreationOptions.HideScheduler, mine);
                report += "; HideScheduler sees Default=" + hidden.Result;
                var viaRun = Task.Run(() => TaskScheduler.Current == TaskScheduler.Default);
                report += "; Task.Run uses Default=" + viaRun.Result;
            }, CancellationToken.None, TaskCreationOptions.None, mine);
            Console.WriteLine("StartNew on inline scheduler completed synchronously: " + t.IsCompleted);
            Console.WriteLine(report);
            Console.WriteLine("tasks queued to mine: " + mine.Queued);
            var cont = t.ContinueWith(a => TaskScheduler.Current == mine, mine);
            Console.WriteLine("ContinueWith(scheduler) sees mine: " + cont.Result);

            Console.WriteLine("-- Yield");
            var log = new List<string>();
            var y = YieldTwice(log);
            string firstEntry;
            lock (log) firstEntry = log[0];
            Console.WriteLine("part before the first yield ran before the call returned: " + firstEntry);
            await y;
            Console.WriteLine("log after await: " + string.Join(" | ", log.ToArray()));
            var awaiter = Task.Yield().GetAwaiter();
            Console.WriteLine("YieldAwaiter.IsCompleted: " + awaiter.IsCompleted);

            Console.WriteLine("-- Delay");
            var d0 = Task.Delay(0);
            Console.WriteLine("Delay(0): " + d0.Status);
            var dz = Task.Delay(TimeSpan.Zero);
            Console.WriteLine("Delay(TimeSpan.Zero): " + dz.Status);
            var d20 = Task.Delay(20);
            Console.WriteLine("Delay(20) before: completed=" + d20.IsCompleted);
            await d20;
            Console.WriteLine("Delay(20) after await: " + d20.Status);
            try { Task.Delay(-2); } catch (ArgumentOutOfRangeException) { Console.WriteLine("Delay(-2): ArgumentOutOfRangeException"); }

            var cts = new CancellationTokenSource();
            var infinite = Task.Delay(-1, cts.Token);
            Console.WriteLine("Delay(-1, token) pending: " + infinite.Status);
            cts.Cancel();
            try { await infinite; }
            catch (TaskCanceledException e) { Console.WriteLine("after Cancel: " + infinite.Status + " token matches=" + (e.CancellationToken == cts.Token)); }
            var pre = Task.Delay(1000, cts.Token);
            Console.WriteLine("Delay with already-canceled token: " + pre.Status);
            var zeroCanceled = Task.Delay(0, cts.Token);
            Console.WriteLine("Delay(0) with canceled token: " + zeroCanceled.Status);
            var cts2 = new CancellationTokenSource();
            var beats = Task.Delay(10, cts2.Token);
            await beats;
            cts2.Cancel();
            Console.WriteLine("cancel after Delay completed: " + beats.Status);
            return 0;
        }

        static async Task YieldTwice(List<string> log)
        {
            log.Add("before yield");
            await Task.Yield();
            lock (log) log.Add("after first yield");
            await Task.Yield();
            lock (log) log.Add("after second yield");
        }
    }
}
