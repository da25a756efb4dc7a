// async/await as mcs compiles it (struct state machines implementing
// IAsyncStateMachine, AsyncTaskMethodBuilder / AsyncTaskMethodBuilder<T> /
// AsyncVoidMethodBuilder / AsyncValueTaskMethodBuilder<T>, [AsyncStateMachine]):
// Task and Task<T> methods, awaits that complete synchronously and ones that
// suspend (Task.Delay, Task.Yield), awaits in loops, in try/catch/finally, in
// catch and finally blocks, exceptions crossing awaits, generic async methods,
// async methods on generic and value types, async lambdas and anonymous
// methods capturing variables, async void, ValueTask<T>, custom awaitables,
// ConfigureAwait, and Task.WhenAll. Main is synchronous (mcs has no async Main).
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Fixtures.Async
{
    // A custom awaitable whose awaiter only implements INotifyCompletion, so mcs
    // uses AwaitOnCompleted rather than AwaitUnsafeOnCompleted.
    public struct Immediate<T>
    {
        private readonly T value;
        public Immediate(T value) { this.value = value; }
        public Awaiter GetAwaiter() { return new Awaiter(value); }

        public struct Awaiter : INotifyCompletion
        {
            private readonly T value;
            public Awaiter(T value) { this.value = value; }
            public bool IsCompleted { get { return true; } }
            public T GetResult() { return value; }
            public void OnCompleted(Action continuation) { continuation(); }
        }
    }

    public class Account
    {
        private decimal balance;
        public string Owner { get; private set; }
        public Account(string owner) { Owner = owner; }

        public async Task DepositAsync(decimal amount)
        {
            await Task.Delay(1);
            lock (this) balance += amount;       // continuations run concurrently on the pool
        }

        public async Task<decimal> BalanceAsync()
        {
            await Task.Yield();
            return balance;
        }
    }

    public struct Meter
    {
        public int Ticks;
        public async Task<int> TickAsync(int n)
        {
            for (int i = 0; i < n; i++) { await Task.Yield(); Ticks++; }
            return Ticks;                      // operates on the state machine's copy of `this`
        }
    }

    public class Repository<T> where T : class
    {
        private readonly Dictionary<int, T> items = new Dictionary<int, T>();
        public async Task<T> GetAsync(int id)
        {
            T item;
            if (items.TryGetValue(id, out item)) return item;   // completes synchronously
            await Task.Delay(1);
            return null;
        }
        public async Task AddAsync(int id, T item) { await Task.Yield(); lock (items) items[id] = item; }
    }

    public class Program
    {
        static int asyncVoidDone;

#pragma warning disable 1998 // deliberately an async method without await
        static async Task<int> Constant() { return 42; }
#pragma warning restore 1998

        static async Task<int> AddAsync(int a, int b)
        {
            int x = await Task.FromResult(a);
            int y = await Task.Run(() => b);
            return x + y;
        }

        static async Task<int> SumLoop(int n)
        {
            int sum = 0;
            for (int i = 1; i <= n; i++)
            {
                sum += await Task.FromResult(i);
                if (i % 3 == 0) await Task.Yield();
            }
            while (sum > 1000) sum = await Half(sum);
            return sum;
        }

        static async Task<int> Half(int v) { await Task.Delay(0); return v / 2; }

        static async Task Fail(string message)
        {
            await Task.Yield();
            throw new InvalidOperationException(message);
        }

        static async Task<string> TryCatchFinally()
        {
            var steps = new List<string>();
            try
            {
                steps.Add("try");
                await Fail("boom");
                steps.Add("unreachable");
            }
            catch (InvalidOperationException e) when (e.Message == "boom")
            {
                steps.Add("catch " + e.Message);
                await Task.Delay(1);                        // await in catch
                steps.Add("after await in catch");
            }
            finally
            {
                steps.Add("finally");
                await Task.Yield();                         // await in finally
                steps.Add("after await in finally");
            }
            try
            {
                try { await Fail("inner"); }
                finally { steps.Add("inner finally"); }
            }
            catch (Exception e) { steps.Add("outer catch " + e.Message); }
            return string.Join(", ", steps);
        }

        static async Task<T> Identity<T>(T value)
        {
            await Task.Yield();
            return value;
        }

        static async Task<KeyValuePair<TKey, TValue>> PairAsync<TKey, TValue>(TKey key, Func<TKey, Task<TValue>> lookup)
        {
            TValue v = await lookup(key);
            return new KeyValuePair<TKey, TValue>(key, v);
        }

        static async void FireAndForget(ManualResetEventSlim done)
        {
            await Task.Delay(1);
            Interlocked.Increment(ref asyncVoidDone);
            done.Set();
        }

        static async ValueTask<int> ValueTaskAsync(bool suspend)
        {
            if (suspend) await Task.Yield();
            return suspend ? 2 : 1;
        }

        static async Task<int> CustomAwait()
        {
            int a = await new Immediate<int>(5);
            string s = await new Immediate<string>("x");
            return a + s.Length;
        }

        static async Task<int> ConfigureAwaitAsync()
        {
            await Task.Delay(1).ConfigureAwait(false);
            return await Task.FromResult(7).ConfigureAwait(false);
        }

        static async Task<int> Spill(int a)
        {
            // Values computed before an await and used after it are spilled to fields.
            return Combine(a * 2, await Task.FromResult(a + 1), a - 1, await Identity(a * 10));
        }

        static int Combine(int w, int x, int y, int z) { return w * 1000 + x * 100 + y * 10 + z; }

        static async Task<int> Run()
        {
            Console.WriteLine("constant: " + await Constant());
            Console.WriteLine("add: " + await AddAsync(20, 22));
            Console.WriteLine("sum loop: " + await SumLoop(100));
            Console.WriteLine("try/catch/finally: " + await TryCatchFinally());
            Console.WriteLine("generic: " + await Identity("text") + " " + await Identity(2.5) + " " + await Identity<object>(null));
            var pair = await PairAsync(3, async k => { await Task.Yield(); return new string('*', k); });
            Console.WriteLine("pair: " + pair.Key + "=" + pair.Value);

            var account = new Account("ann");
            var deposits = new List<Task>();
            for (int i = 1; i <= 10; i++) deposits.Add(account.DepositAsync(i));
            await Task.WhenAll(deposits);
            Console.WriteLine("account: " + account.Owner + " " + await account.BalanceAsync());

            var meter = new Meter();
            int ticks = await meter.TickAsync(3);
            Console.WriteLine("struct: " + ticks + " " + meter.Ticks);

            var repo = new Repository<string>();
            await repo.AddAsync(1, "one");
            Console.WriteLine("repository: " + await repo.GetAsync(1) + " " + (await repo.GetAsync(2) ?? "missing"));

            int captured = 10;
            Func<int, Task<int>> lambda = async x => { await Task.Delay(1); return x + captured++; };
            Func<Task> anonymous = async delegate { await Task.Yield(); captured *= 2; };
            int r1 = await lambda(1);
            await anonymous();
            Console.WriteLine("lambdas: " + r1 + " " + captured);

            var results = await Task.WhenAll(Identity(1), Identity(2), AddAsync(3, 4));
            Console.WriteLine("when all: " + string.Join(",", results));

            Console.WriteLine("value task: " + await ValueTaskAsync(false) + " " + await ValueTaskAsync(true));
            Console.WriteLine("custom awaiter: " + await CustomAwait());
            Console.WriteLine("configure await: " + await ConfigureAwaitAsync());
            Console.WriteLine("spill: " + await Spill(3));

            try { await Fail("propagated"); }
            catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message); }
            return 0;
        }

        public static int Main()
        {
            int rc = Run().GetAwaiter().GetResult();
            using (var done = new ManualResetEventSlim())
            {
                FireAndForget(done);
                done.Wait();
            }
            Console.WriteLine("async void: " + asyncVoidDone);
            Task<int> faulted = AddAsync(1, 2).ContinueWith<int>(t => { throw new TimeoutException(); });
            try { faulted.Wait(); }
            catch (AggregateException e) { Console.WriteLine("aggregate: " + e.InnerException.GetType().Name); }
            return rc;
        }
    }
}
