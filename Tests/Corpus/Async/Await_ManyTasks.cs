// 10,000 concurrently pending async methods: each awaits Task.Yield or Task.Delay or a shared gate; results combined with Task.WhenAll (results in input order), Interlocked counters, and nested fan-out/fan-in.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Await_ManyTasks
{
    static class Program
    {
        static int started, finished;

        static async Task<int> Work(int i)
        {
            Interlocked.Increment(ref started);
            await Task.Yield();
            int r = i % 97 + 1;
            Interlocked.Increment(ref finished);
            return r;
        }

        static async Task<long> DelayWork(int i)
        {
            await Task.Delay(1 + i % 20);
            return (long)i * i;
        }

        static async Task<int> WaitGate(Task<int> gate, int i)
        {
            int g = await gate;
            return g + i;
        }

        static async Task<int> FanOut(int group)
        {
            var inner = new Task<int>[100];
            for (int j = 0; j < 100; j++) inner[j] = Work(group * 100 + j);
            int[] rs = await Task.WhenAll(inner);
            int s = 0;
            foreach (int r in rs) s += r;
            return s;
        }

        static async Task<long> Run()
        {
            var tasks = new Task<int>[10000];
            for (int i = 0; i < tasks.Length; i++) tasks[i] = Work(i);
            Console.WriteLine("started after loop: " + started);
            int[] results = await Task.WhenAll(tasks);
            long sum = 0;
            foreach (int r in results) sum += r;
            Console.WriteLine("yield: count=" + results.Length + " sum=" + sum + " finished=" + finished);
            Console.WriteLine("first five: " + results[0] + " " + results[1] + " " + results[2] + " " + results[96] + " " + results[97]);

            var dts = new List<Task<long>>();
            for (int i = 0; i < 10000; i++) dts.Add(DelayWork(i));
            long[] ds = await Task.WhenAll(dts);
            long dsum = 0;
            foreach (long d in ds) dsum += d;
            Console.WriteLine("delay: count=" + ds.Length + " sum=" + dsum + " last=" + ds[9999]);

            var gate = new TaskCompletionSource<int>();
            var gts = new Task<int>[10000];
            for (int i = 0; i < gts.Length; i++) gts[i] = WaitGate(gate.Task, i);
            int pending = 0;
            foreach (var t in gts) if (!t.IsCompleted) pending++;
            Console.WriteLine("gate: pending before release=" + pending);
            gate.SetResult(1);
            int[] gs = await Task.WhenAll(gts);
            long gsum = 0;
            foreach (int x in gs) gsum += x;
            Console.WriteLine("gate: sum=" + gsum);

            var groups = new Task<int>[100];
            for (int g = 0; g < 100; g++) groups[g] = FanOut(g);
            int[] gr = await Task.WhenAll(groups);
            long total = 0;
            foreach (int x in gr) total += x;
            Console.WriteLine("fan-out 100x100: total=" + total + " group0=" + gr[0] + " group99=" + gr[99]);

            Task all = Task.WhenAll(new Task[0]);
            Console.WriteLine("WhenAll(empty) completed: " + all.IsCompleted);
            return sum + dsum + gsum + total;
        }

        static void Main()
        {
            Console.WriteLine("grand total " + Run().GetAwaiter().GetResult());
            Console.WriteLine("started=" + started + " finished=" + finished);
        }
    }
}
