// A deep chain whose leaf suspends many times, each resumption driven synchronously by a custom awaiter (runtime async resumes such a chain lazily: only the leaf is put back, each caller when its callee returns); locals and values kept across awaits at every level; exceptions thrown by the leaf after many resumptions and caught at various levels, through filters (which see the frame's locals) and finally blocks of frames not yet restored, and the chain suspending again after the catch; an async method on a struct in the chain; callers that must continue on their SynchronizationContext while the leaf does not.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.Async.AsyncLazyResumption
{
    sealed class Pump : INotifyCompletion
    {
        Action pending;
        public int Resumptions;

        public Pump GetAwaiter() { return this; }
        public bool IsCompleted { get { return false; } }
        public void OnCompleted(Action continuation) { pending = continuation; }
        public void GetResult() { }

        public bool Step()
        {
            Action c = pending;
            if (c == null) return false;
            pending = null;
            Resumptions++;
            c();
            return true;
        }
    }

    class LevelException : Exception
    {
        public readonly int Code;
        public LevelException(int code, string message) : base(message) { Code = code; }
    }

    struct Scaled
    {
        public int Factor;

        public async Task<long> Run(Pump pump, int n)
        {
            long sum = 0;
            for (int i = 0; i < n; i++)
            {
                await pump;
                sum += i * Factor;
            }
            Factor = -1;   // the caller's copy is not changed
            return sum;
        }
    }

    // A SynchronizationContext whose posts wait in a queue until Drain runs them (with itself current).
    sealed class QueueContext : SynchronizationContext
    {
        readonly Queue<KeyValuePair<SendOrPostCallback, object>> queue = new Queue<KeyValuePair<SendOrPostCallback, object>>();
        public readonly string Name;
        public int Posts;

        public QueueContext(string name) { Name = name; }

        public override void Post(SendOrPostCallback d, object state)
        {
            Posts++;
            queue.Enqueue(new KeyValuePair<SendOrPostCallback, object>(d, state));
        }

        public int Drain()
        {
            int n = 0;
            SynchronizationContext old = Current;
            SetSynchronizationContext(this);
            try
            {
                while (queue.Count > 0)
                {
                    var item = queue.Dequeue();
                    item.Key(item.Value);
                    n++;
                }
            }
            finally { SetSynchronizationContext(old); }
            return n;
        }
    }

    static class Program
    {
        static List<string> log = new List<string>();

        static bool Note(string s, bool result)
        {
            log.Add(s + "=" + result);
            return result;
        }

        static void Flush(string title, object result)
        {
            Console.WriteLine(title + " -> " + result);
            foreach (string s in log) Console.WriteLine("    " + s);
            log.Clear();
        }

        static async Task<long> Leaf(Pump pump, int n, int throwAt)
        {
            long acc = 0;
            string tag = "leaf";
            for (int i = 0; i < n; i++)
            {
                await pump;
                acc += i;
                if (i == throwAt) throw new LevelException(i, tag + " threw after " + (i + 1) + " resumptions");
            }
            return acc;
        }

        // Three kinds of levels, by depth % 3: a filtered catch, a typed catch that rethrows
        // unless it is the catching level, a finally only.
        static async Task<long> Level(Pump pump, int depth, int n, int throwAt, int catchAt, int filterAt)
        {
            string name = "L" + depth;
            long mine = depth * 1000003L;
            int[] box = { depth * 3 };
            switch (depth % 3)
            {
                case 0:
                    try
                    {
                        long r = mine + await Next(pump, depth, n, throwAt, catchAt, filterAt);
                        return r - mine + box[0];
                    }
                    catch (LevelException e) when (Note("filter " + name + " mine=" + mine + " box=" + box[0], depth == filterAt))
                    {
                        log.Add("caught by the filter at " + name + ": " + e.Message);
                        // Suspend again from here: the frames above are left on their objects again.
                        long more = await Leaf(pump, 4, -1);
                        return -depth * 100 + more + box[0];
                    }
                case 1:
                    try
                    {
                        long r = await Next(pump, depth, n, throwAt, catchAt, filterAt) + mine;
                        return r - mine + box[0];
                    }
                    catch (LevelException e)
                    {
                        log.Add("catch " + name + " mine=" + mine + " code=" + e.Code);
                        if (depth != catchAt) throw;
                        long more = await Leaf(pump, 2, -1);
                        return -depth * 10 + more + box[0];
                    }
                default:
                    try
                    {
                        return await Next(pump, depth, n, throwAt, catchAt, filterAt) + box[0];
                    }
                    finally
                    {
                        log.Add("finally " + name + " mine=" + mine + " box=" + box[0]);
                    }
            }
        }

        static Task<long> Next(Pump pump, int depth, int n, int throwAt, int catchAt, int filterAt)
        {
            if (depth <= 1) return Leaf(pump, n, throwAt);
            if (depth == 7)
            {
                Scaled s = new Scaled { Factor = 3 };
                return StructLevel(s, pump, depth, n, throwAt, catchAt, filterAt);
            }
            return Level(pump, depth - 1, n, throwAt, catchAt, filterAt);
        }

        static async Task<long> StructLevel(Scaled s, Pump pump, int depth, int n, int throwAt, int catchAt, int filterAt)
        {
            long a = await s.Run(pump, 3);
            long b = await Level(pump, depth - 1, n, throwAt, catchAt, filterAt);
            return a + b + s.Factor * 1000;
        }

        static void Drive(string title, int depth, int n, int throwAt, int catchAt, int filterAt)
        {
            Pump pump = new Pump();
            Task<long> chain = Level(pump, depth, n, throwAt, catchAt, filterAt);
            while (pump.Step()) { }
            string result;
            if (chain.Status == TaskStatus.RanToCompletion) result = chain.Result.ToString();
            else result = chain.Status + " " + chain.Exception.InnerException.GetType().Name + ": " + chain.Exception.InnerException.Message;
            Flush(title + " (" + pump.Resumptions + " resumptions)", result);
        }

        // Contexts: Outer awaits under context A, Middle (no context) awaits the leaf with
        // ConfigureAwait(false), the leaf's awaits complete with no context current.
        static QueueContext A = new QueueContext("A");

        static string Where()
        {
            QueueContext c = SynchronizationContext.Current as QueueContext;
            return c == null ? "none" : c.Name;
        }

        static async Task<int> CtxLeaf(TaskCompletionSource<int>[] sources)
        {
            int sum = 0;
            foreach (var s in sources) sum += await s.Task.ConfigureAwait(false);
            return sum;
        }

        static async Task<int> CtxMiddle(TaskCompletionSource<int>[] sources, int depth)
        {
            int mine = depth;
            int r = depth == 0 ? await CtxLeaf(sources).ConfigureAwait(false) : await CtxMiddle(sources, depth - 1).ConfigureAwait(false);
            log.Add("middle " + depth + " continues on " + Where());
            return r + mine;
        }

        static async Task<int> CtxOuter(TaskCompletionSource<int>[] sources)
        {
            string before = Where();
            int r = await CtxMiddle(sources, 3);
            log.Add("outer started on " + before + ", continues on " + Where());
            int again = await CtxMiddle(new TaskCompletionSource<int>[0], 1);
            log.Add("outer after a synchronous await: " + Where());
            return r + again;
        }

        static void Contexts()
        {
            var sources = new TaskCompletionSource<int>[5];
            for (int i = 0; i < sources.Length; i++) sources[i] = new TaskCompletionSource<int>();
            SynchronizationContext.SetSynchronizationContext(A);
            Task<int> t = CtxOuter(sources);
            SynchronizationContext.SetSynchronizationContext(null);
            for (int i = 0; i < sources.Length; i++)
            {
                sources[i].SetResult(i + 1);
                log.Add("completed source " + i + ": outer done=" + t.IsCompleted + ", posts to A=" + A.Posts);
            }
            int ran = A.Drain();
            log.Add("drained " + ran);
            Flush("contexts", t.Status + " " + t.Result);
        }

        // Yields through the thread pool: a deep chain whose leaf yields many times.
        static async Task<int> YieldLeaf(int n)
        {
            int s = 0;
            for (int i = 0; i < n; i++) { await Task.Yield(); s += i; }
            return s;
        }

        static async Task<int> YieldChain(int depth, int n)
        {
            int mine = depth * 7;
            int r = depth == 0 ? await YieldLeaf(n) : await YieldChain(depth - 1, n);
            return r + mine;
        }

        static void Main()
        {
            Drive("no exception, depth 12", 12, 25, -1, -1, -1);
            Drive("caught by the filter at L9", 12, 25, 20, -1, 9);
            Drive("caught by the filter at L3", 12, 25, 7, -1, 3);
            Drive("caught at L4", 12, 25, 15, 4, -1);
            Drive("caught at L10", 12, 25, 24, 10, -1);
            Drive("caught at L1 (the leaf's caller)", 12, 25, 1, 1, -1);
            Drive("thrown at the first resumption, caught at L12", 12, 25, 0, -1, 12);
            Drive("not caught", 12, 25, 10, -1, -1);
            Drive("depth 40", 40, 30, -1, -1, -1);
            Drive("depth 40, caught by the filter at L36", 40, 30, 29, -1, 36);
            Contexts();
            Console.WriteLine("yield chain -> " + YieldChain(30, 50).Result);
        }
    }
}
