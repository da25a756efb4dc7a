// async void methods without a SynchronizationContext: they run synchronously up to their first suspension and return to the caller there; completion is signalled explicitly (TaskCompletionSource, CountdownEvent) so the output order is deterministic; async void lambdas and event handlers.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Await_AsyncVoid
{
    static class Program
    {
        static string log = "";
        static TaskCompletionSource<bool> done;

        static async void NoSuspension(int n)
        {
            log += "[ns" + n + " start]";
            await Task.FromResult(n);
            log += "[ns" + n + " end]";
        }

        static async void Suspends(TaskCompletionSource<int> gate)
        {
            log += "[s start]";
            int v = await gate.Task;
            log += "[s got " + v + "]";
            done.SetResult(true);
        }

        static async void Worker(int id, CountdownEvent cd, int[] results)
        {
            await Task.Yield();
            results[id] = id * id;
            await Task.Delay(1);
            results[id] += 1;
            cd.Signal();
        }

        static async void Sequence(TaskCompletionSource<string> result)
        {
            string s = "";
            for (int i = 0; i < 5; i++)
            {
                await Task.Yield();
                s += i;
            }
            result.SetResult(s);
        }

        static event EventHandler<int> Ticked;

        static void Main()
        {
            log = "";
            NoSuspension(1);
            log += "[after call 1]";
            NoSuspension(2);
            log += "[after call 2]";
            Console.WriteLine(log);

            log = "";
            done = new TaskCompletionSource<bool>();
            var gate = new TaskCompletionSource<int>();
            Suspends(gate);
            log += "[returned to caller]";
            Console.WriteLine(log);
            log = "";
            gate.SetResult(5);
            done.Task.Wait();
            Console.WriteLine(log);

            var cd = new CountdownEvent(100);
            var results = new int[100];
            for (int i = 0; i < 100; i++) Worker(i, cd, results);
            cd.Wait();
            long sum = 0;
            foreach (int r in results) sum += r;
            Console.WriteLine("workers: sum=" + sum + " r[0]=" + results[0] + " r[99]=" + results[99]);

            var seq = new TaskCompletionSource<string>();
            Sequence(seq);
            Console.WriteLine("sequence: " + seq.Task.Result);

            var lambdaDone = new TaskCompletionSource<int>();
            int captured = 1;
            Action a = async () => { await Task.Yield(); captured *= 7; lambdaDone.SetResult(captured); };
            a();
            Console.WriteLine("async void lambda: " + lambdaDone.Task.Result + " captured=" + captured);

            var handled = new CountdownEvent(2);
            int total = 0;
            Ticked += async (sender, x) => { await Task.Yield(); Interlocked.Add(ref total, x); handled.Signal(); };
            Ticked += async (sender, x) => { await Task.Delay(1); Interlocked.Add(ref total, x * 100); handled.Signal(); };
            Ticked(null, 3);
            handled.Wait();
            Console.WriteLine("event handlers: total=" + total);
        }
    }
}
