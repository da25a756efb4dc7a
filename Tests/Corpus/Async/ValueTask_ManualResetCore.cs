// ManualResetValueTaskSourceCore<T> inside a reusable IValueTaskSource<T>: Version and Reset, GetStatus per state, SetResult/SetException, a second Set* throwing, stale tokens rejected, GetResult before completion, reuse across several awaits, and RunContinuationsAsynchronously false (continuation runs inside SetResult) vs true (observed with a [ThreadStatic] flag).
using System;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace Corpus.Async.ValueTask_ManualResetCore
{
    sealed class Reusable : IValueTaskSource<int>
    {
        public ManualResetValueTaskSourceCore<int> Core;

        public ValueTask<int> Next()
        {
            return new ValueTask<int>(this, Core.Version);
        }

        public ValueTaskSourceStatus GetStatus(short token) { return Core.GetStatus(token); }
        public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags) { Core.OnCompleted(continuation, state, token, flags); }
        public int GetResult(short token) { return Core.GetResult(token); }
    }

    static class Program
    {
        [ThreadStatic] static bool insideSet;

        static int Main() { return MainAsync().GetAwaiter().GetResult(); }

        static string Try(Func<object> f)
        {
            try { return "" + f(); }
            catch (Exception e) { return e.GetType().Name; }
        }

        static async Task<string> Consume(ValueTask<int> vt)
        {
            int v = await vt;
            return "got " + v + " insideSet=" + insideSet;
        }

        static async Task<int> MainAsync()
        {
            var r = new Reusable();
            Console.WriteLine("initial Version " + r.Core.Version + ", RunContinuationsAsynchronously " + r.Core.RunContinuationsAsynchronously);
            Console.WriteLine("status " + r.Core.GetStatus(r.Core.Version));
            Console.WriteLine("GetResult while pending: " + Try(() => r.Core.GetResult(r.Core.Version)));
            r.Core.SetResult(10);
            Console.WriteLine("after SetResult: status " + r.Core.GetStatus(0) + " result " + r.Core.GetResult(0));
            Console.WriteLine("second SetResult: " + Try(() => { r.Core.SetResult(11); return "no exception"; }));
            Console.WriteLine("SetException after result: " + Try(() => { r.Core.SetException(new Exception()); return "no exception"; }));

            r.Core.Reset();
            Console.WriteLine("after Reset: Version " + r.Core.Version + " status " + r.Core.GetStatus(1));
            Console.WriteLine("stale token 0: " + Try(() => r.Core.GetStatus(0)));
            Console.WriteLine("stale token GetResult: " + Try(() => r.Core.GetResult(0)));

            Console.WriteLine("-- reuse across awaits");
            int total = 0;
            for (int i = 0; i < 4; i++)
            {
                r.Core.Reset();
                var vt = r.Next();
                var consumer = Consume(vt);
                Console.WriteLine("round " + i + ": token " + r.Core.Version + ", consumer completed=" + consumer.IsCompleted);
                insideSet = true;
                r.Core.SetResult(i * 10);
                insideSet = false;
                Console.WriteLine("  " + await consumer);
                total += i * 10;
            }

            Console.WriteLine("-- exceptions");
            r.Core.Reset();
            var failing = Consume(r.Next());
            r.Core.SetException(new FormatException("core fault"));
            Console.WriteLine("status " + r.Core.GetStatus(r.Core.Version));
            try { await failing; } catch (FormatException e) { Console.WriteLine("consumer threw " + e.Message); }
            Console.WriteLine("GetResult again: " + Try(() => r.Core.GetResult(r.Core.Version)));

            r.Core.Reset();
            var cts = new CancellationTokenSource();
            cts.Cancel();
            r.Core.SetException(new OperationCanceledException(cts.Token));
            Console.WriteLine("OperationCanceledException gives status " + r.Core.GetStatus(r.Core.Version));
            var vtc = r.Next();
            Console.WriteLine("ValueTask IsCanceled=" + vtc.IsCanceled + " IsFaulted=" + vtc.IsFaulted);

            Console.WriteLine("-- RunContinuationsAsynchronously = true");
            var a = new Reusable();
            a.Core.RunContinuationsAsynchronously = true;
            a.Core.Reset();
            var ca = Consume(a.Next());
            insideSet = true;
            a.Core.SetResult(7);
            insideSet = false;
            Console.WriteLine("  " + await ca);

            var twice = new Reusable();
            twice.Core.Reset();
            twice.Core.OnCompleted(_ => { }, null, twice.Core.Version, ValueTaskSourceOnCompletedFlags.None);
            Console.WriteLine("second OnCompleted: " + Try(() => { twice.Core.OnCompleted(_ => { }, null, twice.Core.Version, ValueTaskSourceOnCompletedFlags.None); return "no exception"; }));
            return total;
        }
    }
}
