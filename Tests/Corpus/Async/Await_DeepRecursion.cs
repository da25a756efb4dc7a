// Deep async recursion (depth 2000-3000): chains that complete synchronously at every level, chains that suspend at the bottom (Yield, Delay, a gate completed later) and unwind through thousands of continuations, and mutual recursion.
using System;
using System.Threading.Tasks;

namespace Corpus.Async.Await_DeepRecursion
{
    static class Program
    {
        static int maxDepth;

        static async Task<long> SyncSum(int n)
        {
            if (n > maxDepth) maxDepth = n;
            if (n == 0) return 0;
            long below = await SyncSum(n - 1);
            return below + n;
        }

        static async Task<long> YieldAtBottom(int n)
        {
            if (n == 0) { await Task.Yield(); return 0; }
            long below = await YieldAtBottom(n - 1);
            return below + n;
        }

        static async Task<long> DelayAtBottom(int n)
        {
            if (n == 0) { await Task.Delay(10); return 1; }
            return 2 * await DelayAtBottom(n - 1) % 1000003;
        }

        static async Task<int> GateAtBottom(int n, TaskCompletionSource<int> gate)
        {
            if (n == 0) return await gate.Task;
            int v = await GateAtBottom(n - 1, gate);
            return v + (n % 7);
        }

        static async Task<int> YieldEveryLevel(int n)
        {
            await Task.Yield();
            if (n == 0) return 0;
            return 1 + await YieldEveryLevel(n - 1);
        }

        static async Task<int> IsEven(int n)
        {
            if (n == 0) return 1;
            return await IsOdd(n - 1);
        }

        static async Task<int> IsOdd(int n)
        {
            if (n == 0) return 0;
            return await IsEven(n - 1);
        }

        static async Task<string> Path(int n)
        {
            if (n == 0) return "";
            string s = await Path(n - 1);
            return s.Length < 20 ? s + (n % 10) : s;
        }

        static void Main()
        {
            maxDepth = 0;
            Task<long> s = SyncSum(3000);
            Console.WriteLine("SyncSum(3000) completed synchronously: " + s.IsCompleted + " = " + s.Result + " maxDepth=" + maxDepth);
            Console.WriteLine("YieldAtBottom(2000) = " + YieldAtBottom(2000).Result);
            Console.WriteLine("YieldAtBottom(2500) = " + YieldAtBottom(2500).GetAwaiter().GetResult());
            Console.WriteLine("DelayAtBottom(2000) = " + DelayAtBottom(2000).Result);
            var gate = new TaskCompletionSource<int>();
            Task<int> g = GateAtBottom(2000, gate);
            Console.WriteLine("GateAtBottom completed before release: " + g.IsCompleted);
            gate.SetResult(1000);
            Console.WriteLine("GateAtBottom(2000) = " + g.Result);
            Console.WriteLine("YieldEveryLevel(2000) = " + YieldEveryLevel(2000).Result);
            Console.WriteLine("IsEven(2001) = " + IsEven(2001).Result + ", IsEven(2400) = " + IsEven(2400).Result);
            Console.WriteLine("Path(2000) = " + Path(2000).Result);
        }
    }
}
