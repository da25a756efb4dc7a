// Time-based cancellation: CancelAfter(ms/TimeSpan), new CancellationTokenSource(timeout), CancelAfter re-arming, CancelAfter(-1) disarming, CancelAfter(0), argument checks, awaiting Task.Delay(-1, token) that the timer cancels, and the callback running on timeout.
using System;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.Cancel_Timeout
{
    static class Program
    {
        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static async Task<int> MainAsync()
        {
            var cts = new CancellationTokenSource(50);
            Console.WriteLine("ctor(50) immediately: " + cts.IsCancellationRequested);
            var fired = new TaskCompletionSource<bool>();
            cts.Token.Register(() => fired.TrySetResult(true));
            try { await Task.Delay(-1, cts.Token); }
            catch (TaskCanceledException e) { Console.WriteLine("Delay(-1) canceled by timeout, token matches=" + (e.CancellationToken == cts.Token)); }
            Console.WriteLine("callback fired: " + await fired.Task + ", IsCancellationRequested " + cts.IsCancellationRequested);

            var ts = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
            var w = await Task.WhenAny(Task.Delay(-1, ts.Token));
            Console.WriteLine("ctor(TimeSpan): delay task " + w.Status);

            var after = new CancellationTokenSource();
            after.CancelAfter(50);
            Console.WriteLine("CancelAfter(50) immediately: " + after.IsCancellationRequested);
            try { await Task.Delay(-1, after.Token); } catch (OperationCanceledException) { }
            Console.WriteLine("CancelAfter(50) later: " + after.IsCancellationRequested);

            var rearm = new CancellationTokenSource();
            rearm.CancelAfter(50);
            rearm.CancelAfter(-1);
            await Task.Delay(80);
            Console.WriteLine("CancelAfter(50) then CancelAfter(-1): " + rearm.IsCancellationRequested);
            rearm.CancelAfter(TimeSpan.FromMilliseconds(10));
            try { await Task.Delay(-1, rearm.Token); } catch (OperationCanceledException) { }
            Console.WriteLine("re-armed with TimeSpan: " + rearm.IsCancellationRequested);

            var zero = new CancellationTokenSource();
            zero.CancelAfter(0);
            try { await Task.Delay(-1, zero.Token); } catch (OperationCanceledException) { }
            Console.WriteLine("CancelAfter(0): " + zero.IsCancellationRequested);

            var zeroCtor = new CancellationTokenSource(0);
            try { await Task.Delay(-1, zeroCtor.Token); } catch (OperationCanceledException) { }
            Console.WriteLine("ctor(0): " + zeroCtor.IsCancellationRequested);

            var manualFirst = new CancellationTokenSource();
            int count = 0;
            manualFirst.Token.Register(() => Interlocked.Increment(ref count));
            manualFirst.CancelAfter(10);
            manualFirst.Cancel();
            await Task.Delay(30);
            Console.WriteLine("manual Cancel before timer: callback count " + count);

            try { new CancellationTokenSource(-2); } catch (ArgumentOutOfRangeException) { Console.WriteLine("ctor(-2): ArgumentOutOfRangeException"); }
            try { new CancellationTokenSource().CancelAfter(-5); } catch (ArgumentOutOfRangeException) { Console.WriteLine("CancelAfter(-5): ArgumentOutOfRangeException"); }
            try { new CancellationTokenSource(TimeSpan.FromMilliseconds(-2)); } catch (ArgumentOutOfRangeException) { Console.WriteLine("ctor(TimeSpan -2ms): ArgumentOutOfRangeException"); }
            var disposed = new CancellationTokenSource();
            disposed.Dispose();
            try { disposed.CancelAfter(10); } catch (ObjectDisposedException) { Console.WriteLine("CancelAfter after Dispose: ObjectDisposedException"); }

            var neverFires = new CancellationTokenSource(Timeout.Infinite);
            await Task.Delay(20);
            Console.WriteLine("ctor(Infinite): " + neverFires.IsCancellationRequested);
            return 0;
        }
    }
}
