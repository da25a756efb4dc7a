// TaskCreationOptions.RunContinuationsAsynchronously on TaskCompletionSource: without it ExecuteSynchronously continuations and await continuations run inside SetResult; with it they run after SetResult returns (observed through a [ThreadStatic] flag, not through timing).
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Task_TcsRunContinuationsAsync
{
    static class Program
    {
        [ThreadStatic] static bool insideSet;

        static async Task<string> AwaitIt(Task<int> t, string name)
        {
            int v = await t;
            return name + " got " + v + " insideSet=" + insideSet;
        }

        static void Run(string label, TaskCreationOptions options)
        {
            Console.WriteLine("== " + label);
            var tcs = new TaskCompletionSource<int>(options);
            Console.WriteLine("CreationOptions: " + tcs.Task.CreationOptions);
            string seen = null;
            var cont = tcs.Task.ContinueWith(t => { seen = "ContinueWith insideSet=" + insideSet; }, TaskContinuationOptions.ExecuteSynchronously);
            var awaiter = AwaitIt(tcs.Task, "await");
            insideSet = true;
            tcs.SetResult(5);
            insideSet = false;
            cont.Wait();
            Console.WriteLine(seen);
            Console.WriteLine(awaiter.Result);
        }

        static int Main()
        {
            Run("default", TaskCreationOptions.None);
            Run("RunContinuationsAsynchronously", TaskCreationOptions.RunContinuationsAsynchronously);

            Console.WriteLine("== TrySetException with RunContinuationsAsynchronously");
            var tcs2 = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            string seen2 = null;
            var c2 = tcs2.Task.ContinueWith(t => { seen2 = "faulted=" + t.IsFaulted + " insideSet=" + insideSet; }, TaskContinuationOptions.ExecuteSynchronously);
            insideSet = true;
            Console.WriteLine("TrySetException: " + tcs2.TrySetException(new Exception("e")));
            insideSet = false;
            c2.Wait();
            Console.WriteLine(seen2);

            Console.WriteLine("== invalid option");
            try { new TaskCompletionSource<int>(TaskCreationOptions.LongRunning); }
            catch (ArgumentOutOfRangeException) { Console.WriteLine("LongRunning: ArgumentOutOfRangeException"); }
            return 0;
        }
    }
}
