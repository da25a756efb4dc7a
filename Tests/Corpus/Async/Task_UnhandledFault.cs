// A faulted Task escaping Main through GetAwaiter().GetResult(): the original exception (not an AggregateException) is unhandled. Mono exits with 1, .NET with 134 (see Task_UnhandledFault.notes); stdout before the failure must be complete.
using System;
using System.Threading.Tasks;

namespace Corpus.Async.Task_UnhandledFault
{
    class StageException : Exception { public StageException(string m) : base(m) { } }

    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<int> Stage(int n)
        {
            await Task.Yield();
            if (n == 3) throw new StageException("stage " + n + " failed");
            return n;
        }

        static async Task<int> MainAsync()
        {
            int total = 0;
            for (int i = 1; i <= 2; i++)
            {
                total += await Stage(i);
                Console.WriteLine("stage " + i + " ok, total " + total);
            }
            try { await Stage(3); }
            catch (StageException e) { Console.WriteLine("caught once: " + e.Message); }
            var observed = Stage(3);
            try { observed.Wait(); }
            catch (AggregateException ae) { Console.WriteLine("Wait wraps: " + ae.InnerException.GetType().Name); }
            Console.WriteLine("now letting it escape");
            total += await Stage(3);
            Console.WriteLine("never printed");
            return total;
        }
    }
}
