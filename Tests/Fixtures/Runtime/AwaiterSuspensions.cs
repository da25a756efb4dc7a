// `cilkit run --runtime-async --stats`: awaits that suspend on an awaiter rather than a Task —
// ConfigureAwait(false), a ValueTask, a custom INotifyCompletion awaiter — allocate nothing
// per suspension beyond what classic async allocates: the notifier that carries the awaiter
// to the chain's task is reused. 1,000 suspensions of each kind would show as 1,000
// AwaiterNotifier/NotifyCompletionNotifier objects otherwise.
using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

class Program
{
    // Completes asynchronously: its continuation is posted to the thread pool.
    sealed class LaterAwaitable : INotifyCompletion
    {
        public LaterAwaitable GetAwaiter() { return this; }
        public bool IsCompleted { get { return false; } }
        public void GetResult() { }
        public void OnCompleted(Action continuation) { Task.Run(continuation); }
    }

    static async Task<int> Configured(int i)
    {
        await Task.Yield();
        await Task.Delay(0).ContinueWith(_ => { }).ConfigureAwait(false);
        return i;
    }

    static async Task<int> Custom(int i)
    {
        await new LaterAwaitable();
        return i;
    }

    static async Task<long> Run()
    {
        long sum = 0;
        for (int i = 0; i < 1000; i++)
        {
            sum += await Configured(i).ConfigureAwait(false);
            sum += await new ValueTask<int>(Custom(i));
        }
        return sum;
    }

    static int Main()
    {
        long sum = Run().GetAwaiter().GetResult();
        Console.WriteLine(sum);
        return sum == 999000 ? 0 : 1;
    }
}
