// Async methods that complete synchronously (no await, awaits of completed tasks, Task.FromResult, Task.CompletedTask, Delay(0)) vs ones that suspend: IsCompleted/Status right after the call, and that the body runs synchronously up to the first real suspension.
using System;
using System.Threading.Tasks;

namespace Corpus.Async.Await_SyncCompletion
{
    static class Program
    {
        static int counter;

        static string Info(Task t)
        {
            return "IsCompleted=" + t.IsCompleted + " Status=" + t.Status + " IsFaulted=" + t.IsFaulted;
        }

#pragma warning disable 1998
        static async Task<int> NoAwait(int x)
        {
            counter++;
            return x * 2;
        }

        static async Task NoAwaitVoidTask()
        {
            counter += 10;
        }
#pragma warning restore 1998

        static async Task<int> AwaitCompleted(int x)
        {
            counter++;
            int a = await Task.FromResult(x);
            counter++;
            await Task.CompletedTask;
            counter++;
            await Task.Delay(0);
            counter++;
            int b = await NoAwait(a);
            counter++;
            return a + b;
        }

        static async Task<int> AwaitChainOfCompleted(int depth)
        {
            if (depth == 0) return await Task.FromResult(1);
            int r = await AwaitChainOfCompleted(depth - 1);
            return r + 1;
        }

        static async Task<int> SuspendsOnGate(TaskCompletionSource<int> gate, int x)
        {
            counter += 100;
            int g = await gate.Task;
            counter += 1000;
            return g + x;
        }

        static async Task<int> SuspendsLater(TaskCompletionSource<int> gate)
        {
            counter += 1;
            await Task.FromResult(0);
            counter += 1;
            int g = await gate.Task;
            counter += 1;
            return g;
        }

        static void Main()
        {
            counter = 0;
            Task<int> t = NoAwait(21);
            Console.WriteLine("NoAwait: " + Info(t) + " counter=" + counter + " result=" + t.Result);
            Task v = NoAwaitVoidTask();
            Console.WriteLine("NoAwaitVoidTask: " + Info(v) + " counter=" + counter);

            counter = 0;
            t = AwaitCompleted(5);
            Console.WriteLine("AwaitCompleted: " + Info(t) + " counter=" + counter + " result=" + t.Result);

            t = AwaitChainOfCompleted(50);
            Console.WriteLine("AwaitChainOfCompleted: " + Info(t) + " result=" + t.Result);

            Task<int> fr = Task.FromResult(7);
            Console.WriteLine("FromResult: " + Info(fr) + " result=" + fr.Result);
            Console.WriteLine("CompletedTask: " + Info(Task.CompletedTask));
            Console.WriteLine("Delay(0): " + Info(Task.Delay(0)));
            Console.WriteLine("awaiter IsCompleted: " + fr.GetAwaiter().IsCompleted + " " + fr.GetAwaiter().GetResult());

            counter = 0;
            var gate = new TaskCompletionSource<int>();
            t = SuspendsOnGate(gate, 3);
            Console.WriteLine("SuspendsOnGate before: " + Info(t) + " counter=" + counter);
            gate.SetResult(39);
            int r = t.GetAwaiter().GetResult();
            Console.WriteLine("SuspendsOnGate after: " + Info(t) + " counter=" + counter + " result=" + r);

            counter = 0;
            var gate2 = new TaskCompletionSource<int>();
            t = SuspendsLater(gate2);
            Console.WriteLine("SuspendsLater before: " + Info(t) + " counter=" + counter);
            gate2.SetResult(8);
            r = t.Result;
            Console.WriteLine("SuspendsLater after: " + Info(t) + " counter=" + counter + " result=" + r);

            var done = new TaskCompletionSource<int>();
            done.SetResult(4);
            counter = 0;
            t = SuspendsOnGate(done, 1);
            Console.WriteLine("gate already set: " + Info(t) + " counter=" + counter + " result=" + t.Result);
        }
    }
}
