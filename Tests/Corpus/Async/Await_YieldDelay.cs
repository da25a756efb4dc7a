// Task.Yield and Task.Delay: awaiting both suspends (the caller gets an incomplete task back), Delay(0)/negative-infinite argument checks, delays awaited in sequence and in parallel, YieldAwaitable's awaiter reports IsCompleted=false.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Await_YieldDelay
{
    static class Program
    {
        static int stage;

        static async Task<int> YieldOnce()
        {
            stage = 1;
            await Task.Yield();
            stage = 2;
            return 10;
        }

        static async Task<int> DelayThen(int ms, int value)
        {
            await Task.Delay(ms);
            return value;
        }

        static async Task<int> ManyYields(int n)
        {
            int s = 0;
            for (int i = 0; i < n; i++)
            {
                await Task.Yield();
                s += i;
            }
            return s;
        }

        static async Task<string> Run()
        {
            Console.WriteLine("yield awaiter IsCompleted: " + Task.Yield().GetAwaiter().IsCompleted);
            Console.WriteLine("yield: " + await YieldOnce() + " stage=" + stage);
            Console.WriteLine("delay 10: " + await DelayThen(10, 1));
            Console.WriteLine("delay 0: " + await DelayThen(0, 2));
            int seq = 0;
            for (int i = 1; i <= 5; i++) seq = seq * 10 + await DelayThen(i, i);
            Console.WriteLine("sequential delays: " + seq);
            Task<int> slow = DelayThen(50, 100);
            Task<int> fast = DelayThen(1, 200);
            Task<int> mid = DelayThen(20, 300);
            Console.WriteLine("parallel in given order: " + await slow + " " + await fast + " " + await mid);
            Task first = await Task.WhenAny(DelayThen(50, 1), Task.FromResult(5));
            Console.WriteLine("WhenAny completed one: " + ((Task<int>)first).Result);
            Console.WriteLine("many yields: " + await ManyYields(1000));
            await Task.Delay(TimeSpan.FromMilliseconds(5));
            Console.WriteLine("TimeSpan delay done");
            try { await Task.Delay(-2); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("Delay(-2): ArgumentOutOfRangeException"); }
            Task inf = Task.Delay(Timeout.Infinite);
            Console.WriteLine("Delay(Infinite) completed: " + inf.IsCompleted);
            return "end";
        }

        static void Main()
        {
            stage = 0;
            Task<int> t = YieldOnce();
            // The method runs synchronously up to the Yield, so stage is 1 when the call returns.
            Console.WriteLine("after call stage>=1: " + (stage >= 1));
            Console.WriteLine("result " + t.Result + " stage=" + stage);
            Console.WriteLine(Run().Result);
        }
    }
}
