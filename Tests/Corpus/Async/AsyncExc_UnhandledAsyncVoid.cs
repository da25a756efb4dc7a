// An exception escaping an async void method after it has suspended (on a gate that Main releases): with no SynchronizationContext it is rethrown on a thread-pool thread and terminates the process, although Main is still waiting (with a 3 s timeout) and never resumes. .NET: "Unhandled exception." on stderr, exit 134; Mono 6.8 differs (see .notes).
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncExc_UnhandledAsyncVoid
{
    static class Program
    {
        static readonly ManualResetEventSlim reached = new ManualResetEventSlim();

        static async void Handled()
        {
            try
            {
                await Task.Yield();
                throw new FormatException("caught inside");
            }
            catch (FormatException e)
            {
                Console.WriteLine("async void caught its own: " + e.Message);
            }
            reached.Set();
        }

        static async void Crashes(Task gate)
        {
            Console.WriteLine("async void started");
            await gate;
            Console.WriteLine("async void resumed, throwing");
            throw new InvalidOperationException("escapes async void");
        }

        static void Main()
        {
            Handled();
            reached.Wait();
            var gate = new TaskCompletionSource<bool>();
            try
            {
                Crashes(gate.Task);
                Console.WriteLine("call returned normally (nothing to catch here)");
            }
            catch (Exception)
            {
                Console.WriteLine("never: the exception is not thrown to the caller");
            }
            // Releasing the gate resumes Crashes; Main prints nothing more before the crash.
            gate.SetResult(true);
            Thread.Sleep(3000);
            Console.WriteLine("never printed: the process is already dead");
        }
    }
}
