// An async method's exception that nobody catches: Main blocks on GetAwaiter().GetResult(), which rethrows the original InvalidOperationException (not an AggregateException) out of Main. finally blocks inside the async methods run before the task faults, so their output appears. .NET: "Unhandled exception." on stderr, exit 134; Mono 6.8: exit 1 (see .notes).
using System;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncExc_UnhandledMain
{
    static class Program
    {
        static async Task<int> Inner(int n)
        {
            try
            {
                await Task.Yield();
                if (n == 0) throw new InvalidOperationException("async boom");
                return await Inner(n - 1) + 1;
            }
            finally
            {
                Console.WriteLine("finally " + n);
            }
        }

        static async Task<int> Outer()
        {
            try { await Inner(0); }
            catch (InvalidOperationException e) { Console.WriteLine("first one handled: " + e.Message); }
            Console.WriteLine("now failing for real");
            int r = await Inner(3);
            Console.WriteLine("never printed " + r);
            return r;
        }

        static int Main()
        {
            Console.WriteLine("start");
            int r = Outer().GetAwaiter().GetResult();
            Console.WriteLine("never printed either");
            return r;
        }
    }
}
